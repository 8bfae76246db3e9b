#include "normalize/jamo.hpp"

#include <array>

#include "core/utf8.hpp"
#include "normalize/data/consonant_names.hpp"
#include "normalize/data/vowel_sounds.hpp"

namespace nangdok::normalize {
namespace {

constexpr char32_t kFirstJamo = 0x3131, kLastJamo = 0x318E;

bool is_bare_jamo(char32_t c) { return c >= kFirstJamo && c <= kLastJamo; }

bool is_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }

char32_t last_char(std::string_view s) {
    std::size_t start = s.size();
    while (start > 0 && (static_cast<unsigned char>(s[start - 1]) & 0xC0) == 0x80) --start;
    if (start > 0) --start;
    return decode_utf8_char(s.substr(start));
}

// Empty for the letters that have no name of their own (clusters, archaic letters).
std::string_view name_of(std::string_view letter) {
    for (const auto& [jamo, name] : kConsonantNames)
        if (jamo == letter) return name;
    for (const auto& [jamo, sound] : kVowelSounds)
        if (jamo == letter) return sound;
    return {};
}

}  // namespace

std::string speak_bare_jamo(std::string_view token) {
    std::string out;
    out.reserve(token.size());
    for (std::size_t i = 0; i < token.size();) {
        const std::size_t len = utf8_char_length(token, i);
        const char32_t c = decode_utf8_char(token.substr(i, len));
        if (!is_bare_jamo(c)) {
            out.append(token.substr(i, len));
            i += len;
            continue;
        }
        std::size_t run_end = i + len, run = 1;
        while (run_end < token.size()) {
            const std::size_t next_len = utf8_char_length(token, run_end);
            if (!is_bare_jamo(decode_utf8_char(token.substr(run_end, next_len)))) break;
            run_end += next_len;
            ++run;
        }
        // ㅣ between two syllables stands for a bar ("[예산ㅣ미래일보]"): a break, not a vowel.
        const bool bar = c == U'ㅣ' && run == 1 && i > 0 && run_end < token.size() &&
                         is_syllable(decode_utf8_char(token.substr(run_end, utf8_char_length(token, run_end)))) &&
                         is_syllable(last_char(token.substr(0, i)));
        if (bar)
            out += ' ';
        else if (const std::string_view name = name_of(token.substr(i, len)); run == 1 && !name.empty())
            out += name;
        else
            out += ' ';
        i = run_end;
    }
    return out;
}

}  // namespace nangdok::normalize
