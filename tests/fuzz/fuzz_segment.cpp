// Segmentation loses and invents nothing: its sentences, spaces aside, spell the paragraph.
#include "fuzz_text.hpp"
#include "segment/sentence_splitter.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto text = fuzz_text(data, size);
    if (!text || text->find('\n') != std::string::npos) return 0;
    static nangdok::SentenceSplitter splitter;
    std::string joined;
    for (const std::string& sentence : splitter.split(*text)) {
        if (sentence.empty()) __builtin_trap();
        joined += sentence;
    }
    if (without_spaces(joined) != without_spaces(*text)) __builtin_trap();
    return 0;
}
