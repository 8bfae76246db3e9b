// The JSON manifest of a reading: {"title", "sample_rate", "sentences": [{"index", "paragraph",
// "text", "spoken", "start_ms", "end_ms", "start_sample", "end_sample"[, "file"]}, ...]}.
// Times are from the start of the article; sample positions count at `sample_rate`, the rate of
// synthesis (22050 Hz), whatever rate an encoded file was resampled to.
#pragma once

#include <string>
#include <vector>

#include "sink/audio_sink.hpp"

namespace nangdok {

struct ManifestEntry {
    SentenceMark mark;
    std::string file;  // for --split: the sentence's own file name; empty otherwise
};

std::string format_manifest(const std::string& title, int sample_rate, const std::vector<ManifestEntry>& entries);

}  // namespace nangdok
