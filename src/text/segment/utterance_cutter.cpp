#include "segment/utterance_cutter.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>
#include <string>
#include <vector>

#include "segment/segment_word_tables.hpp"
#include "segment/text_scan.hpp"
#include "core/clause_cutter.hpp"

namespace nangdok {
namespace {

constexpr std::size_t kWordBytes = 48;  // words the rules look at are short; longer runs never match

// The characters that end a clause for eSpeak NG (as in clause_cutter), when a space follows.
bool is_boundary(char32_t c) { return c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':'; }

// How good a place the end of `word` is to pause in a long sentence: after a connective ending
// that closes a clause (-며, -지만, -는데), or, failing that, after -고. Not after -고 of a noun
// (최고, 광고) or of an auxiliary construction (갖고 있다, 하고 싶다), where a pause splits one
// verb phrase.
// Failing both, after a particle that ends a noun phrase (회의에서; then 결과는; then 기록을),
// as a reader takes a breath: never inside a number and its counter (이십칠 일), nor before a
// word that leans on the one before it (열리고 있다, 할 수).
enum class CutQuality { none, object_phrase, subject_phrase, phrase, go, strong };
constexpr std::size_t kQualities = 6;

bool starts_with_any(std::string_view word, std::span<const std::string_view> starts) {
    return std::any_of(starts.begin(), starts.end(), [&](std::string_view s) { return word.starts_with(s); });
}

// A particle after a word: the word must have something before the particle.
bool ends_with_any(std::string_view word, std::span<const std::string_view> endings) {
    return std::any_of(endings.begin(), endings.end(),
                       [&](std::string_view e) { return word.size() > e.size() && word.ends_with(e); });
}

bool ends_with_form(std::string_view word, std::span<const std::string_view> forms) {
    return std::any_of(forms.begin(), forms.end(), [&](std::string_view f) { return word.ends_with(f); });
}

// 이십칠, 삼백, 십이: a number said in words, which its counter follows.
bool is_number_word(std::string_view word) {
    static constexpr std::u32string_view kNumberSyllables = U"영공일이삼사오육칠팔구십백천만억조";
    for (std::size_t i = 0; i < word.size();) {
        const std::size_t len = utf8_char_length(word, i);
        if (kNumberSyllables.find(decode_utf8_char(word.substr(i, len))) == std::u32string_view::npos) return false;
        i += len;
    }
    return !word.empty();
}

CutQuality cut_quality(std::string_view word, std::string_view next_word) {
    if (!scan::is_hangul_syllable(scan::char_before(word, word.size()))) return CutQuality::none;
    for (std::string_view ending : segment_words::kClauseEndings)
        if (word.size() > ending.size() && word.ends_with(ending)) return CutQuality::strong;
    const bool leans_back = starts_with_any(next_word, segment_words::kBoundWords) ||
                            segment_words::contains(segment_words::kLightVerbWords, next_word);
    if (word.size() > 3 && word.ends_with("고") && !segment_words::contains(segment_words::kNounsEndingInGo, word) &&
        !starts_with_any(next_word, segment_words::kAuxiliariesAfterGo))
        return CutQuality::go;
    if (segment_words::contains(segment_words::kPauseAfterWords, word) && !next_word.empty() && !leans_back)
        return CutQuality::phrase;
    constexpr std::size_t kMinPhraseBytes = 6;  // two syllables: 그는, 이가 are too short to stand
    if (word.size() < kMinPhraseBytes || leans_back || is_number_word(word) || next_word.empty() ||
        ends_with_form(word, segment_words::kAdnominalEndings))
        return CutQuality::none;
    // 스무 살에서 서른 살, 3일부터 5일까지: a range goes on after 에서 and 부터.
    const bool range_goes_on = !next_word.empty() && (is_number_word(next_word.substr(0, utf8_char_length(next_word, 0))) ||
                                                      starts_with_any(next_word, segment_words::kNativeNumberStarts));
    if (ends_with_any(word, segment_words::kPhraseParticlesStrong)) return range_goes_on ? CutQuality::none : CutQuality::phrase;
    if (ends_with_any(word, segment_words::kPhraseParticlesSubject)) return CutQuality::subject_phrase;
    if (ends_with_any(word, segment_words::kPhraseParticlesObject)) return CutQuality::object_phrase;
    return CutQuality::none;
}

// The cost inside eSpeak NG's buffer of the text from each stretch's start up to each boundary
// (",", ".", … before a space or the end): what is left of a stretch, to cut it evenly.
std::vector<std::pair<std::size_t, std::size_t>> boundary_costs(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> out;  // (byte offset after the mark, running cost)
    std::size_t total = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = utf8_char_length(text, i);
        total += espeak_clause_cost(text.substr(i, len));
        const std::size_t end = i + len;
        if (is_boundary(decode_utf8_char(text.substr(i, len))) && (end == text.size() || text[end] == ' '))
            out.emplace_back(end, total);
        i = end;
    }
    out.emplace_back(text.size(), total);
    return out;
}

}  // namespace

