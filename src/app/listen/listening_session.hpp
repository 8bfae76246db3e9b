// Listening to an article from the keyboard: the engine's thread synthesizes ahead into the
// sentence cache while the player thread plays and follows the keys (see listening_player.hpp).
//
// Must be called on the engine's thread (SpeechEngine is used from one thread only). The terminal
// on settings.key_fd is in raw mode for the duration and restored on every way out, including
// exceptions and Ctrl-C/SIGTERM (which end playback through core/interrupt.hpp's flag).
#pragma once

#include <vector>

#include "playback/portaudio_system.hpp"
#include "core/article.hpp"
#include "listen/listening_player.hpp"
#include "listen/resume_store.hpp"
#include "listen/status_display.hpp"
#include "synth/speech_engine.hpp"

namespace nangdok::listen {

// How far the engine may run ahead of the listener, and how much it keeps for going back.
constexpr int kSentencesAhead = 3;
constexpr int kSentencesBehind = 12;

// start_position is 0-based. Throws AudioDeviceError, EngineError, InputError (terminal).
ListenOutcome listen_to(const std::vector<Sentence>& sentences, int start_position, SpeechEngine& engine,
                        const ProsodySettings& prosody, const PlayerSettings& settings,
                        const PortAudioSystem& audio, StatusDisplay& display, const ResumeStore& store);

}  // namespace nangdok::listen
