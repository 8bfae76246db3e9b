#include "cli/output_plan.hpp"

#include <stdexcept>

#include "formats/file_format.hpp"
#include "formats/file_sink_factory.hpp"
#include "playback/portaudio_sink.hpp"
#include "sink/sentence_aligned_sink.hpp"
#include "split/split_sink.hpp"
#include "sink/tee_sink.hpp"
#include "core/errors.hpp"
#include "subtitles/timing_sinks.hpp"

namespace nangdok::cli {

bool plays_aloud(const ReadOptions& o) { return o.output.empty() && o.split_dir.empty(); }

void validate_outputs(const ReadOptions& o) {
    if (!o.format.empty() && o.output.empty() && o.split_dir.empty())
        throw UsageError("--format needs -o FILE or --split DIR");
    if (!plays_aloud(o) && (!o.device.empty() || o.latency_ms > 0))
        throw UsageError("--device and --latency are for playback; they cannot go with -o or --split");
    if (!o.output.empty()) choose_file_format(o.output, o.format);
    if (!o.subtitles.empty()) SubtitleSink check(o.subtitles);
    for (const std::string* path : {&o.subtitles, &o.manifest})
        if (!path->empty() && (*path == o.output || *path == "-"))
            throw UsageError(*path + ": subtitles and manifest need a file of their own");
}

void validate_batch(const ReadOptions& o) {
    if (!o.output.empty() || !o.split_dir.empty() || !o.subtitles.empty() || !o.manifest.empty())
        throw UsageError("--output-dir names each output itself; it cannot go with -o, --split, --subtitles or --manifest");
    if (!o.device.empty() || o.latency_ms > 0) throw UsageError("--device and --latency are for playback, not --output-dir");
    for (const std::string& input : o.inputs)
        if (input == "-") throw UsageError("--output-dir needs files, not standard input (its output would have no name)");
    if (!o.format.empty()) choose_file_format("", o.format);
}

std::unique_ptr<AudioSink> build_sinks(const ReadOptions& o, PlaybackOpener* device,
                                       PortAudioSink::SentenceObserver on_sentence_heard,
                                       std::function<void()> on_first_audio) {
    auto tee = std::make_unique<TeeSink>();
    if (plays_aloud(o)) {
        if (device == nullptr) throw std::logic_error("build_sinks: playback without a device");
        auto player = std::make_unique<PortAudioSink>(*device, std::move(on_sentence_heard));
        player->set_first_audio_observer(std::move(on_first_audio));
        tee->add(std::move(player));
    }
    if (!o.output.empty())
        tee->add(std::make_unique<SentenceAlignedSink>(make_file_sink(o.output, choose_file_format(o.output, o.format))));
    if (!o.split_dir.empty())
        tee->add(std::make_unique<SplitSink>(o.split_dir, o.format.empty() ? FileFormat::wav : choose_file_format("", o.format)));
    if (!o.subtitles.empty()) tee->add(std::make_unique<SubtitleSink>(o.subtitles));
    if (!o.manifest.empty()) tee->add(std::make_unique<ManifestSink>(o.manifest));
    return tee;
}

std::string describe_outputs(const ReadOptions& o) {
    std::string list;
    auto add = [&](const std::string& what) { list += (list.empty() ? "" : ", ") + what; };
    if (!o.output.empty()) add(o.output == "-" ? "standard output" : o.output);
    if (!o.split_dir.empty()) add(o.split_dir + "/");
    if (!o.subtitles.empty()) add(o.subtitles);
    if (!o.manifest.empty()) add(o.manifest);
    return list;
}

}  // namespace nangdok::cli
