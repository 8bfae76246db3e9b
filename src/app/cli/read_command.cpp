// read: the whole pipeline, played through PortAudio or saved as WAV.
#include <cctype>
#include <cstdio>
#include <functional>
#include <future>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <optional>
#include <thread>

#include <CLI/CLI.hpp>

#include "cli/output_plan.hpp"
#include "parallel/process_synthesizer.hpp"
#include "cli/commands.hpp"
#include "cli/read_listening.hpp"
#include "cli/read_plan.hpp"
#include "page/page_reader.hpp"
#include "core/errors.hpp"
#include "narration/narrator.hpp"
#include "pipeline/text_pipeline.hpp"
#include "synth/espeak_data.hpp"
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

// For benchmarks: NANGDOK_T0_NS holds CLOCK_MONOTONIC at the caller's exec(); we report how long
// it took until the first samples were handed to PortAudio, or to the file sinks.
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
    cmd->add_option("FILE", o.inputs,
                    "Article text or HTML file, an http(s) URL, or - for standard input; several with --output-dir");
    cmd->add_option("-t,--text", o.text, "Read this text instead of a file (as a file's contents: lines are paragraphs)");
    cmd->add_option("--output-dir", o.output_dir,
                    "Convert every FILE into DIR/<name>.<format>, several at a time (see -j)");
    cmd->add_flag("--skip-existing", o.skip_existing, "With --output-dir: leave inputs whose output exists");
    cmd->add_option("-o,--output", o.output,
                    "Write an audio file instead of playing: .wav .flac .ogg .opus .mp3 .raw (- for WAV on standard output)");
    cmd->add_option("--format", o.format, "Audio format for -o and --split (wav, flac, ogg, opus, mp3; raw: headerless signed 16-bit little-endian mono at 22050 Hz); overrides the extension");
    cmd->add_option("--split", o.split_dir, "Write one audio file per sentence (0001.wav, ...) and index.json into DIR");
    cmd->add_option("--subtitles", o.subtitles, "Write subtitles, one cue per sentence (.srt or .vtt)");
    cmd->add_option("--manifest", o.manifest, "Write a JSON manifest: each sentence with its start_ms and end_ms");
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
    cmd->add_option("-j,--jobs", o.jobs,
                    "Synthesize in N processes (default: the number of cores when writing files, 1 when playing)")
        ->check(CLI::Range(1, 64));
    cmd->add_flag("--no-clean", o.no_clean, "Read every non-empty line as a paragraph; drop nothing");
    add_html_flags(*cmd, o.html);
    cmd->add_flag("-q,--quiet", o.quiet, "Print nothing but errors");
    add_lexicon_option(*cmd, o.lexicon);
    cmd->add_flag("--no-respell", o.no_respell, "Give eSpeak NG the normalized spelling, not the spelling as pronounced");
    cmd->add_flag("--plain", o.plain,
                  "While playing, print one plain line per sentence as it starts (for screen readers and logs)");
    cmd->add_option("--start", o.start, "Start at sentence N (1-based, as numbered by `nangdok sentences`)")
        ->check(CLI::Range(1, 100000000));
    cmd->add_flag("--resume", o.resume, "Start where listening to this same article last stopped");
    cmd->callback([cmd, &o] {
        if (o.start > 0 && o.resume) throw UsageError("--start and --resume cannot go together");
        o.rate_given = cmd->count("--rate") > 0;
        o.sentence_pause_given = cmd->count("--sentence-pause") > 0;
        o.paragraph_pause_given = cmd->count("--paragraph-pause") > 0;
        if (o.text && !o.inputs.empty()) throw UsageError("give FILE or --text, not both");
        if (o.text && !o.output_dir.empty()) throw UsageError("--text gives one article; --output-dir needs FILEs");
        if (o.inputs.empty()) o.inputs.push_back("-");
        o.input = o.inputs.front();
        if (!o.output_dir.empty()) {
            validate_batch(o);
            (void)load_lexicon(o.lexicon);  // a bad lexicon is one error here, not one per article
            run_batch(o, "/proc/self/exe");
            return;
        }
        if (o.inputs.size() > 1) throw UsageError("several FILEs need --output-dir DIR");
        if (o.skip_existing) throw UsageError("--skip-existing goes with --output-dir");
        validate_outputs(o);
        run_read(o);
    });
}

