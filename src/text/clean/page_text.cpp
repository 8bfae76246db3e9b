#include "clean/page_text.hpp"

#include <array>
#include <utility>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "clean/boilerplate_rules.hpp"
#include "core/line_tools.hpp"
#include "core/utf8.hpp"

namespace nangdok {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kNamedEntities{{
    {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
    {"middot", "·"}, {"hellip", "…"}, {"lsquo", "‘"}, {"rsquo", "’"}, {"ldquo", "“"}, {"rdquo", "”"},
    {"ndash", "–"}, {"mdash", "—"}, {"bull", "•"}, {"copy", "©"}, {"laquo", "«"}, {"raquo", "»"},
}};

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Decodes the entity whose name (between '&' and ';') is given; empty when unknown.
std::string entity_text(std::string_view name) {
    std::string out;
    if (name.size() >= 2 && name[0] == '#') {
        const bool hex = name[1] == 'x' || name[1] == 'X';
        std::string_view digits = name.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 7) return out;
        char32_t cp = 0;
        for (char c : digits) {
            int v = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (v < 0) return out;
            cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
        }
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return out;
        if (cp == 0xA0) cp = ' ';
        append_utf8(out, cp);
        return out;
    }
    for (const auto& [n, text] : kNamedEntities)
        if (n == name) return std::string(text);
    return out;
}

std::string decode_entities_once(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t amp = text.find('&', i);
        if (amp == std::string_view::npos) break;
        out.append(text.substr(i, amp - i));
        std::size_t semi = text.find(';', amp + 1);
        constexpr std::size_t kLongestEntityName = 10;
        if (semi != std::string_view::npos && semi - amp - 1 <= kLongestEntityName) {
            std::string decoded = entity_text(text.substr(amp + 1, semi - amp - 1));
            if (!decoded.empty()) {
                out += decoded;
                i = semi + 1;
                continue;
            }
        }
        out.push_back('&');
        i = amp + 1;
    }
    out.append(text.substr(std::min(i, text.size())));
    return out;
}

