#include "segment/utterance_cutter.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "segment/segment_word_tables.hpp"
#include "segment/text_scan.hpp"
#include "core/clause_cutter.hpp"

namespace nangdok {
namespace {

constexpr std::size_t kWordBytes = 48;  // words the rules look at are short; longer runs never match

// The characters that end a clause for eSpeak NG (as in clause_cutter), when a space follows.
bool is_boundary(char32_t c) { return c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':'; }

// How good a place the end of `word` is to pause in a long sentence: after a connective ending
// that closes a clause (-며, -지만, -는데), or, failing that, after -고. Not after -고 of a noun
// (최고, 광고) or of an auxiliary construction (갖고 있다, 하고 싶다), where a pause splits one
// verb phrase.
enum class CutQuality { none, go, strong };

CutQuality cut_quality(std::string_view word, std::string_view next_word) {
    if (!scan::is_hangul_syllable(scan::char_before(word, word.size()))) return CutQuality::none;
    for (std::string_view ending : segment_words::kClauseEndings)
        if (word.size() > ending.size() && word.ends_with(ending)) return CutQuality::strong;
    if (word.size() <= 3 || !word.ends_with("고") || segment_words::contains(segment_words::kNounsEndingInGo, word))
        return CutQuality::none;
    for (std::string_view auxiliary : segment_words::kAuxiliariesAfterGo)
        if (next_word.starts_with(auxiliary)) return CutQuality::none;
    return CutQuality::go;
}

}  // namespace

std::string cut_utterances(std::string_view text, std::size_t max_chars, std::size_t clause_budget) {
    std::vector<std::size_t> insert_at;  // byte offsets in text where "," goes
    std::size_t chars = 0;               // characters since the last boundary
    std::size_t cost = 0;                // their cost inside eSpeak NG's clause buffer
    std::size_t last_strong = std::string_view::npos, strong_chars = 0, strong_cost = 0;
    std::size_t last_go = std::string_view::npos, go_chars = 0, go_cost = 0;

    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = utf8_char_length(text, i);
        const char32_t c = decode_utf8_char(text.substr(i, len));
        ++chars;
        cost += espeak_clause_cost(text.substr(i, len));
        const std::size_t end = i + len;
        const bool space_follows = end < text.size() && text[end] == ' ';
        if (is_boundary(c) && (space_follows || end == text.size())) {
            chars = cost = 0;
            last_strong = last_go = std::string_view::npos;
        } else if (space_follows && i > 0) {
            const std::string_view word = scan::word_ending_at(text, end, kWordBytes);
            std::size_t next_end = end + 1;
            while (next_end < text.size() && next_end - end < kWordBytes && text[next_end] != ' ') ++next_end;
            switch (cut_quality(word, text.substr(end + 1, next_end - end - 1))) {
                case CutQuality::strong:
                    last_strong = end;
                    strong_chars = chars;
                    strong_cost = cost;
                    break;
                case CutQuality::go:
                    last_go = end;
                    go_chars = chars;
                    go_cost = cost;
                    break;
                case CutQuality::none:
                    break;
            }
        }
        if (chars > max_chars || cost > clause_budget) {
            // Cut at the latest clause ending, else the latest -고; what follows starts the next utterance.
            if (last_strong != std::string_view::npos) {
                insert_at.push_back(last_strong);
                chars -= strong_chars;
                cost -= strong_cost;
            } else if (last_go != std::string_view::npos) {
                insert_at.push_back(last_go);
                chars -= go_chars;
                cost -= go_cost;
            }
            last_strong = last_go = std::string_view::npos;
        }
        i = end;
    }

    std::string out;
    out.reserve(text.size() + insert_at.size());
    std::size_t from = 0;
    for (const std::size_t at : insert_at) {
        out.append(text.substr(from, at - from));
        out.push_back(',');
        from = at;
    }
    out.append(text.substr(from));
    return out;
}

}  // namespace nangdok
