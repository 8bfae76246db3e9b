#include "segment/paired_marks.hpp"

#include <algorithm>
#include <array>

#include "segment/segment_word_tables.hpp"
#include "segment/text_scan.hpp"

namespace nangdok {
namespace {

constexpr int kDoubleQuotes = 0;
constexpr int kSingleQuotes = 1;
constexpr int kFamilies = 16;

struct BracketPair {
    char32_t open, close;
};
constexpr std::array<BracketPair, 14> kBrackets = {{
    {'(', ')'}, {'[', ']'}, {'{', '}'}, {'<', '>'}, {0x300C, 0x300D} /* 「」 */, {0x300E, 0x300F} /* 『』 */,
    {0x300A, 0x300B} /* 《》 */, {0x3008, 0x3009} /* 〈〉 */, {0x3010, 0x3011} /* 【】 */,
    {0x3014, 0x3015} /* 〔〕 */, {0xFF08, 0xFF09} /* （） */, {0xFF3B, 0xFF3D} /* ［］ */,
    {0xFF5B, 0xFF5D} /* ｛｝ */, {0xFF1C, 0xFF1E} /* ＜＞ */,
}};
static_assert(kBrackets.size() + 2 <= kFamilies);

bool is_particle(std::string_view word) {
    return std::find(segment_words::kParticlesAfterQuote.begin(), segment_words::kParticlesAfterQuote.end(), word) !=
           segment_words::kParticlesAfterQuote.end();
}

// A particle or quotative ending right after a quote (or after one space) means the quote closes:
// `"며`, `' 고 했다`. The whole Hangul word must match, so `'고향의` does not count.
bool particle_follows(std::string_view text, std::size_t after) {
    if (after < text.size() && text[after] == ' ') ++after;
    const std::string_view run = scan::hangul_run_at(text, after, 16);
    if (run.empty()) return false;
    const std::size_t end = after + run.size();
    if (end < text.size() && !scan::is_space(scan::char_at(text, end)) &&
        !scan::is_terminal(scan::char_at(text, end)) && text[end] != ',')
        return false;
    return is_particle(run);
}

bool closes_context(char32_t next) {
    if (next == 0 || scan::is_space(next) || scan::is_terminal(next)) return true;
    if (next == ',' || next == ';' || next == ':' || next == 0x3001 /* 、 */) return true;
    const auto mark = classify_mark(next);
    return mark && !mark->is_quote && mark->shape == MarkShape::closing;
}

}  // namespace

std::optional<MarkClass> classify_mark(char32_t c) {
    switch (c) {
        case '"': case 0xFF02: return MarkClass{kDoubleQuotes, MarkShape::symmetric, true};
        case 0x201C: case 0x201E: return MarkClass{kDoubleQuotes, MarkShape::opening, true};
        case 0x201D: return MarkClass{kDoubleQuotes, MarkShape::closing, true};
        case '\'': case 0xFF07: return MarkClass{kSingleQuotes, MarkShape::symmetric, true};
        case 0x2018: case 0x201A: return MarkClass{kSingleQuotes, MarkShape::opening, true};
        case 0x2019: return MarkClass{kSingleQuotes, MarkShape::closing, true};
        default: break;
    }
    for (std::size_t i = 0; i < kBrackets.size(); ++i) {
        if (c == kBrackets[i].open) return MarkClass{static_cast<int>(i) + 2, MarkShape::opening, false};
        if (c == kBrackets[i].close) return MarkClass{static_cast<int>(i) + 2, MarkShape::closing, false};
    }
    return std::nullopt;
}

PairedMarks PairedMarks::find(std::string_view text) {
    PairedMarks result;
    std::vector<Mark>& marks = result.marks_;
    std::vector<std::size_t> open_stack;  // indexes into marks
    std::array<int, kFamilies> open_count{};
    std::vector<int> families;  // family of each mark, parallel to marks

    const auto close = [&](int family, std::size_t index) {
        if (open_count[family] == 0) {
            marks[index].role = MarkRole::unmatched_closer;
            return;
        }
        // Marks opened after the nearest opener of this family were never closed: drop them.
        while (families[open_stack.back()] != family) {
            --open_count[families[open_stack.back()]];
            open_stack.pop_back();
        }
        const std::size_t opener = open_stack.back();
        open_stack.pop_back();
        --open_count[family];
        marks[opener].role = MarkRole::opener;
        marks[opener].partner = marks[index].pos;
        marks[index].role = MarkRole::closer;
        marks[index].partner = marks[opener].pos;
    };
    const auto open = [&](int family, std::size_t index) {
        marks[index].role = MarkRole::unmatched_opener;  // until a closer pairs it
        open_stack.push_back(index);
        ++open_count[family];
    };

    char32_t prev = 0;
    bool prev_opened = false;  // the previous character was an opening mark
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = utf8_char_length(text, i);
        const char32_t c = decode_utf8_char(text.substr(i, len));
        const auto mark_class = classify_mark(c);
        if (!mark_class) {
            prev = c;
            prev_opened = false;
            i += len;
            continue;
        }
        const int family = mark_class->family;
        marks.push_back(Mark{i, len, MarkRole::unmatched_opener, mark_class->is_quote});
        families.push_back(family);
        const std::size_t index = marks.size() - 1;
        const char32_t next = scan::char_at(text, i + len);

        if (!mark_class->is_quote) {
            if (mark_class->shape == MarkShape::opening) open(family, index);
            else close(family, index);
        } else if (family == kSingleQuotes && (scan::is_latin_letter(prev) || scan::is_ascii_digit(prev)) &&
                   (scan::is_latin_letter(next) || open_count[kSingleQuotes] == 0)) {
            marks[index].role = MarkRole::apostrophe;  // don't, 90's, Levi's
        } else if ((c == '"' || c == 0xFF02) && scan::is_ascii_digit(prev) && !particle_follows(text, i + len) &&
                   (scan::is_space(next) || scan::is_latin_letter(next) || scan::is_hangul_syllable(next))) {
            // 65" TV, 75"형: inches, not a quote that closes (or opens) anything.
            marks[index].role = MarkRole::apostrophe;
        } else {
            const bool space_before = prev == 0 || scan::is_space(prev) || prev_opened;
            const bool closes_after = closes_context(next);
            bool closing;
            if (particle_follows(text, i + len) || (!space_before && closes_after)) closing = true;
            else if (space_before && !closes_after) closing = false;
            else if (mark_class->shape == MarkShape::opening) closing = false;
            else if (mark_class->shape == MarkShape::closing) closing = true;
            else closing = open_count[family] > 0;
            if (closing) close(family, index);
            else open(family, index);
        }
        prev_opened = marks[index].role == MarkRole::unmatched_opener;
        prev = c;
        i += len;
    }

    // Pairs nest, so the outermost ones are those not inside an earlier one.
    for (const Mark& mark : marks) {
        if (mark.role != MarkRole::opener) continue;
        if (!result.outer_pairs_.empty() && mark.pos < result.outer_pairs_.back().second) continue;
        result.outer_pairs_.emplace_back(mark.pos, mark.partner);
    }
    return result;
}

bool PairedMarks::encloses(std::size_t b) const {
    // The last pair that opens before b.
    auto it = std::lower_bound(outer_pairs_.begin(), outer_pairs_.end(), b,
                               [](const auto& pair, std::size_t pos) { return pair.first < pos; });
    if (it == outer_pairs_.begin()) return false;
    --it;
    return b <= it->second;
}

const Mark* PairedMarks::mark_at(std::size_t pos) const {
    auto it = std::lower_bound(marks_.begin(), marks_.end(), pos,
                               [](const Mark& mark, std::size_t p) { return mark.pos < p; });
    return it != marks_.end() && it->pos == pos ? &*it : nullptr;
}

}  // namespace nangdok
