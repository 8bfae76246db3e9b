#include "listen/keys.hpp"

#include <optional>

namespace nangdok::listen {
namespace {

std::optional<Key> plain_key(char c) {
    switch (c) {
        case ' ': return Key::toggle_pause;
        case 'n': case 'N': return Key::next_sentence;
        case 'p': case 'P': return Key::previous_sentence;
        case ']': return Key::next_paragraph;
        case '[': return Key::previous_paragraph;
        case '+': case '=': return Key::faster;  // '=' is '+' without shift on most keyboards
        case '-': case '_': return Key::slower;
        case 'r': case 'R': return Key::repeat;
        case 'q': case 'Q': return Key::quit;
        default: return std::nullopt;
    }
}

// A CSI (ESC [) or SS3 (ESC O) sequence is complete at its final byte, 0x40..0x7E.
bool sequence_complete(const std::string& s) {
    if (s.size() < 2) return false;
    if (s[1] != '[' && s[1] != 'O') return true;  // ESC + other byte: Alt+key, complete at once
    if (s.size() < 3) return false;
    const unsigned char last = static_cast<unsigned char>(s.back());
    return last >= 0x40 && last <= 0x7E;
}

std::optional<Key> sequence_key(const std::string& s) {
    if (s.size() < 3 || (s[1] != '[' && s[1] != 'O')) return std::nullopt;
    // Arrows may carry modifiers (ESC [ 1 ; 5 C); only the final byte matters here.
    switch (s.back()) {
        case 'C': return Key::next_sentence;
        case 'D': return Key::previous_sentence;
        default: return std::nullopt;
    }
}

}  // namespace

std::vector<Key> KeyDecoder::feed(std::string_view bytes) {
    std::vector<Key> keys;
    for (const char c : bytes) {
        if (!pending_.empty()) {
            if (c == '\x1b' && pending_.size() == 1) {
                // ESC ESC: the first was the Esc key on its own.
                keys.push_back(Key::quit);
                continue;
            }
            pending_ += c;
            if (sequence_complete(pending_)) {
                if (const auto key = sequence_key(pending_)) keys.push_back(*key);
                pending_.clear();
            } else if (pending_.size() > 16) {
                pending_.clear();  // not a sequence we know: drop it rather than hold forever
            }
            continue;
        }
        if (c == '\x1b') {
            pending_ = c;
        } else if (const auto key = plain_key(c)) {
            keys.push_back(*key);
        }
    }
    return keys;
}

std::vector<Key> KeyDecoder::flush() {
    std::vector<Key> keys;
    if (pending_ == "\x1b") keys.push_back(Key::quit);
    pending_.clear();
    return keys;
}

}  // namespace nangdok::listen
