#include "normalize/jamo.hpp"

#include <array>

#include "core/utf8.hpp"

namespace nangdok::normalize {
namespace {

constexpr char32_t kFirstJamo = 0x3131, kLastConsonant = 0x314E, kFirstVowel = 0x314F, kLastVowel = 0x3163,
                   kLastJamo = 0x318E;

// From ㄱ (U+3131) to ㅎ (U+314E); clusters that never stand alone (ㄳ, ㄺ …) are empty.
constexpr std::array<std::string_view, 30> kConsonantNames = {
    "기역", "쌍기역", "", "니은", "", "", "디귿", "쌍디귿", "리을", "", "", "", "", "", "", "",
    "미음", "비읍", "쌍비읍", "", "시옷", "쌍시옷", "이응", "지읒", "쌍지읒", "치읓", "키읔", "티읕", "피읖", "히읗",
};

// From ㅏ (U+314F) to ㅣ (U+3163).
constexpr std::array<std::string_view, 21> kVowelSounds = {
    "아", "애", "야", "얘", "어", "에", "여", "예", "오", "와", "왜", "외", "요", "우", "워", "웨", "위", "유", "으", "의", "이",
};

bool is_bare_jamo(char32_t c) { return c >= kFirstJamo && c <= kLastJamo; }

std::string_view name_of(char32_t c) {
    if (c <= kLastConsonant) return kConsonantNames[c - kFirstJamo];
    if (c >= kFirstVowel && c <= kLastVowel) return kVowelSounds[c - kFirstVowel];
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
        if (run == 1 && !name_of(c).empty())
            out += name_of(c);
        else
            out += ' ';
        i = run_end;
    }
    return out;
}

}  // namespace nangdok::normalize
