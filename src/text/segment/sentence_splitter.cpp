#include "segment/sentence_splitter.hpp"

#include <algorithm>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "core/line_tools.hpp"
#include "core/errors.hpp"
#include "segment/break_rules.hpp"
#include "segment/missed_breaks.hpp"
#include "segment/paired_marks.hpp"
#include "segment/unpunctuated_endings.hpp"

namespace nangdok {

SentenceSplitter::SentenceSplitter(SegmentRules rules) : rules_(rules) {
    UErrorCode status = U_ZERO_ERROR;
    iterator_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("ko"), status));
    if (U_FAILURE(status) || !iterator_)
        throw EngineError(std::string("ICU sentence rules unavailable: ") + u_errorName(status));
}

SentenceSplitter::~SentenceSplitter() = default;

std::vector<std::size_t> SentenceSplitter::icu_breaks(std::string_view paragraph) {
    std::vector<std::size_t> breaks;
    // UText over the UTF-8 bytes: break positions come back as byte offsets, with no copy.
    UErrorCode status = U_ZERO_ERROR;
    UText* text = utext_openUTF8(nullptr, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
    if (U_FAILURE(status)) throw EngineError(std::string("ICU cannot read text: ") + u_errorName(status));
    iterator_->setText(text, status);
    if (U_FAILURE(status)) {
        utext_close(text);
        throw EngineError(std::string("ICU cannot segment text: ") + u_errorName(status));
    }
    iterator_->first();
    for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE; end = iterator_->next())
        if (end > 0 && static_cast<std::size_t>(end) < paragraph.size()) breaks.push_back(static_cast<std::size_t>(end));
    // The iterator keeps a pointer to the UText; detach before closing it.
    UText empty = UTEXT_INITIALIZER;
    utext_openUTF8(&empty, "", 0, &status);
    iterator_->setText(&empty, status);
    utext_close(text);
    utext_close(&empty);
    return breaks;
}

std::vector<std::size_t> SentenceSplitter::break_offsets(std::string_view paragraph) {
    std::vector<std::size_t> candidates = icu_breaks(paragraph);
    const auto add = [&candidates](const std::vector<std::size_t>& more) {
        candidates.insert(candidates.end(), more.begin(), more.end());
    };
    if (rules_.dash_bullets) add(dash_bullet_breaks(paragraph));
    if (rules_.lowercase_sentence_starts) add(lowercase_start_breaks(paragraph));
    if (rules_.ellipsis_character_ends) add(ellipsis_character_breaks(paragraph));
    if (rules_.glued_sentence_ends) add(glued_sentence_breaks(paragraph));
    const PairedMarks marks = PairedMarks::find(paragraph);
    if (rules_.unpunctuated_endings) add(unpunctuated_ending_breaks(paragraph, marks));
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    std::vector<std::size_t> breaks;
    breaks.reserve(candidates.size());
    for (const std::size_t candidate : candidates) {
        auto site = find_sentence_end(paragraph, marks, candidate);
        if (!site) {
            breaks.push_back(candidate);
            continue;
        }
        place_break(paragraph, marks, rules_, *site);
        if (site->pos == 0 || site->pos >= paragraph.size()) continue;
        site->sentence_begin = breaks.empty() ? 0 : breaks.back();
        if (site->sentence_begin > site->terminal_begin) continue;  // already broken past this end
        if (rules_.numbered_periods) {
            if (const auto item = list_item_start(paragraph, *site)) {
                breaks.push_back(*item);
                continue;
            }
        }
        if (break_stands(paragraph, marks, rules_, *site)) breaks.push_back(site->pos);
    }
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    return breaks;
}

std::vector<std::string> SentenceSplitter::split(std::string_view paragraph) {
    std::vector<std::string> sentences;
    if (paragraph.empty()) return sentences;
    std::size_t start = 0;
    const auto emit = [&](std::size_t end) {
        std::string sentence = fold_spaces(paragraph.substr(start, end - start));
        if (!sentence.empty()) sentences.push_back(std::move(sentence));
        start = end;
    };
    for (const std::size_t end : break_offsets(paragraph)) emit(end);
    emit(paragraph.size());
    return sentences;
}

}  // namespace nangdok
