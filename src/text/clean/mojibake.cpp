#include "clean/mojibake.hpp"

#include "core/korean_share.hpp"

#include <algorithm>
#include <memory>

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "core/line_tools.hpp"
#include "core/errors.hpp"
#include "core/utf8.hpp"

namespace nangdok {
namespace {

// Windows-1252 shows bytes 0x80–0x9F as these characters; Latin-1 maps them to C1 controls, which
// the decode stage has already removed (so such a line will not round-trip and is refused).
constexpr char32_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

int byte_for(char32_t cp) {
    if (cp < 0x80) return static_cast<int>(cp);
    if (cp >= 0xA0 && cp <= 0xFF) return static_cast<int>(cp);
    for (int i = 0; i < 32; ++i)
        if (kCp1252High[i] == cp && cp != 0) return 0x80 + i;
    return -1;
}

bool is_latin1_high(char32_t cp) { return cp >= 0xA1 && cp <= 0xFF && cp != 0xB7; }

using ConverterPtr = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

ConverterPtr strict_cp949() {
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open("windows-949", &status), &ucnv_close);
    if (U_FAILURE(status)) return ConverterPtr(nullptr, &ucnv_close);
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) return ConverterPtr(nullptr, &ucnv_close);
    return converter;
}

}  // namespace

bool looks_like_mojibake(std::string_view line) {
    int high = 0, non_ascii = 0, adjacent_pairs = 0;
    bool previous_high = false;
    for (std::size_t i = 0; i < line.size();) {
        const std::size_t len = utf8_char_length(line, i);
        const char32_t cp = decode_utf8_char(line.substr(i, len));
        i += len;
        const bool this_high = is_latin1_high(cp);
        if (cp >= 0x80) ++non_ascii;
        if (this_high) ++high;
        if (this_high && previous_high) ++adjacent_pairs;
        previous_high = this_high;
    }
    constexpr int kMinPairs = 2;
    return adjacent_pairs >= kMinPairs && high * 2 >= non_ascii;
}

std::optional<std::string> repair_mojibake(std::string_view line) {
    std::string bytes;
    bytes.reserve(line.size());
    for (std::size_t i = 0; i < line.size();) {
        const std::size_t len = utf8_char_length(line, i);
        const int b = byte_for(decode_utf8_char(line.substr(i, len)));
        if (b < 0) return std::nullopt;  // a character no single byte shows: not a clean round trip
        bytes.push_back(static_cast<char>(b));
        i += len;
    }
    ConverterPtr converter = strict_cp949();
    if (!converter) return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(), status);
    if (U_FAILURE(status)) return std::nullopt;

    if (!reads_as_korean(text)) return std::nullopt;

    // Lossless: encoding the repaired text again must give back exactly the bytes we read.
    std::string again(static_cast<std::size_t>(text.length()) * 2 + 2, '\0');
    status = U_ZERO_ERROR;
    ucnv_resetFromUnicode(converter.get());
    const int32_t n = text.extract(again.data(), static_cast<int32_t>(again.size()), converter.get(), status);
    if (U_FAILURE(status) || std::string_view(again.data(), static_cast<std::size_t>(n)) != bytes) return std::nullopt;

    std::string repaired;
    text.toUTF8String(repaired);
    return repaired;
}

std::optional<std::string> repair_mojibake_lines(std::string_view text) {
    // Mojibake needs characters U+0080–U+00FF, whose UTF-8 starts with 0xC2 or 0xC3.
    if (text.find('\xC2') == std::string_view::npos && text.find('\xC3') == std::string_view::npos)
        return std::nullopt;
    const std::vector<std::string_view> lines = split_lines(text);
    if (std::none_of(lines.begin(), lines.end(), looks_like_mojibake)) return std::nullopt;
    std::string out;
    out.reserve(text.size());
    int number = 0;
    for (std::string_view line : lines) {
        ++number;
        if (number > 1) out.push_back('\n');
        if (!looks_like_mojibake(line)) {
            out.append(line);
            continue;
        }
        std::optional<std::string> repaired = repair_mojibake(line);
        if (!repaired)
            throw InputError("line " + std::to_string(number) +
                             ": the text is EUC-KR/CP949 bytes shown as Latin-1 (mojibake) and cannot be repaired "
                             "without loss; save the page again as UTF-8");
        out += *repaired;
    }
    return out;
}

}  // namespace nangdok
