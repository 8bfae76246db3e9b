// --split DIR: one audio file per sentence (DIR/0001.wav, 0002.wav, ... in the chosen format, the
// speech only, without the pauses) and DIR/index.json, the manifest with each sentence's file.
// Each file appears only when complete (see OutputFile), and index.json last: an index.json left by
// an earlier run is removed first, so a folder without index.json is visibly unfinished and holds
// only whole files, even after kill -9. After Ctrl-C the sentence in progress is dropped and
// index.json lists the files that were completed.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sink/audio_sink.hpp"
#include "formats/file_format.hpp"
#include "subtitles/manifest.hpp"

namespace nangdok {

class SplitSink : public AudioSink {
public:
    SplitSink(std::string directory, FileFormat format);

    void start(const AudioFormat& format, const std::string& title) override;
    void begin_sentence(const SentenceMark& mark) override;
    void write(std::span<const int16_t> samples) override;
    void end_sentence(const SentenceMark& mark) override;
    void finish() override;
    void finish_interrupted() override;

private:
    std::string directory_;
    FileFormat format_;
    AudioFormat audio_format_{};
    std::string title_;
    std::unique_ptr<AudioSink> current_;
    std::string current_name_;
    std::vector<ManifestEntry> entries_;
};

}  // namespace nangdok
