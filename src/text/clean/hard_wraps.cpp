#include "clean/hard_wraps.hpp"

#include <algorithm>
#include <string_view>

#include "clean/line_rules.hpp"
#include "core/hangul_jamo.hpp"
#include "core/utf8.hpp"

namespace nangdok {
namespace {

using hangul::is_hangul_syllable;

std::size_t characters(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); i += utf8_char_length(s, i)) ++n;
    return n;
}

char32_t first_char(std::string_view s) { return s.empty() ? 0 : decode_utf8_char(s.substr(0, utf8_char_length(s, 0))); }

char32_t last_char(std::string_view s) {
    std::size_t start = s.size();
    while (start > 0 && (static_cast<unsigned char>(s[start - 1]) & 0xC0) == 0x80) --start;
    return start == 0 ? 0 : decode_utf8_char(s.substr(start - 1));
}

std::string_view without_closing_quotes(std::string_view line) {
    for (bool again = true; again;) {
        again = false;
        for (std::string_view quote : {"\"", "'", "”", "’"})
            if (line.ends_with(quote)) {
                line.remove_suffix(quote.size());
                again = true;
            }
    }
    return line;
}

// A Korean sentence ends here: a syllable, then . ? ! (a closing quote may follow), or the script's
// own end mark "//".
bool ends_sentence(std::string_view line) {
    line = without_closing_quotes(line);
    if (line.ends_with("//")) return true;
    if (!(line.ends_with('.') || line.ends_with('?') || line.ends_with('!'))) return false;
    line.remove_suffix(1);
    return is_hangul_syllable(last_char(line));
}

// A piece of a wrapped sentence: text that stops on a syllable or a comma, mid-phrase.
bool stops_mid_sentence(std::string_view line) {
    const char32_t last = last_char(line);
    return is_hangul_syllable(last) || last == ',';
}

// Structure, not text: stage markers, bracketed cues, bullets, breadcrumbs.
bool is_marker(std::string_view line) {
    for (std::string_view start : {"◀", "[", "<", "【", "■", "▶", "▷", "●", "-", "#", ">", "(S.U"})
        if (line.starts_with(start)) return true;
    return false;
}

bool continues_text(std::string_view line) {
    if (line.empty() || is_marker(line)) return false;
    const char32_t first = first_char(line);
    return is_hangul_syllable(first) || first == '"' || first == U'“' || first == '\'' || first == U'‘' ||
           (first >= '0' && first <= '9') || (first >= 'A' && first <= 'Z');
}

// A line of toolbar words ("본문 바로가기 메인메뉴 바로가기") stops on a syllable too, but is chrome
// above the script, never part of its first sentence.
bool is_piece(std::string_view line, std::string_view next) {
    return !is_marker(line) && stops_mid_sentence(line) && continues_text(next) && !is_ui_word_line(line);
}

struct WrapCounts {
    std::size_t lines = 0, short_lines = 0, pieces = 0, sentences = 0;

    void add(const std::vector<PageLine>& page, std::size_t begin, std::size_t end) {
        constexpr std::size_t kMinWrapChars = 8, kMaxWrapChars = 45;
        lines += end - begin;
        for (std::size_t i = begin; i < end; ++i) {
            const std::size_t length = characters(page[i].text);
            if (length >= kMinWrapChars && length <= kMaxWrapChars) ++short_lines;
            if (ends_sentence(page[i].text)) ++sentences;
            if (i + 1 < end && is_piece(page[i].text, page[i + 1].text)) ++pieces;
        }
    }

    // Mostly short lines, many of them pieces of a sentence the next line finishes, and sentences
    // among them: a wrapped script, not a head of stacked titles and metadata.
    bool look_hard_wrapped(std::size_t min_lines, std::size_t min_sentences) const {
        constexpr std::size_t kMinShortPercent = 70, kMinPiecePercent = 30;
        return lines >= min_lines && short_lines * 100 >= lines * kMinShortPercent &&
               pieces * 100 >= lines * kMinPiecePercent && sentences >= min_sentences;
    }
};

// Line `from` continues line `into`: joined with a space, and left empty so line numbers stay.
void join_into(std::vector<PageLine>& lines, std::size_t into, std::size_t from) {
    lines[into].text += ' ';
    lines[into].text += lines[from].text;
    lines[from].text.clear();
}

