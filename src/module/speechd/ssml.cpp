#include "speechd/ssml.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

namespace nangdok::speechd {
namespace {

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::optional<char32_t> numeric_reference(std::string_view body) {  // body: "#38" or "#x26"
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    unsigned long value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return std::nullopt;
    return static_cast<char32_t>(value);
}

struct Tag {
    std::string name;  // lowercase, without a namespace prefix
    bool closing = false;
    bool self_closing = false;
    std::string attributes;
};

// The tag starting at ssml[at] == '<', or nothing when it is not one (then '<' is text).
std::optional<Tag> read_tag(std::string_view ssml, std::size_t at, std::size_t& end) {
    std::size_t i = at + 1;
    Tag tag;
    if (i < ssml.size() && ssml[i] == '/') tag.closing = true, ++i;
    const std::size_t name_start = i;
    while (i < ssml.size() && (std::isalnum(static_cast<unsigned char>(ssml[i])) || ssml[i] == '-' ||
                               ssml[i] == ':' || ssml[i] == '_'))
        ++i;
    if (i == name_start || !std::isalpha(static_cast<unsigned char>(ssml[name_start]))) return std::nullopt;
    // The tag ends at the first '>' outside quotes.
    char quote = 0;
    std::size_t close = i;
    for (; close < ssml.size(); ++close) {
        if (quote) {
            if (ssml[close] == quote) quote = 0;
        } else if (ssml[close] == '"' || ssml[close] == '\'') {
            quote = ssml[close];
        } else if (ssml[close] == '>') {
            break;
        } else if (ssml[close] == '<') {
            return std::nullopt;
        }
    }
    if (close >= ssml.size()) return std::nullopt;
    std::string name(ssml.substr(name_start, i - name_start));
    if (const std::size_t colon = name.rfind(':'); colon != std::string::npos) name.erase(0, colon + 1);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    tag.name = std::move(name);
    tag.attributes = std::string(ssml.substr(i, close - i));
    tag.self_closing = close > i && ssml[close - 1] == '/';
    end = close + 1;
    return tag;
}

std::string attribute(const std::string& attributes, std::string_view name) {
    std::size_t at = 0;
    while ((at = attributes.find(name, at)) != std::string::npos) {
        const bool starts_word = at == 0 || std::isspace(static_cast<unsigned char>(attributes[at - 1]));
        std::size_t i = at + name.size();
        while (i < attributes.size() && attributes[i] == ' ') ++i;
        if (starts_word && i < attributes.size() && attributes[i] == '=') {
            ++i;
            while (i < attributes.size() && attributes[i] == ' ') ++i;
            if (i < attributes.size() && (attributes[i] == '"' || attributes[i] == '\'')) {
                const std::size_t close = attributes.find(attributes[i], i + 1);
                if (close == std::string::npos) return {};
                return decode_entities(std::string_view(attributes).substr(i + 1, close - i - 1));
            }
        }
        at += name.size();
    }
    return {};
}

// SSML's break: time="250ms" or "1.5s", else strength (medium when neither is given).
int break_ms(const std::string& attributes) {
    const std::string time = attribute(attributes, "time");
    if (!time.empty()) {
        double value = 0;
        const auto [end, error] = std::from_chars(time.data(), time.data() + time.size(), value);
        const std::string_view unit(end, static_cast<std::size_t>(time.data() + time.size() - end));
        if (error == std::errc() && value >= 0 && (unit == "ms" || unit == "s"))
            return static_cast<int>(std::min(unit == "s" ? value * 1000 : value, 10000.0));
    }
    const std::string strength = attribute(attributes, "strength");
    if (strength == "none") return 0;
    if (strength == "x-weak") return 100;
    if (strength == "weak") return 200;
    if (strength == "strong") return 600;
    if (strength == "x-strong") return 1000;
    return 400;
}

class PieceList {
public:
    void text(std::string_view raw, bool spell) { add(decode_entities(raw), spell); }
    void add(std::string decoded, bool spell) {
        if (decoded.empty()) return;
        if (!pieces_.empty() && pieces_.back().kind == SsmlPiece::Kind::text && pieces_.back().spell == spell)
            pieces_.back().text += decoded;
        else
            pieces_.push_back({SsmlPiece::Kind::text, std::move(decoded), 0, spell});
    }
    void mark(std::string name) { pieces_.push_back({SsmlPiece::Kind::mark, std::move(name), 0, false}); }
    void pause(int ms) {
        if (ms > 0) pieces_.push_back({SsmlPiece::Kind::pause, {}, ms, false});
    }
    std::vector<SsmlPiece> take() {
        std::erase_if(pieces_, [](const SsmlPiece& p) { return p.kind == SsmlPiece::Kind::text && p.text.empty(); });
        return std::move(pieces_);
    }

private:
    std::vector<SsmlPiece> pieces_;
};

}  // namespace

std::string decode_entities(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t semicolon = text[i] == '&' ? text.find(';', i) : std::string_view::npos;
        if (semicolon == std::string_view::npos || semicolon - i > 10) {
            out += text[i];
            continue;
        }
        const std::string_view body = text.substr(i + 1, semicolon - i - 1);
        std::optional<char32_t> c;
        if (body == "amp") c = U'&';
        else if (body == "lt") c = U'<';
        else if (body == "gt") c = U'>';
        else if (body == "quot") c = U'"';
        else if (body == "apos") c = U'\'';
        else if (body.starts_with("#")) c = numeric_reference(body);
        if (!c) {
            out += text[i];
            continue;
        }
        append_utf8(out, *c);
        i = semicolon;
    }
    return out;
}

