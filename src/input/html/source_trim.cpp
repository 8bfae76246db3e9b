#include "html/source_trim.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>

namespace nangdok {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Elements that never hold children, and elements the tree builder closes by itself (a new <p>
// closes the open one): neither deepens the tree, so neither counts toward the nesting limit.
constexpr std::array<std::string_view, 35> kNotNesting{
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr", "keygen", "basefont", "bgsound", "frame", "image", "menuitem",
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rb", "rt", "rp"};

// Raw text and RCDATA elements: their content is text up to their own end tag.
constexpr std::array<std::string_view, 6> kRawText{"title", "textarea", "xmp", "iframe", "noembed", "noframes"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& set, std::string_view name) {
    return std::find(set.begin(), set.end(), name) != set.end();
}

struct Tag {
    std::string name;   // lower-cased
    std::string type;   // the type attribute's value, lower-cased (for scripts)
    bool self_closing = false;
    std::size_t end = 0;  // one past '>' (or the input's end)
};

// Reads the tag starting at s[pos] == '<' (pos + 1 a letter, or '/' and a letter), following the
// tokenizer's attribute states so that quoted values may hold '>'.
Tag read_tag(std::string_view s, std::size_t pos) {
    Tag tag;
    std::size_t i = pos + 1 + (s[pos + 1] == '/' ? 1 : 0);
    while (i < s.size() && !is_space(s[i]) && s[i] != '/' && s[i] != '>') tag.name.push_back(lower(s[i++]));
    std::string attribute;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '>') {
            tag.end = i + 1;
            return tag;
        }
        if (is_space(c)) {
            ++i;
            continue;
        }
        if (c == '/') {
            tag.self_closing = i + 1 < s.size() && s[i + 1] == '>';
            ++i;
            continue;
        }
        attribute.clear();
        // The first character of a name may be '=' (a parse error the tokenizer keeps).
        attribute.push_back(lower(s[i++]));
        while (i < s.size() && !is_space(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') attribute.push_back(lower(s[i++]));
        std::size_t j = i;
        while (j < s.size() && is_space(s[j])) ++j;
        if (j >= s.size() || s[j] != '=') continue;
        i = j + 1;
        while (i < s.size() && is_space(s[i])) ++i;
        std::size_t value_begin = i, value_end = i;
        if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
            const char quote = s[i];
            value_begin = i + 1;
            const std::size_t close = s.find(quote, value_begin);
            value_end = close == std::string_view::npos ? s.size() : close;
            i = value_end + 1;
        } else {
            while (i < s.size() && !is_space(s[i]) && s[i] != '>') ++i;
            value_end = i;
        }
        if (attribute == "type" && tag.type.empty())
            for (std::size_t k = value_begin; k < value_end && k < s.size(); ++k) tag.type.push_back(lower(s[k]));
    }
    tag.end = s.size();
    return tag;
}

// Where the raw text of element `name` ends: the start of "</name" followed by a space, '/' or
// '>', or the input's end.
std::size_t raw_text_end(std::string_view s, std::size_t from, std::string_view name) {
    for (std::size_t at = s.find("</", from); at != std::string_view::npos; at = s.find("</", at + 2)) {
        const std::size_t after = at + 2 + name.size();
        if (after > s.size()) break;
        bool same = true;
        for (std::size_t k = 0; k < name.size() && same; ++k) same = lower(s[at + 2 + k]) == name[k];
        if (same && (after == s.size() || is_space(s[after]) || s[after] == '/' || s[after] == '>')) return at;
    }
    return s.size();
}

// One past the '>' of the end tag starting at `at` (or the input's end).
std::size_t past_end_tag(std::string_view s, std::size_t at) {
    if (at >= s.size()) return s.size();
    const std::size_t close = s.find('>', at);
    return close == std::string_view::npos ? s.size() : close + 1;
}

class Trimmer {
public:
    explicit Trimmer(std::string_view s) : s_(s) { out_.html.reserve(s.size() / 2); }

    TrimmedHtml run() {
        std::size_t pos = 0;
        while (pos < s_.size()) {
            const void* found = std::memchr(s_.data() + pos, '<', s_.size() - pos);
            if (found == nullptr) {
                out_.html.append(s_.substr(pos));
                break;
            }
            const std::size_t lt = static_cast<std::size_t>(static_cast<const char*>(found) - s_.data());
            out_.html.append(s_.substr(pos, lt - pos));
            pos = markup(lt);
        }
        return std::move(out_);
    }

private:
    // Handles the markup at s_[lt] == '<'; returns where the text resumes.
    std::size_t markup(std::size_t lt) {
        const std::string_view rest = s_.substr(lt);
        if (rest.starts_with("<!--")) {
            // "<!-->" and "<!--->" are complete (empty) comments.
            if (rest.starts_with("<!-->")) return lt + 5;
            if (rest.starts_with("<!--->")) return lt + 6;
            const std::size_t close = s_.find("-->", lt + 4);
            return close == std::string_view::npos ? s_.size() : close + 3;
        }
        if (rest.size() >= 2 && (rest[1] == '!' || rest[1] == '?')) return copy_to_gt(lt);
        const bool end_tag = rest.size() >= 3 && rest[1] == '/' && is_letter(rest[2]);
        if (!end_tag && !(rest.size() >= 2 && is_letter(rest[1]))) {
            out_.html.push_back('<');
            return lt + 1;
        }
        const Tag tag = read_tag(s_, lt);
        if (end_tag) return close_element(tag, lt);
        if (tag.name == "script" || tag.name == "style") {
            const std::size_t body_end = raw_text_end(s_, tag.end, tag.name);
            if (tag.name == "script" && tag.type.find("ld+json") != std::string::npos)
                out_.json_ld.emplace_back(s_.substr(tag.end, body_end - tag.end));
            return past_end_tag(s_, body_end);
        }
        if (tag.name == "plaintext") {
            out_.html.append(s_.substr(lt));
            return s_.size();
        }
        if (one_of(kRawText, tag.name)) {
            const std::size_t body_end = raw_text_end(s_, tag.end, tag.name);
            const std::size_t after = past_end_tag(s_, body_end);
            out_.html.append(s_.substr(lt, after - lt));
            return after;
        }
        if (!tag.self_closing && !one_of(kNotNesting, tag.name)) {
            if (open_.size() >= kMaxNesting) {
                ++dropped_[tag.name];
                ++out_.dropped_tags;
                return tag.end;
            }
            open_.push_back(tag.name);
        }
        out_.html.append(s_.substr(lt, tag.end - lt));
        return tag.end;
    }

    std::size_t close_element(const Tag& tag, std::size_t lt) {
        if (auto it = dropped_.find(tag.name); it != dropped_.end() && it->second > 0) {
            --it->second;
            ++out_.dropped_tags;
            return tag.end;
        }
        // Pop to the matching open element when it is near the top; a stray end tag changes nothing.
        constexpr std::size_t kSearch = 32;
        for (std::size_t k = 0; k < open_.size() && k < kSearch; ++k)
            if (open_[open_.size() - 1 - k] == tag.name) {
                open_.resize(open_.size() - 1 - k);
                break;
            }
        out_.html.append(s_.substr(lt, tag.end - lt));
        return tag.end;
    }

    std::size_t copy_to_gt(std::size_t lt) {
        const std::size_t close = s_.find('>', lt + 1);
        const std::size_t end = close == std::string_view::npos ? s_.size() : close + 1;
        out_.html.append(s_.substr(lt, end - lt));
        return end;
    }

    std::string_view s_;
    TrimmedHtml out_;
    std::vector<std::string> open_;
    std::unordered_map<std::string, std::size_t> dropped_;
};

}  // namespace

TrimmedHtml trim_html_source(std::string_view html) { return Trimmer(html).run(); }

}  // namespace nangdok