// A sentence is finished within max_pieces lines, or its pieces are left alone (stacked deck
// lines finish none).
void join_block(std::vector<PageLine>& lines, std::size_t begin, std::size_t end, std::size_t max_pieces) {
    // A title above the script, with no blank line between ("…혐의 입증 주력" then the first wrapped
    // line): wider than any line of the wrap, so it is no piece of its first sentence.
    constexpr std::size_t kTitleWidthPercent = 110;
    std::size_t widest_rest = 0;
    for (std::size_t i = begin + 1; i < end; ++i) widest_rest = std::max(widest_rest, characters(lines[i].text));
    if (end - begin > 2 && characters(lines[begin].text) * 100 > widest_rest * kTitleWidthPercent) ++begin;
    for (std::size_t i = begin; i < end; ++i) {
        std::size_t last = i;
        while (last + 1 < end && last + 1 < i + max_pieces && is_piece(lines[last].text, lines[last + 1].text)) ++last;
        if (last == i || !ends_sentence(lines[last].text)) continue;
        for (std::size_t next = i + 1; next <= last; ++next) join_into(lines, i, next);
        i = last;
    }
}

// Openers minus closers of one pair of marks in a line.
int open_marks(std::string_view line, std::string_view open, std::string_view close) {
    int balance = 0;
    for (std::size_t at = 0; (at = line.find(open, at)) != std::string_view::npos; at += open.size()) ++balance;
    for (std::size_t at = 0; (at = line.find(close, at)) != std::string_view::npos; at += close.size()) --balance;
    return balance;
}

// A quoted remark wrapped inside its brackets ("[홍길동 / 주민: “올해는 …" then "… 좋겠습니다.]"):
// the line leaves a mark open that the next line closes. Joined, it is one remark, not a stray
// line that ends no sentence. Not parentheses: a page's widgets often land inside "(대표 …)".
void join_split_brackets(std::vector<PageLine>& lines) {
    static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
        {"[", "]"}, {"“", "”"}, {"「", "」"}, {"『", "』"}};
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::string& line = lines[i].text;
        const std::string& next = lines[i + 1].text;
        if (line.empty() || next.empty()) continue;
        for (const auto& [open, close] : kPairs) {
            if (open_marks(line, open, close) <= 0 || open_marks(next, open, close) >= 0) continue;
            join_into(lines, i, i + 1);
            break;
        }
    }
}

// No paragraph ends on a comma: "…미래비전을 제시하고," then "… 계획입니다." is one sentence broken
// in two, on a page that is otherwise not wrapped.
void join_comma_breaks(std::vector<PageLine>& lines) {
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::string& line = lines[i].text;
        if (line.empty() || !line.ends_with(',') || !continues_text(lines[i + 1].text)) continue;
        if (!is_hangul_syllable(last_char(std::string_view(line).substr(0, line.size() - 1)))) continue;
        join_into(lines, i, i + 1);
    }
}

// Nor on a word that only modifies the next one ("…권리에 관한" then "…다섯가지 오해"): a heading
// or sentence broken after 관한, 대한, 위한 is one line that the page wrapped.
// So is "-ㄹ 수 있다" broken around 수 ("공유하실 수" / "있습니다.", "붙여넣기 하실" / "수
// 있습니다."): the grammar says the two lines are one phrase.
bool splits_can_phrase(std::string_view line, std::string_view next) {
    if (line.ends_with(" 수")) return next.starts_with("있") || next.starts_with("없");
    if (!(next.starts_with("수 있") || next.starts_with("수 없"))) return false;
    const char32_t last = last_char(line);
    return is_hangul_syllable(last) && hangul::decompose(last).coda.is(hangul::Consonant::r);
}

void join_dangling_modifiers(std::vector<PageLine>& lines) {
    static constexpr std::string_view kModifiers[] = {" 관한", " 대한", " 위한", " 의한", " 통한", " 향한", " 따른"};
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::string& line = lines[i].text;
        if (line.empty() || !continues_text(lines[i + 1].text)) continue;
        if (std::none_of(std::begin(kModifiers), std::end(kModifiers), [&](std::string_view m) { return line.ends_with(m); }) &&
            !splits_can_phrase(line, lines[i + 1].text))
            continue;
        join_into(lines, i, i + 1);
    }
}

