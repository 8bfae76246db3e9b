// Fuzz input as the text stages see it: decoded, valid UTF-8 (undecodable input is skipped).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "core/errors.hpp"
#include "decode/decode.hpp"

inline std::optional<std::string> fuzz_text(const uint8_t* data, size_t size) {
    try {
        return nangdok::decode_article_bytes(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz").text;
    } catch (const nangdok::InputError&) {
        return std::nullopt;
    }
}

// Text with all white space removed, to compare what goes in with what comes out.
inline std::string without_spaces(std::string_view text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\t') out.push_back(c);
    return out;
}
