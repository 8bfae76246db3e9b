// Decides how a number is read from the word that follows it: native before native counters,
// Sino-Korean before everything else, with the context rules for 대, 번 and months.
#pragma once

#include <cstddef>
#include <string_view>

namespace nangdok::normalize {

// english: English numbers as baseball calls them (원아웃, 투 볼), zero as 노.
enum class CounterStyle { none, native, sino, ordinal_count, month, english };

struct CounterMatch {
    CounterStyle style = CounterStyle::none;
    std::size_t length = 0;  // bytes of the counter at the start of the word
};

// The longest counter at the start of `word`. 번째 is ordinal_count; 월 is month.
CounterMatch match_counter(std::string_view word);

// What the numbers around it say about an ambiguous counter.
struct CounterContext {
    std::string_view word;           // the Hangul word that starts with the counter
    std::string_view next_word;      // the word after it (after one space), if any
    std::string_view previous_word;  // the Hangul word right before the number, if any
    long long value = -1;            // the number, -1 when too long
    bool number_follows = false;     // another number right after the word (3대 1)
    std::string_view word_before;    // the Hangul word before the number, attached or after a space
};

// match_counter plus the context rules: 대 is Sino for decades (20대), terms of office (제19대,
// 19대 대통령) and "the N great" written before a noun (5대 은행, unless it counts machines:
// 전투기 48대 도입), 번 is Sino for labels (1번 출구), native hours stop at 24.
CounterMatch counter_in_context(const CounterContext& context);

// The month names that are not plain Sino: 6 → 유월, 10 → 시월.
std::string_view month_name(long long month);

}  // namespace nangdok::normalize
