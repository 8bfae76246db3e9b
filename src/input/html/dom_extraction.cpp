#include "html/dom_extraction.hpp"

#include <algorithm>
#include <string>

#include "html/candidate_scoring.hpp"
#include "html/edge_dates.hpp"
#include "html/node_stats.hpp"
#include "html/region_cleaning.hpp"

namespace nangdok {
namespace {

// Readability.js's threshold, in its unit: characters with the spaces between words.
constexpr int kEnoughLength = 500;
constexpr int kEnoughMarkedLength = 200;

struct Pass {
    bool strip_unlikely, weight_classes, clean_conditionally;
};

bool inside_any(const PageTree& tree, const std::vector<int>& roots, int node) {
    for (int root : roots)
        if (root <= node && node < tree[root].end) return true;
    return false;
}

struct Paragraph {
    std::size_t begin, end;  // lines [begin, end)
    int chars = 0, link_chars = 0, words = 0;
};

std::vector<Paragraph> paragraphs_of(const std::vector<TextLine>& lines) {
    std::vector<Paragraph> out;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (out.empty() || !lines[k].joins_previous) out.push_back({k, k, 0, 0, 0});
        Paragraph& p = out.back();
        p.end = k + 1;
        p.chars += lines[k].chars;
        p.link_chars += lines[k].link_chars;
        p.words += 1 + static_cast<int>(std::count(lines[k].text.begin(), lines[k].text.end(), ' '));
    }
    return out;
}

// Mostly link text: a list of other stories or "Read more: …". A finished sentence with a link over
// half its words is still the article's, unless the link is nearly all of it.
bool link_paragraph(const std::vector<TextLine>& lines, const Paragraph& p) {
    if (p.chars == 0 || p.link_chars * 2 <= p.chars) return false;
    if (p.link_chars * 10 > p.chars * 8) return true;
    constexpr int kMinSentenceWords = 8;
    const std::string& last = lines[p.end - 1].text;
    const bool sentence = p.words >= kMinSentenceWords && (last.ends_with('.') || last.ends_with(".\"") ||
                                                           last.ends_with(".”") || last.ends_with("다."));
    return !sentence;
}

// A short line that does not end a sentence, introducing a run of link paragraphs.
bool list_label(const std::vector<TextLine>& lines, const Paragraph& p) {
    constexpr int kMaxLabelWords = 5;
    if (p.words > kMaxLabelWords || p.link_chars > 0) return false;
    const std::string& text = lines[p.end - 1].text;
    const bool sentence_end = text.ends_with('.') || text.ends_with('!') || text.ends_with('?');
    return !sentence_end || text.ends_with("...");
}

std::vector<TextLine> without_link_paragraphs(std::vector<TextLine> lines) {
    const std::vector<Paragraph> paragraphs = paragraphs_of(lines);
    std::vector<char> drop(paragraphs.size(), 0);
    for (std::size_t k = 0; k < paragraphs.size(); ++k) {
        if (!link_paragraph(lines, paragraphs[k])) continue;
        drop[k] = 1;
        if (k > 0 && !drop[k - 1] && list_label(lines, paragraphs[k - 1])) drop[k - 1] = 1;
    }
    std::vector<TextLine> kept;
    for (std::size_t k = 0; k < paragraphs.size(); ++k) {
        if (drop[k]) continue;
        for (std::size_t i = paragraphs[k].begin; i < paragraphs[k].end; ++i) kept.push_back(std::move(lines[i]));
        kept[kept.size() - (paragraphs[k].end - paragraphs[k].begin)].joins_previous = false;
    }
    return kept;
}

DomArticle run_pass(const PageTree& tree, Pass pass) {
    const std::size_t n = static_cast<std::size_t>(tree.size());
    std::vector<char> skip(n, 0);
    if (pass.strip_unlikely)
        for (std::size_t i = 0; i < n; ++i) skip[i] = tree[static_cast<int>(i)].unlikely;

    const std::vector<TextLine> lines = text_lines(tree, 0, skip);
    const std::vector<NodeStats> own = own_stats(tree, lines, skip);
    const std::vector<NodeStats> stats = subtree_stats(tree, own, skip);
    const CandidateChoice choice = choose_candidate(tree, lines, stats, pass.weight_classes);

    std::vector<char> removed = skip;
    // A form is page furniture unless the article is inside it (some sites wrap the whole page).
    for (std::size_t i = 0; i < n; ++i)
        if (tree[static_cast<int>(i)].tag == GUMBO_TAG_FORM && !inside_any(tree, {static_cast<int>(i)}, choice.top))
            removed[i] = 1;
    if (pass.clean_conditionally) clean_region(tree, choice.top, choice.roots, own, skip, pass.weight_classes, removed);

    std::vector<TextLine> region;
    for (int root : choice.roots) {
        std::vector<TextLine> part = text_lines(tree, root, removed);
        if (!part.empty()) part.front().joins_previous = false;
        for (TextLine& line : part) region.push_back(std::move(line));
    }
    DomArticle article;
    article.marked = tree[choice.top].tag == GUMBO_TAG_ARTICLE || (pass.weight_classes && tree[choice.top].class_weight > 0);
    article.scored = choice.top != tree.body();
    article.lines = without_edge_dates(without_link_paragraphs(std::move(region)));
    for (const TextLine& line : article.lines) {
        article.chars += line.chars;
        article.length += line.length;
    }
    return article;
}

}  // namespace

DomArticle extract_dom_article(const PageTree& tree) {
    constexpr Pass kPasses[] = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    DomArticle best;
    for (const Pass& pass : kPasses) {
        DomArticle attempt = run_pass(tree, pass);
        // A short article in a container the page marks as the article is the article: retrying
        // without the hints would find a longer comment instead.
        if (attempt.length >= kEnoughLength || (attempt.marked && attempt.length >= kEnoughMarkedLength)) return attempt;
        if (attempt.length > best.length) best = std::move(attempt);
    }
    return best;
}

std::vector<TextLine> all_page_lines(const PageTree& tree) {
    return text_lines(tree, 0, std::vector<char>(static_cast<std::size_t>(tree.size()), 0));
}

}  // namespace nangdok
