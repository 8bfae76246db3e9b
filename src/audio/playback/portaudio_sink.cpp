#include "playback/portaudio_sink.hpp"

#include <algorithm>
#include <cmath>

#include <portaudio.h>

#include "core/errors.hpp"
#include "core/interrupt.hpp"

namespace nangdok {
namespace {

constexpr std::size_t kQueueBlocks = 256;  // eSpeak hands over ~60 ms blocks: ~15 s of audio
constexpr double kSliceSeconds = 0.02;     // how often the player looks for Ctrl-C

}  // namespace

PortAudioSink::PortAudioSink(PlaybackOpener& opener, SentenceObserver on_sentence_start)
    : opener_(opener),
      on_sentence_start_(std::move(on_sentence_start)), queue_(kQueueBlocks) {}

PortAudioSink::~PortAudioSink() {
    queue_.close_and_clear();
    if (player_.joinable()) player_.join();
    if (stream_ != nullptr) {
        Pa_AbortStream(stream_);
        Pa_CloseStream(stream_);
    }
}

void PortAudioSink::start(const AudioFormat& format, const std::string&) {
    format_ = format;
    // The player thread opens the device, so that the first sentence is synthesized meanwhile; a
    // device that cannot open fails the first write() (or finish()).
    player_ = std::thread([this] {
        try {
            const StartedStream started = opener_.take_stream(format_);
            stream_ = started.stream;
            output_latency_s_ = started.output_latency_s;
        } catch (const Error& error) {
            player_error_ = error.what();
            player_error_code_ = static_cast<int>(error.code());
            player_failed_ = true;
            queue_.close_and_clear();
            return;
        }
        play_queue();
    });
}

void PortAudioSink::play_queue() {
    const auto slice = static_cast<std::size_t>(std::max(1.0, kSliceSeconds * format_.sample_rate)) *
                       static_cast<std::size_t>(format_.channels);
    auto play = [&](const int16_t* samples, std::size_t count) {
        for (std::size_t done = 0; done < count; done += slice) {
            if (interrupt_requested()) return false;
            const std::size_t n = std::min(slice, count - done);
            PaError error = Pa_WriteStream(stream_, samples + done, static_cast<unsigned long>(n / format_.channels));
            if (error != paNoError && error != paOutputUnderflowed) {
                player_error_ = std::string("audio device failed: ") + Pa_GetErrorText(error);
                player_error_code_ = static_cast<int>(ExitCode::audio_device);
                return false;
            }
        }
        return true;
    };
    bool ok = true;
    bool first_audio = true;
    while (ok) {
        auto block = queue_.pop();
        if (!block) break;
        if (block->mark) {
            on_sentence_start_(*block->mark);
            continue;
        }
        if (first_audio && on_first_audio_) on_first_audio_();
        first_audio = false;
        ok = play(block->samples.data(), block->samples.size());
    }
    if (ok) {
        // Let the device buffer play out before stopping (the ALSA backend would drop it).
        const auto tail = static_cast<std::size_t>(std::ceil(output_latency_s_ * format_.sample_rate)) *
                          static_cast<std::size_t>(format_.channels);
        std::vector<int16_t> silence(tail + slice, 0);
        ok = play(silence.data(), silence.size());
    }
    if (ok) {
        Pa_StopStream(stream_);
    } else {
        Pa_AbortStream(stream_);
        if (player_error_.empty()) player_error_code_ = static_cast<int>(ExitCode::interrupted);
        player_failed_ = true;
        queue_.close_and_clear();
    }
}

void PortAudioSink::rethrow_player_error() {
    if (!player_failed_) return;
    if (player_error_code_ == static_cast<int>(ExitCode::interrupted)) throw Interrupted("interrupted");
    throw Error(static_cast<ExitCode>(player_error_code_), player_error_);
}

void PortAudioSink::write(std::span<const int16_t> samples) {
    rethrow_player_error();
    if (!queue_.push(Block{std::vector<int16_t>(samples.begin(), samples.end()), std::nullopt})) rethrow_player_error();
}

void PortAudioSink::begin_sentence(const SentenceMark& mark) {
    if (!on_sentence_start_) return;
    rethrow_player_error();
    if (!queue_.push(Block{{}, mark})) rethrow_player_error();
}

void PortAudioSink::finish() {
    queue_.close();
    if (player_.joinable()) player_.join();
    rethrow_player_error();
    if (interrupt_requested()) throw Interrupted("interrupted");
    Pa_CloseStream(stream_);
    stream_ = nullptr;
}

}  // namespace nangdok

namespace nangdok {

void PortAudioSink::finish_interrupted() {
    queue_.close_and_clear();
    if (player_.joinable()) player_.join();
    if (stream_ != nullptr) {
        Pa_AbortStream(stream_);
        Pa_CloseStream(stream_);
        stream_ = nullptr;
    }
}

}  // namespace nangdok
