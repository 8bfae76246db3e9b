// Settings, measured on 2,040 s of our speech (the bench/formats.py text), one core, LAME 3.100;
// quality is measured against the source after decoding with mpg123: log-spectral distance (LSD)
// below 8 kHz over the voiced frames, lower is closer.
//
//   mode                       LAME -q   speed (x real time)   kbit/s   LSD < 8 kHz
//   CBR 32 (libsndfile's)      2         237                   32.0     3.8 dB
//   CBR 32                     7         742                   32.0     3.3 dB
//   ABR 28                     7         711-735               33.2     3.3 dB
//   VBR -V 9.999, 8.25 kHz     7         873-910               32.7     2.9 dB
//
// Quality 7 is LAME's standard fast mode: it skips the noise-shaping search that triples the time
// (8 and 9 encode exactly like 7 in LAME 3.100), and at these bitrates the decoded speech is no
// further from the source than at quality 2.
//
// CBR cannot carry the LAME/Info tag at this size: a 32 kbit/s frame at 22050 Hz is 104 bytes and
// the tag needs about 170, so LAME drops it and decoders could no longer trim the encoder delay.
// VBR and ABR put the tag in a frame of its own. VBR at its lowest setting is both faster and
// closer to the source than ABR at the same size, because pauses cost it almost nothing: 32.7
// kbit/s is 10.8 times smaller than 16-bit WAV. The lowpass is the one LAME picks by itself for
// CBR 32 kbit/s (VBR alone would keep up to 11 kHz and take 58 kbit/s); eSpeak NG puts little
// above it.
#include "formats/mp3_file_sink.hpp"

#include <lame/lame.h>
#include <stdexcept>
#include <unicode/unistr.h>

#include "core/errors.hpp"

namespace nangdok {
namespace {

constexpr int kQuality = 7;
constexpr float kVbrQuality = 9.999f;  // LAME's lowest VBR setting (-V 9.999)
constexpr int kLowpassHz = 8250;
constexpr int kSamplesPerCall = 8192;
// LAME's worst case for one call: 1.25 times the samples plus 7200 bytes (lame.h).
constexpr std::size_t kEncodedCapacity = kSamplesPerCall * 5 / 4 + 7200;

// TIT2 as UTF-16 with a byte order mark, the form id3tag_set_textinfo_utf16 takes (ID3v2.3 has
// no UTF-8, and Latin-1 cannot hold Korean).
std::vector<unsigned short> utf16_with_bom(const std::string& utf8) {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
    std::vector<unsigned short> out;
    out.reserve(static_cast<std::size_t>(text.length()) + 2);
    out.push_back(0xFEFF);
    for (int32_t i = 0; i < text.length(); ++i) out.push_back(text.charAt(i));
    out.push_back(0);
    return out;
}

}  // namespace

void Mp3FileSink::LameCloser::operator()(lame_global_struct* lame) const { lame_close(lame); }

Mp3FileSink::Mp3FileSink(std::string target) : target_(std::move(target)) {}

Mp3FileSink::~Mp3FileSink() = default;

void Mp3FileSink::start(const AudioFormat& format, const std::string& title) {
    // write() hands LAME one channel; interleaved stereo would need lame_encode_buffer_interleaved.
    if (format.channels != 1) throw std::logic_error("Mp3FileSink writes mono only");
    file_ = std::make_unique<OutputFile>(target_);
    lame_.reset(lame_init());
    if (!lame_) throw OutputError(target_ + ": cannot start the MP3 encoder");
    lame_t lame = lame_.get();
    lame_set_in_samplerate(lame, format.sample_rate);
    lame_set_out_samplerate(lame, format.sample_rate);  // LAME would otherwise pick its own rate and resample
    lame_set_num_channels(lame, 1);
    lame_set_mode(lame, MONO);
    lame_set_VBR(lame, vbr_mtrh);
    lame_set_VBR_quality(lame, kVbrQuality);
    lame_set_lowpassfreq(lame, kLowpassHz);
    lame_set_quality(lame, kQuality);
    lame_set_bWriteVbrTag(lame, file_->seekable() ? 1 : 0);
    // The ID3v2 tag is written here, not inside the first encoded block, so that we know where the
    // reserved LAME frame starts. No ID3v1 tag: it is Latin-1 only and 30 bytes long.
    lame_set_write_id3tag_automatic(lame, 0);
    id3tag_init(lame);
    id3tag_v2_only(lame);
    if (!title.empty() && id3tag_set_textinfo_utf16(lame, "TIT2", utf16_with_bom(title).data()) != 0)
        throw OutputError(target_ + ": the MP3 encoder refused the title");
    if (lame_init_params(lame) < 0) throw OutputError(target_ + ": the MP3 encoder refused its settings");

    encoded_.resize(kEncodedCapacity);
    const std::size_t tag_size = lame_get_id3v2_tag(lame, nullptr, 0);
    if (tag_size > 0) {
        std::vector<unsigned char> tag(tag_size);
        if (lame_get_id3v2_tag(lame, tag.data(), tag.size()) != tag_size)
            throw OutputError(target_ + ": cannot make the ID3 tag");
        file_->write(tag.data(), tag.size());
    }
    info_frame_offset_ = file_->bytes_written();
}

void Mp3FileSink::write(std::span<const int16_t> samples) {
    for (std::size_t done = 0; done < samples.size();) {
        const int count = static_cast<int>(std::min<std::size_t>(kSamplesPerCall, samples.size() - done));
        write_encoded(lame_encode_buffer(lame_.get(), samples.data() + done, samples.data() + done, count,
                                         encoded_.data(), static_cast<int>(encoded_.size())));
        done += static_cast<std::size_t>(count);
    }
}

void Mp3FileSink::write_encoded(int bytes) {
    if (bytes < 0) throw OutputError(target_ + ": the MP3 encoder failed (LAME error " + std::to_string(bytes) + ")");
    file_->write(encoded_.data(), static_cast<std::size_t>(bytes));
}

void Mp3FileSink::finish() {
    write_encoded(lame_encode_flush(lame_.get(), encoded_.data(), static_cast<int>(encoded_.size())));
    if (file_->seekable()) {
        // Only now does LAME know the frame count, the padding and the stream's CRC.
        const std::size_t size = lame_get_lametag_frame(lame_.get(), encoded_.data(), encoded_.size());
        if (size > encoded_.size()) throw OutputError(target_ + ": the LAME tag does not fit its frame");
        if (size > 0) file_->write_at(info_frame_offset_, encoded_.data(), size);
    }
    file_->commit();
}

}  // namespace nangdok
