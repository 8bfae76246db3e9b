// Which sinks a `read` feeds, from its options: an audio file (-o, any format), one file per
// sentence (--split), subtitles, a manifest, or the speakers when no audio file is asked for.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "sink/audio_sink.hpp"
#include "playback/playback_opener.hpp"
#include "playback/portaudio_sink.hpp"
#include "playback/portaudio_system.hpp"
#include "cli/commands.hpp"

namespace nangdok::cli {

// Throws UsageError for contradictory or malformed output options, before any work is done.
void validate_outputs(const ReadOptions& options);

bool plays_aloud(const ReadOptions& options);

// For --output-dir: files only (standard input has no name to give its output), and none of the
// options that name outputs or pick a device.
void validate_batch(const ReadOptions& options);

// `device` is the one opened for a plan that plays aloud (it must outlive the returned sink).
// `on_sentence_heard`, when set, runs as each sentence starts to play; `on_first_audio` as the
// first samples go to PortAudio (playback only).
std::unique_ptr<AudioSink> build_sinks(const ReadOptions& options, PlaybackOpener* device,
                                       PortAudioSink::SentenceObserver on_sentence_heard = {},
                                       std::function<void()> on_first_audio = {});

// "out.mp3", "out.mp3, out.srt", ...: what a finished or interrupted run has written.
std::string describe_outputs(const ReadOptions& options);

}  // namespace nangdok::cli
