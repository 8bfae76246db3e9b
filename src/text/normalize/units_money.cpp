#include "normalize/units_money.hpp"

#include <span>

#include "normalize/data/dimension_words.hpp"

namespace nangdok::normalize {
namespace {

UnitMatch longest_match(const Tokens& tokens, std::size_t begin, std::span<const UnitEntry> table) {
    UnitMatch best;
    std::size_t best_length = 0;
    for (const UnitEntry& entry : table) {
        if (entry.written.size() <= best_length) continue;
        if (const std::size_t end = match_literal(tokens, begin, entry.written); end != 0) {
            best = {&entry, end};
            best_length = entry.written.size();
        }
    }
    return best;
}

}  // namespace

std::size_t match_literal(const Tokens& tokens, std::size_t begin, std::string_view literal) {
    std::size_t i = begin;
    while (!literal.empty()) {
        if (i >= tokens.size() || !literal.starts_with(tokens[i].text)) return 0;
        literal.remove_prefix(tokens[i].text.size());
        ++i;
    }
    return i == begin ? 0 : i;
}

UnitMatch match_unit(const Tokens& tokens, std::size_t begin) { return longest_match(tokens, begin, kUnits); }

UnitMatch match_currency_prefix(const Tokens& tokens, std::size_t begin) {
    return longest_match(tokens, begin, kCurrencyPrefixes);
}

bool is_dimension_word(std::string_view word) {
    for (std::string_view side : kDimensionWords)
        if (word == side) return true;
    return false;
}

bool is_large_number_word(std::string_view word) {
    for (std::string_view large : kLargeNumberWords)
        if (word == large) return true;
    return false;
}

}  // namespace nangdok::normalize
