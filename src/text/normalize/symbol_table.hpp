// How symbols are said. Marks that structure a headline become pauses; quotes and brackets are
// silent; a few symbols have a Korean name.
#pragma once

#include <string_view>

namespace nangdok::normalize {

struct SymbolEntry {
    char32_t symbol;
    std::string_view spoken;
};

inline constexpr std::string_view kPause = ", ";
inline constexpr std::string_view kSilent = " ";

inline constexpr SymbolEntry kSymbols[] = {
    // spoken
    {U'&', " 앤 "}, {U'+', " 플러스 "}, {U'↑', " 상승 "}, {U'↓', " 하락 "}, {U'@', " 골뱅이 "}, {U'#', " 샵 "},
    {U'%', " 퍼센트 "}, {U'‰', " 퍼밀 "}, {U'°', " 도 "}, {U'$', " 달러 "}, {U'€', " 유로 "}, {U'¥', " 엔 "},
    {U'£', " 파운드 "}, {U'₩', " 원 "}, {U'×', " 곱하기 "}, {U'÷', " 나누기 "}, {U'±', " 플러스마이너스 "},
    {U'→', " 에서 "}, {U'≒', " 약 "}, {U'√', " 루트 "}, {U'∞', " 무한대 "}, {U'≈', " 약 "}, {U'㈜', " 주식회사 "},
    {U'α', " 알파 "}, {U'β', " 베타 "}, {U'γ', " 감마 "}, {U'δ', " 델타 "}, {U'Δ', " 델타 "}, {U'ε', " 엡실론 "},
    {U'θ', " 세타 "}, {U'λ', " 람다 "}, {U'μ', " 뮤 "}, {U'π', " 파이 "}, {U'σ', " 시그마 "}, {U'Σ', " 시그마 "},
    {U'ω', " 오메가 "}, {U'Ω', " 옴 "},
    // pauses: list and emphasis marks
    {U'·', ", "}, {U'ㆍ', ", "}, {U'・', ", "}, {U'‧', ", "}, {U'•', ", "}, {U'∙', ", "}, {U'△', ", "}, {U'▲', ", "},
    {U'▽', ", "}, {U'▼', ", "}, {U'※', ", "}, {U'■', ", "}, {U'□', ", "}, {U'●', ", "}, {U'○', ", "}, {U'◆', ", "},
    {U'◇', ", "}, {U'▶', ", "}, {U'▷', ", "}, {U'◀', ", "}, {U'◁', ", "}, {U'★', ", "}, {U'☆', ", "}, {U'◎', ", "},
    {U'♦', ", "}, {U'▪', ", "}, {U'►', ", "}, {U'…', ", "}, {U'|', ", "}, {U'/', ", "}, {U'\\', ", "}, {U'*', ", "},
    {U'—', ", "}, {U'―', ", "}, {U'–', ", "}, {U';', "; "}, {U'_', " "},
    // kept: eSpeak pauses on them itself
    {U'.', "."}, {U',', ","}, {U'!', "!"}, {U'?', "?"}, {U':', ":"},
    // silent: quotes and brackets
    {U'"', " "}, {U'\'', " "}, {U'‘', " "}, {U'’', " "}, {U'“', " "}, {U'”', " "}, {U'(', ", "}, {U')', ", "},
    {U'[', ", "}, {U']', ", "}, {U'{', ", "}, {U'}', ", "}, {U'<', " "}, {U'>', " "}, {U'「', " "}, {U'」', " "},
    {U'『', " "}, {U'』', " "}, {U'《', " "}, {U'》', " "}, {U'〈', " "}, {U'〉', " "}, {U'【', ", "}, {U'】', ", "},
    {U'〔', ", "}, {U'〕', ", "}, {U'`', " "}, {U'´', " "}, {U'~', " "}, {U'〜', " "}, {U'∼', " "}, {U'-', " "},
    {U'^', " "}, {U'=', " "}, {U'©', " "}, {U'®', " "}, {U'™', " "},
};

}  // namespace nangdok::normalize
