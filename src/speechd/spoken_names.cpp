#include "speechd/spoken_names.hpp"

#include <array>
#include <cctype>
#include <vector>

#include "core/utf8.hpp"
#include "normalize/jamo.hpp"
#include "normalize/latin.hpp"
#include "normalize/normalizer.hpp"

namespace nangdok::speechd {
namespace {

struct Mark {
    std::string_view written;
    std::string_view name;
    PunctuationMode level;  // the lowest punctuation mode that reads it
};

using enum PunctuationMode;
constexpr std::array kMarks{
    Mark{".", "마침표", most},        Mark{",", "쉼표", most},          Mark{"?", "물음표", most},
    Mark{"!", "느낌표", most},        Mark{":", "쌍점", most},          Mark{";", "쌍반점", most},
    Mark{"\"", "큰따옴표", most},     Mark{"'", "작은따옴표", most},    Mark{"(", "여는 괄호", most},
    Mark{")", "닫는 괄호", most},     Mark{"[", "여는 대괄호", all},    Mark{"]", "닫는 대괄호", all},
    Mark{"{", "여는 중괄호", all},    Mark{"}", "닫는 중괄호", all},    Mark{"<", "왼쪽 꺾쇠", some},
    Mark{">", "오른쪽 꺾쇠", some},   Mark{"-", "하이픈", most},        Mark{"_", "밑줄", all},
    Mark{"=", "등호", some},          Mark{"+", "더하기", some},        Mark{"*", "별표", some},
    Mark{"/", "빗금", some},          Mark{"\\", "역빗금", most},       Mark{"|", "세로선", all},
    Mark{"&", "앤드", some},          Mark{"@", "골뱅이", some},        Mark{"#", "샵", some},
    Mark{"$", "달러", some},          Mark{"%", "퍼센트", some},        Mark{"^", "캐럿", some},
    Mark{"~", "물결", all},           Mark{"`", "백틱", all},           Mark{"·", "가운뎃점", most},
    Mark{"…", "줄임표", all},         Mark{"“", "여는 큰따옴표", most}, Mark{"”", "닫는 큰따옴표", most},
    Mark{"‘", "여는 작은따옴표", most}, Mark{"’", "닫는 작은따옴표", most}, Mark{"「", "여는 낫표", most},
    Mark{"」", "닫는 낫표", most},    Mark{"『", "여는 겹낫표", most},  Mark{"』", "닫는 겹낫표", most},
    Mark{"—", "줄표", most},          Mark{"–", "줄표", most},          Mark{"※", "참고표", most},
    Mark{"°", "도", some},            Mark{"₩", "원", some},            Mark{"€", "유로", some},
    Mark{"£", "파운드", some},        Mark{"¥", "엔", some},            Mark{"•", "글머리표", some},
    Mark{"→", "오른쪽 화살표", some}, Mark{"←", "왼쪽 화살표", some},   Mark{"↑", "위쪽 화살표", some},
    Mark{"↓", "아래쪽 화살표", some}, Mark{"§", "절", all},             Mark{"¶", "단락 기호", all},
    Mark{"©", "저작권 기호", most},   Mark{"®", "등록 상표", most},     Mark{"™", "상표", most},
};

constexpr std::array<std::string_view, 10> kDigitNames{"영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"};

struct KeyName {
    std::string_view key;
    std::string_view name;
};

constexpr std::array kKeyNames{
    KeyName{"alt", "알트"},           KeyName{"control", "컨트롤"},       KeyName{"hyper", "하이퍼"},
    KeyName{"meta", "메타"},          KeyName{"shift", "시프트"},         KeyName{"super", "슈퍼"},
    KeyName{"space", "스페이스"},     KeyName{"underscore", "밑줄"},      KeyName{"double-quote", "큰따옴표"},
    KeyName{"backspace", "백스페이스"}, KeyName{"break", "브레이크"},     KeyName{"delete", "딜리트"},
    KeyName{"down", "아래쪽 화살표"}, KeyName{"end", "엔드"},             KeyName{"enter", "엔터"},
    KeyName{"return", "엔터"},        KeyName{"escape", "이스케이프"},    KeyName{"home", "홈"},
    KeyName{"insert", "인서트"},      KeyName{"left", "왼쪽 화살표"},     KeyName{"right", "오른쪽 화살표"},
    KeyName{"up", "위쪽 화살표"},     KeyName{"menu", "메뉴"},            KeyName{"next", "페이지 다운"},
    KeyName{"prior", "페이지 업"},    KeyName{"pause", "포즈"},           KeyName{"recall", "리콜"},
    KeyName{"tab", "탭"},             KeyName{"window", "윈도우"},
};

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
        if (mark == nullptr || mark->level > mode || in_number) {
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
