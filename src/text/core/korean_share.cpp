#include "core/korean_share.hpp"

namespace nangdok {

bool reads_as_korean(const icu::UnicodeString& text) {
    const auto is_hangul = [](UChar32 c) {
        return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
    };
    int non_ascii = 0, hangul = 0;
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        const UChar32 c = text.char32At(i);
        if (c < 0x80) continue;
        ++non_ascii;
        if (is_hangul(c)) ++hangul;
    }
    return non_ascii > 0 && hangul * 2 >= non_ascii;
}

}  // namespace nangdok
