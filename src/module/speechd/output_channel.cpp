#include "speechd/output_channel.hpp"

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include "speechd/module_wire.hpp"

namespace nangdok::speechd {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::chrono::seconds kMaxQueuedAudio{1};
constexpr std::chrono::seconds kCloseGrace{2};

std::string line(std::string_view text) { return std::string(text) + "\n"; }

}  // namespace

OutputChannel::OutputChannel(int fd, std::chrono::milliseconds ahead) : fd_(fd), ahead_(ahead) {
    // A pipe or socket is written without blocking, so that a server that stops reading cannot
    // keep the writer (and with it the module's exit) waiting forever.
    struct stat info {};
    if (::fstat(fd_, &info) == 0 && (S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode)))
        ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) | O_NONBLOCK);
    writer_ = std::thread([this] { run(); });
}

OutputChannel::~OutputChannel() { close(); }

void OutputChannel::send_reply(std::string bytes) {
    std::lock_guard lock(mutex_);
    urgent_.push_back(std::move(bytes));
    changed_.notify_all();
}

void OutputChannel::start_message(MessageId id) {
    std::lock_guard lock(mutex_);
    stream_.clear();
    queued_audio_ = {};
    active_ = id;
    begun_ = false;
    pause_requested_ = false;
    changed_.notify_all();
}

bool OutputChannel::active() const {
    std::lock_guard lock(mutex_);
    return active_ != 0;
}

bool OutputChannel::is_active(MessageId id) const {
    std::lock_guard lock(mutex_);
    return id != 0 && active_ == id;
}

bool OutputChannel::push(MessageId id, Frame frame) {
    std::unique_lock lock(mutex_);
    if (frame.kind == Frame::Kind::audio)
        changed_.wait(lock, [&] { return active_ != id || closing_ || queued_audio_ < kMaxQueuedAudio; });
    if (active_ != id || closing_ || broken_) return false;
    queued_audio_ += frame.duration;
    stream_.push_back(std::move(frame));
    changed_.notify_all();
    return true;
}

bool OutputChannel::push_audio(MessageId id, std::span<const int16_t> samples, int sample_rate, int channels) {
    // Frames of at most 100 ms; eSpeak NG hands over about 50 ms at a time, sent as one frame. The
    // server plays each frame before it reads on, so this is how finely it can be stopped.
    const std::size_t step = static_cast<std::size_t>(sample_rate / 10 * channels);
    for (std::size_t at = 0; at < samples.size(); at += step) {
        const auto part = samples.subspan(at, std::min(step, samples.size() - at));
        const auto frames = static_cast<long long>(part.size()) / channels;
        Frame frame{Frame::Kind::audio, audio_event(part, sample_rate, channels),
                    std::chrono::nanoseconds(frames * 1'000'000'000LL / sample_rate)};
        if (!push(id, std::move(frame))) return false;
    }
    return true;
}

bool OutputChannel::push_mark(MessageId id, const std::string& name) {
    return push(id, Frame{Frame::Kind::mark, index_mark_event(name)});
}

void OutputChannel::push_end(MessageId id) { push(id, Frame{Frame::Kind::end, line(replies::end)}); }

void OutputChannel::end_active_locked() {
    stream_.clear();
    queued_audio_ = {};
    active_ = 0;
    pause_requested_ = false;
    changed_.notify_all();
}

void OutputChannel::stop() {
    std::lock_guard lock(mutex_);
    if (active_ == 0) return;
    // Every STOP follows a BEGIN, even when no audio went out yet.
    if (!begun_) urgent_.push_back(line(replies::begin));
    urgent_.push_back(line(replies::stop));
    end_active_locked();
    // speech-dispatcher 0.11 drops the audio it holds on STOP: the next message starts at once.
    playhead_ = {};
}

void OutputChannel::pause() {
    std::lock_guard lock(mutex_);
    if (active_ != 0) pause_requested_ = true;
}

bool OutputChannel::broken() const {
    std::lock_guard lock(mutex_);
    return broken_;
}

void OutputChannel::close() {
    {
        std::lock_guard lock(mutex_);
        if (!closing_) {
            closing_ = true;
            give_up_at_ = Clock::now() + kCloseGrace;
            end_active_locked();
        }
    }
    changed_.notify_all();
    if (writer_.joinable()) writer_.join();
}

void OutputChannel::run() {
    std::unique_lock lock(mutex_);
    while (true) {
        if (!urgent_.empty()) {
            std::string bytes = std::move(urgent_.front());
            urgent_.pop_front();
            lock.unlock();
            write_all(bytes);
            lock.lock();
            continue;
        }
        if (closing_) return;
        if (stream_.empty()) {
            changed_.wait(lock);
            continue;
        }
        Frame& frame = stream_.front();
        if (frame.kind == Frame::Kind::audio && ahead_ > std::chrono::nanoseconds::zero()) {
            const auto now = Clock::now();
            if (playhead_ < now) playhead_ = now;  // the server ran dry (or this is the first audio)
            if (playhead_ - ahead_ > now) {
                changed_.wait_until(lock, playhead_ - ahead_);
                continue;  // a STOP may have emptied the queue meanwhile
            }
            playhead_ += frame.duration;
        }
        if (frame.kind == Frame::Kind::audio) queued_audio_ -= frame.duration;
        std::string bytes = begun_ ? "" : line(replies::begin);
        begun_ = true;
        bytes += frame.bytes;
        const Frame::Kind kind = frame.kind;
        stream_.pop_front();
        if (kind == Frame::Kind::end) {
            end_active_locked();
        } else if (kind == Frame::Kind::mark && pause_requested_) {
            bytes += line(replies::pause);
            end_active_locked();
            playhead_ = {};  // as for STOP
        }
        changed_.notify_all();
        lock.unlock();
        write_all(bytes);
        lock.lock();
    }
}

void OutputChannel::write_all(const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        {
            std::lock_guard lock(mutex_);
            if (broken_ || (closing_ && Clock::now() > give_up_at_)) return;
        }
        const ssize_t written = ::write(fd_, bytes.data() + done, bytes.size() - done);
        if (written > 0) {
            done += static_cast<std::size_t>(written);
        } else if (written < 0 && (errno == EAGAIN || errno == EINTR)) {
            pollfd ready{fd_, POLLOUT, 0};
            ::poll(&ready, 1, 100);
        } else {
            std::lock_guard lock(mutex_);
            broken_ = true;  // EPIPE: the server is gone; the reader will see its end of input
            stream_.clear();
            urgent_.clear();
            changed_.notify_all();
            return;
        }
    }
}

}  // namespace nangdok::speechd
