// Decode stage: raw bytes of an article in, clean UTF-8 text out.
//
// Accepts UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, and CP949/EUC-KR (used when the
// bytes are not UTF-8 but are valid CP949 that reads as Korean). The result is NFC, uses LF line
// ends, has NBSP and other odd spaces as plain spaces, zero-width characters and C0 controls
// removed. Throws InputError naming the source and the byte offset and line of the first bad byte.
#pragma once

#include <string>
#include <string_view>

namespace nangdok {

struct DecodedText {
    std::string text;      // UTF-8, NFC, LF line ends
    std::string encoding;  // "UTF-8", "UTF-16LE", "UTF-16BE" or "CP949"
};

// source_name names the input in error messages ("article.txt", "<stdin>").
DecodedText decode_article_bytes(std::string_view bytes, std::string_view source_name);

// "NAME: byte offset N (line L)", for messages about the byte at `offset`.
std::string byte_position(std::string_view source_name, std::string_view bytes, std::size_t offset);

// Offset of the first byte that breaks UTF-8 well-formedness, or npos when all of it is valid.
std::size_t find_invalid_utf8(std::string_view bytes);

}  // namespace nangdok
