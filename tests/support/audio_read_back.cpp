#include "support/audio_read_back.hpp"

#include <sndfile.h>
#include <vector>

namespace nangdok::test_support {

ReadBack read_back(const std::string& path) {
    SF_INFO info{};
    SNDFILE* file = sf_open(path.c_str(), SFM_READ, &info);
    if (file == nullptr) return {};
    ReadBack result;
    result.opened = true;
    result.frames = info.frames;
    result.sample_rate = info.samplerate;
    if (const char* title = sf_get_string(file, SF_STR_TITLE)) result.title = title;
    std::vector<short> block(4096 * static_cast<std::size_t>(info.channels));
    for (sf_count_t n; (n = sf_readf_short(file, block.data(), 4096)) > 0;) result.decoded += n;
    sf_close(file);
    return result;
}

int64_t ogg_opus_length_48k(const std::string& bytes) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    int64_t pre_skip = -1, granule = -1;
    std::size_t at = 0;
    while (at + 27 <= bytes.size()) {
        if (bytes.compare(at, 4, "OggS") != 0) return -1;
        const std::size_t segments = byte(at + 26);
        if (at + 27 + segments > bytes.size()) return -1;
        std::size_t body = 0;
        for (std::size_t i = 0; i < segments; ++i) body += byte(at + 27 + i);
        const std::size_t body_start = at + 27 + segments;
        if (body_start + body > bytes.size()) return -1;
        if (pre_skip < 0) {
            if (bytes.compare(body_start, 8, "OpusHead") != 0) return -1;
            pre_skip = byte(body_start + 10) | byte(body_start + 11) << 8;
        }
        granule = 0;
        for (int i = 7; i >= 0; --i) granule = granule << 8 | byte(at + 6 + static_cast<std::size_t>(i));
        at = body_start + body;
    }
    return at == bytes.size() && pre_skip >= 0 ? granule - pre_skip : -1;
}

}  // namespace nangdok::test_support
