#include "synth/engine_input.hpp"

#include "core/clause_cutter.hpp"
#include "core/utf8.hpp"
#include "decode/decode.hpp"

namespace nangdok {

bool is_engine_safe(char32_t c) {
    const auto in = [c](char32_t first, char32_t last) { return c >= first && c <= last; };
    return c == '\n' || in(0x20, 0x7E) ||  // ASCII
           // Hangul, but not the old jamo of Jamo Extended-A and B (U+A960, U+D7B0 on): after
           // some syllables ("묤?오") eSpeak NG reads freed memory on every one of them.
           in(0x1100, 0x11FF) || in(0x3130, 0x318F) || in(0xAC00, 0xD7A3) ||
           // Dashes, quotes and the ellipsis, but not U+2030 on, nor U+3030 and U+303D: after "…>",
           // eSpeak NG reads freed memory on the characters it names as emoji (U+203C, U+3030,
           // U+303D).
           c == 0xB7 || in(0x2010, 0x2027) ||                              // general punctuation
           (in(0x3000, 0x303F) && c != 0x3030 && c != 0x303D) ||          // CJK (less two emoji)
           in(0xFF01, 0xFF5E);                                            // full-width
}

std::string engine_input(std::string_view utterance) {
    std::string safe;
    safe.reserve(utterance.size());
    for (std::size_t i = 0; i < utterance.size();) {
        const std::size_t length = utf8_char_length(utterance, i);
        const std::string_view ch = utterance.substr(i, length);
        if (find_invalid_utf8(ch) != std::string_view::npos) {
            safe.push_back(' ');
            i += 1;  // one byte at a time, so that a valid character after it survives
            continue;
        }
        if (is_engine_safe(decode_utf8_char(ch))) safe.append(ch);
        else safe.push_back(' ');
        i += length;
    }
    return cut_long_clauses(safe);
}

}  // namespace nangdok
