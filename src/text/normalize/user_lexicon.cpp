#include "normalize/user_lexicon.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/errors.hpp"
#include "decode/decode.hpp"

namespace nangdok::normalize {
namespace {

bool latin_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

}  // namespace

UserLexicon UserLexicon::parse(std::string_view tsv, const std::string& source) {
    // A binary file would otherwise fail on its first line without a tab, which misleads.
    std::size_t bad = std::min(tsv.find('\0'), find_invalid_utf8(tsv));
    if (bad != std::string_view::npos) {
        const auto line = 1 + std::count(tsv.begin(), tsv.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
        throw UsageError(source + ":" + std::to_string(line) + ": byte offset " + std::to_string(bad) +
                         ": binary data; a lexicon is UTF-8 text, one written form, a tab and a spoken form a line");
    }
    UserLexicon lexicon;
    std::size_t start = 0;
    int line_number = 0;
    while (start < tsv.size()) {
        std::size_t end = tsv.find('\n', start);
        if (end == std::string_view::npos) end = tsv.size();
        const std::string_view line = tsv.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (trim(line).empty() || trim(line).front() == '#') continue;
        const std::size_t tab = line.find('\t');
        const std::string_view written = tab == std::string_view::npos ? std::string_view{} : trim(line.substr(0, tab));
        const std::string_view spoken = tab == std::string_view::npos ? std::string_view{} : trim(line.substr(tab + 1));
        if (written.empty() || spoken.empty())
            throw UsageError(source + ":" + std::to_string(line_number) +
                             ": expected the written form, a tab, and the spoken form");
        lexicon.entries_.push_back({std::string(written), std::string(spoken)});
    }
    std::stable_sort(lexicon.entries_.begin(), lexicon.entries_.end(),
                     [](const Entry& a, const Entry& b) { return a.written.size() > b.written.size(); });
    lexicon.by_first_.assign(256, {});
    for (std::size_t k = 0; k < lexicon.entries_.size(); ++k)
        lexicon.by_first_[static_cast<unsigned char>(lexicon.entries_[k].written.front())].push_back(k);
    return lexicon;
}

UserLexicon UserLexicon::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw UsageError(file.string() + ": cannot read the lexicon");
    std::ostringstream text;
    text << in.rdbuf();
    return parse(text.str(), file.string());
}

std::string UserLexicon::apply(std::string_view text) const {
    if (entries_.empty()) return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const Entry* found = nullptr;
        for (std::size_t k : by_first_[static_cast<unsigned char>(text[i])]) {
            const Entry& entry = entries_[k];
            if (text.compare(i, entry.written.size(), entry.written) != 0) continue;
            const std::size_t after = i + entry.written.size();
            if (latin_letter(entry.written.front()) && i > 0 && latin_letter(text[i - 1])) continue;
            if (latin_letter(entry.written.back()) && after < text.size() && latin_letter(text[after])) continue;
            found = &entry;
            break;
        }
        if (found == nullptr) {
            out += text[i++];
            continue;
        }
        // Spaces keep the spoken form a word of its own for the rules that follow.
        out += ' ' + found->spoken + ' ';
        i += found->written.size();
    }
    return out;
}

}  // namespace nangdok::normalize
