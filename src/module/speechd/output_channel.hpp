// The module's standard output: one writer thread that sends replies, events and audio to the
// server in the order the protocol needs, and paces the audio.
//
// Replies and the STOP/PAUSE events are urgent: they go out at the next frame boundary, ahead of
// queued audio. The speech of the one active message (events, index marks, audio, END) goes out
// in order. STOP drops everything queued for the message and sends 703 STOP at once; PAUSE lets
// the message run to its next index mark and ends it there with 704 PAUSE. 701 BEGIN goes out just
// before the message's first audio (or whatever comes first).
//
// speech-dispatcher plays the audio it reads before it reads the next event, so audio written
// far ahead would go on playing after a STOP. The writer therefore keeps the audio sent at most
// `ahead` in front of real time, as the server plays it (a leaky bucket: each frame is sent when
// the audio before it is due to end within `ahead`; zero sends audio as fast as it comes). The
// queue behind the writer holds at most a
// second of audio, so the engine thread cannot synthesize a long text into memory.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <span>
#include <string>
#include <thread>

namespace nangdok::speechd {

using MessageId = std::uint64_t;

class OutputChannel {
public:
    OutputChannel(int fd, std::chrono::milliseconds ahead);
    ~OutputChannel();
    OutputChannel(const OutputChannel&) = delete;
    OutputChannel& operator=(const OutputChannel&) = delete;

    void send_reply(std::string bytes);  // complete lines, LF-terminated

    void start_message(MessageId id);  // the message the server just handed over
    bool active() const;               // a message is being spoken (no END/STOP/PAUSE yet)
    bool is_active(MessageId id) const;

    // From the engine thread; each returns false (and drops what it got) once `id` has ended.
    // push_audio blocks while a second of audio is queued.
    bool push_audio(MessageId id, std::span<const int16_t> samples, int sample_rate, int channels);
    bool push_mark(MessageId id, const std::string& name);
    void push_end(MessageId id);

    void stop();   // STOP from the server
    void pause();  // PAUSE from the server

    // Sends what is urgent, drops queued speech and ends the writer thread. Gives up on a reader
    // that takes no more for two seconds.
    void close();
    bool broken() const;  // the server closed its end of the pipe

private:
    struct Frame {
        enum class Kind { audio, mark, end };
        Kind kind;
        std::string bytes;
        std::chrono::nanoseconds duration{0};
    };

    bool push(MessageId id, Frame frame);
    void end_active_locked();
    void run();
    void write_all(const std::string& bytes);

    const int fd_;
    const std::chrono::nanoseconds ahead_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::string> urgent_;
    std::deque<Frame> stream_;
    std::chrono::nanoseconds queued_audio_{0};
    MessageId active_ = 0;
    bool begun_ = false;
    bool pause_requested_ = false;
    bool closing_ = false;
    bool broken_ = false;
    std::chrono::steady_clock::time_point playhead_{};  // when the server will have played what was sent
    std::chrono::steady_clock::time_point give_up_at_{};
    std::thread writer_;
};

}  // namespace nangdok::speechd
