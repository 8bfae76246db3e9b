#include "html/meta_charset.hpp"

#include <optional>

namespace nangdok {
namespace {

// The standard looks at the first 1024 bytes; pages whose <head> opens with long inline scripts
// put the declaration later, and browsers still honour it, so we look further.
constexpr std::size_t kPrescanBytes = 16 * 1024;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower(c);
    return out;
}

struct Attribute {
    std::string name, value;
};

// "Get an attribute" from the prescan algorithm: reads one name="value" pair at pos; nullopt at
// the end of the tag (pos is then just after '>').
std::optional<Attribute> next_attribute(std::string_view s, std::size_t& pos) {
    while (pos < s.size() && (is_space(s[pos]) || s[pos] == '/')) ++pos;
    if (pos >= s.size() || s[pos] == '>') {
        if (pos < s.size()) ++pos;
        return std::nullopt;
    }
    Attribute a;
    while (pos < s.size() && !is_space(s[pos]) && s[pos] != '/' && s[pos] != '>' && (a.name.empty() || s[pos] != '='))
        a.name.push_back(lower(s[pos++]));
    while (pos < s.size() && is_space(s[pos])) ++pos;
    if (pos >= s.size() || s[pos] != '=') return a;
    ++pos;
    while (pos < s.size() && is_space(s[pos])) ++pos;
    if (pos < s.size() && (s[pos] == '"' || s[pos] == '\'')) {
        const char quote = s[pos++];
        while (pos < s.size() && s[pos] != quote) a.value.push_back(lower(s[pos++]));
        if (pos < s.size()) ++pos;
    } else {
        while (pos < s.size() && !is_space(s[pos]) && s[pos] != '>') a.value.push_back(lower(s[pos++]));
    }
    return a;
}

// The charset named by one <meta> tag's attributes, empty when it names none.
std::string meta_tag_charset(std::string_view s, std::size_t& pos) {
    std::string charset, content;
    bool content_type = false;
    while (auto a = next_attribute(s, pos)) {
        if (a->name == "charset" && charset.empty()) charset = a->value;
        else if (a->name == "content" && content.empty()) content = a->value;
        else if (a->name == "http-equiv") content_type = a->value == "content-type";
    }
    if (!charset.empty()) return charset;
    return content_type ? charset_from_content_type(content) : std::string();
}

}  // namespace

std::string charset_from_content_type(std::string_view value) {
    const std::string v = lowered(value);
    for (std::size_t at = v.find("charset"); at != std::string::npos; at = v.find("charset", at + 1)) {
        std::size_t pos = at + 7;
        while (pos < v.size() && is_space(v[pos])) ++pos;
        if (pos >= v.size() || v[pos] != '=') continue;
        ++pos;
        while (pos < v.size() && is_space(v[pos])) ++pos;
        std::string label;
        if (pos < v.size() && (v[pos] == '"' || v[pos] == '\'')) {
            const char quote = v[pos++];
            const std::size_t end = v.find(quote, pos);
            if (end == std::string::npos) return {};
            label = v.substr(pos, end - pos);
        } else {
            while (pos < v.size() && !is_space(v[pos]) && v[pos] != ';') label.push_back(v[pos++]);
        }
        return label;
    }
    return {};
}

std::string declared_meta_charset(std::string_view bytes) {
    const std::string_view s = bytes.substr(0, kPrescanBytes);
    std::size_t pos = 0;
    while (pos < s.size()) {
        if (s.substr(pos, 4) == "<!--") {
            const std::size_t end = s.find("-->", pos + 2);
            if (end == std::string_view::npos) return {};
            pos = end + 3;
        } else if (s[pos] == '<' && pos + 5 < s.size() && lowered(s.substr(pos + 1, 4)) == "meta" &&
                   (is_space(s[pos + 5]) || s[pos + 5] == '/')) {
            pos += 5;
            std::string label = meta_tag_charset(s, pos);
            if (!label.empty()) return label;
        } else if (s[pos] == '<' && pos + 1 < s.size() &&
                   (is_letter(s[pos + 1]) || (s[pos + 1] == '/' && pos + 2 < s.size() && is_letter(s[pos + 2])))) {
            while (pos < s.size() && !is_space(s[pos]) && s[pos] != '>') ++pos;
            while (next_attribute(s, pos)) {
            }
        } else if (s[pos] == '<' && pos + 1 < s.size() && (s[pos + 1] == '!' || s[pos + 1] == '/' || s[pos + 1] == '?')) {
            const std::size_t end = s.find('>', pos + 1);
            if (end == std::string_view::npos) return {};
            pos = end + 1;
        } else {
            ++pos;
        }
    }
    return {};
}

}  // namespace nangdok
