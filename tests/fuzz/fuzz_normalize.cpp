// Normalizing any line gives one valid UTF-8 line, and eSpeak NG's clause limit holds.
#include "fuzz_text.hpp"
#include "pipeline/text_pipeline.hpp"
#include "core/clause_cutter.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto text = fuzz_text(data, size);
    if (!text || text->find('\n') != std::string::npos) return 0;
    const std::string spoken = nangdok::spoken_form(*text);
    if (spoken.find('\n') != std::string::npos) __builtin_trap();
    if (nangdok::find_invalid_utf8(spoken) != std::string_view::npos) __builtin_trap();
    if (nangdok::cut_long_clauses(spoken) != spoken) __builtin_trap();
    return 0;
}
