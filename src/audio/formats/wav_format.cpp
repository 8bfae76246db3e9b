#include "formats/wav_format.hpp"

#include <algorithm>
#include <cstring>

namespace nangdok {
namespace {

constexpr uint32_t kDs64Size = 28;  // RIFF size, data size, sample count (64 bits each), table length

void put_u32(unsigned char* p, uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
}
void put_u64(unsigned char* p, uint64_t v) {
    for (int i = 0; i < 8; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
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
uint64_t get_u64(std::string_view s, std::size_t at) {
    return get_u32(s, at) | (static_cast<uint64_t>(get_u32(s, at + 4)) << 32);
}
uint16_t get_u16(std::string_view s, std::size_t at) {
    return static_cast<uint16_t>(static_cast<unsigned char>(s[at]) | (static_cast<unsigned char>(s[at + 1]) << 8));
}

void append(std::vector<unsigned char>& out, std::string_view bytes) { out.insert(out.end(), bytes.begin(), bytes.end()); }
void append_u32(std::vector<unsigned char>& out, uint32_t v) {
    out.resize(out.size() + 4);
    put_u32(out.data() + out.size() - 4, v);
}

// "fmt ", the optional LIST/INFO/INAM title, and the "data" chunk's header with `data_size`.
void append_chunks(std::vector<unsigned char>& h, int sample_rate, int channels, std::string_view title,
                   uint32_t data_size) {
    const uint16_t block_align = static_cast<uint16_t>(channels * 2);
    append(h, "fmt ");
    append_u32(h, 16);
    h.resize(h.size() + 16);
    unsigned char* fmt = h.data() + h.size() - 16;
    put_u16(fmt, 1);  // PCM
    put_u16(fmt + 2, static_cast<uint16_t>(channels));
    put_u32(fmt + 4, static_cast<uint32_t>(sample_rate));
    put_u32(fmt + 8, static_cast<uint32_t>(sample_rate) * block_align);
    put_u16(fmt + 12, block_align);
    put_u16(fmt + 14, 16);
    if (!title.empty()) {
        const auto name_size = static_cast<uint32_t>(title.size() + 1);  // NUL-terminated
        append(h, "LIST");
        append_u32(h, 4 + 8 + name_size + (name_size & 1));
        append(h, "INFOINAM");
        append_u32(h, name_size);
        append(h, title);
        h.resize(h.size() + 1 + (name_size & 1), 0);
    }
    append(h, "data");
    append_u32(h, data_size);
}

}  // namespace

std::vector<unsigned char> make_wav_header(int sample_rate, int channels, uint32_t data_bytes,
                                           std::string_view title) {
    std::vector<unsigned char> h;
    append(h, "RIFF");
    append_u32(h, 0);
    append(h, "WAVE");
    append_chunks(h, sample_rate, channels, title, data_bytes);
    const auto header_extra = static_cast<uint32_t>(h.size() - 8);
    put_u32(h.data() + 4, data_bytes == kWavUnknownSize ? kWavUnknownSize : header_extra + data_bytes);
    return h;
}

std::vector<unsigned char> make_file_wav_header(int sample_rate, int channels, uint64_t data_bytes,
                                                std::string_view title, uint64_t riff_limit) {
    std::vector<unsigned char> h;
    append(h, "RIFF");
    append_u32(h, 0);
    append(h, "WAVE");
    const std::size_t ds64_at = h.size();
    append(h, "JUNK");
    append_u32(h, kDs64Size);
    h.resize(h.size() + kDs64Size, 0);
    append_chunks(h, sample_rate, channels, title, 0);
    const uint64_t riff_size = h.size() - 8 + data_bytes + (data_bytes & 1);
    if (riff_size < riff_limit && riff_size < kRiffLimit) {
        put_u32(h.data() + 4, static_cast<uint32_t>(riff_size));
        put_u32(h.data() + h.size() - 4, static_cast<uint32_t>(data_bytes));
        return h;
    }
    std::memcpy(h.data(), "RF64", 4);
    put_u32(h.data() + 4, 0xFFFFFFFFu);
    std::memcpy(h.data() + ds64_at, "ds64", 4);
    unsigned char* ds64 = h.data() + ds64_at + 8;
    put_u64(ds64, riff_size);
    put_u64(ds64 + 8, data_bytes);
    put_u64(ds64 + 16, data_bytes / static_cast<uint64_t>(channels * 2));  // sample frames
    put_u32(ds64 + 24, 0);                                                 // no table
    put_u32(h.data() + h.size() - 4, 0xFFFFFFFFu);
    return h;
}

std::optional<WavInfo> parse_wav_header(std::string_view bytes) {
    if (bytes.size() < 12 || bytes.substr(8, 4) != "WAVE") return std::nullopt;
    WavInfo info;
    if (bytes.substr(0, 4) == "RF64") info.rf64 = true;
    else if (bytes.substr(0, 4) != "RIFF") return std::nullopt;
    bool have_format = false;
    std::optional<uint64_t> ds64_data_size;
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
        } else if (id == "ds64" && info.rf64 && at + 8 + 16 <= bytes.size()) {
            ds64_data_size = get_u64(bytes, at + 16);
        } else if (id == "data") {
            if (!have_format || (info.rf64 && !ds64_data_size)) return std::nullopt;
            info.data_offset = at + 8;
            info.data_bytes = info.rf64 && size == 0xFFFFFFFFu ? *ds64_data_size : size;
            return info;
        }
        at += 8 + static_cast<std::size_t>(size) + (size & 1);
    }
    return std::nullopt;
}

}  // namespace nangdok
