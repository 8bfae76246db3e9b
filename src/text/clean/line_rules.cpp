#include "clean/line_rules.hpp"

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>
#include <span>
#include <unordered_set>
#include <vector>

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "clean/boilerplate_rules.hpp"
#include "clean/rule_set.hpp"
#include "core/errors.hpp"

namespace nangdok {
namespace {

using namespace clean_rules;

struct CompiledRules {
    std::unordered_set<std::string_view> ui_lines{std::begin(kUiLines), std::end(kUiLines)};
    std::unordered_set<std::string_view> ui_words{std::begin(kUiWords), std::end(kUiWords)};
    RuleSet ui{kUiPatterns, kMaxUiChars}, summary{kSummaryLabels, kMaxSummaryLabelChars},
        caption{kCaptionLines, INT32_MAX, kCaptionHints}, byline{kBylineLines, kMaxBylineChars, kBylineHints},
        date{kDateLines, kMaxDateChars}, signoff{kBroadcastSignoffs, INT32_MAX, kBroadcastSignoffHints},
        copyright{kCopyrightLines, kMaxCopyrightChars, kCopyrightHints}, tail_anchor{kTailAnchors, kMaxListHeaderChars},
        headline_suffix{kHeadlineSuffixes}, tail{kTailLines}, list_header{kListHeaders, kMaxListHeaderChars},
        prefixes{kSentencePrefixes}, spoken_byline{kSpokenBylines, kMaxSpokenBylineChars, kBylineHints},
        glued_signoff{kGluedSignoffs, INT32_MAX, kBylineHints}, headline_prefix{kHeadlinePrefixes};
    // Each with the words a match must hold, so a line without them costs no regex (nor compile).
    struct Excision {
        explicit Excision(std::string_view source)
            : gate(required_literals(source).value_or(std::vector<std::string>{})), pattern(std::string(source)) {}
        LiteralGate gate;
        LazyPattern pattern;
    };
    std::vector<std::unique_ptr<Excision>> excisions;
    // A copyright notice glued after the last sentence, maybe after the reporter's credit:
    // "…들어갔다.저작권자 © 한빛일보 무단전재…", "…나타냈다. 홍길동 기자 hong@<ⓒ…>".
    LazyPattern glued_copyright{
        R"((?<=[다요죠까][.!?]|[다요죠까][.!?][\x{201D}"\x{2019}])\s*[^!?]{0,60}?[<\[(]?\s*(?:저작권자|\x{24D2}|\x{00A9}|Copyright|COPYRIGHT|무단\s?전재))"};

    CompiledRules() {
        for (auto table : {std::span<const std::string_view>(kInlineCredits), std::span<const std::string_view>(kGluedSignoffs)})
            for (std::string_view p : table)
                excisions.push_back(std::make_unique<Excision>(p));
    }
};

const CompiledRules& rules() {
    static const CompiledRules compiled;
    return compiled;
}

icu::UnicodeString to_unicode(std::string_view s) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

// Copyright wording also occurs in body sentences ("무단 전재를 금지한 약관도 논란이다."); a
// copyright line is short and does not read as a finished sentence.
bool plausible_copyright(std::string_view line) { return !line.ends_with("다."); }

}  // namespace

const char* line_kind_name(LineKind kind) {
    switch (kind) {
        case LineKind::text: return "text";
        case LineKind::ui: return "ui";
        case LineKind::summary_label: return "summary_label";
        case LineKind::caption: return "caption";
        case LineKind::byline: return "byline";
        case LineKind::date: return "date";
        case LineKind::copyright: return "copyright";
        case LineKind::tail_anchor: return "tail_anchor";
        case LineKind::tail: return "tail";
        case LineKind::list_header: return "list_header";
        case LineKind::spoken_byline: return "spoken_byline";
        case LineKind::signoff: return "signoff";
    }
    return "text";
}

LineKind classify_line(std::string_view line) {
    const CompiledRules& r = rules();
    const RuleLine u(line);
    if (r.tail_anchor.matches(u)) return LineKind::tail_anchor;
    if (r.ui_lines.contains(line) || is_ui_word_line(line)) return LineKind::ui;
    if (r.ui.matches(u)) return LineKind::ui;
    if (r.summary.matches(u)) return LineKind::summary_label;
    // Captions first: a photographer's credit "ⓒ 홍길동" between paragraphs must not cut the tail.
    if (r.caption.matches(u)) return LineKind::caption;
    if (plausible_copyright(line) && r.copyright.matches(u)) return LineKind::copyright;
    if (r.byline.matches(u)) return LineKind::byline;
    if (r.date.matches(u)) return LineKind::date;
    if (r.tail.matches(u)) return LineKind::tail;
    if (r.signoff.matches(u)) return LineKind::signoff;
    if (r.list_header.matches(u)) return LineKind::list_header;
    if (r.spoken_byline.matches(u)) return LineKind::spoken_byline;
    return LineKind::text;
}

// A toolbar label written as one word out of UI words: 글자크기조정, 글씨크기, 기사저장.
bool is_ui_compound(std::string_view word, const std::unordered_set<std::string_view>& words) {
    constexpr std::size_t kMaxCompoundBytes = 48;
    if (word.size() > kMaxCompoundBytes) return false;
    std::vector<bool> reachable(word.size() + 1, false);  // reachable[i]: word[0, i) is UI words
    reachable[0] = true;
    for (std::size_t begin = 0; begin < word.size(); ++begin) {
        if (!reachable[begin]) continue;
        for (std::size_t end = begin + 1; end <= word.size(); ++end)
            if (words.contains(word.substr(begin, end - begin))) reachable[end] = true;
    }
    return reachable[word.size()];
}

bool is_ui_word_line(std::string_view line) {
    constexpr std::size_t kMaxUiWordLineBytes = 200;
    if (line.empty() || line.size() > kMaxUiWordLineBytes) return false;
    const auto& words = rules().ui_words;
    std::size_t start = 0;
    while (start < line.size()) {
        std::size_t end = line.find(' ', start);
        if (end == std::string_view::npos) end = line.size();
        std::string_view word = line.substr(start, end - start);
        // Share targets are often written "페이스북(으)로"; counters follow their label ("좋아요 0").
        if (word.ends_with("(으)로")) word.remove_suffix(std::string_view("(으)로").size());
        const bool number = !word.empty() && word.find_first_not_of("0123456789,") == std::string_view::npos;
        if (!word.empty() && !number && !words.contains(word) && !is_ui_compound(word, words)) return false;
        start = end + 1;
    }
    return true;
}

std::string strip_headline_suffix(std::string_view line) {
    const icu::UnicodeString u = to_unicode(line);
    int32_t begin = 0, end = u.length();
    UErrorCode status = U_ZERO_ERROR;
    if (const icu::RegexPattern* prefixes = rules().headline_prefix.anchored()) {
        std::unique_ptr<icu::RegexMatcher> m(prefixes->matcher(u, status));
        if (U_SUCCESS(status) && m->lookingAt(status) && m->end(status) < end) begin = m->end(status);
    }
    status = U_ZERO_ERROR;
    if (const icu::RegexPattern* suffixes = rules().headline_suffix.floating()) {
        std::unique_ptr<icu::RegexMatcher> m(suffixes->matcher(u, status));
        if (U_SUCCESS(status) && m->find(begin, status) && m->start(status) > begin) end = m->start(status);
    }
    std::string rest;
    u.tempSubStringBetween(begin, end).toUTF8String(rest);
    return rest;
}

std::string strip_sentence_prefix(std::string_view line) {
    const icu::RegexPattern* prefixes = rules().prefixes.anchored();
    if (prefixes == nullptr) return std::string(line);
    const icu::UnicodeString u = to_unicode(line);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(prefixes->matcher(u, status));
    if (U_FAILURE(status) || !m->lookingAt(status)) return std::string(line);
    std::string rest;
    u.tempSubString(m->end(status)).toUTF8String(rest);
    return rest;
}

std::size_t glued_copyright_offset(std::string_view line) {
    constexpr int32_t kMinSentenceUnits = 15;
    if (line.find("무단") == std::string_view::npos && line.find("ⓒ") == std::string_view::npos &&
        line.find("©") == std::string_view::npos && line.find("opyright") == std::string_view::npos &&
        line.find("OPYRIGHT") == std::string_view::npos && line.find("저작권") == std::string_view::npos)
        return std::string_view::npos;
    const icu::UnicodeString u = to_unicode(line);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(rules().glued_copyright.get()->matcher(u, status));
    if (U_FAILURE(status) || !m->find(status) || m->start(status) < kMinSentenceUnits) return std::string_view::npos;
    std::string before;
    u.tempSubString(0, m->start(status)).toUTF8String(before);
    return before.size();
}

bool ends_with_reporter_credit(std::string_view line) {
    return rules().glued_signoff.matches(RuleLine(line));
}

std::string cut_inline_credits(std::string_view line) {
    // Every excision pattern needs one of these; most paragraphs have none and skip the regexes.
    constexpr std::string_view kNeeded[] = {"사진", "그래픽", "기자", "특파원", "@", "재판매"};
    if (std::none_of(std::begin(kNeeded), std::end(kNeeded),
                     [&](std::string_view n) { return line.find(n) != std::string_view::npos; }))
        return std::string(line);
    icu::UnicodeString u = to_unicode(line);
    const CodePointSketch sketch(line);
    for (const auto& excision : rules().excisions) {
        if (!excision->gate.passes(line, sketch)) continue;
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::RegexMatcher> m(excision->pattern.get()->matcher(u, status));
        if (U_FAILURE(status)) continue;
        icu::UnicodeString replaced = m->replaceAll(icu::UnicodeString(), status);
        if (U_SUCCESS(status)) u = replaced;
    }
    std::string out;
    u.trim().toUTF8String(out);
    return out;
}

}  // namespace nangdok