// A paragraph wrapped at a fixed width with a blank line after it, as some overseas and older
// pages print their text: every line but the last is about as wide as the widest, and the
// paragraph breaks mid-sentence somewhere. Its lines are one paragraph, sentence ends and all.
bool is_wrapped_paragraph(const std::vector<PageLine>& lines, std::size_t begin, std::size_t end) {
    constexpr std::size_t kMinWidth = 30, kMaxWidth = 120;
    constexpr std::size_t kMinWidthPercent = 80;  // of the widest line, for every line but the last
    if (end - begin < 2) return false;
    std::size_t widest = 0;
    bool broken_mid_sentence = false, has_sentence = false;
    for (std::size_t i = begin; i < end; ++i) {
        widest = std::max(widest, characters(lines[i].text));
        if (i + 1 < end && is_piece(lines[i].text, lines[i + 1].text)) broken_mid_sentence = true;
        if (lines[i].text.find(". ") != std::string::npos || ends_sentence(lines[i].text)) has_sentence = true;
    }
    if (widest < kMinWidth || widest > kMaxWidth || !broken_mid_sentence || !has_sentence) return false;
    for (std::size_t i = begin; i + 1 < end; ++i)
        if (characters(lines[i].text) * 100 < widest * kMinWidthPercent || !continues_text(lines[i + 1].text) ||
            lines[i].text == lines[i + 1].text)
            return false;
    // A caption printed twice, a byline or a tail line is no piece of a paragraph.
    for (std::size_t i = begin; i < end; ++i)
        if (classify_line(lines[i].text) != LineKind::text) return false;
    return true;
}

}  // namespace

void join_hard_wrapped_lines(std::vector<PageLine>& lines) {
    struct Block {
        std::size_t begin, end;
    };
    std::vector<Block> blocks;
    for (std::size_t begin = 0; begin < lines.size();) {
        if (lines[begin].text.empty()) {
            ++begin;
            continue;
        }
        std::size_t end = begin;
        while (end < lines.size() && !lines[end].text.empty()) ++end;
        blocks.push_back({begin, end});
        begin = end;
    }
    // Paragraphs wrapped at a page's width, two of them at least so that one stacked head is not
    // taken for one.
    constexpr std::size_t kMinWrappedParagraphBlocks = 2;
    std::vector<const Block*> wrapped;
    for (const Block& block : blocks)
        if (is_wrapped_paragraph(lines, block.begin, block.end)) wrapped.push_back(&block);
    if (wrapped.size() >= kMinWrappedParagraphBlocks)
        for (const Block* block : wrapped)
            for (std::size_t next = block->begin + 1; next < block->end; ++next) join_into(lines, block->begin, next);
    // A script may keep a blank line between its paragraphs, each two to five wrapped lines: no
    // one block is long enough to judge, but the page's paragraphs together are.
    WrapCounts page;
    std::size_t paragraphs = 0;
    for (const Block& block : blocks) {
        WrapCounts counts;
        counts.add(lines, block.begin, block.end);
        if (counts.lines < 2 || counts.pieces == 0 || counts.sentences == 0) continue;
        page.add(lines, block.begin, block.end);
        ++paragraphs;
    }
    constexpr std::size_t kMinWrappedParagraphs = 4, kMinPageLines = 12;
    const bool page_wrapped = paragraphs >= kMinWrappedParagraphs && page.look_hard_wrapped(kMinPageLines, paragraphs);
    for (const Block& block : blocks) {
        WrapCounts counts;
        counts.add(lines, block.begin, block.end);
        constexpr std::size_t kMinBlockLines = 4, kMinBlockSentences = 2;
        // On a page wrapped throughout, a long sentence may take more lines than one wrapped block
        // alone would be trusted with.
        constexpr std::size_t kBlockMaxPieces = 7, kPageMaxPieces = 8;
        if (page_wrapped)
            join_block(lines, block.begin, block.end, kPageMaxPieces);
        else if (counts.look_hard_wrapped(kMinBlockLines, kMinBlockSentences))
            join_block(lines, block.begin, block.end, kBlockMaxPieces);
    }
    join_split_brackets(lines);
    join_comma_breaks(lines);
    join_dangling_modifiers(lines);
}

}  // namespace nangdok
