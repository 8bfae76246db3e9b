#include "normalize/latin_words.hpp"

#include <algorithm>

#include "core/line_tools.hpp"
#include "normalize/english_hangul.hpp"
#include "normalize/latin.hpp"
#include "normalize/latin_lexicon.hpp"

namespace nangdok::normalize {
namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower_case(char c) { return c >= 'a' && c <= 'z'; }


bool has_vowel_letter(std::string_view s) {
    for (char c : ascii_lower(s))
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') return true;
    return false;
}

bool vowel_at(std::string_view w, std::size_t k) {
    const char c = w[k];
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (c == 'y' && k > 0);
}

template <std::size_t N>
bool in_list(std::string_view pair, const std::array<std::string_view, N>& list) {
    return std::find(list.begin(), list.end(), pair) != list.end();
}

// Whether a word in capitals reads as an English word (KOREA, IDOL, DOWN) rather than letter by
// letter (OECD, ICBM, NCAA): Korean says capitals as letters unless they can be pronounced, and
// they can when their consonant and vowel runs are ones English words begin, continue and end with.
bool pronounceable(std::string_view word) {
    if (word.size() < 4) return false;
    const std::string w = ascii_lower(word);
    std::size_t vowels = 0, consonant_run = 0, vowel_run = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
        if (vowel_at(w, k)) {
            ++vowels;
            consonant_run = 0;
            if (++vowel_run > 2) return false;
        } else {
            vowel_run = 0;
            if (++consonant_run > 2 && !(k == 2 && w[0] == 's')) return false;
        }
    }
    if (vowels == 0 || vowels * 5 < w.size()) return false;
    const std::string_view head = std::string_view(w).substr(0, 2), tail = std::string_view(w).substr(w.size() - 2);
    if (vowel_at(w, 0) && vowel_at(w, 1) && !in_list(head, kEnglishInitialVowelPairs)) return false;
    if (!vowel_at(w, 0) && !vowel_at(w, 1) && !in_list(head, kEnglishInitialClusters)) return false;
    if (!vowel_at(w, w.size() - 2) && !vowel_at(w, w.size() - 1) && !in_list(tail, kEnglishFinalClusters)) return false;
    return true;
}

std::string read_capitals(std::string_view word, bool beside_latin) {
    // Short capitals are nearly always an abbreviation (IT, US, KBO); among English words they are
    // words too (MY CAR, MIC Drop).
    if (word.size() >= 4 || beside_latin)
        if (auto known = latin_lexicon_lookup(ascii_lower(word))) return *known;
    if (pronounceable(word)) return english_to_hangul(word);
    return letter_names(word);
}

std::string read_mixed_case(std::string_view word) {
    const std::vector<std::string_view> parts = case_parts(word);
    // PoC, MoU, DoS: a piece of one or two letters with lower case is an abbreviation's (only
    // i- and e- may begin a word so: iPad, eBay).
    for (std::size_t k = 0; k < parts.size(); ++k)
        if (parts[k].size() <= 2 && !is_all_capitals(parts[k]) && !(k == 0 && parts[k].size() == 1))
            return letter_names(word);
    std::string out;
    for (std::string_view part : parts) {
        if (!out.empty()) out += ' ';
        // aT, pH: a lone letter is its name (iPad's i and eBay's e are too), never the word a or I.
        if (part.size() == 1)
            out += letter_names(part);
        else if (is_all_capitals(part))
            out += latin_lexicon_lookup(part).value_or(letter_names(part));
        else
            out += read_latin_word(part);
    }
    return out;
}

}  // namespace

bool has_inner_capital(std::string_view word) {
    return std::any_of(word.begin() + (word.empty() ? 0 : 1), word.end(), upper);
}

std::vector<std::string_view> case_parts(std::string_view word) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t k = 1; k < word.size(); ++k) {
        // iPlayer: lower then upper; KMTNet: the last capital of a run starts the next word.
        const bool cut = (lower_case(word[k - 1]) && upper(word[k])) ||
                         (upper(word[k - 1]) && upper(word[k]) && k + 1 < word.size() && lower_case(word[k + 1]));
        if (!cut) continue;
        parts.push_back(word.substr(start, k - start));
        start = k;
    }
    parts.push_back(word.substr(start));
    return parts;
}

bool is_english_word(std::string_view word) {
    if (word.size() < 2) return false;
    if (!is_all_capitals(word)) return !has_inner_capital(word);
    return latin_lexicon_lookup(ascii_lower(word)).has_value();
}

bool reads_as_word(std::string_view word) {
    constexpr std::size_t kMinSpokenCapitals = 4;
    return is_english_word(word) || (word.size() >= kMinSpokenCapitals && is_all_capitals(word) && pronounceable(word));
}

std::string read_latin_word(std::string_view word, bool beside_latin) {
    if (auto known = latin_lexicon_lookup(word)) return *known;
    if (is_all_capitals(word)) return word.size() == 1 ? letter_names(word) : read_capitals(word, beside_latin);
    if (has_inner_capital(word)) return read_mixed_case(word);
    // A word with no vowel (tkwl, km) is an abbreviation.
    if (word.size() == 1 || !has_vowel_letter(word)) return letter_names(word);
    return english_to_hangul(word);
}

}  // namespace nangdok::normalize
