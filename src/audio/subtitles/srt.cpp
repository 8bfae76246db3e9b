#include "subtitles/cue.hpp"
#include "subtitles/timestamp.hpp"

namespace nangdok {

std::string format_srt(const std::vector<Cue>& cues) {
    std::string out;
    int number = 0;
    for (const Cue& cue : cues) {
        out += std::to_string(++number) + "\n" + format_timestamp(cue.start_ms, ',') + " --> " +
               format_timestamp(cue.end_ms, ',') + "\n" + cue.text + "\n\n";
    }
    return out;
}

}  // namespace nangdok
