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
#include "core/errors.hpp"

namespace nangdok {
namespace {

using namespace clean_rules;

// Patterns that are not anchored at the line start are written to match at its end, within this
// many UTF-16 units; searching only the tail keeps a long paragraph from costing a full scan per
// rule (the cleaner must run at tens of MB/s).
constexpr int32_t kTailWindow = 64;

// The tables use plain groups for readability; ICU copies every capture slot on each backtracking
// step, so groups are made non-capturing before compiling (this halves the matching time).
std::string without_captures(std::string_view pattern) {
    std::string out;
    out.reserve(pattern.size() + 16);
    bool escaped = false, in_class = false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        out.push_back(c);
        if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (in_class) {
            in_class = c != ']';
        } else if (c == '[') {
            in_class = true;
            if (i + 1 < pattern.size() && pattern[i + 1] == '^') out.push_back(pattern[++i]);
            if (i + 1 < pattern.size() && pattern[i + 1] == ']') out.push_back(pattern[++i]);  // "[]…]": literal ']'
        } else if (c == '(' && (i + 1 >= pattern.size() || pattern[i + 1] != '?')) {
            out += "?:";
        }
    }
    return out;
}

// One table compiled into at most two ICU patterns: the start-anchored rules joined into one
// alternation tried with lookingAt(), the others joined into one searched in the line's tail.
class RuleSet {
public:
    // Lines longer than max_units UTF-16 units never match: bylines, dates and widget labels are
    // short, and skipping long paragraphs keeps their backtracking patterns off the body text.
    // When hints are given, a line holding none of them (plain substrings) skips the set: a
    // substring search is far cheaper than a regular expression that backtracks.
    explicit RuleSet(std::span<const std::string_view> patterns, int32_t max_units = INT32_MAX,
                     std::span<const std::string_view> hints = {})
        : max_units_(max_units), hints_(hints) {
        for (std::string_view p : patterns) {
            std::string& joined = p.starts_with('^') ? anchored_source_ : floating_source_;
            joined += (joined.empty() ? "(?:" : "|(?:") + without_captures(p) + ")";
        }
    }

    bool matches(std::string_view utf8, const icu::UnicodeString& line) const {
        if (line.length() > max_units_) return false;
        if (!hints_.empty() && std::none_of(hints_.begin(), hints_.end(), [&](std::string_view h) {
                return utf8.find(h) != std::string_view::npos;
            }))
            return false;
        compile_once();
        return anchored_ && looking_at(*anchored_, line) ? true : floating_ && found_in_tail(*floating_, line);
    }

    const icu::RegexPattern* anchored() const {
        compile_once();
        return anchored_.get();
    }
    const icu::RegexPattern* floating() const {
        compile_once();
        return floating_.get();
    }

private:
    // ICU compiles slowly (3 ms for all the tables, most of a short article's cleaning and on the
    // way to the first sound), and many tables are never needed: a set is compiled the first
    // time a line gets past its length limit and hints.
    void compile_once() const {
        std::call_once(compiled_, [this] {
            anchored_ = compile(anchored_source_);
            floating_ = compile(floating_source_);
        });
    }

    static std::unique_ptr<icu::RegexPattern> compile(const std::string& source) {
        if (source.empty()) return nullptr;
        UErrorCode status = U_ZERO_ERROR;
        UParseError where;
        std::unique_ptr<icu::RegexPattern> pattern(
            icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(source), where, status));
        // The tables are compiled into the binary, so a bad pattern is a programming error that a
        // unit test catches; it is still reported as our error type rather than a crash.
        if (U_FAILURE(status))
            throw Error(ExitCode::bad_input, "internal: bad cleaning pattern near offset " +
                                                 std::to_string(where.offset) + ": " + source.substr(0, 80));
        return pattern;
    }

    static icu::RegexMatcher& matcher_for(const icu::RegexPattern& pattern) {
        // Matchers are costly to create; one per pattern per thread is reused for every line.
        thread_local std::vector<std::pair<const icu::RegexPattern*, std::unique_ptr<icu::RegexMatcher>>> cache;
        for (auto& [p, m] : cache)
            if (p == &pattern) return *m;
        UErrorCode status = U_ZERO_ERROR;
        cache.emplace_back(&pattern, std::unique_ptr<icu::RegexMatcher>(pattern.matcher(status)));
        return *cache.back().second;
    }

    static bool looking_at(const icu::RegexPattern& pattern, const icu::UnicodeString& line) {
        icu::RegexMatcher& m = matcher_for(pattern);
        m.reset(line);
        UErrorCode status = U_ZERO_ERROR;
        return m.lookingAt(status) && U_SUCCESS(status);
    }

