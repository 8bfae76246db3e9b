#include "core/clause_cutter.hpp"

#include "core/utf8.hpp"

namespace nangdok {
namespace {

// eSpeak NG ends a clause at these when a space or the end follows them (a '.' inside "3.14" or
// a ',' inside "1,000" does not end one).
bool ends_clause(char c) { return c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':'; }

}  // namespace

std::size_t espeak_clause_cost(std::string_view ch) {
    char32_t c = decode_utf8_char(ch);
    if (c >= 0xAC00 && c <= 0xD7A3) {
        const bool has_final = (c - 0xAC00) % 28 != 0;
        return (has_final ? 3 : 2) * 3;
    }
    return ch.size();
}

std::string cut_long_clauses(std::string_view text, std::size_t budget) {
    std::string out;
    out.reserve(text.size() + text.size() / 64);
    std::size_t cost = 0;
    std::size_t last_space = std::string::npos;  // index in `out` of the clause's last space
    std::size_t cost_after_space = 0;

    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = utf8_char_length(text, i);
        const std::string_view ch = text.substr(i, len);
        const std::size_t ch_cost = espeak_clause_cost(ch);
        const bool at_end_or_space = i + len >= text.size() || text[i + len] == ' ' || text[i + len] == '\n';
        const bool clause_ends_here = (len == 1 && ends_clause(ch[0]) && at_end_or_space) || ch == "\n";

        // Punctuation that ends the clause needs no cut before it.
        if (cost + ch_cost > budget && cost > 0 && !clause_ends_here) {
            // The new clause starts with the space after the comma, as eSpeak (and a second pass of
            // this function) will count it.
            // A cut at the last space only helps when what follows it fits; otherwise cut here.
            if (last_space != std::string::npos && 1 + cost_after_space + ch_cost <= budget) {
                out.insert(last_space, ",");
                cost = 1 + cost_after_space;
            } else {
                out += ", ";
                cost = 1;
            }
            last_space = std::string::npos;
            cost_after_space = 0;
        }

        if (ch == " ") {
            last_space = out.size();
            cost_after_space = 0;
        } else {
            cost_after_space += ch_cost;
        }
        out.append(ch);
        cost += ch_cost;

        if (clause_ends_here) {
            cost = 0;
            last_space = std::string::npos;
            cost_after_space = 0;
        }
        i += len;
    }
    return out;
}

}  // namespace nangdok
