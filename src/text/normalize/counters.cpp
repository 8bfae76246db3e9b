#include "normalize/counters.hpp"

#include <span>

#include "normalize/counter_table.hpp"
#include "normalize/data/english_number_counters.hpp"
#include "normalize/data/machine_nouns.hpp"

namespace nangdok::normalize {
namespace {

bool starts_with_any(std::string_view word, std::span<const std::string_view> prefixes) {
    for (std::string_view prefix : prefixes)
        if (word.starts_with(prefix)) return true;
    return false;
}

bool ends_with_any(std::string_view word, std::span<const std::string_view> suffixes) {
    for (std::string_view suffix : suffixes)
        if (word.ends_with(suffix)) return true;
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
        if (decade || term_of_office || ranks) match.style = CounterStyle::sino;
    } else if (counter == "번") {
        if (starts_with_any(after_counter, kNumberLabelNouns) ||
            (after_counter.empty() && starts_with_any(context.next_word, kNumberLabelNouns)) ||
            context.previous_word.ends_with("제"))
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
