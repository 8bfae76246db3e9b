#include "html/class_hints.hpp"

#include <string>

#include "html/negative_hints_table.hpp"
#include "html/positive_hints_table.hpp"
#include "html/unlikely_hints_table.hpp"

namespace nangdok {
namespace {

bool is_word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Class names are mostly ASCII; anything else is kept as is.
std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

template <typename Table>
bool contains_any(std::string_view s, const Table& table) {
    for (std::string_view hint : table)
        if (s.find(hint) != std::string_view::npos) return true;
    return false;
}

bool negative(const std::string& s) {
    if (contains_any(s, html_tables::kNegativeHints)) return true;
    for (std::string_view word : html_tables::kNegativeWords)
        if (has_hint_word(s, word)) return true;
    return false;
}

int weight_of(std::string_view value) {
    if (value.empty()) return 0;
    const std::string s = lowered(value);
    int weight = 0;
    if (negative(s)) weight -= kHintWeight;
    if (contains_any(s, html_tables::kPositiveHints)) weight += kHintWeight;
    return weight;
}

}  // namespace

bool has_hint_word(std::string_view s, std::string_view word) {
    for (std::size_t at = s.find(word); at != std::string_view::npos; at = s.find(word, at + 1)) {
        const bool starts = at == 0 || !is_word_char(s[at - 1]);
        const std::size_t after = at + word.size();
        if (starts && (after == s.size() || !is_word_char(s[after]))) return true;
    }
    return false;
}

int class_weight(std::string_view class_name, std::string_view id) { return weight_of(class_name) + weight_of(id); }

bool furniture_hint(std::string_view class_name, std::string_view id) {
    return (!class_name.empty() && negative(lowered(class_name))) || (!id.empty() && negative(lowered(id)));
}

bool unlikely_candidate(std::string_view class_name, std::string_view id) {
    if (class_name.empty() && id.empty()) return false;
    std::string s = lowered(class_name);
    s += ' ';
    s += lowered(id);
    return contains_any(s, html_tables::kUnlikelyHints) && !contains_any(s, html_tables::kMaybeArticle);
}

}  // namespace nangdok
