// What the listener sees on standard error while an article plays.
//
// status_line: one line rewritten in place on a terminal: "[sentence k/N] m:ss / m:ss  text", the
//   total prefixed with "~" while it is still an estimate, "(paused)" while paused, and the rate
//   ("193 wpm") once the listener has changed it.
// plain: one line per sentence as it starts, "[sentence k/N] text", and nothing animated: what a
//   screen reader or a log wants. Chosen by --plain, by a stderr that is not a terminal, and by
//   TERM=dumb.
// quiet (-q): nothing at all.
// The formatting functions are pure so that tests can check the exact text.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace nangdok::listen {

enum class DisplayMode { quiet, plain, status_line };

DisplayMode choose_display_mode(bool quiet, bool plain, bool stderr_is_terminal, const char* term);

// "m:ss" (or "h:mm:ss" from an hour on), seconds rounded down.
std::string format_clock(double seconds);

// "[sentence k/N] text", or "[sentence k] text" when the count is not known (streamed playback).
std::string plain_line(int sentence, std::optional<int> total, std::string_view text);

struct PlaybackStatus {
    int sentence = 0;  // 1-based
    int total = 0;
    double elapsed_s = 0;
    double total_s = 0;
    bool total_is_estimate = true;
    bool paused = false;
    std::string text;
    int rate_wpm = 0;  // shown once the listener has changed the rate; 0: not shown
};

// The status line without control sequences, cut to at most `columns` terminal columns (Hangul
// and other wide characters take two).
std::string status_text(const PlaybackStatus& status, int columns);

// Terminal columns that `text` takes.
int display_width(std::string_view text);

class StatusDisplay {
public:
    StatusDisplay(DisplayMode mode, std::FILE* out, int columns);

    DisplayMode mode() const { return mode_; }
    void sentence_started(const PlaybackStatus& status);
    // Redraws the status line (status_line mode only); cheap to call often.
    void update(const PlaybackStatus& status);
    // A one-off message such as a rate change: its own line in plain mode (the status line shows
    // the rate itself).
    void note(std::string_view message);
    // Clears the status line so that a final message starts on a clean line.
    void finish();

private:
    DisplayMode mode_;
    std::FILE* out_;
    int columns_;
    std::string last_drawn_;
};

// The width of the terminal on `fd`, or 80 when it cannot be told.
int terminal_columns(int fd);

}  // namespace nangdok::listen
