// Listening keys: the bytes a terminal sends for a key press, decoded into listener commands.
//
// Pure and stateful across reads: a terminal may deliver an arrow key's escape sequence split
// over two reads, so an ESC at the end of a read is held until more bytes come or the caller
// reports a pause in typing (flush), when it is the Esc key itself.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nangdok::listen {

enum class Key {
    toggle_pause,        // space
    next_sentence,       // n, →
    previous_sentence,   // p, ←
    next_paragraph,      // ]
    previous_paragraph,  // [
    faster,              // +, =
    slower,              // -, _
    repeat,              // r
    quit,                // q, Esc
};

class KeyDecoder {
public:
    // Keys completed by these bytes, in order. Unknown bytes and sequences are ignored.
    std::vector<Key> feed(std::string_view bytes);

    // Called when no byte has come for a while: a held lone ESC is the Esc key.
    std::vector<Key> flush();

    bool holding() const { return !pending_.empty(); }

private:
    std::string pending_;  // an unfinished escape sequence
};

}  // namespace nangdok::listen
