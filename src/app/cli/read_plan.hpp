// What every mode of `read` needs, settled once from its options before any work starts: the
// voice, its prosody and pauses (the command line beats the voice file), and how sentences become
// speech (respelling, the user's lexicon).
#pragma once

#include <optional>

#include "cli/commands.hpp"
#include "narration/narrator.hpp"
#include "normalize/user_lexicon.hpp"
#include "pipeline/text_pipeline.hpp"
#include "synth/speech_engine.hpp"
#include "synth/voice_catalog.hpp"

namespace nangdok::cli {

struct ReadPlan {
    VoiceChoice voice;
    ProsodySettings prosody;
    PauseSettings pauses;
    bool respell = true;
    std::optional<normalize::UserLexicon> lexicon;

    // Refers to this plan's lexicon: valid while the plan lives.
    SpokenOptions spoken() const { return {.respell = respell, .lexicon = lexicon ? &*lexicon : nullptr}; }
};

// Throws UsageError for an unknown voice or a bad lexicon.
ReadPlan plan_read(const ReadOptions& options);

}  // namespace nangdok::cli
