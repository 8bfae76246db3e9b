#include "subtitles/cue.hpp"
#include "subtitles/timestamp.hpp"

namespace nangdok {
namespace {

// "-->" would end a cue's timing line early, and a blank line would end the cue.
std::string vtt_safe(std::string text) {
    for (std::size_t at = text.find("-->"); at != std::string::npos; at = text.find("-->", at)) text.replace(at, 3, "->");
    return text;
}

}  // namespace

std::string format_vtt(const std::vector<Cue>& cues, const std::string& title) {
    std::string out = "WEBVTT";
    if (!title.empty()) out += " - " + vtt_safe(title);
    out += "\n\n";
    for (const Cue& cue : cues)
        out += format_timestamp(cue.start_ms, '.') + " --> " + format_timestamp(cue.end_ms, '.') + "\n" +
               vtt_safe(cue.text) + "\n\n";
    return out;
}

}  // namespace nangdok
