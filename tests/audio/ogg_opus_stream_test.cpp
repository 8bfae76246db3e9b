// The Ogg Opus framing (RFC 7845) on its own, read back with libogg: header fields and pages,
// granule positions at 48 kHz, the trimmed end-of-stream page, and lengths that cannot be trimmed.
#include <gtest/gtest.h>

#include <ogg/ogg.h>
#include <stdexcept>
#include <string>
#include <vector>

#include "formats/ogg_opus_stream.hpp"

using nangdok::OggOpusStream;
using nangdok::OpusHeadFields;

namespace {

struct Page {
    bool bos = false, eos = false;
    int64_t granule = 0;
    std::vector<std::string> packets;  // the packets completed on this page
};

std::vector<Page> read_pages(const std::string& bytes) {
    ogg_sync_state sync;
    ogg_sync_init(&sync);
    char* buffer = ogg_sync_buffer(&sync, static_cast<long>(bytes.size()));
    std::copy(bytes.begin(), bytes.end(), buffer);
    ogg_sync_wrote(&sync, static_cast<long>(bytes.size()));
    ogg_stream_state stream;
    bool stream_ready = false;
    std::vector<Page> pages;
    ogg_page page;
    while (ogg_sync_pageout(&sync, &page) == 1) {
        if (!stream_ready) ogg_stream_init(&stream, ogg_page_serialno(&page));
        stream_ready = true;
        Page read{ogg_page_bos(&page) != 0, ogg_page_eos(&page) != 0, ogg_page_granulepos(&page), {}};
        ogg_stream_pagein(&stream, &page);
        ogg_packet packet;
        while (ogg_stream_packetout(&stream, &packet) == 1)
            read.packets.emplace_back(reinterpret_cast<const char*>(packet.packet), static_cast<std::size_t>(packet.bytes));
        pages.push_back(read);
    }
    EXPECT_EQ(sync.fill, sync.returned) << "bytes after the last whole page";
    if (stream_ready) ogg_stream_clear(&stream);
    ogg_sync_clear(&sync);
    return pages;
}

uint32_t le(const std::string& bytes, std::size_t at, int size) {
    uint32_t value = 0;
    for (int i = size - 1; i >= 0; --i) value = value << 8 | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    return value;
}

// A stream of `packets` fake 20 ms packets, each 3 bytes holding its own number.
std::string make_stream(int packets, int64_t length_48k, const OpusHeadFields& head = {1, 312, 22050}) {
    std::string out;
    OggOpusStream stream(head, "test vendor", "두바이 미래재단 방문", 1234,
                         [&](std::span<const unsigned char> bytes) { out.append(bytes.begin(), bytes.end()); });
    for (int i = 0; i < packets; ++i) {
        const unsigned char packet[3] = {static_cast<unsigned char>(i), static_cast<unsigned char>(i >> 8), 0xAB};
        stream.add_packet(packet, 960);
    }
    stream.finish(length_48k);
    return out;
}

}  // namespace

TEST(OggOpusStream, HeadersComeFirstEachOnAPageOfItsOwn) {
    const auto pages = read_pages(make_stream(3, 2000));
    ASSERT_GE(pages.size(), 3u);
    EXPECT_TRUE(pages[0].bos);
    ASSERT_EQ(pages[0].packets.size(), 1u);
    const std::string& head = pages[0].packets[0];
    ASSERT_EQ(head.size(), 19u);
    EXPECT_EQ(head.substr(0, 8), "OpusHead");
    EXPECT_EQ(head[8], 1) << "version";
    EXPECT_EQ(head[9], 1) << "channels";
    EXPECT_EQ(le(head, 10, 2), 312u) << "pre-skip";
    EXPECT_EQ(le(head, 12, 4), 22050u) << "input sample rate";
    EXPECT_EQ(le(head, 16, 2), 0u) << "output gain";
    EXPECT_EQ(head[18], 0) << "mapping family";
    EXPECT_EQ(pages[0].granule, 0);

    ASSERT_EQ(pages[1].packets.size(), 1u);
    const std::string& tags = pages[1].packets[0];
    EXPECT_EQ(tags.substr(0, 8), "OpusTags");
    EXPECT_EQ(le(tags, 8, 4), 11u);
    EXPECT_EQ(tags.substr(12, 11), "test vendor");
    EXPECT_EQ(le(tags, 23, 4), 1u) << "one comment";
    const std::string title = "TITLE=두바이 미래재단 방문";
    EXPECT_EQ(le(tags, 27, 4), title.size());
    EXPECT_EQ(tags.substr(31), title);
    EXPECT_EQ(pages[1].granule, 0);
    EXPECT_FALSE(pages[1].bos);
}

TEST(OggOpusStream, LastPageIsTrimmedToTheExactLengthAndEndsTheStream) {
    // 2 s of packets, 1.99 s of audio after a pre-skip of 312: the end falls in the last packet.
    const int packets = 100;
    const int64_t length = 96000 - 312 - 500;
    const auto pages = read_pages(make_stream(packets, length));
    int audio_packets = 0;
    int64_t previous = 0;
    for (std::size_t i = 2; i < pages.size(); ++i) {
        const Page& page = pages[i];
        EXPECT_FALSE(page.bos);
        EXPECT_EQ(page.eos, i + 1 == pages.size()) << "page " << i;
        for (const std::string& packet : page.packets) {
            EXPECT_EQ(le(packet, 0, 2), static_cast<uint32_t>(audio_packets)) << "packets out of order";
            ++audio_packets;
        }
        if (i + 1 < pages.size()) {
            // Pre-skip included, counted at 48 kHz up to the last packet completed on the page.
            EXPECT_EQ(page.granule, 960 * audio_packets) << "page " << i;
        }
        EXPECT_GE(page.granule, previous);
        previous = page.granule;
    }
    EXPECT_EQ(audio_packets, packets);
    EXPECT_EQ(pages.back().granule, 312 + length) << "not trimmed to pre-skip + length";
}

TEST(OggOpusStream, ShortStreamTrimsInsideItsOnlyPacket) {
    // No audio at all still needs one packet to carry the encoder's lookahead.
    const auto pages = read_pages(make_stream(1, 0));
    ASSERT_EQ(pages.size(), 3u);
    EXPECT_TRUE(pages[2].eos);
    EXPECT_EQ(pages[2].granule, 312);
}

TEST(OggOpusStream, LengthOutsideTheLastPacketIsRefused) {
    // The last of 10 packets holds samples 8640..9600 (pre-skip included).
    EXPECT_THROW(make_stream(10, 9600 - 312 + 1), std::logic_error) << "past the end of the packets";
    EXPECT_THROW(make_stream(10, 8640 - 312), std::logic_error) << "would drop the whole last packet";
    EXPECT_NO_THROW(make_stream(10, 8640 - 312 + 1));
    EXPECT_NO_THROW(make_stream(10, 9600 - 312));
    EXPECT_THROW(make_stream(0, 0), std::logic_error) << "no packet to end on";
}

TEST(OggOpusStream, EmptyTitleWritesNoComment) {
    const auto tags = nangdok::make_opus_tags("v", "");
    ASSERT_EQ(tags.size(), 8u + 4 + 1 + 4);
    EXPECT_EQ(le(std::string(tags.begin(), tags.end()), 13, 4), 0u);
}
