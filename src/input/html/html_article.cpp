#include "html/html_article.hpp"

#include "html/dom_extraction.hpp"
#include "html/gumbo_document.hpp"
#include "html/head_metadata.hpp"
#include "html/headline.hpp"
#include "html/html_decode.hpp"
#include "html/json_ld.hpp"
#include "html/page_tree.hpp"
#include "html/source_trim.hpp"
#include "html/text_lines.hpp"

namespace nangdok {
namespace {

// No container that scored, or less than this from one the page does not mark as the article
// (about two sentences), means the structure did not show the article.
constexpr int kMinDomLength = 80;
// A JSON-LD body shorter than this, or much shorter than the DOM's article, is a summary.
constexpr int kMinStructuredChars = 200;
// …unless it is a few finished sentences: a short Korean article is dense.
constexpr int kMinStructuredSentences = 3, kMinShortStructuredChars = 80;
constexpr double kMinStructuredShareOfDom = 0.6;

struct ParsedPage {
    DecodedHtml decoded;
    TrimmedHtml trimmed;
    GumboDocument document;
    PageTree tree;

    ParsedPage(std::string_view bytes, std::string_view transport_charset)
        : decoded(decode_html_bytes(bytes, transport_charset)),
          trimmed(trim_html_source(decoded.html)),
          document(std::move(trimmed.html)),
          tree(document.root()) {
        decoded.html = std::string();  // the parser holds its own copy
    }
};

std::vector<PageBlock> to_blocks(std::vector<TextLine>&& lines) {
    std::vector<PageBlock> blocks;
    blocks.reserve(lines.size());
    for (TextLine& line : lines) blocks.push_back({std::move(line.text), line.joins_previous});
    return blocks;
}

int visible_chars(std::string_view s) {
    int n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\t' && c != '\r') ++n;
    return n;
}

int sentence_ends(std::string_view s) {
    int n = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\n' ||
                                                             s[i + 1] == '"' || s[i + 1] == '\''))
            ++n;
    return n;
}

bool looks_truncated(std::string_view body) {
    while (!body.empty() && (body.back() == ' ' || body.back() == '\n' || body.back() == '\r')) body.remove_suffix(1);
    return body.ends_with("…") || body.ends_with("...") || body.ends_with("&hellip;") || body.ends_with("[…]");
}

