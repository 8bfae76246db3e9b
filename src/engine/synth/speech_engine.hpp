// Synthesize stage: the one eSpeak NG engine of this process.
//
// eSpeak NG 1.51 keeps all state in globals, crashes when two threads synthesize at once, and
// deadlocks after a few initialise/terminate cycles. So there is exactly one engine per process,
// initialised on first use and never terminated, and it must only be used from the thread that
// first used it (a call from another thread throws std::logic_error instead of corrupting memory).
//
// Audio: mono signed 16-bit samples at sample_rate() Hz (22050 for eSpeak NG's own voices).
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <thread>

#include "synth/voice_catalog.hpp"

namespace nangdok {

// The rate of eSpeak NG's own voices, known before the engine starts (to open a device early).
inline constexpr int kEspeakSampleRate = 22050;

struct ProsodySettings {
    int rate_wpm = 175;  // 80..450
    int pitch = 50;      // 0..99
    int volume = 100;    // 0..200
};

class SpeechEngine {
public:
    // Receives each block of samples as eSpeak produces it; return false to stop the synthesis.
    using SampleConsumer = std::function<bool(std::span<const int16_t>)>;

    // Initialises eSpeak NG on first call; throws EngineError when its data cannot be loaded.
    static SpeechEngine& instance();

    int sample_rate() const { return sample_rate_; }

    // Selecting the voice already in use does nothing (each change leaks memory inside eSpeak).
    void select_voice(const VoiceChoice& voice);
    void set_prosody(const ProsodySettings& prosody);

    // Speaks one utterance (made safe for eSpeak NG first, see engine_input.hpp). Returns the number
    // of samples handed to `consume`; stops early, without error, when `consume` returns false.
    int64_t synthesize(std::string_view utterance, const SampleConsumer& consume);

    SpeechEngine(const SpeechEngine&) = delete;
    SpeechEngine& operator=(const SpeechEngine&) = delete;

private:
    SpeechEngine();
    void check_thread() const;

    int sample_rate_ = 0;
    std::thread::id owner_;
    std::string current_voice_key_;
    ProsodySettings prosody_{};
    bool prosody_applied_ = false;
};

}  // namespace nangdok
