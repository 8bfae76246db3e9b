// Any bytes: decoding either succeeds with valid UTF-8 or throws InputError; nothing else.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/errors.hpp"
#include "decode/decode.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const auto decoded = nangdok::decode_article_bytes(bytes, "fuzz");
        if (nangdok::find_invalid_utf8(decoded.text) != std::string_view::npos) __builtin_trap();
        if (decoded.text.find('\r') != std::string::npos) __builtin_trap();
    } catch (const nangdok::InputError&) {
    }
    return 0;
}