bool has_markup(std::string_view s) {
    for (std::size_t at = s.find('<'); at != std::string_view::npos && at + 1 < s.size(); at = s.find('<', at + 1)) {
        const char c = s[at + 1];
        if (((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/') && s.find('>', at) != std::string_view::npos)
            return true;
    }
    return false;
}

// A JSON-LD articleBody as blocks: markup is parsed like the page; plain text has a paragraph per line.
std::vector<PageBlock> structured_blocks(const std::string& body) {
    if (has_markup(body)) {
        GumboDocument fragment = GumboDocument::fragment(trim_html_source(body).html);
        return to_blocks(all_page_lines(PageTree(fragment.root())));
    }
    std::vector<PageBlock> blocks;
    std::size_t start = 0;
    while (start <= body.size()) {
        std::size_t end = body.find('\n', start);
        if (end == std::string::npos) end = body.size();
        std::string line = single_text_line(std::string_view(body).substr(start, end - start));
        if (!line.empty()) blocks.push_back({std::move(line), false});
        start = end + 1;
    }
    return blocks;
}

// The date a <time datetime> element gives, for pages without one in their metadata.
std::string first_time_element(const PageTree& tree) {
    for (int i = 0; i < tree.size(); ++i)
        if (tree[i].tag == GUMBO_TAG_TIME && !tree.attribute(i, "datetime").empty())
            return std::string(tree.attribute(i, "datetime"));
    return {};
}

std::vector<std::string> first_lines(const PageTree& tree) {
    constexpr std::size_t kTopLines = 200;
    std::vector<TextLine> lines = all_page_lines(tree);
    std::vector<std::string> out;
    for (std::size_t k = 0; k < lines.size() && k < kTopLines; ++k) out.push_back(std::move(lines[k].text));
    return out;
}

// A JSON-LD body given as one run of text is cut where the page's own paragraphs start, so that
// the listener still hears paragraph breaks.
std::vector<PageBlock> split_like_page(std::vector<PageBlock> blocks, const std::vector<TextLine>& page_lines) {
    constexpr std::size_t kProbeBytes = 24;  // a paragraph's opening words, to find it by
    if (blocks.size() != 1 || page_lines.empty()) return blocks;
    const std::string body = std::move(blocks.front().text);
    std::vector<PageBlock> out;
    std::size_t start = 0, search_from = 0;
    for (const TextLine& line : page_lines) {
        if (line.joins_previous || line.text.size() < kProbeBytes) continue;
        std::size_t probe = kProbeBytes;
        while (probe < line.text.size() && (static_cast<unsigned char>(line.text[probe]) & 0xC0) == 0x80) ++probe;
        const std::size_t at = body.find(std::string_view(line.text).substr(0, probe), search_from);
        if (at == std::string::npos) continue;
        if (at > start) out.push_back({body.substr(start, at - start), false});
        start = at;
        search_from = at + probe;
    }
    out.push_back({body.substr(start), false});
    for (PageBlock& block : out)
        while (!block.text.empty() && block.text.back() == ' ') block.text.pop_back();
    return out;
}

std::vector<std::string> h1_texts(const PageTree& tree) {
    constexpr std::size_t kMaxH1 = 5;
    std::vector<std::string> out;
    const std::vector<char> none(static_cast<std::size_t>(tree.size()), 0);
    for (int i = 0; i < tree.size() && out.size() < kMaxH1; ++i) {
        if (tree[i].tag != GUMBO_TAG_H1) continue;
        std::string text;
        for (TextLine& line : text_lines(tree, i, none)) text += (text.empty() ? "" : " ") + line.text;
        if (!text.empty()) out.push_back(std::move(text));
        i = tree[i].end - 1;
    }
    return out;
}

}  // namespace

const char* method_name(ExtractionMethod method) {
    switch (method) {
        case ExtractionMethod::json_ld: return "json-ld";
        case ExtractionMethod::dom: return "dom";
        case ExtractionMethod::text: return "text";
    }
    return "text";
}

HtmlArticle extract_html_article(std::string_view bytes, std::string_view transport_charset) {
    ParsedPage page(bytes, transport_charset);
    const HeadMetadata head = read_head_metadata(page.document.root());
    const StructuredArticle structured = read_json_ld(page.trimmed.json_ld);

    HtmlArticle article;
    article.encoding = page.decoded.encoding;
    article.encoding_note = page.decoded.note;
    article.outlet = !head.site_name.empty()       ? head.site_name
                     : !structured.publisher.empty() ? structured.publisher
                                                     : site_name_from_title(head.title);
    article.author = !structured.author.empty() ? structured.author : head.author;
    article.date = !structured.date.empty() ? structured.date : !head.date.empty() ? head.date : first_time_element(page.tree);
    // The page's first lines are only looked at when nothing but <title> names the article.
    const bool title_only = head.og_title.empty() && structured.headline.empty();
    article.headline = choose_headline({h1_texts(page.tree), title_only ? first_lines(page.tree) : std::vector<std::string>{},
                                        head.og_title, structured.headline, head.title, head.site_name});

    for (std::string* field : {&article.outlet, &article.author, &article.date, &article.headline})
        *field = single_text_line(*field);

    DomArticle dom = extract_dom_article(page.tree);
    const int structured_chars = visible_chars(structured.body);
    const bool enough = structured_chars >= kMinStructuredChars ||
                        (structured_chars >= kMinShortStructuredChars &&
                         sentence_ends(structured.body) >= kMinStructuredSentences);
    if (enough && !looks_truncated(structured.body) && structured_chars >= kMinStructuredShareOfDom * dom.chars) {
        article.method = ExtractionMethod::json_ld;
        article.blocks = split_like_page(structured_blocks(structured.body), dom.lines);
    } else if (dom.scored && dom.length > 0 && (dom.marked || dom.length >= kMinDomLength)) {
        article.method = ExtractionMethod::dom;
        article.blocks = to_blocks(std::move(dom.lines));
    } else {
        article.method = ExtractionMethod::text;
        article.blocks = to_blocks(all_page_lines(page.tree));
    }
    return article;
}

HtmlArticle html_page_lines(std::string_view bytes, std::string_view transport_charset) {
    ParsedPage page(bytes, transport_charset);
    HtmlArticle article;
    article.encoding = page.decoded.encoding;
    article.encoding_note = page.decoded.note;
    article.blocks = to_blocks(all_page_lines(page.tree));
    return article;
}

}  // namespace nangdok
