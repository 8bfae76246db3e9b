// read: the whole pipeline, played through PortAudio or saved as WAV.
#include <cctype>
#include <cstdio>
#include <functional>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <optional>

#include <CLI/CLI.hpp>

#include "audio/portaudio_sink.hpp"
#include "audio/portaudio_system.hpp"
#include "audio/wav_file_sink.hpp"
#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "pipeline/narrator.hpp"
#include "pipeline/text_pipeline.hpp"
#include "synth/speech_engine.hpp"
#include "synth/voice_catalog.hpp"

namespace nangdok::cli {
namespace {

std::string describe_duration(int64_t samples, int sample_rate) {
    const int64_t seconds = sample_rate > 0 ? samples / sample_rate : 0;
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld", static_cast<long long>(seconds / 60),
                  static_cast<long long>(seconds % 60));
    return text;
}

void check_output_format(const std::string& output) {
    if (output == "-") return;
    const std::size_t dot = output.rfind('.');
    const std::size_t slash = output.rfind('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return;  // no extension: WAV
    std::string extension = output.substr(dot + 1);
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension != "wav")
        throw UsageError("unknown output format '." + extension + "' for " + output + "; supported: .wav");
}

// For benchmarks: NANGDOK_T0_NS holds CLOCK_MONOTONIC at the caller's exec(); we report how long
// it took until the first samples reached the sink.
std::function<void()> first_audio_reporter() {
    const char* t0 = std::getenv("NANGDOK_T0_NS");
    if (t0 == nullptr || *t0 == '\0') return {};
    const long long start_ns = std::atoll(t0);
    return [start_ns] {
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        const long long now_ns = static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
        std::fprintf(stderr, "first-audio-ms: %.3f\n", static_cast<double>(now_ns - start_ns) / 1e6);
    };
}

}  // namespace

void add_read_command(CLI::App& app, ReadOptions& o) {
    auto* cmd = app.add_subcommand("read", "Read an article aloud, or save it as a WAV file with -o");
    cmd->add_option("FILE", o.input, "Article text file, or - for standard input")->capture_default_str();
    cmd->add_option("-o,--output", o.output, "Write a WAV file instead of playing (- for standard output)");
    cmd->add_option("--voice", o.voice,
                    "A voice from `nangdok voices`, a voice file path, or an eSpeak NG voice such as ko+f3")
        ->capture_default_str();
    cmd->add_option("--rate", o.rate_wpm, "Speaking rate in words per minute")->check(CLI::Range(80, 450))->capture_default_str();
    cmd->add_option("--pitch", o.pitch, "Pitch, 0-99")->check(CLI::Range(0, 99))->capture_default_str();
    cmd->add_option("--volume", o.volume, "Volume, 0-200 (100 is normal)")->check(CLI::Range(0, 200))->capture_default_str();
    cmd->add_option("--sentence-pause", o.sentence_pause_ms, "Silence between sentences, in ms")
        ->check(CLI::Range(0, 10000))->capture_default_str();
    cmd->add_option("--paragraph-pause", o.paragraph_pause_ms, "Silence between paragraphs, in ms")
        ->check(CLI::Range(0, 10000))->capture_default_str();
    cmd->add_option("--device", o.device, "Output device: a name (or part of one) or an index from `nangdok devices`");
    cmd->add_option("--latency", o.latency_ms, "Suggested output latency in ms (default: the device's)")
        ->check(CLI::Range(1.0, 2000.0));
    cmd->add_flag("--no-clean", o.no_clean, "Read every non-empty line as a paragraph; drop nothing");
    cmd->add_flag("-q,--quiet", o.quiet, "Print nothing but errors");
    add_lexicon_option(*cmd);
    cmd->callback([cmd, &o] {
        o.rate_given = cmd->count("--rate") > 0;
        o.sentence_pause_given = cmd->count("--sentence-pause") > 0;
        o.paragraph_pause_given = cmd->count("--paragraph-pause") > 0;
        if (!o.output.empty() && (cmd->count("--device") > 0 || cmd->count("--latency") > 0))
            throw UsageError("--device and --latency are for playback; they cannot go with -o");
        run_read(o);
    });
}

void run_read(const ReadOptions& o) {
    if (!o.output.empty()) check_output_format(o.output);
    const VoiceChoice voice = resolve_voice(o.voice);
    const Article article = load_article(read_source(o.input), !o.no_clean);
    const std::vector<Sentence> sentences = article_sentences(article);
    if (sentences.empty()) throw InputError("nothing to read: no sentences in " + o.input);

    // Open the device before synthesizing anything, so a machine without one fails at once.
    std::optional<PortAudioSystem> audio;
    std::unique_ptr<AudioSink> sink;
    if (o.output.empty()) {
        audio.emplace();
        sink = std::make_unique<PortAudioSink>(*audio, o.device, o.latency_ms);
    } else {
        sink = std::make_unique<WavFileSink>(o.output);
    }

    SpeechEngine& engine = SpeechEngine::instance();
    engine.select_voice(voice);
    engine.set_prosody({o.rate_given ? o.rate_wpm : voice.defaults.rate_wpm.value_or(o.rate_wpm), o.pitch, o.volume});
    const PauseSettings pauses{
        o.sentence_pause_given ? o.sentence_pause_ms : voice.defaults.sentence_pause_ms.value_or(o.sentence_pause_ms),
        o.paragraph_pause_given ? o.paragraph_pause_ms : voice.defaults.paragraph_pause_ms.value_or(o.paragraph_pause_ms)};

    const NarrationStats stats = narrate(sentences, engine, *sink, pauses, article.title(), first_audio_reporter());
    if (!o.quiet) {
        const std::string what = o.output.empty() ? "played" : o.output == "-" ? "wrote WAV to standard output" : "saved " + o.output;
        std::fprintf(stderr, "nangdok: %s (%d sentences, %s)\n", what.c_str(), stats.sentences,
                     describe_duration(stats.total_samples(), stats.sample_rate).c_str());
    }
}

}  // namespace nangdok::cli
