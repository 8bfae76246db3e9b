#include "subtitles/timing_sinks.hpp"

#include "sink/output_file.hpp"
#include "core/errors.hpp"
#include "subtitles/cue.hpp"
#include "subtitles/timestamp.hpp"

namespace nangdok {

void write_text_file(const std::string& target, const std::string& contents) {
    OutputFile file(target);
    file.write(contents.data(), contents.size());
    file.commit();
}

void TimelineSink::start(const AudioFormat& format, const std::string& title) {
    sample_rate_ = format.sample_rate;
    title_ = title;
}

SubtitleSink::SubtitleSink(std::string target) : target_(std::move(target)) {
    const auto ends_with = [&](std::string_view suffix) {
        return target_.size() >= suffix.size() &&
               std::equal(suffix.rbegin(), suffix.rend(), target_.rbegin(),
                          [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
    };
    if (ends_with(".vtt")) vtt_ = true;
    else if (!ends_with(".srt")) throw UsageError("--subtitles " + target_ + ": the name must end in .srt or .vtt");
}

void SubtitleSink::write_out() {
    std::vector<Cue> cues;
    cues.reserve(entries_.size());
    for (const ManifestEntry& entry : entries_)
        cues.push_back({samples_to_ms(entry.mark.start_sample, sample_rate_),
                        samples_to_ms(entry.mark.end_sample, sample_rate_), entry.mark.text});
    write_text_file(target_, vtt_ ? format_vtt(cues, title_) : format_srt(cues));
}

void ManifestSink::write_out() { write_text_file(target_, format_manifest(title_, sample_rate_, entries_)); }

}  // namespace nangdok
