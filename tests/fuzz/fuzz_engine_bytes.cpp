// Raw bytes straight into the one eSpeak NG engine, past every text stage: invalid UTF-8, NUL and
// control bytes, SSML-looking and phoneme-looking text. SpeechEngine::synthesize's own guard
// (engine_input.hpp) is all that stands between these bytes and eSpeak NG, so whatever a future
// text stage lets through, eSpeak NG cannot be crashed by it.
#include <string_view>

#include "fuzz_engine.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    fuzz_set_rate(data[0]);
    fuzz_speak(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
    return 0;
}
