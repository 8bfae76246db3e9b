#include "html/dom_extraction.hpp"

#include "html/candidate_scoring.hpp"
#include "html/node_stats.hpp"
#include "html/region_cleaning.hpp"

namespace nangdok {
namespace {

constexpr int kEnoughChars = 500;

struct Pass {
    bool strip_unlikely, weight_classes, clean_conditionally;
};

bool inside_any(const PageTree& tree, const std::vector<int>& roots, int node) {
    for (int root : roots)
        if (root <= node && node < tree[root].end) return true;
    return false;
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
    if (pass.clean_conditionally) clean_region(tree, choice.roots, own, skip, pass.weight_classes, removed);

    DomArticle article;
    for (int root : choice.roots) {
        std::vector<TextLine> part = text_lines(tree, root, removed);
        if (!part.empty()) part.front().joins_previous = false;
        for (TextLine& line : part) {
            article.chars += line.chars;
            article.lines.push_back(std::move(line));
        }
    }
    return article;
}

}  // namespace

DomArticle extract_dom_article(const PageTree& tree) {
    constexpr Pass kPasses[] = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    DomArticle best;
    for (const Pass& pass : kPasses) {
        DomArticle attempt = run_pass(tree, pass);
        if (attempt.chars >= kEnoughChars) return attempt;
        if (attempt.chars > best.chars) best = std::move(attempt);
    }
    return best;
}

std::vector<TextLine> all_page_lines(const PageTree& tree) {
    return text_lines(tree, 0, std::vector<char>(static_cast<std::size_t>(tree.size()), 0));
}

}  // namespace nangdok
