// The listening side of `read`: where to start (--start, --resume), whether to listen from the
// keyboard, and the interactive run itself (src/listen/). The streamed, non-interactive path
// stays in read_command.cpp as it was.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "playback/portaudio_sink.hpp"
#include "cli/commands.hpp"
#include "core/article.hpp"
#include "synth/speech_engine.hpp"
#include "narration/narrator.hpp"

namespace nangdok::cli {

// Playing aloud with the keyboard on standard input, in the foreground: interactive listening.
bool listens_interactively(const ReadOptions& options);

// The 1-based sentence to start at: --start, else the saved position with --resume (1 when none
// is saved or it is beyond the article), else 1. Throws UsageError for a --start past the end.
int resolve_start(const ReadOptions& options, const Article& article, int sentence_count);

// For non-interactive playback: prints "[sentence k/N] text" as each sentence starts to play when
// the plain display applies (--plain, stderr not a terminal, TERM=dumb; never with -q); empty
// otherwise. `total` is unknown while sentences are streamed.
PortAudioSink::SentenceObserver plain_progress(const ReadOptions& options, std::optional<int> total);

// Interactive listening from `start` (1-based). Prints the outcome unless -q; throws Interrupted
// after Ctrl-C/SIGTERM and the errors of the stages.
void run_listening(const ReadOptions& options, const Article& article, const std::vector<Sentence>& sentences,
                   int start, SpeechEngine& engine, const ProsodySettings& prosody, const PauseSettings& pauses);

}  // namespace nangdok::cli