std::string cut_utterances(std::string_view text, std::size_t max_chars, std::size_t clause_budget) {
    std::vector<std::size_t> insert_at;  // byte offsets in text where "," goes
    std::size_t chars = 0;               // characters since the last boundary or cut
    std::size_t cost = 0;                // their cost inside eSpeak NG's clause buffer
    std::size_t total = 0;               // cost of all the text so far
    // Places to cut since the last boundary or cut, by quality, with the characters and cost before
    // each.
    struct Place {
        std::size_t at = 0, chars = 0, cost = 0;
    };
    std::array<std::vector<Place>, kQualities> places;
    const auto forget = [&] {
        for (auto& p : places) p.clear();
    };
    const auto boundaries = boundary_costs(text);
    std::size_t next_boundary = 0;

    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = utf8_char_length(text, i);
        const char32_t c = decode_utf8_char(text.substr(i, len));
        ++chars;
        const std::size_t char_cost = espeak_clause_cost(text.substr(i, len));
        cost += char_cost;
        total += char_cost;
        const std::size_t end = i + len;
        while (next_boundary + 1 < boundaries.size() && boundaries[next_boundary].first < end) ++next_boundary;
        const bool space_follows = end < text.size() && text[end] == ' ';
        if (is_boundary(c) && (space_follows || end == text.size())) {
            chars = cost = 0;
            forget();
        } else if (space_follows && i > 0) {
            const std::string_view word = scan::word_ending_at(text, end, kWordBytes);
            std::size_t next_end = end + 1;
            while (next_end < text.size() && next_end - end < kWordBytes && text[next_end] != ' ') ++next_end;
            const CutQuality quality = cut_quality(word, text.substr(end + 1, next_end - end - 1));
            if (quality != CutQuality::none) places[static_cast<std::size_t>(quality)].push_back(Place{end, chars, cost});
        }
        if (chars > max_chars || cost > clause_budget) {
            // A clause ending or a -고: the latest one, so that what is said in one breath is long.
            // Phrase boundaries only rescue a stretch that would overflow eSpeak NG's buffer (a
            // long stretch within it is better read whole than cut after a noun); of them, the
            // one that parts the rest of the stretch most evenly, so that no verb is left alone.
            const bool overflows = cost > clause_budget;
            const std::size_t left = cost + (boundaries[next_boundary].second - total);
            const std::size_t pieces = (left + clause_budget - 1) / clause_budget;
            const std::size_t even = left / std::max<std::size_t>(pieces, 1);
            const Place* chosen = nullptr;
            for (std::size_t q = kQualities - 1; q > static_cast<std::size_t>(CutQuality::phrase) && chosen == nullptr; --q)
                if (!places[q].empty()) chosen = &places[q].back();
            // Among phrase boundaries the better particle wins only when it parts the stretch about
            // as evenly: the fraction of the stretch off the even place, less the particle's bonus.
            if (chosen == nullptr && overflows) {
                constexpr double kBonus[] = {0, 0, 0.15, 0.3};  // by quality: object, subject, adverbial
                double best = 0;
                for (std::size_t q = 1; q <= static_cast<std::size_t>(CutQuality::phrase); ++q)
                    for (const Place& p : places[q]) {
                        const double off = std::abs(static_cast<double>(p.cost) - static_cast<double>(even)) /
                                           static_cast<double>(std::max<std::size_t>(left, 1));
                        const double score = off - kBonus[q];
                        if (chosen == nullptr || score < best) {
                            chosen = &p;
                            best = score;
                        }
                    }
            }
            if (chosen != nullptr) {
                insert_at.push_back(chosen->at);
                chars -= chosen->chars;
                cost -= chosen->cost;
                // Places after the cut stay: their counts are now from the cut.
                const Place cut = *chosen;
                for (auto& list : places) {
                    std::erase_if(list, [&](const Place& p) { return p.at <= cut.at; });
                    for (Place& p : list) {
                        p.chars -= cut.chars;
                        p.cost -= cut.cost;
                    }
                }
            } else {
                forget();
            }
        }
        i = end;
    }

    std::string out;
    out.reserve(text.size() + insert_at.size());
    std::size_t from = 0;
    for (const std::size_t at : insert_at) {
        out.append(text.substr(from, at - from));
        out.push_back(',');
        from = at;
    }
    out.append(text.substr(from));
    return out;
}

}  // namespace nangdok
