#include "normalize/counters.hpp"

#include "core/line_tools.hpp"
#include "normalize/counter_table.hpp"
#include "normalize/data/english_number_counters.hpp"
#include "normalize/data/machine_nouns.hpp"
#include "normalize/data/surnames.hpp"

namespace nangdok::normalize {
namespace {

// One-syllable particles that may end a name (김하성이), and syllables that end a verb or a noun
// rather than a given name (방문한, 이상은).
constexpr std::string_view kNameParticles[] = {"이", "가", "은", "는", "을", "를", "의", "도", "와", "과", "에"};
constexpr std::string_view kVerbSyllables[] = {"하", "한", "할", "했", "되", "된", "될", "됐", "적", "째", "씩", "만"};

std::size_t syllable_count(std::string_view word) {
    std::size_t n = 0;
    for (unsigned char c : word)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// The last `n` syllables of a Hangul word (three bytes each).
std::string_view last_syllables(std::string_view word, std::size_t n) {
    return word.size() >= 3 * n ? word.substr(word.size() - 3 * n) : word;
}

// 20번을 누르면, 1번을 선택: a key or an option is named by its number, not counted.
bool pressed(std::string_view after_counter, std::string_view next_word) {
    static constexpr std::string_view kVerbs[] = {"누르", "눌러", "눌렀", "선택", "입력"};
    return (after_counter == "을" || after_counter == "를") && starts_with_any(next_word, kVerbs);
}

// 1번 이성규, 4번 김하성이: a batting order before a player's name (three syllables with a
// surname first, a one-syllable particle at most after them, and not a verb: 3번 방문한).
bool looks_like_player(std::string_view word) {
    std::size_t n = syllable_count(word);
    if (n == 4 && starts_with_any(last_syllables(word, 1), kNameParticles)) {
        word.remove_suffix(3);
        n = 3;
    }
    if (n != 3 || !starts_with_any(word, kSurnames)) return false;
    return !starts_with_any(last_syllables(word, 1), kNameParticles) &&
           !starts_with_any(last_syllables(word, 1), kVerbSyllables);
}

// 출구, 타자로, 방에: a label noun begins the word; a one-syllable one (방, 홀) must be the whole
// word but for a particle, or 3번 방문한 would be room three.
bool starts_with_label(std::string_view word) {
    for (std::string_view label : kNumberLabelNouns) {
        if (!word.starts_with(label)) continue;
        const std::string_view rest = word.substr(label.size());
        if (syllable_count(label) > 1 || rest.empty() || starts_with_any(rest, kParticlesAfterCounter)) return true;
    }
    return false;
}

}  // namespace

CounterMatch match_counter(std::string_view word) {
    CounterMatch best;
    if (starts_with_any(word, kParticlesNotCounters)) return best;
    if (word.starts_with("번째")) return {CounterStyle::ordinal_count, std::string_view("번째").size()};
    for (std::string_view counter : kNativeCounters)
        if (counter.size() > best.length && word.starts_with(counter)) best = {CounterStyle::native, counter.size()};
    for (std::string_view counter : kSinoCounters)
        if (counter.size() > best.length && word.starts_with(counter)) best = {CounterStyle::sino, counter.size()};
    for (std::string_view counter : kEnglishNumberCounters)
        if (counter.size() > best.length && word.starts_with(counter)) best = {CounterStyle::english, counter.size()};
    if (best.style == CounterStyle::sino && word.starts_with("월") && best.length == std::string_view("월").size())
        best.style = CounterStyle::month;
    return best;
}

CounterMatch counter_in_context(const CounterContext& context) {
    CounterMatch match = match_counter(context.word);
    if (match.style != CounterStyle::native) return match;
    const std::string_view counter = context.word.substr(0, match.length);
    const std::string_view after_counter = context.word.substr(match.length);
    if (counter == "대") {
        const bool machine_before = ends_with_any(context.word_before, kMachineNouns);
        const bool decade = context.value >= 10 && context.value <= 90 && context.value % 10 == 0 && !machine_before;
        // 3대 1, 1대1: a score or a ratio.
        if (after_counter.empty() && context.number_follows) match.style = CounterStyle::sino;
        const bool term_of_office = context.previous_word.ends_with("제") ||
                                    starts_with_any(after_counter, kOrdinalDaeNouns) ||
                                    (after_counter.empty() && starts_with_any(context.next_word, kOrdinalDaeNouns));
        // 5대 은행, 3대 해외 OTT: 대 written apart before a noun ranks; it counts when a particle or
        // a verb follows (세 대가, 세 대 팔렸다) or a machine is named before it (차량 3대 도입).
        const bool ranks = after_counter.empty() && !context.next_word.empty() && !context.next_word.ends_with("다") &&
                           !machine_before;
        // 9초 6대: after a time written in seconds, 대 is the range of its decimals (구 초 육 대).
        const bool decimals_of_a_time = context.word_before == "초" || context.word_before == "분";
        if (decade || term_of_office || ranks || decimals_of_a_time) match.style = CounterStyle::sino;
    } else if (counter == "번") {
        if (starts_with_any(after_counter, kNumberLabelNouns) ||
            (after_counter.empty() && starts_with_label(context.next_word)) ||
            context.previous_word.ends_with("제") ||
            (after_counter.empty() && context.value >= 1 && context.value <= 9 && looks_like_player(context.next_word)) ||
            pressed(after_counter, context.next_word))
            match.style = CounterStyle::sino;
    } else if (counter == "시" || counter == "시간") {
        // Nobody says 스물다섯 시; hours past a day and long durations are Sino: news reads 주 52시간
        // as 오십이 시간, 72시간 as 칠십이 시간 (24시간 stays 스물네 시간).
        if (context.value < 0 || context.value > 24) match.style = CounterStyle::sino;
    }
    if (context.value < 0) match.style = CounterStyle::sino;
    return match;
}

std::string_view month_name(long long month) {
    switch (month) {
        case 6:
            return "유";
        case 10:
            return "시";
        default:
            return {};
    }
}

}  // namespace nangdok::normalize
