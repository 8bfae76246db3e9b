// The module's engine thread: the one thread that uses eSpeak NG (which is not thread-safe) and
// the ICU sentence iterator. It takes messages one at a time, walks their SpeechPlan and hands
// audio, index marks and the END to the OutputChannel. A STOP needs nothing from it: the channel
// ends the message, and the thread sees that at the next block of samples eSpeak NG hands it
// (a few milliseconds of audio) and drops the rest of the plan.
#pragma once

#include <condition_variable>
#include <deque>
#include <future>
#include <map>
#include <mutex>
#include <string>
#include <thread>

#include "speechd/module_config.hpp"
#include "speechd/module_settings.hpp"
#include "speechd/output_channel.hpp"
#include "speechd/sound_file.hpp"
#include "speechd/speech_plan.hpp"
#include "speechd/voice_setup.hpp"

namespace nangdok {
class SpeechEngine;
class SentenceSplitter;
}  // namespace nangdok

namespace nangdok::speechd {

struct SpeakJob {
    MessageId id = 0;
    MessageKind kind = MessageKind::text;
    std::string text;  // decoded UTF-8
    ModuleSettings settings;
};

class EngineWorker {
public:
    EngineWorker(OutputChannel& channel, VoicePicker& voices, const ModuleConfig& config);
    ~EngineWorker();
    EngineWorker(const EngineWorker&) = delete;
    EngineWorker& operator=(const EngineWorker&) = delete;

    // Starts the thread and waits until eSpeak NG and the text stages are warmed up, so that the
    // first message is as quick as the rest. Throws the engine's error when it cannot start.
    void start();
    void submit(SpeakJob job);
    void shutdown();  // after the channel has ended the message being spoken

private:
    void run(std::promise<void>& ready);
    void warm_up(SpeechEngine& engine, SentenceSplitter& splitter);
    void speak(const SpeakJob& job, SpeechEngine& engine, SentenceSplitter& splitter);
    bool push_silence(MessageId id, int ms, int sample_rate);
    const SoundFile& sound(const std::filesystem::path& file);

    OutputChannel& channel_;
    VoicePicker& voices_;
    const ModuleConfig& config_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<SpeakJob> jobs_;
    bool quitting_ = false;
    int punctuation_ = -1;  // the eSpeak NG punctuation setting in force
    std::map<std::filesystem::path, SoundFile> sounds_;
    std::thread thread_;
};

}  // namespace nangdok::speechd