std::vector<SsmlPiece> parse_ssml(std::string_view ssml) {
    PieceList pieces;
    int spelling = 0;  // depth of <say-as interpret-as="characters">
    std::vector<bool> say_as_spells;
    int skipping = 0;  // inside <sub>: its content is replaced by the alias
    std::size_t text_start = 0;
    std::size_t i = 0;
    auto flush_text = [&](std::size_t until) {
        if (skipping == 0) pieces.text(ssml.substr(text_start, until - text_start), spelling > 0);
    };
    while (i < ssml.size()) {
        if (ssml[i] != '<') {
            ++i;
            continue;
        }
        if (ssml.substr(i, 4) == "<!--" || ssml.substr(i, 2) == "<?") {
            const bool comment = ssml[i + 1] == '!';
            const std::size_t close = ssml.find(comment ? "-->" : "?>", i);
            flush_text(i);
            i = close == std::string_view::npos ? ssml.size() : close + (comment ? 3 : 2);
            text_start = i;
            continue;
        }
        std::size_t end = 0;
        const std::optional<Tag> tag = read_tag(ssml, i, end);
        if (!tag) {
            ++i;
            continue;
        }
        flush_text(i);
        i = text_start = end;
        if (tag->name == "mark" && !tag->closing) {
            if (std::string name = attribute(tag->attributes, "name"); !name.empty()) pieces.mark(std::move(name));
        } else if (tag->name == "break" && !tag->closing) {
            pieces.pause(break_ms(tag->attributes));
        } else if (tag->name == "say-as" && !tag->self_closing) {
            if (tag->closing) {
                if (!say_as_spells.empty()) {
                    spelling -= say_as_spells.back() ? 1 : 0;
                    say_as_spells.pop_back();
                }
            } else {
                const std::string kind = attribute(tag->attributes, "interpret-as");
                const bool spell = kind == "characters" || kind == "tts:char" || kind == "spell-out";
                say_as_spells.push_back(spell);
                spelling += spell ? 1 : 0;
            }
        } else if (tag->name == "sub" && !tag->self_closing) {
            if (tag->closing) {
                skipping = std::max(0, skipping - 1);
            } else {
                pieces.add(attribute(tag->attributes, "alias"), spelling > 0);
                ++skipping;
            }
        }
    }
    flush_text(ssml.size());
    return pieces.take();
}

}  // namespace nangdok::speechd
