#include "html/edge_dates.hpp"

#include <algorithm>
#include <string>

namespace nangdok {
namespace {

constexpr int kMaxDateLineWords = 16;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int count_words(std::string_view s) { return 1 + static_cast<int>(std::count(s.begin(), s.end(), ' ')); }

bool ends_sentence(std::string_view s) {
    while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')')) s.remove_suffix(1);
    return s.ends_with('.') || s.ends_with('!') || s.ends_with('?') || s.ends_with("다.");
}

// Runs of digits with what separates them: "05/10/2018" is 3 runs joined by '/'.
struct DigitRun {
    std::size_t begin, end;
};

std::vector<DigitRun> digit_runs(std::string_view s) {
    std::vector<DigitRun> runs;
    for (std::size_t i = 0; i < s.size();) {
        if (!is_digit(s[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && is_digit(s[j])) ++j;
        runs.push_back({i, j});
        i = j;
    }
    return runs;
}

int value(std::string_view s, const DigitRun& r) {
    int v = 0;
    for (std::size_t i = r.begin; i < r.end && i < r.begin + 5; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

// A prose paragraph: long enough or a finished sentence; what a dateline is not.
bool prose(const TextLine& line) {
    constexpr int kProseWords = 12;
    return !looks_like_date_line(line.text) && (count_words(line.text) >= kProseWords || ends_sentence(line.text));
}

}  // namespace

bool looks_like_date_line(std::string_view s) {
    if (s.empty() || count_words(s) > kMaxDateLineWords || ends_sentence(s)) return false;
    const std::vector<DigitRun> runs = digit_runs(s);
    bool year = false, day = false;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        const DigitRun& r = runs[k];
        const std::size_t digits = r.end - r.begin;
        const int v = value(s, r);
        // A clock time: 1:23, 20:13.
        if (digits <= 2 && r.end + 1 < s.size() && s[r.end] == ':' && k + 1 < runs.size() &&
            runs[k + 1].begin == r.end + 1 && runs[k + 1].end - runs[k + 1].begin == 2)
            return true;
        // A numeric date: three runs joined by one of . / -
        if (k + 2 < runs.size() && runs[k + 1].begin == r.end + 1 && runs[k + 2].begin == runs[k + 1].end + 1) {
            const char a = s[r.end], b = s[runs[k + 1].end];
            if (a == b && (a == '.' || a == '/' || a == '-')) return true;
        }
        if (digits == 4 && v >= 1900 && v <= 2100) year = true;
        if (digits <= 2 && v >= 1 && v <= 31) day = true;
    }
    return year && day;
}

std::vector<TextLine> without_edge_dates(std::vector<TextLine> lines) {
    const auto first = std::find_if(lines.begin(), lines.end(), prose);
    if (first == lines.end()) return lines;
    const auto last = std::find_if(lines.rbegin(), lines.rend(), prose).base();
    std::vector<TextLine> kept;
    kept.reserve(lines.size());
    for (auto it = lines.begin(); it != lines.end(); ++it) {
        const bool edge = it < first || it >= last;
        if (edge && looks_like_date_line(it->text)) continue;
        kept.push_back(std::move(*it));
    }
    return kept;
}

}  // namespace nangdok
