#include "segment/utterance_cutter.hpp"

#include <algorithm>
#include <vector>

#include "segment/segment_word_tables.hpp"
#include "segment/text_scan.hpp"
#include "synth/clause_cutter.hpp"

namespace nangdok {
namespace {

constexpr std::string_view kMyeo = "며";
constexpr std::string_view kGo = "고";

// The characters that end a clause for eSpeak NG (as in clause_cutter), when a space follows.
bool is_boundary(char32_t c) { return c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':'; }

bool is_noun_ending_in_go(std::string_view text, std::size_t end) {
    const std::string_view word = scan::word_ending_at(text, end, 16);
    return std::find(segment_words::kNounsEndingInGo.begin(), segment_words::kNounsEndingInGo.end(), word) !=
           segment_words::kNounsEndingInGo.end();
}

}  // namespace

std::string cut_utterances(std::string_view text, std::size_t max_chars, std::size_t clause_budget) {
    std::vector<std::size_t> insert_at;  // byte offsets in text where "," goes
    std::size_t chars = 0;               // characters since the last boundary
    std::size_t cost = 0;                // their cost inside eSpeak NG's clause buffer
    std::size_t last_myeo = std::string_view::npos, myeo_chars = 0, myeo_cost = 0;
    std::size_t last_go = std::string_view::npos, go_chars = 0, go_cost = 0;

    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = utf8_char_length(text, i);
        const char32_t c = decode_utf8_char(text.substr(i, len));
        ++chars;
        cost += espeak_clause_cost(text.substr(i, len));
        const bool space_follows = i + len < text.size() && text[i + len] == ' ';
        if (is_boundary(c) && (space_follows || i + len == text.size())) {
            chars = cost = 0;
            last_myeo = last_go = std::string_view::npos;
        } else if (space_follows && text.substr(i, len) == kMyeo && i > 0) {
            last_myeo = i + len;
            myeo_chars = chars;
            myeo_cost = cost;
        } else if (space_follows && text.substr(i, len) == kGo && i > 0 &&
                   scan::is_hangul_syllable(scan::char_before(text, i)) && !is_noun_ending_in_go(text, i + len)) {
            last_go = i + len;
            go_chars = chars;
            go_cost = cost;
        }
        if (chars > max_chars || cost > clause_budget) {
            // Cut at the latest connective; what follows it starts the next utterance.
            if (last_myeo != std::string_view::npos) {
                insert_at.push_back(last_myeo);
                chars -= myeo_chars;
                cost -= myeo_cost;
            } else if (last_go != std::string_view::npos) {
                insert_at.push_back(last_go);
                chars -= go_chars;
                cost -= go_cost;
            }
            last_myeo = last_go = std::string_view::npos;
        }
        i += len;
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
