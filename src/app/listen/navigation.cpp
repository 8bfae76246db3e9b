#include "listen/navigation.hpp"

#include <algorithm>
#include <cmath>

namespace nangdok::listen {
namespace {

int paragraph_start(const std::vector<int>& paragraph_of, int position) {
    while (position > 0 && paragraph_of[position - 1] == paragraph_of[position]) --position;
    return position;
}

}  // namespace

std::optional<int> navigate(Key key, const std::vector<int>& paragraph_of, int current, double seconds_into) {
    const int count = static_cast<int>(paragraph_of.size());
    if (current < 0 || current >= count) return std::nullopt;
    const bool at_start = seconds_into < kBackThresholdSeconds;
    switch (key) {
        case Key::next_sentence:
            if (current + 1 < count) return current + 1;
            return std::nullopt;
        case Key::previous_sentence:
            return at_start && current > 0 ? current - 1 : current;
        case Key::repeat:
            return current;
        case Key::next_paragraph:
            for (int p = current + 1; p < count; ++p)
                if (paragraph_of[p] != paragraph_of[current]) return p;
            return std::nullopt;
        case Key::previous_paragraph: {
            const int start = paragraph_start(paragraph_of, current);
            if (current == start && at_start && start > 0) return paragraph_start(paragraph_of, start - 1);
            return start;
        }
        default:
            return std::nullopt;
    }
}

int adjusted_rate(Key key, int rate_wpm) {
    double rate = rate_wpm;
    if (key == Key::faster) rate *= 1.1;
    if (key == Key::slower) rate *= 0.9;
    return std::clamp(static_cast<int>(std::lround(rate)), 80, 450);
}

}  // namespace nangdok::listen
