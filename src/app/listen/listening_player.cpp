#include "listen/listening_player.hpp"

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cmath>

#include <poll.h>
#include <portaudio.h>
#include <unistd.h>

#include "core/errors.hpp"
#include "core/interrupt.hpp"

namespace nangdok::listen {
namespace {

constexpr double kSliceSeconds = 0.02;      // audio written between two looks at the keyboard
constexpr double kRedrawSeconds = 0.25;     // status line refresh
constexpr int kEscapeWaitMs = 50;           // how long a lone ESC may wait for the rest of a sequence
constexpr double kDefaultSecondsPerByte = 0.045;  // ~7 Hangul syllables a second at 175 wpm

}  // namespace

ListeningPlayer::ListeningPlayer(const PortAudioSystem& system, const std::vector<Sentence>& sentences,
                                 SentenceCache& cache, const PlayerSettings& settings, StatusDisplay& display,
                                 const ResumeStore& store, int start_position)
    : system_(system), sentences_(sentences), cache_(cache), settings_(settings), display_(display),
      store_(store), position_(start_position) {
    for (const Sentence& s : sentences) paragraph_of_.push_back(s.paragraph);
}

ListeningPlayer::~ListeningPlayer() {
    if (stream_ != nullptr) {
        Pa_AbortStream(stream_);
        Pa_CloseStream(stream_);
    }
}

void ListeningPlayer::open(int sample_rate) {
    sample_rate_ = sample_rate;
    const StartedStream started = system_.start_output(settings_.device, sample_rate, 1, settings_.latency_ms);
    stream_ = started.stream;
    output_latency_s_ = started.output_latency_s;
    stream_running_ = true;
    device_capacity_ = std::max<long>(0, Pa_GetStreamWriteAvailable(stream_));
}

void ListeningPlayer::rethrow_failure() const {
    if (failure_) std::rethrow_exception(failure_);
}

int64_t ListeningPlayer::pause_after(int position) const {
    if (position + 1 >= static_cast<int>(sentences_.size())) return 0;
    const bool paragraph_ends = paragraph_of_[position + 1] != paragraph_of_[position];
    const int ms = paragraph_ends ? settings_.paragraph_pause_ms : settings_.sentence_pause_ms;
    return (static_cast<int64_t>(ms) * sample_rate_ + 500) / 1000;
}

int64_t ListeningPlayer::queued_in_device() const {
    if (!stream_running_) return 0;
    const long available = Pa_GetStreamWriteAvailable(stream_);
    return available < 0 ? 0 : std::max<int64_t>(0, device_capacity_ - available);
}

void ListeningPlayer::flush_device() {
    if (!stream_running_) return;
    // Aborting drops what the device still holds, so the key takes effect now instead of after
    // the output latency. The stream is started again at once and kept fed (with silence while
    // paused): ALSA's jack plugin repeats its last buffer forever while its stream is stopped.
    Pa_AbortStream(stream_);
    stream_running_ = false;
    start_stream();
}

void ListeningPlayer::start_stream() {
    const PaError error = Pa_StartStream(stream_);
    if (error != paNoError)
        throw AudioDeviceError(std::string("cannot restart audio device: ") + Pa_GetErrorText(error));
    stream_running_ = true;
}

void ListeningPlayer::abort_stream() noexcept {
    if (stream_running_) Pa_AbortStream(stream_);
    stream_running_ = false;
}

void ListeningPlayer::jump_to(int position) {
    flush_device();
    position_ = position;
    offset_ = 0;
    announce_ = true;
    cache_.set_position(position);
    display_.update(status());  // shows the new sentence at once, also while paused
}

void ListeningPlayer::apply(Key key) {
    switch (key) {
        case Key::quit:
            quit_ = true;
            return;
        case Key::toggle_pause:
            if (!paused_) {
                // What the device still holds has not been heard: resume from there.
                offset_ = std::max<int64_t>(0, offset_ - queued_in_device());
                flush_device();
            } else {
                flush_device();  // drop the silence queued while paused: speech resumes at once
            }
            paused_ = !paused_;
            display_.update(status());
            return;
        case Key::faster:
        case Key::slower: {
            const int rate = adjusted_rate(key, cache_.rate());
            if (rate == cache_.rate()) return;  // at a limit already
            cache_.set_rate(rate);
            rate_changed_ = true;
            display_.note(std::to_string(rate) + " wpm from the next sentence");
            display_.update(status());
            return;
        }
        default: {
            const double heard_s = static_cast<double>(std::max<int64_t>(0, offset_ - queued_in_device())) / sample_rate_;
            if (const auto target = navigate(key, paragraph_of_, position_, heard_s)) jump_to(*target);
        }
    }
}

void ListeningPlayer::read_keys(int timeout_ms) {
    pollfd fd{settings_.key_fd, POLLIN, 0};
    const int ready = ::poll(&fd, 1, timeout_ms);
    if (ready > 0 && (fd.revents & POLLIN) != 0) {
        char bytes[64];
        const ssize_t n = ::read(settings_.key_fd, bytes, sizeof bytes);
        if (n > 0) {
            for (const Key key : decoder_.feed(std::string_view(bytes, static_cast<std::size_t>(n)))) apply(key);
            if (decoder_.holding()) held_since_ = Clock::now();
            return;
        }
        if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
            quit_ = true;  // the terminal hung up: nobody is listening any more
            return;
        }
    }
    if (ready > 0 && (fd.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0) {
        // The terminal went away (closed window): nobody is listening any more.
        quit_ = true;
        return;
    }
    // An ESC alone is the Esc key only when nothing follows soon: over a slow link an arrow's
    // escape sequence can arrive in pieces.
    if (decoder_.holding() && Clock::now() - held_since_ > std::chrono::milliseconds(kEscapeWaitMs))
        for (const Key key : decoder_.flush()) apply(key);
}

PlaybackStatus ListeningPlayer::status() const {
    const std::vector<int64_t> lengths = cache_.known_lengths();
    int64_t known_samples = 0, known_bytes = 0;
    for (std::size_t i = 0; i < lengths.size(); ++i)
        if (lengths[i] >= 0) known_samples += lengths[i], known_bytes += static_cast<int64_t>(sentences_[i].spoken.size());
    const double per_byte = known_bytes > 0 ? static_cast<double>(known_samples) / static_cast<double>(known_bytes)
                                            : kDefaultSecondsPerByte * sample_rate_;
    double before = 0, total = 0;
    bool estimate = false;
    for (std::size_t i = 0; i < lengths.size(); ++i) {
        const bool known = lengths[i] >= 0;
        estimate = estimate || !known;
        const double speech = known ? static_cast<double>(lengths[i])
                                    : per_byte * static_cast<double>(sentences_[i].spoken.size());
        const double item = speech + static_cast<double>(pause_after(static_cast<int>(i)));
        total += item;
        if (static_cast<int>(i) < position_) before += item;
    }
    const double heard = static_cast<double>(std::max<int64_t>(0, offset_ - queued_in_device()));
    PlaybackStatus s;
    s.sentence = position_ + 1;
    s.total = static_cast<int>(sentences_.size());
    s.elapsed_s = (before + heard) / sample_rate_;
    s.total_s = total / sample_rate_;
    s.total_is_estimate = estimate;
    s.paused = paused_;
    s.text = sentences_[static_cast<std::size_t>(position_)].text;
    s.rate_wpm = rate_changed_ ? cache_.rate() : 0;
    return s;
}

void ListeningPlayer::write(const int16_t* samples, std::size_t count) {
    const PaError error = Pa_WriteStream(stream_, samples, static_cast<unsigned long>(count));
    if (error != paNoError && error != paOutputUnderflowed)
        throw AudioDeviceError(std::string("audio device failed: ") + Pa_GetErrorText(error));
    outcome_.samples_played += static_cast<int64_t>(count);
}

void ListeningPlayer::play_tail_and_stop() {
    // PortAudio 19.6's ALSA backend drops the device buffer on stop: play it out in silence first.
    const auto slice = static_cast<std::size_t>(kSliceSeconds * sample_rate_);
    std::vector<int16_t> silence(slice, 0);
    auto tail = static_cast<int64_t>(std::ceil(output_latency_s_ * sample_rate_)) + static_cast<int64_t>(slice);
    while (tail > 0 && !interrupt_requested()) {
        const auto n = static_cast<std::size_t>(std::min<int64_t>(tail, static_cast<int64_t>(slice)));
        write(silence.data(), n);
        outcome_.samples_played -= static_cast<int64_t>(n);  // not part of the article's time
        tail -= static_cast<int64_t>(n);
    }
    Pa_StopStream(stream_);
    stream_running_ = false;
}

void ListeningPlayer::run() noexcept {
    try {
        const auto slice = static_cast<int64_t>(kSliceSeconds * sample_rate_);
        const std::vector<int16_t> silence(static_cast<std::size_t>(slice), 0);
        auto last_redraw = Clock::now();
        cache_.set_position(position_);
        for (;;) {
            read_keys(0);
            if (interrupt_requested()) {
                abort_stream();
                outcome_.end = ListenEnd::interrupted;
                break;
            }
            // The cache is stopped from outside only when synthesis failed: nothing more will come.
            if (quit_ || cache_.stopped()) {
                abort_stream();
                outcome_.end = ListenEnd::quit;
                break;
            }
            const SentenceSamples audio = paused_ ? nullptr : cache_.get(position_, std::chrono::milliseconds(0));
            if (!audio) {
                // Paused, or the sentence is still being synthesized (after a jump or a rate
                // change): silence keeps the device running and paces this loop.
                write(silence.data(), silence.size());
                outcome_.samples_played -= slice;  // silence the listener asked for is not article time
                continue;
            }
            if (announce_) {
                announce_ = false;
                ++outcome_.sentences_started;
                display_.sentence_started(status());
                store_.save(position_ + 1);
            }
            const auto speech = static_cast<int64_t>(audio->size());
            const int64_t item = speech + pause_after(position_);
            const int64_t n = std::min(slice, (offset_ < speech ? speech : item) - offset_);
            if (n > 0) write(offset_ < speech ? audio->data() + offset_ : silence.data(), static_cast<std::size_t>(n));
            offset_ += std::max<int64_t>(n, 0);
            if (offset_ >= item) {
                if (position_ + 1 >= static_cast<int>(sentences_.size())) {
                    play_tail_and_stop();
                    outcome_.end = interrupt_requested() ? ListenEnd::interrupted : ListenEnd::finished;
                    break;
                }
                ++position_;
                offset_ = 0;
                announce_ = true;
                cache_.set_position(position_);
            }
            if (Clock::now() - last_redraw > std::chrono::duration<double>(kRedrawSeconds)) {
                display_.update(status());
                last_redraw = Clock::now();
            }
        }
    } catch (...) {
        failure_ = std::current_exception();
        abort_stream();
    }
    outcome_.position = position_;
    cache_.stop();
}

}  // namespace nangdok::listen