    static bool found_in_tail(const icu::RegexPattern& pattern, const icu::UnicodeString& line) {
        icu::RegexMatcher& m = matcher_for(pattern);
        m.reset(line);
        UErrorCode status = U_ZERO_ERROR;
        if (line.length() > kTailWindow) {
            m.region(line.length() - kTailWindow, line.length(), status);
            m.useTransparentBounds(true);  // so \s and \S at the window's edge see the real text
        }
        return m.find(status) && U_SUCCESS(status);
    }

    int32_t max_units_;
    std::span<const std::string_view> hints_;
    std::string anchored_source_, floating_source_;
    mutable std::once_flag compiled_;
    mutable std::unique_ptr<icu::RegexPattern> anchored_, floating_;
};

std::unique_ptr<icu::RegexPattern> compile_or_throw(std::string_view source) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where;
    std::unique_ptr<icu::RegexPattern> pattern(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(icu::StringPiece(source.data(), static_cast<int32_t>(source.size()))), where, status));
    if (U_FAILURE(status)) throw Error(ExitCode::bad_input, "internal: bad cleaning pattern " + std::string(source));
    return pattern;
}

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
    std::vector<std::unique_ptr<icu::RegexPattern>> excisions;
    // A copyright notice glued after the last sentence, maybe after the reporter's credit:
    // "…들어갔다.저작권자 © 한빛일보 무단전재…", "…나타냈다. 홍길동 기자 hong@<ⓒ…>".
    std::unique_ptr<icu::RegexPattern> glued_copyright = compile_or_throw(
        R"((?<=[다요죠까][.!?]|[다요죠까][.!?][\x{201D}"\x{2019}])\s*[^!?]{0,60}?[<\[(]?\s*(?:저작권자|\x{24D2}|\x{00A9}|Copyright|COPYRIGHT|무단\s?전재))");

    CompiledRules() {
        for (auto table : {std::span<const std::string_view>(kInlineCredits), std::span<const std::string_view>(kGluedSignoffs)})
            for (std::string_view p : table) {
                UErrorCode status = U_ZERO_ERROR;
                UParseError where;
                excisions.emplace_back(icu::RegexPattern::compile(
                    icu::UnicodeString::fromUTF8(icu::StringPiece(p.data(), static_cast<int32_t>(p.size()))), where,
                    status));
                if (U_FAILURE(status)) throw Error(ExitCode::bad_input, "internal: bad excision pattern " + std::string(p));
            }
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
    const icu::UnicodeString u = to_unicode(line);
    if (r.tail_anchor.matches(line, u)) return LineKind::tail_anchor;
    if (r.ui_lines.contains(line) || is_ui_word_line(line)) return LineKind::ui;
    if (r.ui.matches(line, u)) return LineKind::ui;
    if (r.summary.matches(line, u)) return LineKind::summary_label;
    // Captions first: a photographer's credit "ⓒ 홍길동" between paragraphs must not cut the tail.
    if (r.caption.matches(line, u)) return LineKind::caption;
    if (plausible_copyright(line) && r.copyright.matches(line, u)) return LineKind::copyright;
    if (r.byline.matches(line, u)) return LineKind::byline;
    if (r.date.matches(line, u)) return LineKind::date;
    if (r.tail.matches(line, u)) return LineKind::tail;
    if (r.signoff.matches(line, u)) return LineKind::signoff;
    if (r.list_header.matches(line, u)) return LineKind::list_header;
    if (r.spoken_byline.matches(line, u)) return LineKind::spoken_byline;
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
    std::unique_ptr<icu::RegexMatcher> m(rules().glued_copyright->matcher(u, status));
    if (U_FAILURE(status) || !m->find(status) || m->start(status) < kMinSentenceUnits) return std::string_view::npos;
    std::string before;
    u.tempSubString(0, m->start(status)).toUTF8String(before);
    return before.size();
}

bool ends_with_reporter_credit(std::string_view line) {
    return rules().glued_signoff.matches(line, to_unicode(line));
}

std::string cut_inline_credits(std::string_view line) {
    // Every excision pattern needs one of these; most paragraphs have none and skip the regexes.
    constexpr std::string_view kNeeded[] = {"사진", "그래픽", "기자", "특파원", "@", "재판매"};
    if (std::none_of(std::begin(kNeeded), std::end(kNeeded),
                     [&](std::string_view n) { return line.find(n) != std::string_view::npos; }))
        return std::string(line);
    icu::UnicodeString u = to_unicode(line);
    for (const auto& pattern : rules().excisions) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::RegexMatcher> m(pattern->matcher(u, status));
        if (U_FAILURE(status)) continue;
        icu::UnicodeString replaced = m->replaceAll(icu::UnicodeString(), status);
        if (U_SUCCESS(status)) u = replaced;
    }
    std::string out;
    u.trim().toUTF8String(out);
    return out;
}

}  // namespace nangdok
