// Every word list the Korean segmentation rules consult, in one place. Entries are UTF-8; lists
// are searched linearly (they are short, and each lookup reads at most a few bytes of text).
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace nangdok::segment_words {

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& table, std::string_view word) {
    return std::find(table.begin(), table.end(), word) != table.end();
}

// Words that continue the sentence when they follow a closing quote or bracket after a space:
// `"…했다." 라고 말했다`, `'…잇다!' 를 주제로`. Compared with the whole next word. Left out on
// purpose: words that also start sentences (이 "this", 그, 한 "one", 만 "full age", 할).
inline constexpr std::array<std::string_view, 45> kParticlesAfterQuote = {
    "라고", "이라고", "라고도", "라며", "이라며", "라면서", "이라면서", "라는", "이라는", "라는데",
    "란", "이란", "라", "이라", "고", "며", "면서", "하고", "하며", "하면서", "하는", "하자",
    "고는", "는", "은", "를", "을", "가", "와", "과", "의", "에", "에서", "에게", "로", "으로",
    "도", "까지", "처럼", "보다", "등", "등의", "등을", "등이", "라니",
};

// Connective endings that cannot end a sentence: an ellipsis after them is a pause, not an end
// (`했지만… 결국`). Matched against the end of the word before the ellipsis.
inline constexpr std::array<std::string_view, 16> kConnectiveEndings = {
    "고", "며", "는데", "은데", "인데", "지만", "면서", "니까", "어서", "아서", "해서", "라서",
    "거나", "든지", "는지", "더니",
};

// Syllables that end a Korean sentence. Only used where a period has no space on either side
// between Hangul: `초청한다.강연회는` ends a sentence, `초.중.고` and `읽기.쓰기` are lists.
inline constexpr std::array<std::string_view, 8> kSentenceFinalSyllables = {
    "다", "요", "죠", "까", "음", "함", "임", "됨",
};

// Latin abbreviations that take a period but do not end a sentence (`Dr. 김`, `Inc. 는`). Single
// letters (initials such as `J.P.`, `U.S.`, `Z.`) are recognised without a list.
inline constexpr std::array<std::string_view, 30> kLatinAbbreviations = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "Inc", "Co", "Corp", "Ltd", "Bros", "vs",
    "No", "no", "Vol", "vol", "pp", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "Gen",
};

// Connective endings that close a clause: a long sentence pauses best after them (see
// utterance_cutter.hpp). Matched against the end of a word.
// Not -도록: `적용하도록 규정한` is one phrase.
inline constexpr std::array<std::string_view, 9> kClauseEndings = {
    "며", "면서", "지만", "는데", "은데", "인데", "으나", "므로", "니까",
};

// Verbs that make one phrase with the -고 before them: 갖고 있다, 하고 싶다, 먹고 나서, 하고 말았다.
inline constexpr std::array<std::string_view, 8> kAuxiliariesAfterGo = {
    "있", "싶", "나서", "나니", "난", "말았", "말겠", "계",
};

// Nouns that end in 고, so that "고 " after them is no connective ending to pause after.
inline constexpr std::array<std::string_view, 20> kNounsEndingInGo = {
    "최고", "광고", "재고", "창고", "경고", "사고", "참고", "신고", "원고", "공고",
    "금고", "선고", "잔고", "예고", "권고", "제고", "보고", "장고", "태고", "고고",
};

// Syllables after which 요 is the polite ending (`맛있어요`, `좋네요`, `오세요`, `아니요`); nouns
// ending in 요 (주요, 필요, 중요, 수요, 개요) have other syllables before it. 가 is left out because
// 가요 "songs" ends many compounds (`인기가요`, `한국가요`).
inline constexpr std::array<std::string_view, 33> kSyllablesBeforePoliteYo = {
    "어", "아", "여", "와", "워", "해", "돼", "봐", "줘", "져", "쳐", "켜", "려", "셔", "써", "서", "내",
    "게", "세", "네", "데", "에", "예", "군", "구", "고", "지", "까", "래", "나", "걸", "니", "대",
};

// Words ending in a polite-looking 요 that are nouns: `고요` "stillness".
inline constexpr std::array<std::string_view, 1> kNounsLikePoliteYo = {"고요"};

// Words that carry on a sentence after a final-looking ending: `아닐까 싶습니다`, `될까 두려웠고`,
// `할까 봐`, `이냐 아니냐`. Compared with the start of the next word.
inline constexpr std::array<std::string_view, 14> kContinuingWordStarts = {
    "싶", "두려", "걱정", "우려", "염려", "봐", "하는", "하고", "하며", "하여", "해서", "하던", "하면", "말까",
};

}  // namespace nangdok::segment_words