namespace {

// The closing line: what was played or saved, and how much.
void report_done(const ReadOptions& o, const NarrationStats& stats) {
    const std::string outputs = describe_outputs(o);
    const std::string summary = std::to_string(stats.sentences) + " sentences, " +
                                describe_duration(stats.last_sentence_end, stats.sample_rate);
    if (stats.interrupted)
        throw Interrupted("interrupted after " + summary + (outputs.empty() ? "" : "; saved " + outputs));
    if (!o.quiet)
        std::fprintf(stderr, "nangdok: %s (%s)\n", (outputs.empty() ? "played" : "saved " + outputs).c_str(),
                     summary.c_str());
}

// The article to read; a cleaner unsure of its choice says so once, before any sound, so that a
// listener who hears a list of headlines knows where to look.
Article load_for_reading(const ReadOptions& o) {
    const SourceBytes source = text_or_file(o.text, o.input);
    ReadPage read = read_article_page(source, o.html.choice(), !o.no_clean);
    report_input_note(source.name, read.note, o.quiet);
    if (!read.doubt.empty() && !o.quiet)
        std::fprintf(stderr, "nangdok: the article may be incomplete (%s); nangdok clean shows what is read\n",
                     read.doubt.c_str());
    return std::move(read.page.article);
}

// Worker processes are forked before any thread exists (the device opener and the encoders start
// some), so this comes first; with one job there are none, and synthesis stays in this process.
std::unique_ptr<Synthesizer> fork_workers(const ReadPlan& plan, int jobs) {
    locate_espeak_data();  // a missing data folder is reported here once, not by every worker
    if (jobs <= 1) return nullptr;
    return std::make_unique<ProcessSynthesizer>(jobs, WorkerSetup{plan.voice, plan.prosody});
}

std::unique_ptr<Synthesizer> synthesizer_here(const ReadPlan& plan) {
    SpeechEngine& engine = SpeechEngine::instance();
    engine.select_voice(plan.voice);
    engine.set_prosody(plan.prosody);
    return std::make_unique<InProcessSynthesizer>(engine);
}

// The text half of a streamed run, made on a thread of its own while eSpeak NG starts (and the
// device opens) on others: reading and cleaning the article and making its first sentence take
// about as long as starting eSpeak NG, so side by side they no longer add up before the first
// sound. The article lives behind a pointer because the stream refers to it.
struct PreparedText {
    std::unique_ptr<Article> article;
    std::unique_ptr<SentenceStream> stream;  // the sentences from the second on, when streamed
    std::optional<Sentence> first;           // the stream's first sentence, already made
    std::vector<Sentence> all;               // every sentence, when starting from the middle
    int start = 1;
};

PreparedText prepare_text(const ReadOptions& o, const ReadPlan& plan) {
    PreparedText text;
    text.article = std::make_unique<Article>(load_for_reading(o));
    // Starting from the middle needs every sentence up front (to count them); otherwise they are
    // streamed.
    if (o.start > 0 || o.resume) {
        text.all = article_sentences(*text.article, plan.spoken());
        if (text.all.empty()) throw InputError("nothing to read: the text holds no sentence");
        text.start = resolve_start(o, *text.article, static_cast<int>(text.all.size()));
        return text;
    }
    text.stream = std::make_unique<SentenceStream>(*text.article, plan.spoken());
    text.first = text.stream->next();
    return text;
}

std::future<PreparedText> prepare_text_meanwhile(const ReadOptions& o, const ReadPlan& plan) {
    return std::async(std::launch::async, [&o, &plan] { return prepare_text(o, plan); });
}

// The streamed run shared by playing and saving: the article's sentences through the synthesizer
// into the sinks the options ask for (the device too, when given).
NarrationStats narrate_article(const ReadOptions& o, const ReadPlan& plan, Synthesizer& synthesizer,
                               PlaybackOpener* device, std::future<PreparedText> prepared) {
    PreparedText text = prepared.get();
    const std::function<void()> on_first_audio = first_audio_reporter();
    const std::optional<int> total =
        text.all.empty() ? std::nullopt : std::optional<int>(static_cast<int>(text.all.size()));
    const std::unique_ptr<AudioSink> sink = build_sinks(o, device, plain_progress(o, total), on_first_audio);
    // With a device, its sink reports the first audio as it reaches PortAudio.
    const std::function<void()> report_first = device ? nullptr : on_first_audio;
    const std::string title = text.article->title();
    if (text.stream) {
        bool first_given = false;
        const SentenceSource next = [&]() -> std::optional<Sentence> {
            if (first_given) return text.stream->next();
            first_given = true;
            return std::move(text.first);
        };
        return narrate(next, synthesizer, *sink, plan.pauses, title, report_first);
    }
    const std::vector<Sentence> from_start(text.all.begin() + (text.start - 1), text.all.end());
    return narrate(from_start, synthesizer, *sink, plan.pauses, title, report_first);
}

// Playing with the keyboard: every sentence up front, so the listener can move among them.
void listen(const ReadOptions& o, const ReadPlan& plan) {
    const Article article = load_for_reading(o);
    const std::vector<Sentence> all = article_sentences(article, plan.spoken());
    if (all.empty()) throw InputError("nothing to read: the text holds no sentence");
    const int start = resolve_start(o, article, static_cast<int>(all.size()));
    SpeechEngine& engine = SpeechEngine::instance();
    engine.select_voice(plan.voice);
    run_listening(o, article, all, start, engine, plan.prosody, plan.pauses);
}

// Playing without the keyboard (a pipe on standard input, or --plain in a script).
void play(const ReadOptions& o, const ReadPlan& plan) {
    std::unique_ptr<Synthesizer> synthesizer = fork_workers(plan, o.jobs > 0 ? o.jobs : 1);
    // The device opens on a thread of its own from here on: PortAudio's start-up (3-7 ms of
    // probing ALSA, OSS and JACK here) then overlaps starting eSpeak NG, reading the article and
    // making the first sentence, instead of delaying the first sound. An input error still comes
    // first; a device that cannot open fails the first write, so nothing is heard or saved.
    // eSpeak NG's voices all speak at 22050 Hz; another rate would reopen the device.
    PlaybackOpener device(o.device, AudioFormat{kEspeakSampleRate, 1}, o.latency_ms);
    std::future<PreparedText> text = prepare_text_meanwhile(o, plan);
    if (!synthesizer) synthesizer = synthesizer_here(plan);
    report_done(o, narrate_article(o, plan, *synthesizer, &device, std::move(text)));
}

// Writing files (-o, --split, --subtitles, --manifest): by default on every core.
void save(const ReadOptions& o, const ReadPlan& plan) {
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::unique_ptr<Synthesizer> synthesizer = fork_workers(plan, o.jobs > 0 ? o.jobs : cores);
    std::future<PreparedText> text = prepare_text_meanwhile(o, plan);
    if (!synthesizer) synthesizer = synthesizer_here(plan);
    report_done(o, narrate_article(o, plan, *synthesizer, nullptr, std::move(text)));
}

}  // namespace

void run_read(const ReadOptions& o) {
    const ReadPlan plan = plan_read(o);
    if (listens_interactively(o)) return listen(o, plan);
    if (plays_aloud(o)) return play(o, plan);
    save(o, plan);
}

}  // namespace nangdok::cli
