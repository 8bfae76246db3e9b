#include "listen/status_display.hpp"

#include <cstring>

#include <sys/ioctl.h>

#include "core/utf8.hpp"

namespace nangdok::listen {
namespace {

bool is_wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

int char_width(char32_t c) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return 0;
    if ((c >= 0x300 && c <= 0x36F) || (c >= 0x1160 && c <= 0x11FF) || c == 0x200B) return 0;  // combining
    return is_wide(c) ? 2 : 1;
}

// The longest prefix of `text` that fits in `columns`.
std::string cut_to_width(std::string_view text, int columns) {
    int used = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t n = utf8_char_length(text, i);
        const int w = char_width(decode_utf8_char(text.substr(i, n)));
        if (used + w > columns) break;
        used += w;
        i += n;
    }
    return std::string(text.substr(0, i));
}

}  // namespace

DisplayMode choose_display_mode(bool quiet, bool plain, bool stderr_is_terminal, const char* term) {
    if (quiet) return DisplayMode::quiet;
    if (plain || !stderr_is_terminal) return DisplayMode::plain;
    if (term == nullptr || std::strcmp(term, "dumb") == 0 || term[0] == '\0') return DisplayMode::plain;
    return DisplayMode::status_line;
}

std::string format_clock(double seconds) {
    const long long s = seconds > 0 ? static_cast<long long>(seconds) : 0;
    char text[32];
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
    else
        std::snprintf(text, sizeof text, "%lld:%02lld", s / 60, s % 60);
    return text;
}

std::string plain_line(int sentence, std::optional<int> total, std::string_view text) {
    std::string line = "[sentence ";
    line += std::to_string(sentence);
    if (total) {
        line += '/';
        line += std::to_string(*total);
    }
    line += "] ";
    line += text;
    return line;
}

int display_width(std::string_view text) {
    int width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = utf8_char_length(text, i);
        width += char_width(decode_utf8_char(text.substr(i, n)));
        i += n;
    }
    return width;
}

std::string status_text(const PlaybackStatus& s, int columns) {
    // Built by appending: GCC 12 warns falsely (-Wrestrict) on long chains of operator+.
    std::string line = "[sentence ";
    line += std::to_string(s.sentence);
    line += '/';
    line += std::to_string(s.total);
    line += "] ";
    line += format_clock(s.elapsed_s);
    line += s.total_is_estimate ? " / ~" : " / ";
    line += format_clock(s.total_s);
    if (s.rate_wpm > 0) {
        line += ' ';
        line += std::to_string(s.rate_wpm);
        line += " wpm";
    }
    if (s.paused) line += " (paused)";
    line += "  ";
    line += s.text;
    return cut_to_width(line, columns);
}

StatusDisplay::StatusDisplay(DisplayMode mode, std::FILE* out, int columns)
    : mode_(mode), out_(out), columns_(columns) {}

void StatusDisplay::sentence_started(const PlaybackStatus& status) {
    if (mode_ == DisplayMode::plain) {
        std::fprintf(out_, "%s\n", plain_line(status.sentence, status.total > 0 ? std::optional<int>(status.total)
                                                                               : std::nullopt,
                                              status.text)
                                       .c_str());
        std::fflush(out_);
    } else if (mode_ == DisplayMode::status_line) {
        update(status);
    }
}

void StatusDisplay::update(const PlaybackStatus& status) {
    if (mode_ != DisplayMode::status_line) return;
    // One column spare: writing into the last column makes some terminals wrap early.
    std::string text = status_text(status, columns_ - 1);
    if (text == last_drawn_) return;
    last_drawn_ = text;
    std::fprintf(out_, "\r%s\x1b[K", text.c_str());
    std::fflush(out_);
}

void StatusDisplay::note(std::string_view message) {
    if (mode_ != DisplayMode::plain) return;
    std::fprintf(out_, "[%.*s]\n", static_cast<int>(message.size()), message.data());
    std::fflush(out_);
}

void StatusDisplay::finish() {
    if (mode_ == DisplayMode::status_line && !last_drawn_.empty()) {
        std::fputs("\r\x1b[K", out_);
        std::fflush(out_);
    }
    last_drawn_.clear();
}

int terminal_columns(int fd) {
    winsize size{};
    if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 80;
}

}  // namespace nangdok::listen
