// Issue 9: the playback device opens on a thread of its own while the first sentence is made. The
// stream it hands over plays (into ALSA's file plugin), and its errors reach the caller.
#include <gtest/gtest.h>

#include <cstdlib>
#include <vector>

#include <portaudio.h>

#include "playback/playback_opener.hpp"
#include "formats/wav_format.hpp"
#include "core/errors.hpp"
#include "support/run_process.hpp"

using namespace nangdok;
using namespace nangdok::test_support;

namespace {

// Each test runs in a process of its own (gtest_discover_tests), so ALSA reads this configuration.
void capture_into(const TempDir& dir) {
    write_file(dir / "asound.conf", "pcm.!default { type file; slave.pcm { type null }; file \"" +
                                        (dir / "captured.wav") + "\"; format \"wav\" }\n");
    ::setenv("ALSA_CONFIG_PATH", (dir / "asound.conf").c_str(), 1);
}

// The caller's side of take_stream(): it closes the stream. Declared after the opener, so that it
// goes first (the opener terminates PortAudio).
struct TakenStream {
    StartedStream started;
    explicit TakenStream(StartedStream s) : started(s) {}
    ~TakenStream() {
        if (started.stream == nullptr) return;
        Pa_AbortStream(started.stream);
        Pa_CloseStream(started.stream);
    }
    PaStream* get() const { return started.stream; }
};

}  // namespace

TEST(PlaybackOpener, HandsOverAStartedStreamThatPlays) {
    TempDir dir;
    capture_into(dir);
    {
        PlaybackOpener opener("", AudioFormat{22050, 1}, 0);
        const TakenStream stream(opener.take_stream(AudioFormat{22050, 1}));
        ASSERT_NE(stream.get(), nullptr);
        std::vector<int16_t> tone(22050);
        for (std::size_t i = 0; i < tone.size(); ++i) tone[i] = static_cast<int16_t>((i % 50) * 200 - 5000);
        EXPECT_EQ(Pa_WriteStream(stream.get(), tone.data(), tone.size()), paNoError);
        Pa_StopStream(stream.get());  // plays out what was written, then the capture file is complete
    }
    const auto info = parse_wav_header(read_file(dir / "captured.wav"));
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->sample_rate, 22050);
    EXPECT_NE(read_file(dir / "captured.wav").find_first_not_of('\0', info->data_offset), std::string::npos);
}

TEST(PlaybackOpener, AnotherFormatReopensTheDevice) {
    TempDir dir;
    capture_into(dir);
    PlaybackOpener opener("", AudioFormat{22050, 1}, 0);
    const TakenStream stream(opener.take_stream(AudioFormat{16000, 1}));
    ASSERT_NE(stream.get(), nullptr);
    const PaStreamInfo* info = Pa_GetStreamInfo(stream.get());
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->sampleRate, 16000);
}

TEST(PlaybackOpener, AnUnknownDeviceIsReportedToTheCaller) {
    TempDir dir;
    capture_into(dir);
    PlaybackOpener opener("no-such-card", AudioFormat{22050, 1}, 0);
    try {
        opener.take_stream(AudioFormat{22050, 1});
        FAIL() << "no error";
    } catch (const AudioDeviceError& error) {
        EXPECT_NE(std::string(error.what()).find("unknown audio device 'no-such-card'"), std::string::npos)
            << error.what();
    }
}

TEST(PlaybackOpener, AStreamNobodyTookIsClosed) {
    TempDir dir;
    capture_into(dir);
    { PlaybackOpener opener("", AudioFormat{22050, 1}, 0); }  // must neither hang nor leak the device
    PlaybackOpener again("", AudioFormat{22050, 1}, 0);
    const TakenStream stream(again.take_stream(AudioFormat{22050, 1}));
    EXPECT_NE(stream.get(), nullptr);
}
