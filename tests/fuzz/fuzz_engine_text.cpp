// Any text, through the same text stages as `nangdok read` (normalize, cut after connective
// endings, respell, cut long clauses), into the one eSpeak NG engine: what our stages let through
// must never crash eSpeak NG, make it fail, or lose track of its samples.
#include "fuzz_engine.hpp"
#include "fuzz_text.hpp"
#include "pipeline/text_pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    const auto text = fuzz_text(data + 1, size - 1);
    if (!text) return 0;
    fuzz_set_rate(data[0]);
    std::size_t start = 0;
    while (start <= text->size()) {
        std::size_t end = text->find('\n', start);
        if (end == std::string::npos) end = text->size();
        const std::string_view line(text->data() + start, end - start);
        for (const bool respell : {true, false}) {
            // The text stages let a few characters through that the engine's guard then drops
            // (old Hangul jamo such as U+D7D7, found by the long run): what eSpeak NG receives is
            // engine_input(spoken), inside synthesize.
            fuzz_speak(nangdok::spoken_form(line, {.respell = respell}));
        }
        start = end + 1;
    }
    return 0;
}
