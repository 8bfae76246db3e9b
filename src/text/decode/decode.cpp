#include "decode/decode.hpp"

#include <algorithm>
#include <memory>

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/bytestream.h>
#include <unicode/unistr.h>

#include "core/errors.hpp"
#include "core/utf8.hpp"

namespace nangdok {
namespace {

using ConverterPtr = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

std::string where(std::string_view source_name, std::string_view bytes, std::size_t offset) {
    return byte_position(source_name, bytes, offset);
}

// Strict conversion: returns false at the first byte sequence the codepage does not define,
// instead of ICU's default of substituting U+FFFD.
bool convert_strict(const char* codepage, std::string_view bytes, icu::UnicodeString& out) {
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(codepage, &status), &ucnv_close);
    if (U_FAILURE(status)) return false;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) return false;
    const auto capacity = static_cast<int32_t>(bytes.size() + 1);
    UChar* buffer = out.getBuffer(capacity);
    int32_t length = ucnv_toUChars(converter.get(), buffer, capacity, bytes.data(),
                                   static_cast<int32_t>(bytes.size()), &status);
    out.releaseBuffer(U_SUCCESS(status) ? length : 0);
    return U_SUCCESS(status);
}

bool is_hangul(UChar32 c) {
    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
}

// Bytes that are not UTF-8 are taken as CP949 only when they decode strictly and most of their
// non-ASCII characters are Hangul: otherwise a damaged UTF-8 file would turn into hanja soup.
bool looks_like_cp949(std::string_view bytes, icu::UnicodeString& out) {
    if (!convert_strict("windows-949", bytes, out)) return false;
    int non_ascii = 0, hangul = 0;
    for (int32_t i = 0; i < out.length(); i = out.moveIndex32(i, 1)) {
        UChar32 c = out.char32At(i);
        if (c < 0x80) continue;
        ++non_ascii;
        if (is_hangul(c)) ++hangul;
    }
    return non_ascii > 0 && hangul * 2 >= non_ascii;
}

// UTF-16 without a BOM: every other byte of Korean or ASCII text is then zero or in a narrow range;
// we accept it only when NULs fall on one parity and the text decodes strictly.
const char* guess_bomless_utf16(std::string_view bytes) {
    if (bytes.size() < 2 || bytes.size() % 2 != 0) return nullptr;
    std::size_t even_nuls = 0, odd_nuls = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i)
        if (bytes[i] == '\0') (i % 2 == 0 ? even_nuls : odd_nuls)++;
    const std::size_t units = bytes.size() / 2;
    if (odd_nuls * 4 >= units && even_nuls * 20 < units) return "UTF-16LE";
    if (even_nuls * 4 >= units && odd_nuls * 20 < units) return "UTF-16BE";
    return nullptr;
}

// Text that is UTF-8 up to `bad`, with Korean in it, and a CP949 character at `bad`: pieces of two
// files pasted together, which neither encoding reads whole.
bool cp949_inside_utf8(std::string_view bytes, std::size_t bad) {
    const std::string_view before = bytes.substr(0, bad);
    const bool korean_before = before.find("\xEA") != std::string_view::npos || before.find("\xEB") != std::string_view::npos ||
                               before.find("\xEC") != std::string_view::npos || before.find("\xED") != std::string_view::npos;
    icu::UnicodeString ch;
    return korean_before && bad + 2 <= bytes.size() && convert_strict("windows-949", bytes.substr(bad, 2), ch) &&
           ch.length() == 1 && is_hangul(ch.char32At(0));
}

