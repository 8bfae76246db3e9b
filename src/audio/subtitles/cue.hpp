// One subtitle cue per sentence, and the formatters that turn cues into subtitle files.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace nangdok {

struct Cue {
    int64_t start_ms = 0;
    int64_t end_ms = 0;
    std::string text;  // one line; the sentence as written
};

std::string format_srt(const std::vector<Cue>& cues);
std::string format_vtt(const std::vector<Cue>& cues, const std::string& title);

}  // namespace nangdok
