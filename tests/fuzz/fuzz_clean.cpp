// The cleaner keeps only text that was in the input, one line per block, never an empty block.
#include "clean/clean.hpp"
#include "fuzz_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto text = fuzz_text(data, size);
    if (!text) return 0;
    try {
        for (const nangdok::Article& article : {nangdok::clean_article(*text), nangdok::article_from_lines(*text)})
            for (const std::string& paragraph : article.paragraphs)
                if (paragraph.empty() || paragraph.find('\n') != std::string::npos) __builtin_trap();
    } catch (const nangdok::InputError&) {  // refused input (e.g. mojibake) is fine
    }
    return 0;
}
