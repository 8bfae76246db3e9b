#include "cli/read_listening.hpp"

#include <cstdio>
#include <cstdlib>
#include <optional>

#include <unistd.h>

#include "playback/portaudio_system.hpp"
#include "cli/output_plan.hpp"
#include "core/errors.hpp"
#include "listen/listening_session.hpp"
#include "listen/resume_store.hpp"
#include "listen/status_display.hpp"

namespace nangdok::cli {
namespace {

listen::ResumeStore store_for(const Article& article) {
    return listen::ResumeStore(listen::default_state_dir(), listen::article_key(article));
}

}  // namespace

bool listens_interactively(const ReadOptions& o) {
    // A job in the background (`nangdok read a.txt &`) would be stopped by SIGTTOU on changing the
    // terminal's mode and by SIGTTIN on reading it: it plays as a script would instead.
    return plays_aloud(o) && ::isatty(STDIN_FILENO) == 1 && ::tcgetpgrp(STDIN_FILENO) == ::getpgrp();
}

int resolve_start(const ReadOptions& o, const Article& article, int sentence_count) {
    if (o.start > 0) {
        if (o.start > sentence_count)
            throw UsageError("--start " + std::to_string(o.start) + ": the article has only " +
                             std::to_string(sentence_count) + " sentences");
        return o.start;
    }
    if (o.resume)
        if (const auto saved = store_for(article).load(); saved && *saved <= sentence_count) return *saved;
    return 1;
}

PortAudioSink::SentenceObserver plain_progress(const ReadOptions& o, std::optional<int> total) {
    if (!plays_aloud(o)) return {};
    const auto mode = listen::choose_display_mode(o.quiet, o.plain, ::isatty(STDERR_FILENO) == 1, std::getenv("TERM"));
    if (mode != listen::DisplayMode::plain) return {};
    return [total](const SentenceMark& mark) {
        std::fprintf(stderr, "%s\n", listen::plain_line(mark.index, total, mark.text).c_str());
        std::fflush(stderr);
    };
}

void run_listening(const ReadOptions& o, const Article& article, const std::vector<Sentence>& sentences, int start,
                   SpeechEngine& engine, const ProsodySettings& prosody, const PauseSettings& pauses) {
    PortAudioSystem audio;
    const listen::ResumeStore store = store_for(article);
    // Listening goes on without its position: one warning now rather than silence, or an error.
    const std::string store_problem = store.problem();
    if (!store_problem.empty() && !o.quiet)
        std::fprintf(stderr, "nangdok: warning: the listening position will not be kept (%s)\n", store_problem.c_str());
    listen::StatusDisplay display(
        listen::choose_display_mode(o.quiet, o.plain, ::isatty(STDERR_FILENO) == 1, std::getenv("TERM")), stderr,
        listen::terminal_columns(STDERR_FILENO));
    const listen::PlayerSettings settings{o.device, o.latency_ms, STDIN_FILENO, pauses.sentence_ms,
                                          pauses.paragraph_ms};
    const listen::ListenOutcome outcome =
        listen::listen_to(sentences, start - 1, engine, prosody, settings, audio, display, store);

    const int total = static_cast<int>(sentences.size());
    const int64_t seconds = outcome.samples_played / engine.sample_rate();
    char played[64];
    std::snprintf(played, sizeof played, "%d sentences, %lld:%02lld", outcome.sentences_started,
                  static_cast<long long>(seconds / 60), static_cast<long long>(seconds % 60));
    const std::string where =
        "sentence " + std::to_string(outcome.position + 1) + " of " + std::to_string(total);
    switch (outcome.end) {
        case listen::ListenEnd::interrupted:
            throw Interrupted("interrupted at " + where + " after " + played);
        case listen::ListenEnd::quit:
            if (!o.quiet) std::fprintf(stderr, "nangdok: stopped at %s (%s)%s\n", where.c_str(), played,
                                       store_problem.empty() ? "; --resume continues there" : "");
            return;
        case listen::ListenEnd::finished:
            store.clear();  // heard to the end: --resume starts from the beginning again
            if (!o.quiet) std::fprintf(stderr, "nangdok: played (%s)\n", played);
            return;
    }
}

}  // namespace nangdok::cli
