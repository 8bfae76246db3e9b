#include "html/html_decode.hpp"

#include <memory>
#include <optional>

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "core/korean_share.hpp"
#include "decode/decode.hpp"
#include "html/charset_labels_table.hpp"
#include "html/meta_charset.hpp"

namespace nangdok {
namespace {

using ConverterPtr = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

// The ICU converter for a declared label, empty when ICU knows no such encoding.
std::string converter_for(std::string_view label) {
    for (const auto& [name, converter] : html_tables::kCharsetLabels)
        if (name == label) return std::string(converter);
    if (label.empty()) return {};
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr probe(ucnv_open(std::string(label).c_str(), &status), &ucnv_close);
    return U_SUCCESS(status) ? std::string(label) : std::string();
}

// Converts to UTF-8. Strict: nullopt at the first byte sequence the encoding does not define.
// Lenient: such bytes become U+FFFD.
std::optional<std::string> to_utf8(const std::string& converter_name, std::string_view bytes, bool strict) {
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(converter_name.c_str(), &status), &ucnv_close);
    if (U_FAILURE(status)) return std::nullopt;
    if (strict) ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    else ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) return std::nullopt;
    icu::UnicodeString text;
    const auto capacity = static_cast<int32_t>(bytes.size() + 1);
    UChar* buffer = text.getBuffer(capacity);
    const int32_t length = ucnv_toUChars(converter.get(), buffer, capacity, bytes.data(),
                                         static_cast<int32_t>(bytes.size()), &status);
    text.releaseBuffer(U_SUCCESS(status) ? length : 0);
    if (U_FAILURE(status)) return std::nullopt;
    std::string utf8;
    text.toUTF8String(utf8);
    return utf8;
}

bool has_non_ascii(std::string_view bytes) {
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
}

// CP949 that reads as Korean: strict decoding succeeds and most non-ASCII characters are Hangul
// (a Latin-1 page decoded as CP949 turns into hanja and symbols instead).
std::optional<std::string> as_korean_cp949(std::string_view bytes) {
    std::optional<std::string> text = to_utf8("windows-949", bytes, true);
    if (!text) return std::nullopt;
    if (!reads_as_korean(icu::UnicodeString::fromUTF8(*text))) return std::nullopt;
    return text;
}

std::string display_name(const std::string& converter) {
    if (converter == "windows-949") return "CP949";
    return converter;
}

// UTF-8 with a few damaged bytes (a truncated character, a stray Latin-1 byte): far more valid
// multi-byte sequences than invalid bytes.
bool mostly_utf8(std::string_view bytes) {
    std::size_t valid = 0, invalid = 0;
    std::size_t i = 0;
    while (i < bytes.size()) {
        const std::size_t bad = find_invalid_utf8(bytes.substr(i));
        const std::string_view good = bytes.substr(i, bad == std::string_view::npos ? bytes.size() - i : bad);
        for (char c : good) valid += (static_cast<unsigned char>(c) & 0xC0) == 0xC0;
        if (bad == std::string_view::npos) break;
        ++invalid;
        i += bad + 1;
    }
    constexpr std::size_t kValidPerInvalid = 4;
    return valid >= kValidPerInvalid * invalid;
}

// No usable declaration: what the bytes are.
DecodedHtml detect(std::string_view bytes, std::string declared, std::string note_prefix) {
    DecodedHtml out;
    out.declared = std::move(declared);
    auto overrule = [&](const std::string& encoding) {
        if (!note_prefix.empty()) out.note = note_prefix + "; read as " + encoding;
    };
    if (find_invalid_utf8(bytes) == std::string_view::npos) {
        out.html.assign(bytes);
        out.encoding = "UTF-8";
        overrule(out.encoding);
    } else if (auto korean = as_korean_cp949(bytes)) {
        out.html = std::move(*korean);
        out.encoding = "CP949";
        overrule(out.encoding);
    } else if (mostly_utf8(bytes)) {
        out.html = to_utf8("UTF-8", bytes, false).value_or(std::string(bytes));
        out.encoding = "UTF-8";
        out.note = (note_prefix.empty() ? std::string() : note_prefix + "; ") +
                   "bytes that are not valid UTF-8 were replaced";
    } else {
        // Neither: a Western legacy page, the standard's default when nothing is declared.
        out.html = to_utf8("windows-1252", bytes, false).value_or(std::string(bytes));
        out.encoding = "windows-1252";
        out.note = (note_prefix.empty() ? std::string("the page is neither UTF-8 nor EUC-KR") : note_prefix) +
                   "; read as windows-1252";
    }
    return out;
}

}  // namespace

DecodedHtml decode_html_bytes(std::string_view bytes, std::string_view transport_charset) {
    if (bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        const std::string encoding = bytes.starts_with("\xEF\xBB\xBF") ? "UTF-8"
                                     : bytes.starts_with("\xFF\xFE")   ? "UTF-16LE"
                                                                       : "UTF-16BE";
        bytes.remove_prefix(encoding == "UTF-8" ? 3 : 2);
        DecodedHtml out{to_utf8(encoding, bytes, false).value_or(std::string()), encoding, {}, {}};
        if (!to_utf8(encoding, bytes, true)) out.note = "bytes that are not valid " + encoding + " were replaced";
        return out;
    }

    std::string declared(transport_charset);
    if (declared.empty()) declared = declared_meta_charset(bytes);
    const std::string converter = converter_for(declared);
    if (converter.empty()) {
        return detect(bytes, declared,
                      declared.empty() ? std::string() : "the declared charset \"" + declared + "\" is unknown");
    }

    const std::string prefix = "the page declares " + declared + " but its bytes are not " + display_name(converter);
    if (converter != "UTF-8" && has_non_ascii(bytes) && find_invalid_utf8(bytes) == std::string_view::npos) {
        // Legacy encodings practically never form valid multi-byte UTF-8 by chance: the bytes are UTF-8.
        return detect(bytes, declared, "the page declares " + declared + " but its bytes are UTF-8");
    }
    if (auto strict = to_utf8(converter, bytes, true)) return {std::move(*strict), display_name(converter), declared, {}};
    if (find_invalid_utf8(bytes) == std::string_view::npos || as_korean_cp949(bytes) ||
        (converter != "UTF-8" && mostly_utf8(bytes)))
        return detect(bytes, declared, prefix);
    // The bytes fit nothing better: the declared encoding with the odd bad byte replaced.
    return {to_utf8(converter, bytes, false).value_or(std::string(bytes)), display_name(converter), declared,
            "bytes that are not valid " + display_name(converter) + " were replaced"};
}

}  // namespace nangdok
