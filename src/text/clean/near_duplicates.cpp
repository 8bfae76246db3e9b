#include "clean/near_duplicates.hpp"

#include <string_view>
#include <unordered_map>

#include "core/utf8.hpp"

namespace nangdok {
namespace {

// About twelve Hangul syllables: shorter fragments ("말했다.") recur in unrelated sentences.
constexpr std::size_t kMinKeyBytes = 36;

// Spaces, quotes and brackets, which copies of one sentence write differently.
bool is_ignored(char32_t c) {
    return c == ' ' || c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == '(' ||
           c == ')' || c == '[' || c == ']' || c == '<' || c == '>' || c == 0x300C || c == 0x300D;
}

bool is_terminal(char c) { return c == '.' || c == '?' || c == '!'; }

}  // namespace

std::vector<std::string> sentence_keys(const std::string& line) {
    std::vector<std::string> keys;
    std::string key;
    auto flush = [&] {
        // The final mark is left out of the key: a summary's copy of the lead often lacks it.
        while (!key.empty() && is_terminal(key.back())) key.pop_back();
        if (key.size() >= kMinKeyBytes) keys.push_back(key);
        key.clear();
    };
    for (std::size_t i = 0; i < line.size();) {
        const std::size_t len = utf8_char_length(line, i);
        const std::string_view ch(line.data() + i, len);
        i += len;
        const bool ends_sentence = len == 1 && is_terminal(ch[0]) && (i >= line.size() || line[i] == ' ');
        if (!is_ignored(decode_utf8_char(ch))) key.append(ch);
        if (ends_sentence) flush();
    }
    flush();
    return keys;
}

std::vector<bool> earlier_copies(const std::vector<std::string>& lines, const std::vector<bool>& candidates,
                                 const std::vector<bool>& witnesses) {
    const std::size_t n = lines.size();
    std::vector<std::vector<std::string>> keys(n);
    std::unordered_map<std::string_view, std::size_t> last_seen;
    for (std::size_t i = 0; i < n; ++i) {
        if (!candidates[i] && !witnesses[i]) continue;
        keys[i] = sentence_keys(lines[i]);
        if (witnesses[i])
            for (const std::string& k : keys[i]) last_seen[k] = i;
    }
    std::vector<bool> copies(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        if (!candidates[i] || keys[i].empty()) continue;
        std::size_t covered = 0;
        bool all_later = true;
        for (const std::string& k : keys[i]) {
            auto it = last_seen.find(k);
            if (it == last_seen.end() || it->second <= i) {
                all_later = false;
                break;
            }
            covered += k.size();
        }
        // Most of the line must be repeated sentences, not one sentence inside other text.
        if (all_later && covered * 10 >= lines[i].size() * 7) copies[i] = true;
    }
    return copies;
}

}  // namespace nangdok
