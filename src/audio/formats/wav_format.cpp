#include "formats/wav_format.hpp"

#include <algorithm>
#include <cstring>

namespace nangdok {
namespace {

void put_u32(unsigned char* p, uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
}
void put_u16(unsigned char* p, uint16_t v) {
    p[0] = static_cast<unsigned char>(v);
    p[1] = static_cast<unsigned char>(v >> 8);
}
uint32_t get_u32(std::string_view s, std::size_t at) {
    uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
    return v;
}
uint16_t get_u16(std::string_view s, std::size_t at) {
    return static_cast<uint16_t>(static_cast<unsigned char>(s[at]) | (static_cast<unsigned char>(s[at + 1]) << 8));
}

}  // namespace

std::vector<unsigned char> make_wav_header(int sample_rate, int channels, uint32_t data_bytes,
                                           std::string_view title) {
    std::vector<unsigned char> list;
    if (!title.empty()) {
        const auto name_size = static_cast<uint32_t>(title.size() + 1);  // NUL-terminated
        list.resize(12 + 8 + name_size + (name_size & 1), 0);
        std::memcpy(list.data(), "LIST", 4);
        put_u32(list.data() + 4, static_cast<uint32_t>(list.size() - 8));
        std::memcpy(list.data() + 8, "INFOINAM", 8);
        put_u32(list.data() + 16, name_size);
        std::memcpy(list.data() + 20, title.data(), title.size());
    }
    std::vector<unsigned char> h(kWavHeaderSize + list.size(), 0);
    const uint16_t block_align = static_cast<uint16_t>(channels * 2);
    const auto header_extra = static_cast<uint32_t>(h.size() - 8);
    std::memcpy(h.data(), "RIFF", 4);
    put_u32(h.data() + 4, data_bytes == kWavUnknownSize ? kWavUnknownSize : header_extra + data_bytes);
    std::memcpy(h.data() + 8, "WAVEfmt ", 8);
    put_u32(h.data() + 16, 16);
    put_u16(h.data() + 20, 1);  // PCM
    put_u16(h.data() + 22, static_cast<uint16_t>(channels));
    put_u32(h.data() + 24, static_cast<uint32_t>(sample_rate));
    put_u32(h.data() + 28, static_cast<uint32_t>(sample_rate) * block_align);
    put_u16(h.data() + 32, block_align);
    put_u16(h.data() + 34, 16);
    std::copy(list.begin(), list.end(), h.begin() + 36);
    unsigned char* data_chunk = h.data() + 36 + list.size();
    std::memcpy(data_chunk, "data", 4);
    put_u32(data_chunk + 4, data_bytes);
    return h;
}

std::optional<WavInfo> parse_wav_header(std::string_view bytes) {
    if (bytes.size() < 12 || bytes.substr(0, 4) != "RIFF" || bytes.substr(8, 4) != "WAVE") return std::nullopt;
    WavInfo info;
    bool have_format = false;
    std::size_t at = 12;
    while (at + 8 <= bytes.size()) {
        const std::string_view id = bytes.substr(at, 4);
        const uint32_t size = get_u32(bytes, at + 4);
        if (id == "fmt " && at + 8 + 16 <= bytes.size()) {
            if (get_u16(bytes, at + 8) != 1) return std::nullopt;  // not PCM
            info.channels = get_u16(bytes, at + 10);
            info.sample_rate = static_cast<int>(get_u32(bytes, at + 12));
            info.bits_per_sample = get_u16(bytes, at + 22);
            have_format = true;
        } else if (id == "data") {
            if (!have_format) return std::nullopt;
            info.data_offset = at + 8;
            info.data_bytes = size;
            return info;
        }
        at += 8 + static_cast<std::size_t>(size) + (size & 1);
    }
    return std::nullopt;
}

}  // namespace nangdok
