#include "clean/literal_gate.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace nangdok {
namespace {

using Gate = std::optional<std::vector<std::string>>;

// How much a gate narrows the lines that reach the regex: its shortest alternative, not counting
// spaces (nearly every line has one). 0 means useless.
std::size_t selectivity(const std::vector<std::string>& alternatives) {
    std::size_t weakest = SIZE_MAX;
    for (const std::string& a : alternatives)
        weakest = std::min<std::size_t>(weakest, a.size() - static_cast<std::size_t>(std::count(a.begin(), a.end(), ' ')));
    return alternatives.empty() ? 0 : weakest;
}

bool better(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    const std::size_t sa = selectivity(a), sb = selectivity(b);
    return sa != sb ? sa > sb : a.size() < b.size();
}

std::size_t utf8_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 1;
}

// A recursive-descent reader for the part of ICU's syntax the cleaning tables use. Anything it
// does not understand makes it give up (std::nullopt), which only costs speed, never a match.
class PatternReader {
public:
    explicit PatternReader(std::string_view pattern) : p_(pattern) {}

    Gate read() {
        Gate gate = alternation();
        if (failed_ || pos_ != p_.size()) return std::nullopt;
        return gate;
    }

private:
    bool at_end() const { return pos_ >= p_.size(); }
    char peek(std::size_t ahead = 0) const { return pos_ + ahead < p_.size() ? p_[pos_ + ahead] : '\0'; }

    Gate alternation() {
        std::vector<Gate> branches{sequence()};
        while (!failed_ && peek() == '|') {
            ++pos_;
            branches.push_back(sequence());
        }
        std::vector<std::string> all;
        for (const Gate& branch : branches) {
            if (!branch) return std::nullopt;
            for (const std::string& s : *branch)
                if (std::find(all.begin(), all.end(), s) == all.end()) all.push_back(s);
        }
        return all;
    }

    // Quantifier after an atom: returns whether the atom may be absent, and whether more copies of
    // it may follow (which ends a literal run after it).
    struct Repeat {
        bool optional = false, repeated = false;
    };
    Repeat quantifier() {
        Repeat r;
        const char c = peek();
        if (c == '?' || c == '*') {
            r.optional = true;
            r.repeated = c == '*';
            ++pos_;
        } else if (c == '+') {
            r.repeated = true;
            ++pos_;
        } else if (c == '{') {
            const std::size_t close = p_.find('}', pos_);
            if (close == std::string_view::npos) {
                failed_ = true;
                return r;
            }
            const std::string_view inside = p_.substr(pos_ + 1, close - pos_ - 1);
            r.optional = inside.starts_with('0');
            r.repeated = inside != "1";
            pos_ = close + 1;
        } else {
            return r;
        }
        if (peek() == '?' || peek() == '+') ++pos_;  // lazy or possessive
        return r;
    }

    void skip_class() {
        int depth = 0;
        while (!at_end()) {
            const char c = p_[pos_++];
            if (c == '\\') {
                ++pos_;
            } else if (c == '[') {
                ++depth;
                if (peek() == '^') ++pos_;
                if (peek() == ']') ++pos_;  // "[]…]" and "[^]…]": a literal ']'
            } else if (c == ']' && --depth == 0) {
                return;
            }
        }
        failed_ = true;
    }

    void skip_braced() {  // \p{…}, \x{…}, \N{…}
        const std::size_t close = p_.find('}', pos_);
        if (close == std::string_view::npos) failed_ = true;
        else pos_ = close + 1;
    }

    Gate sequence() {
        std::vector<std::vector<std::string>> candidates;
        std::string run;
        auto flush = [&] {
            if (!run.empty()) candidates.push_back({run});
            run.clear();
        };
        while (!failed_ && !at_end() && peek() != '|' && peek() != ')') {
            const char c = peek();
            std::string literal;  // the atom's text when it is one literal code point
            Gate group;
            bool group_counts = false;
            if (c == '(') {
                ++pos_;
                bool lookaround = false, insensitive = false;
                if (peek() == '?') {
                    ++pos_;
                    if (peek() == '=' || peek() == '!') {
                        lookaround = true;
                        ++pos_;
                    } else if (peek() == '<' && (peek(1) == '=' || peek(1) == '!')) {
                        lookaround = true;
                        pos_ += 2;
                    } else {
                        // Flags: "(?:", "(?i:"; a bare "(?i)" changes the rest of the pattern.
                        while (!at_end() && std::isalpha(static_cast<unsigned char>(peek()))) {
                            if (peek() == 'i') insensitive = true;
                            else if (peek() == 'x') failed_ = true;  // free spacing: literals are not literal
                            ++pos_;
                        }
                        if (peek() == '-') failed_ = true;
                        if (peek() != ':') failed_ = true;
                        ++pos_;
                    }
                }
                group = alternation();
                if (peek() != ')') failed_ = true;
                ++pos_;
                group_counts = !lookaround && !insensitive;
            } else if (c == '[') {
                skip_class();
            } else if (c == '\\') {
                const char e = peek(1);
                pos_ += 2;
                if (std::isalnum(static_cast<unsigned char>(e))) {
                    if (e == 'Q') failed_ = true;
                    if ((e == 'p' || e == 'P' || e == 'x' || e == 'N') && peek() == '{') skip_braced();
                } else {
                    literal.push_back(e);
                }
            } else if (c == '.' || c == '^' || c == '$') {
                ++pos_;
            } else {
                const std::size_t n = std::min(utf8_length(static_cast<unsigned char>(c)), p_.size() - pos_);
                literal.assign(p_.substr(pos_, n));
                pos_ += n;
            }
            const Repeat repeat = quantifier();
            if (!literal.empty() && !repeat.optional) {
                run += literal;
                if (repeat.repeated) flush();
                continue;
            }
            flush();
            if (group_counts && group && !repeat.optional && selectivity(*group) > 0) candidates.push_back(*group);
        }
        flush();
        std::vector<std::string>* best = nullptr;
        for (auto& candidate : candidates)
            if (selectivity(candidate) > 0 && (best == nullptr || better(candidate, *best))) best = &candidate;
        if (best == nullptr) return std::nullopt;
        return std::move(*best);
    }

    std::string_view p_;
    std::size_t pos_ = 0;
    bool failed_ = false;
};

}  // namespace

std::optional<std::vector<std::string>> required_literals(std::string_view pattern) {
    return PatternReader(pattern).read();
}

void CodePointSketch::add(std::string_view utf8) {
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t size = utf8.size();
    for (std::size_t i = 0; i < size;) {
        const std::size_t n = std::min(utf8_length(s[i]), size - i);
        uint32_t cp = n == 1 ? s[i] : s[i] & (0x7F >> n);
        for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
        const uint32_t bit = (cp * 0x9E3779B1u) >> 23;  // 0..511
        bits_[bit >> 6] |= uint64_t{1} << (bit & 63);
        i += n;
    }
}

LiteralGate::LiteralGate(const std::vector<std::string>& alternatives) {
    for (const std::string& a : alternatives) literals_.push_back({a, CodePointSketch(a)});
}

bool LiteralGate::passes(std::string_view text, const CodePointSketch& text_sketch) const {
    if (literals_.empty()) return true;
    for (const GateLiteral& literal : literals_)
        if (text_sketch.may_contain(literal.sketch) && text.find(literal.text) != std::string_view::npos) return true;
    return false;
}

}  // namespace nangdok