bool is_zero_width(UChar32 c) {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

bool is_odd_space(UChar32 c) {
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
           c == 0x3000 || c == '\t' || c == '\v' || c == '\f';
}

// Line ends to LF, odd spaces to ' ', zero-width and control characters dropped, then NFC.
// Works on UTF-8 throughout: a 50 MB article never exists as UTF-16, and text that is already NFC
// (almost all of it) is copied, not rebuilt.
std::string tidy(std::string_view utf8) {
    std::string tidied;
    tidied.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const std::size_t len = utf8_char_length(utf8, i);
        const std::string_view ch = utf8.substr(i, len);
        const char32_t c = decode_utf8_char(ch);
        i += len;
        if (c == '\r') {
            if (i < utf8.size() && utf8[i] == '\n') continue;
            tidied.push_back('\n');
        } else if (c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85) {
            tidied.push_back('\n');
        } else if (is_odd_space(static_cast<UChar32>(c))) {
            tidied.push_back(' ');
        } else if (is_zero_width(static_cast<UChar32>(c)) || c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            continue;
        } else {
            tidied.append(ch);
        }
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return tidied;
    const icu::StringPiece piece(tidied.data(), static_cast<int32_t>(tidied.size()));
    if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return tidied;
    status = U_ZERO_ERROR;
    std::string normalized;
    normalized.reserve(tidied.size());
    icu::StringByteSink<std::string> sink(&normalized);
    nfc->normalizeUTF8(0, piece, sink, nullptr, status);
    return U_SUCCESS(status) ? normalized : tidied;
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string utf8;
    text.toUTF8String(utf8);
    return utf8;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) { ++i; continue; }
        std::size_t len;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c == 0xE0) { len = 3; lo = 0xA0; }
        else if (c == 0xED) { len = 3; hi = 0x9F; }  // no UTF-16 surrogates
        else if (c >= 0xE1 && c <= 0xEF) len = 3;
        else if (c == 0xF0) { len = 4; lo = 0x90; }
        else if (c >= 0xF1 && c <= 0xF3) len = 4;
        else if (c == 0xF4) { len = 4; hi = 0x8F; }
        else return i;
        if (i + len > n) return i;
        if (p[i + 1] < lo || p[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
        i += len;
    }
    return std::string_view::npos;
}

DecodedText decode_article_bytes(std::string_view bytes, std::string_view source_name) {
    icu::UnicodeString text;  // for encodings other than UTF-8
    std::string encoding;
    auto has_prefix = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };

    if (has_prefix("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (has_prefix("\xFF\xFE") || has_prefix("\xFE\xFF")) {
        encoding = has_prefix("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE";
        if (bytes.size() % 2 != 0)
            throw InputError(where(source_name, bytes, bytes.size() - 1) + ": " + encoding +
                             " text with an odd number of bytes (" + std::to_string(bytes.size()) +
                             "); the last byte is half a character (a truncated file?)");
        if (!convert_strict(encoding.c_str(), bytes.substr(2), text))
            throw InputError(std::string(source_name) + ": invalid " + encoding + " text after its byte order mark");
    } else if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
        const char* guess = guess_bomless_utf16(bytes);
        if (guess == nullptr && bytes.size() % 2 != 0 && guess_bomless_utf16(bytes.substr(0, bytes.size() - 1)))
            throw InputError(where(source_name, bytes, bytes.size() - 1) + ": UTF-16 text with an odd number of bytes (" +
                             std::to_string(bytes.size()) + "); the last byte is half a character (a truncated file?)");
        if (guess == nullptr || !convert_strict(guess, bytes, text))
            throw InputError(where(source_name, bytes, nul) + ": NUL byte; this looks like a binary file, not text");
        encoding = guess;
    } else if (auto bad = find_invalid_utf8(bytes); bad == std::string_view::npos) {
        return {tidy(bytes), "UTF-8"};
    } else if (looks_like_cp949(bytes, text)) {
        encoding = "CP949";
    } else {
        throw InputError(where(source_name, bytes, bad) + (cp949_inside_utf8(bytes, bad)
                             ? ": a CP949/EUC-KR character inside UTF-8 text (mixed encodings); convert the file to UTF-8"
                             : ": invalid UTF-8 (and not CP949/EUC-KR either)"));
    }
    return {tidy(to_utf8(text)), encoding};
}

std::string byte_position(std::string_view source_name, std::string_view bytes, std::size_t offset) {
    auto line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
    return std::string(source_name) + ": byte offset " + std::to_string(offset) + " (line " +
           std::to_string(line) + ")";
}

}  // namespace nangdok
