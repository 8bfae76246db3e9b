// The one eSpeak NG engine of the fuzzing process, set up once as `nangdok read` sets it up.
//
// eSpeak NG 1.51 is initialised once per process and never terminated (terminating deadlocks),
// and every voice change leaks a little memory inside it: so the engine loads our default voice
// once, and inputs vary only the speaking rate, which changes no voice.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "synth/speech_engine.hpp"
#include "synth/voice_catalog.hpp"

#ifndef NANGDOK_SOURCE_DIR
#error "NANGDOK_SOURCE_DIR must name the source tree (for voices/default.voice)"
#endif

inline nangdok::SpeechEngine& fuzz_engine() {
    static nangdok::SpeechEngine& engine = [] () -> nangdok::SpeechEngine& {
        auto& e = nangdok::SpeechEngine::instance();
        e.select_voice(nangdok::load_voice_file(NANGDOK_SOURCE_DIR "/voices/default.voice", "default"));
        return e;
    }();
    return engine;
}

// The first byte of an input picks the rate (80..450 wpm, as `--rate` allows); eSpeak NG's
// timing code divides by rate-derived values.
inline void fuzz_set_rate(uint8_t byte) {
    nangdok::ProsodySettings prosody;
    prosody.rate_wpm = 80 + (byte * (450 - 80)) / 255;
    fuzz_engine().set_prosody(prosody);
}

// Speaks `text` and checks what the engine promises: it returns the number of samples it handed
// over, and never an error for text (an EngineError would make `read` fail with exit code 5).
inline void fuzz_speak(std::string_view text) {
    int64_t received = 0;
    const int64_t returned = fuzz_engine().synthesize(text, [&](std::span<const int16_t> samples) {
        received += static_cast<int64_t>(samples.size());
        return true;
    });
    if (returned != received) __builtin_trap();
}
