#include "speechd/spoken_names.hpp"

#include <array>
#include <cctype>
#include <vector>

#include "core/utf8.hpp"
#include "normalize/jamo.hpp"
#include "normalize/latin.hpp"
#include "normalize/normalizer.hpp"
#include "speechd/names_table.hpp"

namespace nangdok::speechd {
namespace {



constexpr std::array<std::string_view, 10> kDigitNames{"영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"};



// The lowest punctuation mode that reads the mark (the table's read_from column).
PunctuationMode level_of(const Mark& mark) {
    if (mark.read_from == "some") return PunctuationMode::some;
    if (mark.read_from == "most") return PunctuationMode::most;
    return PunctuationMode::all;
}

const Mark* find_mark(std::string_view character) {
    for (const Mark& mark : kMarks)
        if (mark.written == character) return &mark;
    return nullptr;
}

std::vector<std::string_view> characters_of(std::string_view text) {
    std::vector<std::string_view> characters;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_char_length(text, i);
        characters.push_back(text.substr(i, length));
        i += length;
    }
    return characters;
}

bool is_digit(std::string_view character) { return character.size() == 1 && character[0] >= '0' && character[0] <= '9'; }

bool has_hangul(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_char_length(text, i);
        const char32_t c = decode_utf8_char(text.substr(i, length));
        if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3131 && c <= 0x318E)) return true;
        i += length;
    }
    return false;
}

}  // namespace

std::string korean_character_name(std::string_view character, CapitalLetters capitals) {
    if (character.empty() || character == " " || character == "space") return "빈칸";
    if (character == "\n") return "줄바꿈";
    if (character == "\t") return "탭";
    if (is_digit(character)) return std::string(kDigitNames[static_cast<std::size_t>(character[0] - '0')]);
    if (character.size() == 1 && std::isalpha(static_cast<unsigned char>(character[0]))) {
        const bool capital = character[0] >= 'A' && character[0] <= 'Z';
        return (capital && capitals == CapitalLetters::spell ? "대문자 " : "") + normalize::letter_names(character);
    }
    const char32_t c = decode_utf8_char(character);
    if (c >= 0x3131 && c <= 0x318E) return normalize::speak_bare_jamo(character);  // ㄱ 기역, ㅏ 아
    if (c >= 0xAC00 && c <= 0xD7A3) return std::string(character);
    if (const Mark* mark = find_mark(character)) return std::string(mark->name);
    // Hanja, Greek, units and the like: what the normalizer makes of the character alone.
    std::string read = normalize_for_speech(character);
    if (has_hangul(read)) return read;
    return std::string(character);  // left to eSpeak NG
}

std::string korean_key_name(std::string_view key) {
    if (key.empty()) return "";
    if (utf8_char_length(key, 0) == key.size()) return korean_character_name(key, CapitalLetters::none);
    if (key.starts_with("kp-")) {
        const std::string_view rest = key.substr(3);
        if (rest == "*") return "키패드 곱하기";
        if (rest == "/") return "키패드 나누기";
        if (rest == "-") return "키패드 빼기";
        if (rest == ".") return "키패드 점";
        return "키패드 " + korean_key_name(rest);
    }
    if ((key[0] == 'f' || key[0] == 'F') && key.size() <= 3 && is_digit(key.substr(1, 1)) &&
        (key.size() == 2 || is_digit(key.substr(2, 1))))
        return "에프 " + normalize_for_speech(key.substr(1));
    for (const KeyName& known : kKeyNames)
        if (known.key == key) return std::string(known.name);
    // Modifiers and a key: shift_a, control_alt_delete. A lone '_' would be "underscore".
    if (const std::size_t joint = key.find('_'); joint != std::string_view::npos && joint > 0 && joint + 1 < key.size())
        return korean_key_name(key.substr(0, joint)) + " " + korean_key_name(key.substr(joint + 1));
    return normalize_for_speech(key);
}

std::string korean_spelling(std::string_view text, CapitalLetters capitals) {
    std::string out;
    bool after_space = false;
    for (std::string_view character : characters_of(text)) {
        if (character == " " || character == "\n" || character == "\t") {
            after_space = !out.empty();
            continue;
        }
        if (!out.empty()) out += after_space ? ". " : ", ";
        after_space = false;
        out += korean_character_name(character, capitals);
    }
    return out;
}

std::string name_punctuation(std::string_view text, PunctuationMode mode) {
    if (mode == PunctuationMode::none) return std::string(text);
    const std::vector<std::string_view> characters = characters_of(text);
    std::string out;
    for (std::size_t k = 0; k < characters.size(); ++k) {
        const Mark* mark = find_mark(characters[k]);
        const bool in_number = (k > 0 && is_digit(characters[k - 1])) ||
                               (k + 1 < characters.size() && is_digit(characters[k + 1]));
        if (mark == nullptr || level_of(*mark) > mode || in_number) {
            out += characters[k];
            continue;
        }
        out += ' ';
        out += mark->name;
        out += ' ';
        if (characters[k] == "." || characters[k] == "?" || characters[k] == "!") out += characters[k];
    }
    return out;
}

}  // namespace nangdok::speechd
