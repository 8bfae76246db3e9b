#include "html/html_page.hpp"

#include "clean/article_layout.hpp"
#include "clean/block_cleaner.hpp"
#include "clean/page_text.hpp"

namespace nangdok {

HtmlCleanedPage clean_html_page(std::string_view bytes, std::string_view transport_charset) {
    HtmlArticle article = extract_html_article(bytes, transport_charset);
    HtmlCleanedPage out;
    out.method = article.method;
    out.encoding = article.encoding;
    out.encoding_note = article.encoding_note;
    if (article.method == ExtractionMethod::text) {
        std::string text;
        for (const PageBlock& block : article.blocks) text += block.text + "\n";
        // The bytes were decoded by their charset already: no mojibake repair (clean_page's first
        // step), which would refuse Latin-1 prose.
        out.page = lay_out_article(page_lines(normalize_page_text(text)));
    } else {
        out.page = clean_blocks(article.blocks, article.headline);
    }
    if (!article.outlet.empty()) out.page.outlet = article.outlet;
    if (!article.author.empty()) out.page.byline = article.author;
    if (!article.date.empty()) out.page.date = article.date;
    return out;
}

}  // namespace nangdok
