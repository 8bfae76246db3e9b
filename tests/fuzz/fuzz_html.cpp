// The HTML stages take any bytes: they never throw for a page's content, never hang, and give
// paragraphs of valid UTF-8, one line each, without control characters.
#include "decode/decode.hpp"
#include "html/html_page.hpp"

namespace {

void check(const nangdok::Article& article) {
    for (const std::string& paragraph : article.paragraphs) {
        if (paragraph.empty() || nangdok::find_invalid_utf8(paragraph) != std::string_view::npos) __builtin_trap();
        for (char c : paragraph)
            if (static_cast<unsigned char>(c) < 0x20) __builtin_trap();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    check(nangdok::clean_html_page(bytes).page.article);
    std::vector<std::string> lines;
    for (nangdok::PageBlock& block : nangdok::html_page_lines(bytes).blocks) {
        if (block.text.find('\n') != std::string::npos) __builtin_trap();
        lines.push_back(std::move(block.text));
    }
    check(nangdok::Article{lines});
    return 0;
}
