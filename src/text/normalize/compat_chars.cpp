#include "normalize/compat_chars.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "core/utf8.hpp"
#include "normalize/number_words.hpp"

namespace nangdok::normalize {
namespace {

struct EnclosedRange {
    char32_t first, last;
    int first_value;
};

// Unicode blocks of numbers written as one character.
constexpr EnclosedRange kEnclosedRanges[] = {
    {0x2460, 0x2473, 1},   // ① .. ⑳
    {0x2474, 0x2487, 1},   // ⑴ .. ⒇
    {0x2488, 0x249B, 1},   // ⒈ .. ⒛
    {0x24EB, 0x24F4, 11},  // ⓫ .. ⓴
    {0x24F5, 0x24FE, 1},   // ⓵ .. ⓾
    {0x2776, 0x277F, 1},   // ❶ .. ❿
    {0x2780, 0x2789, 1},   // ➀ .. ➉
    {0x278A, 0x2793, 1},   // ➊ .. ➓
    {0x3251, 0x325F, 21},  // ㉑ .. ㉟
    {0x32B1, 0x32BF, 36},  // ㊱ .. ㊿
    {0x2160, 0x216B, 1},   // Ⅰ .. Ⅻ
    {0x2170, 0x217B, 1},   // ⅰ .. ⅻ
};

// ICU's NFKC or NFC normalizer, or null when ICU cannot give it.
template <const icu::Normalizer2* (*get)(UErrorCode&)>
const icu::Normalizer2* icu_normalizer() {
    static const icu::Normalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = get(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

const icu::Normalizer2* nfkc() { return icu_normalizer<&icu::Normalizer2::getNFKCInstance>(); }
const icu::Normalizer2* nfc() { return icu_normalizer<&icu::Normalizer2::getNFCInstance>(); }

bool keep_as_is(char32_t cp) {
    return cp < 0x80 || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x3131 && cp <= 0x318E) ||
           (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x4E00 && cp <= 0x9FFF);
}

bool is_control(char32_t cp) { return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0); }

bool is_conjoining_jamo(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF);
}

// Decomposed Hangul (ᄒ ᅡ ᆫ) composed into syllables; only when the sentence has conjoining jamo.
std::string compose_jamo(std::string_view sentence) {
    bool any = false;
    for (std::size_t i = 0; i < sentence.size() && !any;) {
        const std::size_t len = utf8_char_length(sentence, i);
        any = is_conjoining_jamo(decode_utf8_char(sentence.substr(i, len)));
        i += len;
    }
    const icu::Normalizer2* normalizer = nfc();
    if (!any || normalizer == nullptr) return std::string(sentence);
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString composed = normalizer->normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(sentence.data(), static_cast<int32_t>(sentence.size()))), status);
    if (U_FAILURE(status)) return std::string(sentence);
    std::string utf8;
    composed.toUTF8String(utf8);
    return utf8;
}

}  // namespace

int enclosed_number_value(char32_t cp) {
    if (cp == 0x24EA || cp == 0x24FF) return 0;  // ⓪ ⓿ have no range of their own
    for (const EnclosedRange& range : kEnclosedRanges)
        if (cp >= range.first && cp <= range.last) return range.first_value + static_cast<int>(cp - range.first);
    return -1;
}

std::string prepare_characters(std::string_view input) {
    const std::string composed = compose_jamo(input);
    const std::string_view sentence = composed;
    std::string out;
    out.reserve(sentence.size() + 8);
    const icu::Normalizer2* normalizer = nfkc();
    std::size_t i = 0;
    while (i < sentence.size()) {
        const std::size_t len = utf8_char_length(sentence, i);
        const std::string_view ch = sentence.substr(i, len);
        const char32_t cp = decode_utf8_char(ch);
        i += len;
        if (is_control(cp) || is_conjoining_jamo(cp)) {
            out += ' ';
            continue;
        }
        if (keep_as_is(cp)) {
            out += ch;
            continue;
        }
        // ⓒ and Ⓒ stand for ©, which is silent; NFKC would make them the letter c (씨).
        if (cp == 0x24D2 || cp == 0x24B8) {
            out += "©";
            continue;
        }
        if (const int value = enclosed_number_value(cp); value >= 0) {
            out += ' ' + sino_cardinal(std::to_string(value)) + ' ';
            continue;
        }
        // 2½ is two and a half: keep the fraction apart from the digits NFKC would glue it to.
        const bool vulgar_fraction = (cp >= 0xBC && cp <= 0xBE) || (cp >= 0x2150 && cp <= 0x215E);
        if (vulgar_fraction) out += ' ';
        if (normalizer == nullptr || normalizer->isInert(static_cast<UChar32>(cp))) {
            out += ch;
            continue;
        }
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString folded = normalizer->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
        if (U_FAILURE(status)) {
            out += ch;
            continue;
        }
        std::string utf8;
        folded.toUTF8String(utf8);
        out += utf8;
    }
    return out;
}

}  // namespace nangdok::normalize
