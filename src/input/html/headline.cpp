#include "html/headline.hpp"

#include <string>
#include <vector>

#include "clean/line_rules.hpp"
#include "core/utf8.hpp"
#include "html/title_separators_table.hpp"

namespace nangdok {
namespace {

// Letters and digits only, lower-cased ASCII: titles differ from their <h1> in quotes, dashes and
// spacing.
std::string comparable(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = utf8_char_length(s, i);
        const char c = s[i];
        if (len > 1) out.append(s.substr(i, len));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
        else if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
        i += len;
    }
    return out;
}

int characters(std::string_view s) {
    int n = 0;
    for (std::size_t i = 0; i < s.size(); i += utf8_char_length(s, i)) ++n;
    return n;
}

// The <h1> is the headline when one of the page's titles contains it or it contains the title.
bool matches_title(const std::string& h1, const std::string& title) {
    constexpr std::size_t kMinComparable = 8;
    if (h1.size() < kMinComparable || title.size() < kMinComparable) return false;
    return title.find(h1) != std::string::npos || h1.find(title) != std::string::npos;
}

bool headline_sized(std::string_view part) {
    constexpr int kMinWords = 2, kMinCharacters = 6;
    int words = 1;
    for (char c : part) words += c == ' ';
    return words >= kMinWords || characters(part) >= kMinCharacters;
}

// A site's or section's name: a few words.
bool name_sized(std::string_view part) {
    constexpr int kMaxNameWords = 4;
    int words = 1;
    for (char c : part) words += c == ' ';
    return !part.empty() && words <= kMaxNameWords;
}

// Each mark of the table with a space on either side: " | ", " - ".
const std::vector<std::string>& title_separators() {
    static const std::vector<std::string> separators = [] {
        std::vector<std::string> out;
        for (std::string_view mark : html_tables::kTitleSeparators) out.push_back(" " + std::string(mark) + " ");
        return out;
    }();
    return separators;
}

// The first separator of the title, npos when none; its length in `size`.
std::size_t first_separator(std::string_view t, std::size_t& size) {
    std::size_t first = std::string_view::npos;
    for (const std::string& sep : title_separators()) {
        const std::size_t at = t.find(sep);
        if (at != std::string_view::npos && at < first) first = at, size = sep.size();
    }
    return first;
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return std::string(s);
}

}  // namespace

std::string strip_site_name(std::string_view title, std::string_view site_name) {
    std::string t = trimmed(title);
    if (!site_name.empty() && t.size() > site_name.size() + 3) {
        for (const std::string& sep : title_separators()) {
            const std::string suffix = std::string(sep) + std::string(site_name);
            const std::string prefix = std::string(site_name) + std::string(sep);
            if (t.ends_with(suffix)) return strip_site_name(t.substr(0, t.size() - suffix.size()), {});
            if (t.starts_with(prefix)) return strip_site_name(t.substr(prefix.size()), {});
        }
    }
    // Cut once, at the last separator ("Headline - Section | Site" keeps "Headline - Section"):
    // a headline may hold a separator of its own.
    std::size_t cut = std::string::npos, cut_size = 0;
    for (const std::string& sep : title_separators()) {
        const std::size_t at = t.rfind(sep);
        if (at != std::string::npos && (cut == std::string::npos || at > cut)) cut = at, cut_size = sep.size();
    }
    if (cut == std::string::npos) return strip_headline_suffix(t);
    std::string head = trimmed(std::string_view(t).substr(0, cut));
    std::string tail = trimmed(std::string_view(t).substr(cut + cut_size));
    if (headline_sized(head) && name_sized(tail)) return head;
    // "Site | Headline": the name comes first.
    std::size_t first_size = 0;
    const std::size_t first = first_separator(t, first_size);  // there is one: `cut` found it
    std::string lead = trimmed(std::string_view(t).substr(0, first));
    std::string rest = trimmed(std::string_view(t).substr(first + first_size));
    if (name_sized(lead) && headline_sized(rest)) return rest;
    return t;
}

std::string site_name_from_title(std::string_view title) {
    const std::string t = trimmed(title);
    std::size_t cut = std::string::npos, cut_size = 0;
    for (const std::string& sep : title_separators()) {
        const std::size_t at = t.rfind(sep);
        if (at != std::string::npos && (cut == std::string::npos || at > cut)) cut = at, cut_size = sep.size();
    }
    if (cut == std::string::npos) return {};
    std::string tail = trimmed(std::string_view(t).substr(cut + cut_size));
    return name_sized(tail) && headline_sized(std::string_view(t).substr(0, cut)) ? tail : std::string();
}

std::string choose_headline(const HeadlineSources& s) {
    const std::string titles[] = {comparable(s.og_title), comparable(s.structured_headline), comparable(s.title)};
    for (const std::string& h1 : s.h1s) {
        const std::string c = comparable(h1);
        for (const std::string& title : titles)
            if (matches_title(c, title) && c.size() * 2 >= title.size()) return h1;
    }
    if (!s.og_title.empty()) return strip_site_name(s.og_title, s.site_name);
    if (!s.structured_headline.empty()) return s.structured_headline;
    // Only a <title>: a visible line that is most of it is the headline as the page shows it,
    // without the title's section label or site name.
    const std::string site = comparable(site_name_from_title(s.title));
    for (const std::string& line : s.top_lines) {
        const std::string c = comparable(line);
        if (c != site && matches_title(c, titles[2]) && c.size() * 2 >= titles[2].size()) return line;
    }
    if (!s.title.empty()) return strip_site_name(s.title, s.site_name);
    return s.h1s.empty() ? std::string() : s.h1s.front();
}

}  // namespace nangdok
