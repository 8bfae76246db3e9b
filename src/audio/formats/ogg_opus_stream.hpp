// The Ogg encapsulation of Opus (RFC 7845) around packets that an encoder has already made:
// the identification header (OpusHead), the comment header (OpusTags, with the title), then the
// audio packets with their granule positions, and an end-of-stream page whose granule position
// is trimmed so that a decoder outputs exactly the length given to finish(). No encoding happens
// here, so the header and granule arithmetic can be tested on its own.
//
// Granule positions count samples at 48 kHz, whatever rate the encoder took, and include the
// pre-skip: a page's granule position is pre-skip + the samples decoded up to its last packet.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nangdok {

struct OpusHeadFields {
    int channels = 1;
    int pre_skip = 0;           // samples at 48 kHz the decoder drops at the start (encoder lookahead)
    int input_sample_rate = 0;  // the rate before encoding: informational, players may resample to it
};

// The 19-byte OpusHead packet (channel mapping family 0: mono or stereo).
std::vector<unsigned char> make_opus_head(const OpusHeadFields& fields);

// The OpusTags packet: the vendor string, then TITLE=<title> when the title is not empty.
std::vector<unsigned char> make_opus_tags(std::string_view vendor, std::string_view title);

class OggOpusStream {
public:
    using PageWriter = std::function<void(std::span<const unsigned char>)>;

    // Writes both header pages through `write` at once. `serial` names the logical stream; files
    // joined into one chained stream need different ones, so callers pick it at random.
    OggOpusStream(const OpusHeadFields& head, std::string_view vendor, std::string_view title, uint32_t serial,
                  PageWriter write);
    ~OggOpusStream();
    OggOpusStream(const OggOpusStream&) = delete;
    OggOpusStream& operator=(const OggOpusStream&) = delete;

    // One audio packet that decodes to `samples_48k` samples at 48 kHz (960 for 20 ms).
    void add_packet(std::span<const unsigned char> packet, int samples_48k);

    // Ends the stream so that it decodes to exactly `length_48k` samples after the pre-skip. The
    // trim must fall inside the last packet (RFC 7845, section 4.4): a length that ends before the
    // last packet starts, or after it ends, is a bug in the caller and throws std::logic_error.
    void finish(int64_t length_48k);

    // The samples at 48 kHz the packets added so far decode to, pre-skip included.
    int64_t samples_added() const { return granule_submitted_ + held_samples_; }

private:
    void submit_held(bool last, int64_t granule);
    void write_pages(bool flush);

    struct State;  // libogg's stream state (kept out of this header)
    std::unique_ptr<State> state_;
    PageWriter write_;
    int pre_skip_;
    // The latest packet is held back until the next one arrives, because only the last packet's
    // page may carry a trimmed granule position and the end-of-stream flag.
    std::vector<unsigned char> held_;
    int held_samples_ = 0;
    bool holding_ = false;
    int64_t granule_submitted_ = 0;
    int64_t packet_number_ = 0;
};

}  // namespace nangdok
