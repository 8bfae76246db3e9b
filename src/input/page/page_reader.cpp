#include "page/page_reader.hpp"

#include "core/errors.hpp"
#include "decode/decode.hpp"
#include "html/html_page.hpp"
#include "html/meta_charset.hpp"

namespace nangdok {
namespace {

std::string media_type(std::string_view content_type) {
    std::string type(content_type.substr(0, content_type.find(';')));
    while (!type.empty() && type.back() == ' ') type.pop_back();
    for (char& c : type)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return type;
}

Article paragraphs_of(const std::vector<PageBlock>& blocks) {
    Article article;
    for (const PageBlock& block : blocks) {
        if (block.joins_previous && !article.paragraphs.empty()) article.paragraphs.back() += " " + block.text;
        else article.paragraphs.push_back(block.text);
    }
    // The same spacing and entity rules as a text file read with --no-clean.
    std::string text;
    for (const std::string& p : article.paragraphs) text += p + "\n";
    return article_from_lines(decode_article_bytes(text, "").text);
}

}  // namespace

bool source_is_html(const SourceBytes& source, HtmlChoice choice) {
    if (choice == HtmlChoice::detect && !source.content_type.empty()) {
        const std::string type = media_type(source.content_type);
        if (type == "text/html" || type == "application/xhtml+xml") return true;
        if (type == "text/plain") return false;
    }
    return read_as_html(choice, source.bytes, source.name);
}

ReadPage read_page(const SourceBytes& source, HtmlChoice choice, bool clean) {
    ReadPage out;
    if (!source_is_html(source, choice)) {
        const DecodedText decoded = decode_article_bytes(source.bytes, source.name);
        out.encoding = decoded.encoding;
        if (clean) out.page = clean_page(decoded.text);
        else out.page.article = article_from_lines(decoded.text);
        if (clean) out.doubt = doubt_about(out.page);
        return out;
    }
    out.html = true;
    // A NUL byte in a page that is not UTF-16 means binary data, as in a text file: refused, naming
    // where it is, rather than read around.
    const bool utf16 = source.bytes.starts_with("\xFF\xFE") || source.bytes.starts_with("\xFE\xFF");
    if (const std::size_t nul = source.bytes.find('\0'); nul != std::string::npos && !utf16)
        throw InputError(byte_position(source.name, source.bytes, nul) + ": NUL byte; this looks like a binary file, not a web page");
    const std::string charset = charset_from_content_type(source.content_type);
    if (!clean) {
        const HtmlArticle lines = html_page_lines(source.bytes, charset);
        out.page.article = paragraphs_of(lines.blocks);
        out.encoding = lines.encoding;
        out.note = lines.encoding_note;
        return out;
    }
    HtmlCleanedPage page = clean_html_page(source.bytes, charset);
    out.page = std::move(page.page);
    out.method = method_name(page.method);
    out.encoding = page.encoding;
    out.note = page.encoding_note;
    out.doubt = doubt_about(out.page);
    return out;
}

ReadPage read_article_page(const SourceBytes& source, HtmlChoice choice, bool clean) {
    ReadPage page = read_page(source, choice, clean);
    if (page.page.article.paragraphs.empty())
        throw InputError(source.name + (page.html ? ": nothing to read (no article text found in the page)"
                                                  : ": nothing to read (the text is empty)"));
    return page;
}

}  // namespace nangdok
