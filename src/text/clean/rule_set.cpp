#include "clean/rule_set.hpp"

#include "core/errors.hpp"

namespace nangdok {
namespace {

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

void join(std::string& joined, std::string_view pattern) {
    joined += (joined.empty() ? "(?:" : "|(?:") + without_captures(pattern) + ")";
}

icu::RegexMatcher& matcher_for(const icu::RegexPattern& pattern) {
    // Matchers are costly to create; one per pattern per thread is reused for every line.
    thread_local std::vector<std::pair<const icu::RegexPattern*, std::unique_ptr<icu::RegexMatcher>>> cache;
    for (auto& [p, m] : cache)
        if (p == &pattern) return *m;
    UErrorCode status = U_ZERO_ERROR;
    cache.emplace_back(&pattern, std::unique_ptr<icu::RegexMatcher>(pattern.matcher(status)));
    return *cache.back().second;
}

bool looking_at(const icu::RegexPattern& pattern, const icu::UnicodeString& line) {
    icu::RegexMatcher& m = matcher_for(pattern);
    m.reset(line);
    UErrorCode status = U_ZERO_ERROR;
    return m.lookingAt(status) && U_SUCCESS(status);
}

bool found_in_tail(const icu::RegexPattern& pattern, const icu::UnicodeString& line) {
    icu::RegexMatcher& m = matcher_for(pattern);
    m.reset(line);
    UErrorCode status = U_ZERO_ERROR;
    if (line.length() > kTailWindow) {
        m.region(line.length() - kTailWindow, line.length(), status);
        m.useTransparentBounds(true);  // so \s and \S at the window's edge see the real text
    }
    return m.find(status) && U_SUCCESS(status);
}

// Where the last kTailWindow UTF-16 units begin, in bytes: a code point is one unit, or two
// beyond the BMP.
std::size_t tail_start(std::string_view utf8) {
    int32_t units = 0;
    std::size_t i = utf8.size();
    while (i > 0 && units < kTailWindow) {
        std::size_t start = i - 1;
        while (start > 0 && (static_cast<unsigned char>(utf8[start]) & 0xC0) == 0x80) --start;
        units += (i - start) == 4 ? 2 : 1;
        i = start;
    }
    return i;
}

std::vector<std::string> strings(std::span<const std::string_view> views) {
    return {views.begin(), views.end()};
}

}  // namespace

RuleLine::RuleLine(std::string_view utf8)
    : utf8_(utf8),
      tail_(utf8.substr(tail_start(utf8))),
      unicode_(icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())))) {}

const CodePointSketch& RuleLine::sketch() const {
    if (!sketch_) sketch_ = std::make_unique<CodePointSketch>(utf8_);
    return *sketch_;
}

const CodePointSketch& RuleLine::tail_sketch() const {
    if (!tail_sketch_) tail_sketch_ = tail_.size() == utf8_.size() ? std::make_unique<CodePointSketch>(sketch())
                                                                    : std::make_unique<CodePointSketch>(tail_);
    return *tail_sketch_;
}

const icu::RegexPattern* LazyPattern::get() const {
    std::call_once(compiled_, [this] {
        if (source_.empty()) return;
        UErrorCode status = U_ZERO_ERROR;
        UParseError where;
        pattern_.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(source_), where, status));
        // The tables are compiled into the binary, so a bad pattern is a programming error that a
        // unit test catches; it is still reported as our error type rather than a crash.
        if (U_FAILURE(status))
            throw Error(ExitCode::bad_input, "internal: bad cleaning pattern near offset " +
                                                 std::to_string(where.offset) + ": " + source_.substr(0, 80));
    });
    return pattern_.get();
}

RuleSet::RuleSet(std::span<const std::string_view> patterns, int32_t max_units, std::span<const std::string_view> hints)
    : max_units_(max_units), hints_(strings(hints)) {
    std::string ungated_anchored, ungated_floating, all_anchored, all_floating;
    for (std::string_view p : patterns) {
        const bool anchored = p.starts_with('^');
        join(anchored ? all_anchored : all_floating, p);
        if (auto literals = required_literals(p))
            gated_.push_back(std::make_unique<GatedPattern>(LiteralGate(*literals), anchored, without_captures(p)));
        else
            join(anchored ? ungated_anchored : ungated_floating, p);
    }
    ungated_anchored_ = std::make_unique<LazyPattern>(std::move(ungated_anchored));
    ungated_floating_ = std::make_unique<LazyPattern>(std::move(ungated_floating));
    all_anchored_ = std::make_unique<LazyPattern>(std::move(all_anchored));
    all_floating_ = std::make_unique<LazyPattern>(std::move(all_floating));
}

bool RuleSet::matches(const RuleLine& line) const {
    if (line.unicode().length() > max_units_) return false;
    if (!hints_.open() && !hints_.passes(line.utf8(), line.sketch())) return false;
    for (const auto& gated : gated_) {
        const bool may_match = gated->anchored ? gated->gate.passes(line.utf8(), line.sketch())
                                               : gated->gate.passes(line.tail(), line.tail_sketch());
        if (!may_match) continue;
        const icu::RegexPattern* pattern = gated->pattern.get();
        if (gated->anchored ? looking_at(*pattern, line.unicode()) : found_in_tail(*pattern, line.unicode()))
            return true;
    }
    if (const icu::RegexPattern* p = ungated_anchored_->get(); p && looking_at(*p, line.unicode())) return true;
    if (const icu::RegexPattern* p = ungated_floating_->get(); p && found_in_tail(*p, line.unicode())) return true;
    return false;
}

const icu::RegexPattern* RuleSet::anchored() const { return all_anchored_->get(); }
const icu::RegexPattern* RuleSet::floating() const { return all_floating_->get(); }

}  // namespace nangdok
