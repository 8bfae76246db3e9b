// Minimal UTF-8 stepping for text that has already been validated by the decode stage.
#pragma once

#include <cstddef>
#include <string_view>

namespace nangdok {

// Length of the UTF-8 character starting at byte i (1 for a stray continuation byte, so that a
// loop over arbitrary bytes always advances).
inline std::size_t utf8_char_length(std::string_view s, std::size_t i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return i + len <= s.size() ? len : s.size() - i;
}

// The code point of one UTF-8 character (as cut by utf8_char_length).
inline char32_t decode_utf8_char(std::string_view ch) {
    const auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(ch[k])); };
    switch (ch.size()) {
        case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
        case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        case 4: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
        default: return ch.empty() ? 0 : b(0);
    }
}

}  // namespace nangdok
