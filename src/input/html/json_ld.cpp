#include "html/json_ld.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "html/article_types_table.hpp"

namespace nangdok {
namespace {

using nlohmann::json;

// Raw control characters are invalid inside JSON strings and harmless as spaces outside them;
// CDATA and comment wrappers are dropped.
std::string tolerant_source(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    for (std::string_view wrapper : {"<![CDATA[", "]]>", "<!--", "-->"})
        for (std::size_t at; (at = out.find(wrapper)) != std::string::npos;) out.replace(at, wrapper.size(), " ");
    return out;
}

bool is_article_type(const json& type) {
    auto known = [](const json& t) {
        return t.is_string() && std::find(std::begin(html_tables::kArticleTypes), std::end(html_tables::kArticleTypes),
                                          t.get_ref<const std::string&>()) != std::end(html_tables::kArticleTypes);
    };
    if (type.is_array()) return std::any_of(type.begin(), type.end(), known);
    return known(type);
}

// A string, a {"name": …} object or a list of them; nesting deeper than a name list or two is
// not a name (and a hostile page could nest it a million deep).
std::string text_of(const json& value, int depth = 0) {
    constexpr int kMaxDepth = 4;
    if (value.is_string()) return value.get<std::string>();
    if (depth >= kMaxDepth) return {};
    if (value.is_object() && value.contains("name")) return text_of(value["name"], depth + 1);
    if (value.is_array()) {
        std::string joined;
        for (const json& item : value) {
            const std::string name = text_of(item, depth + 1);
            if (!name.empty()) joined += (joined.empty() ? "" : ", ") + name;
        }
        return joined;
    }
    return {};
}

void fill(const json& object, StructuredArticle& out) {
    auto take = [&](std::string& field, const char* key) {
        if (field.empty() && object.contains(key)) field = text_of(object[key]);
    };
    take(out.headline, "headline");
    take(out.body, "articleBody");
    take(out.author, "author");
    take(out.date, "datePublished");
    take(out.publisher, "publisher");
}

}  // namespace

StructuredArticle read_json_ld(const std::vector<std::string>& scripts) {
    StructuredArticle out;
    for (const std::string& script : scripts) {
        const json document = json::parse(tolerant_source(script), nullptr, /*allow_exceptions=*/false);
        if (document.is_discarded()) continue;
        // Depth-first without recursion: objects found inside arrays, "@graph" and other values.
        std::vector<const json*> pending{&document};
        while (!pending.empty()) {
            const json* value = pending.back();
            pending.pop_back();
            if (value->is_object()) {
                if (value->contains("@type") && is_article_type((*value)["@type"])) fill(*value, out);
                for (auto it = value->rbegin(); it != value->rend(); ++it)
                    if (it->is_structured()) pending.push_back(&*it);
            } else if (value->is_array()) {
                for (auto it = value->rbegin(); it != value->rend(); ++it)
                    if (it->is_structured()) pending.push_back(&*it);
            }
        }
        if (!out.body.empty()) break;
    }
    return out;
}

}  // namespace nangdok
