#include "speechd/engine_worker.hpp"

#include <cstdio>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>

#include <espeak-ng/speak_lib.h>

#include "core/errors.hpp"
#include "narration/narrator.hpp"
#include "pipeline/text_pipeline.hpp"
#include "segment/sentence_splitter.hpp"
#include "synth/speech_engine.hpp"

namespace nangdok::speechd {
namespace {

// eSpeak NG's own punctuation reading, for languages other than Korean (Korean text has its
// punctuation named by the text stages and must reach eSpeak NG with none).
int espeak_punctuation(const VoiceSetup& setup, PunctuationMode mode) {
    if (setup.korean || mode == PunctuationMode::none) return espeakPUNCT_NONE;
    return mode == PunctuationMode::all ? espeakPUNCT_ALL : espeakPUNCT_SOME;
}

}  // namespace

EngineWorker::EngineWorker(OutputChannel& channel, VoicePicker& voices, const ModuleConfig& config)
    : channel_(channel), voices_(voices), config_(config) {}

EngineWorker::~EngineWorker() { shutdown(); }

void EngineWorker::start() {
    std::promise<void> ready;
    std::future<void> started = ready.get_future();
    thread_ = std::thread([this, &ready] { run(ready); });
    try {
        started.get();
    } catch (...) {
        thread_.join();
        throw;
    }
}

void EngineWorker::submit(SpeakJob job) {
    std::lock_guard lock(mutex_);
    jobs_.push_back(std::move(job));
    wake_.notify_one();
}

void EngineWorker::shutdown() {
    {
        std::lock_guard lock(mutex_);
        quitting_ = true;
        jobs_.clear();
    }
    wake_.notify_one();
    if (thread_.joinable()) thread_.join();
}

void EngineWorker::run(std::promise<void>& ready) {
    // Synthesis runs far ahead of real time and would take the CPU from the threads a listener
    // waits on: the writer sending the first audio and the reader seeing a STOP. A lower priority
    // (Linux nice values are per thread) lets them go first; eSpeak NG needs about 1% of a core
    // to keep up with real time, so it still never falls behind.
    const pid_t thread = static_cast<pid_t>(::syscall(SYS_gettid));
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(thread), ::getpriority(PRIO_PROCESS, static_cast<id_t>(thread)) + 5);
    std::unique_ptr<SentenceSplitter> splitter;
    SpeechEngine* engine = nullptr;
    try {
        engine = &SpeechEngine::instance();  // this thread becomes eSpeak NG's only thread
        splitter = std::make_unique<SentenceSplitter>();
        warm_up(*engine, *splitter);
        ready.set_value();
    } catch (...) {
        ready.set_exception(std::current_exception());
        return;
    }
    while (true) {
        SpeakJob job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return quitting_ || !jobs_.empty(); });
            if (quitting_) return;
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        if (!channel_.is_active(job.id)) continue;  // stopped before it began
        try {
            speak(job, *engine, *splitter);
        } catch (const std::exception& error) {
            // The message ends where it failed; the server must still get its END.
            std::fprintf(stderr, "sd_nangdok: message %llu: %s\n", static_cast<unsigned long long>(job.id),
                         error.what());
        }
        channel_.push_end(job.id);
    }
}

void EngineWorker::warm_up(SpeechEngine& engine, SentenceSplitter& splitter) {
    // The first use of the normalizer's tables, ICU's break rules and eSpeak NG's Korean voice
    // costs a few milliseconds each: paid here, at INIT, not on the user's first key press.
    const ModuleSettings defaults;
    const VoiceSetup setup = voices_.pick(defaults);
    engine.select_voice(setup.choice);
    engine.set_prosody(setup.prosody);
    // 韓 loads libhangul's hanja dictionary, 0.6 s of parsing on its first use.
    for (const std::string& sentence : splitter.split("2024년 5월 8일 오후 2시, AI 투자가 3.5% 늘었다. 韓美 회담."))
        engine.synthesize(spoken_form(sentence), [](std::span<const int16_t>) { return true; });
    espeak_SetParameter(espeakPUNCTUATION, espeakPUNCT_NONE, 0);
    punctuation_ = espeakPUNCT_NONE;
    for (MessageKind kind : {MessageKind::character, MessageKind::key}) {
        SpeechPlan plan(kind, kind == MessageKind::key ? "shift_a" : "ㄱ", PlanOptions{}, splitter);
        while (plan.next()) {
        }
    }
}

void EngineWorker::speak(const SpeakJob& job, SpeechEngine& engine, SentenceSplitter& splitter) {
    const VoiceSetup setup = voices_.pick(job.settings);
    engine.select_voice(setup.choice);
    engine.set_prosody(setup.prosody);
    if (const int punctuation = espeak_punctuation(setup, job.settings.punctuation); punctuation != punctuation_) {
        if (punctuation == espeakPUNCT_SOME)
            espeak_SetPunctuationList(job.settings.punctuation == PunctuationMode::most ? L"@#$%&*+=/\\<>^_|~.,?!:;\"'()-"
                                                                                       : L"@#$%&*+=/\\<>^_|~");
        espeak_SetParameter(espeakPUNCTUATION, punctuation, 0);
        punctuation_ = punctuation;
    }
    PlanOptions options;
    options.korean = setup.korean;
    options.punctuation = job.settings.punctuation;
    options.spelling = job.settings.spelling;
    options.capitals = job.settings.capitals;
    options.sentence_pause_ms = setup.sentence_pause_ms;
    options.paragraph_pause_ms = setup.paragraph_pause_ms;
    options.sound_icon_folder = config_.sound_icon_folder;
    SpeechPlan plan(job.kind, job.text, options, splitter);

    const int rate = engine.sample_rate();
    const auto consume = [&](std::span<const int16_t> samples) { return channel_.push_audio(job.id, samples, rate, 1); };
    while (channel_.is_active(job.id)) {
        const std::optional<PlanStep> step = plan.next();
        if (!step) return;
        switch (step->kind) {
            case PlanStep::Kind::speak: engine.synthesize(step->text, consume); break;
            case PlanStep::Kind::mark: channel_.push_mark(job.id, step->text); break;
            case PlanStep::Kind::silence: push_silence(job.id, step->silence_ms, rate); break;
            case PlanStep::Kind::sound_file: {
                const SoundFile& icon = sound(step->file);
                channel_.push_audio(job.id, icon.samples, icon.sample_rate, icon.channels);
                break;
            }
        }
    }
}

bool EngineWorker::push_silence(MessageId id, int ms, int sample_rate) {
    const std::vector<int16_t> silence(static_cast<std::size_t>(pause_samples(ms, sample_rate)), 0);
    return channel_.push_audio(id, silence, sample_rate, 1);
}

const SoundFile& EngineWorker::sound(const std::filesystem::path& file) {
    auto found = sounds_.find(file);
    if (found == sounds_.end()) found = sounds_.emplace(file, load_sound_file(file)).first;
    return found->second;
}

}  // namespace nangdok::speechd
