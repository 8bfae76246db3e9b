#include "html/html_sniff.hpp"

#include <string>

namespace nangdok {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lower(s[i]) != prefix[i]) return false;
    return true;
}

bool ends_with_nocase(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && starts_with_nocase(s.substr(s.size() - suffix.size()), suffix);
}

bool html_name(std::string_view name) {
    // A URL's query or fragment is not part of its name.
    if (auto cut = name.find_first_of("?#"); cut != std::string_view::npos && name.find("://") != std::string_view::npos)
        name = name.substr(0, cut);
    return ends_with_nocase(name, ".html") || ends_with_nocase(name, ".htm") || ends_with_nocase(name, ".xhtml");
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The first bytes as ASCII: UTF-16 with a byte order mark loses its zero bytes, so that its
// markup can be recognised as well.
std::string opening(std::string_view bytes) {
    constexpr std::size_t kSniffBytes = 4096;
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const bool utf16 = bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
    if (utf16) bytes.remove_prefix(2);
    bytes = bytes.substr(0, kSniffBytes);
    std::string out;
    out.reserve(bytes.size());
    for (char c : bytes)
        if (!utf16 || c != '\0') out.push_back(c);
    return out;
}

}  // namespace

bool looks_like_html(std::string_view bytes, std::string_view name) {
    if (html_name(name)) return true;
    const std::string head = opening(bytes);
    std::string_view rest = head;
    for (;;) {
        while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
        std::string_view close;
        if (rest.starts_with("<?")) close = "?>";
        else if (rest.starts_with("<!--")) close = "-->";
        else break;
        const std::size_t end = rest.find(close);
        if (end == std::string_view::npos) return false;
        rest.remove_prefix(end + close.size());
    }
    return starts_with_nocase(rest, "<!doctype html") || starts_with_nocase(rest, "<html");
}

bool read_as_html(HtmlChoice choice, std::string_view bytes, std::string_view name) {
    switch (choice) {
        case HtmlChoice::html: return true;
        case HtmlChoice::text: return false;
        case HtmlChoice::detect: break;
    }
    return looks_like_html(bytes, name);
}

}  // namespace nangdok