bool is_odd_space(char32_t c) {
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
           c == 0x3000 || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

bool is_zero_width(char32_t c) {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

// Removes one leading bullet marker and the space after it; markers that are also punctuation
// ('*', '-', '·') count only when a space follows, so "-3도" or "*주석" stay.
bool strip_bullet(std::string_view& line) {
    for (std::string_view marker : clean_rules::kBulletMarkers) {
        if (!line.starts_with(marker)) continue;
        std::string_view rest = line.substr(marker.size());
        const bool needs_space = marker.size() == 1 || marker == "·";
        if (needs_space && !rest.starts_with(' ')) continue;
        while (rest.starts_with(' ')) rest.remove_prefix(1);
        line = rest;
        return true;
    }
    return false;
}

// Matches a line-break tag at text[at] ('<'): "<br>", "<BR/>", "<br />", "<p>", "</p>", "</div>".
// Returns its length, 0 when it is not one. Other '<' stay: "A < B" and "<사진>" are text.
std::size_t line_break_tag_length(std::string_view text, std::size_t at) {
    std::size_t i = at + 1;
    const bool closing = i < text.size() && text[i] == '/';
    if (closing) ++i;
    auto name_is = [&](std::string_view name) {
        if (text.size() - i < name.size()) return false;
        for (std::size_t k = 0; k < name.size(); ++k)
            if ((text[i + k] | 0x20) != name[k]) return false;
        return true;
    };
    std::string_view name;
    for (std::string_view candidate : {std::string_view("br"), std::string_view("div"), std::string_view("p")})
        if (name_is(candidate)) { name = candidate; break; }
    if (name.empty() || (name == "br" && closing)) return 0;
    i += name.size();
    while (i < text.size() && text[i] == ' ') ++i;
    if (!closing && i < text.size() && text[i] == '/') ++i;
    while (i < text.size() && text[i] == ' ') ++i;
    return i < text.size() && text[i] == '>' ? i + 1 - at : 0;
}

// Text scraped out of a page sometimes keeps its line-break tags as characters: the whole article
// then arrives as one line of "…<br /><br />…". They are line ends, not words to read.
std::string break_leftover_tags(std::string_view text) {
    if (text.find('<') == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    for (std::size_t at; (at = text.find('<', i)) != std::string_view::npos;) {
        out.append(text.substr(i, at - i));
        if (const std::size_t length = line_break_tag_length(text, at)) {
            out.push_back('\n');
            i = at + length;
        } else {
            out.push_back('<');
            i = at + 1;
        }
    }
    out.append(text.substr(i));
    return out;
}

}  // namespace

std::string decode_html_entities(std::string_view text) {
    if (text.find('&') == std::string_view::npos && text.find("amp;#") == std::string_view::npos)
        return std::string(text);
    std::string once = decode_entities_once(text);
    // "amp;#39;" is "&#39;" whose '&' was escaped twice and then lost; restore it before decoding.
    std::string restored;
    std::string_view pending = once;
    for (std::size_t at; (at = pending.find("amp;#")) != std::string_view::npos;) {
        restored.append(pending.substr(0, at));
        if (at == 0 || pending[at - 1] != '&') restored.push_back('&');
        pending.remove_prefix(at + 4);
    }
    restored.append(pending);
    return restored.find('&') == std::string::npos ? restored : decode_entities_once(restored);
}

std::string normalize_page_text(std::string_view text) {
    // Bytes that start something to rewrite: ASCII controls, and the lead bytes of the odd spaces
    // and zero-width characters (U+00A0/00AD, U+1680, U+2000–2060, U+3000, U+FEFF). Hangul
    // (lead bytes EA–ED) never stops the scan, so a Korean page is copied in long runs.
    static constexpr auto kMayChange = [] {
        std::array<bool, 256> table{};
        for (unsigned char c : {'\r', '\t', '\v', '\f', '\xC2', '\xE1', '\xE2', '\xE3', '\xEF'}) table[c] = true;
        return table;
    }();
    std::string tidied;
    tidied.reserve(text.size());
    std::size_t run_start = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (!kMayChange[static_cast<unsigned char>(text[i])]) {
            ++i;
            continue;
        }
        tidied.append(text.substr(run_start, i - run_start));
        const std::size_t len = utf8_char_length(text, i);
        const std::string_view ch = text.substr(i, len);
        i += len;
        run_start = i;
        if (len == 1) {
            if (ch[0] == '\r') {
                if (i < text.size() && text[i] == '\n') continue;
                tidied.push_back('\n');
            } else if (ch[0] == '\t' || ch[0] == '\v' || ch[0] == '\f') {
                tidied.push_back(' ');
            } else {
                tidied.push_back(ch[0]);
            }
            continue;
        }
        const char32_t cp = decode_utf8_char(ch);
        if (is_zero_width(cp)) continue;
        if (is_odd_space(cp)) tidied.push_back(' ');
        else tidied.append(ch);
    }
    tidied.append(text.substr(std::min(run_start, text.size())));
    if (tidied.find('&') != std::string::npos || tidied.find("amp;#") != std::string::npos)
        tidied = decode_html_entities(tidied);
    if (tidied.find('<') != std::string::npos) tidied = break_leftover_tags(tidied);

    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return tidied;
    const icu::StringPiece piece(tidied.data(), static_cast<int32_t>(tidied.size()));
    if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return tidied;
    status = U_ZERO_ERROR;
    icu::UnicodeString normalized = nfc->normalize(icu::UnicodeString::fromUTF8(piece), status);
    if (U_FAILURE(status)) return tidied;
    std::string out;
    normalized.toUTF8String(out);
    return out;
}

std::vector<PageLine> page_lines(std::string_view normalized_text) {
    std::vector<PageLine> lines;
    for (std::string_view raw : split_lines(normalized_text)) {
        PageLine line;
        std::string_view rest = raw;
        line.listed = rest.starts_with(' ');
        while (rest.starts_with(' ')) rest.remove_prefix(1);
        while (strip_bullet(rest)) line.listed = true;
        // A table cell copied as text ("| ▲창원시 제공. |"): the pipes are markup, not words.
        if (rest.starts_with("| ") && rest.ends_with(" |")) rest = rest.substr(2, rest.size() - 4);
        line.text = fold_spaces(rest);
        lines.push_back(std::move(line));
    }
    return lines;
}

std::string strip_wrapping_quotes(std::string_view line) {
    constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kPairs{
        {{"\"", "\""}, {"“", "”"}, {"'", "'"}, {"‘", "’"}}};
    for (const auto& [open, close] : kPairs) {
        if (line.size() <= open.size() + close.size() || !line.starts_with(open) || !line.ends_with(close)) continue;
        std::string_view inner = line.substr(open.size(), line.size() - open.size() - close.size());
        // "“A” 대 “B”" is quoted twice, not wrapped once.
        if (inner.find(open) != std::string_view::npos || inner.find(close) != std::string_view::npos) continue;
        return fold_spaces(inner);
    }
    return std::string(line);
}

}  // namespace nangdok
