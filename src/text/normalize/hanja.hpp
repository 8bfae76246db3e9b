// Hanja in Korean text: headline abbreviations from a news table, everything else from the hanja
// dictionary of Debian's libhangul-data (words first, longest match, then single characters).
// The dictionary is read once, on the first hanja the news table does not know; without it the
// unknown hanja are dropped rather than handed to eSpeak, which would switch to Chinese.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <string_view>

namespace nangdok::normalize {

// Where libhangul-data installs its dictionary (lines of reading:hanja:meaning).
// $NANGDOK_HANJA_DICTIONARY, when set, names another file in the same format (or none at all).
inline constexpr std::string_view kLibhangulHanjaPath = "/usr/share/libhangul/hanja/hanja.txt";

// A run of hanja in Hangul. `word_initial`: the run begins a word, so the initial sound law applies
// (女性 → 여성); not in a name glued to Latin letters (樂-STAR → 락스타).
std::string read_hanja(std::string_view run, bool word_initial = true);

// Whether the dictionary was found (it is loaded on the first call).
bool hanja_dictionary_available();

// For tests: the reading of a hanja word or character in a dictionary text in libhangul's format,
// choosing as read_hanja does.
class HanjaDictionary {
public:
    static HanjaDictionary parse(std::string_view text);
    // Longest entry at the start of `run`: its reading and its length in bytes; {"", 0} if none.
    std::pair<std::string, std::size_t> longest_prefix(std::string_view run) const;
    bool empty() const;

private:
    struct Impl;
    std::shared_ptr<const Impl> impl_;
};

}  // namespace nangdok::normalize
