#include "formats/ogg_opus_stream.hpp"

#include <ogg/ogg.h>
#include <stdexcept>
#include <string>

namespace nangdok {
namespace {

void put_le16(std::vector<unsigned char>& out, uint32_t value) {
    out.push_back(static_cast<unsigned char>(value & 0xFF));
    out.push_back(static_cast<unsigned char>((value >> 8) & 0xFF));
}

void put_le32(std::vector<unsigned char>& out, uint32_t value) {
    put_le16(out, value & 0xFFFF);
    put_le16(out, value >> 16);
}

void put_string(std::vector<unsigned char>& out, std::string_view text) {
    put_le32(out, static_cast<uint32_t>(text.size()));
    out.insert(out.end(), text.begin(), text.end());
}

}  // namespace

std::vector<unsigned char> make_opus_head(const OpusHeadFields& fields) {
    if (fields.channels < 1 || fields.channels > 2 || fields.pre_skip < 0 || fields.pre_skip > 0xFFFF)
        throw std::logic_error("OpusHead: mapping family 0 needs 1 or 2 channels and a 16-bit pre-skip");
    std::vector<unsigned char> head{'O', 'p', 'u', 's', 'H', 'e', 'a', 'd', 1 /* version */,
                                    static_cast<unsigned char>(fields.channels)};
    put_le16(head, static_cast<uint32_t>(fields.pre_skip));
    put_le32(head, static_cast<uint32_t>(fields.input_sample_rate));
    put_le16(head, 0);  // output gain
    head.push_back(0);  // channel mapping family 0
    return head;
}

std::vector<unsigned char> make_opus_tags(std::string_view vendor, std::string_view title) {
    std::vector<unsigned char> tags{'O', 'p', 'u', 's', 'T', 'a', 'g', 's'};
    put_string(tags, vendor);
    put_le32(tags, title.empty() ? 0 : 1);
    if (!title.empty()) put_string(tags, "TITLE=" + std::string(title));
    return tags;
}

struct OggOpusStream::State {
    explicit State(uint32_t serial) { ogg_stream_init(&stream, static_cast<int>(serial)); }
    ~State() { ogg_stream_clear(&stream); }
    ogg_stream_state stream{};
};

OggOpusStream::OggOpusStream(const OpusHeadFields& head, std::string_view vendor, std::string_view title,
                             uint32_t serial, PageWriter write)
    : state_(std::make_unique<State>(serial)), write_(std::move(write)), pre_skip_(head.pre_skip) {
    // Each header gets a page of its own, and audio starts on a fresh page (RFC 7845, section 3).
    for (std::vector<unsigned char> packet : {make_opus_head(head), make_opus_tags(vendor, title)}) {
        ogg_packet op{};
        op.packet = packet.data();
        op.bytes = static_cast<long>(packet.size());
        op.b_o_s = packet_number_ == 0 ? 1 : 0;
        op.granulepos = 0;
        op.packetno = packet_number_++;
        ogg_stream_packetin(&state_->stream, &op);
        write_pages(/*flush=*/true);
    }
}

OggOpusStream::~OggOpusStream() = default;

void OggOpusStream::add_packet(std::span<const unsigned char> packet, int samples_48k) {
    if (holding_) submit_held(/*last=*/false, granule_submitted_ + held_samples_);
    held_.assign(packet.begin(), packet.end());
    held_samples_ = samples_48k;
    holding_ = true;
    write_pages(/*flush=*/false);
}

void OggOpusStream::finish(int64_t length_48k) {
    const int64_t end = pre_skip_ + length_48k;
    if (!holding_ || end <= granule_submitted_ || end > granule_submitted_ + held_samples_)
        throw std::logic_error("Ogg Opus: a length of " + std::to_string(length_48k) +
                               " samples does not end inside the last packet");
    submit_held(/*last=*/true, end);
    write_pages(/*flush=*/true);
}

void OggOpusStream::submit_held(bool last, int64_t granule) {
    ogg_packet op{};
    op.packet = held_.data();
    op.bytes = static_cast<long>(held_.size());
    op.e_o_s = last ? 1 : 0;
    op.granulepos = granule;
    op.packetno = packet_number_++;
    ogg_stream_packetin(&state_->stream, &op);
    granule_submitted_ += held_samples_;
    holding_ = false;
    held_samples_ = 0;
}

void OggOpusStream::write_pages(bool flush) {
    ogg_page page{};
    while ((flush ? ogg_stream_flush(&state_->stream, &page) : ogg_stream_pageout(&state_->stream, &page)) != 0) {
        write_({page.header, static_cast<std::size_t>(page.header_len)});
        write_({page.body, static_cast<std::size_t>(page.body_len)});
    }
}

}  // namespace nangdok
