#include "html/candidate_scoring.hpp"

#include <algorithm>

namespace nangdok {
namespace {

constexpr int kMinParagraphChars = 25;
constexpr int kAncestorLevels = 5;
constexpr std::size_t kTopCandidates = 5;

double tag_base(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_DIV: return 5;
        case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
        case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
        case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
        default: return 0;
    }
}

bool stops_climb(const PageTree& tree, int i) {
    return i < 0 || tree[i].tag == GUMBO_TAG_BODY || tree[i].tag == GUMBO_TAG_HTML || tree[i].node->type == GUMBO_NODE_DOCUMENT;
}

class Scorer {
public:
    Scorer(const PageTree& tree, const std::vector<NodeStats>& stats, bool weight_classes)
        : tree_(tree), stats_(stats), weight_classes_(weight_classes),
          score_(static_cast<std::size_t>(tree.size()), 0.0), initialised_(static_cast<std::size_t>(tree.size()), 0) {}

    void add_paragraph(int container, int chars, int link_chars, int commas) {
        if (chars < kMinParagraphChars) return;
        const double link_share = chars > 0 ? static_cast<double>(link_chars) / chars : 0.0;
        const double points = (1.0 + commas + std::min(chars / 100, 3)) * (1.0 - link_share);
        // A <p>, or a block holding nothing but inline content, is the paragraph: its parent
        // gathers the score. A block mixing text with other blocks gathers it itself.
        const PageNode& c = tree_[container];
        int ancestor = is_paragraph_tag(c.tag) || !c.has_block_child ? c.parent : container;
        for (int level = 0; level < kAncestorLevels && ancestor >= 0 && !is_document(ancestor); ++level) {
            initialise(ancestor);
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            score_[static_cast<std::size_t>(ancestor)] += points / divider;
            ancestor = tree_[ancestor].parent;
        }
    }

    CandidateChoice choose() {
        std::vector<int> candidates;
        for (int i = 0; i < tree_.size(); ++i) {
            if (!initialised_[static_cast<std::size_t>(i)]) continue;
            score_[static_cast<std::size_t>(i)] *= 1.0 - stats_[static_cast<std::size_t>(i)].link_density();
            candidates.push_back(i);
        }
        std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) { return score(a) > score(b); });
        if (candidates.size() > kTopCandidates) candidates.resize(kTopCandidates);

        CandidateChoice choice;
        if (candidates.empty() || stops_climb(tree_, candidates.front())) {
            choice.top = tree_.body();
            choice.roots = {choice.top};
            choice.scores = std::move(score_);
            return choice;
        }
        int top = common_ancestor_of_near_best(candidates);
        top = climb_to_better_parent(top);
        while (!stops_climb(tree_, tree_[top].parent) && tree_.children(tree_[top].parent).size() == 1)
            top = tree_[top].parent;
        choice.top = top;
        choice.roots = with_siblings(top);
        choice.scores = std::move(score_);
        return choice;
    }

private:
    bool is_document(int i) const { return tree_[i].node->type == GUMBO_NODE_DOCUMENT; }
    double score(int i) const { return score_[static_cast<std::size_t>(i)]; }

    void initialise(int i) {
        if (initialised_[static_cast<std::size_t>(i)]) return;
        initialised_[static_cast<std::size_t>(i)] = 1;
        score_[static_cast<std::size_t>(i)] = tag_base(tree_[i].tag) + (weight_classes_ ? tree_[i].class_weight : 0);
    }

    bool is_ancestor(int ancestor, int node) const { return ancestor <= node && node < tree_[ancestor].end; }

    // Several candidates nearly as good as the best, under one ancestor: the article is split
    // into sections and the ancestor holds them all.
    int common_ancestor_of_near_best(const std::vector<int>& candidates) {
        constexpr int kMinAlternatives = 3;
        const int top = candidates.front();
        std::vector<int> alternatives;
        for (std::size_t k = 1; k < candidates.size(); ++k)
            if (score(candidates[k]) >= 0.75 * score(top)) alternatives.push_back(candidates[k]);
        if (static_cast<int>(alternatives.size()) < kMinAlternatives) return top;
        for (int parent = tree_[top].parent; !stops_climb(tree_, parent); parent = tree_[parent].parent) {
            const auto holds = std::count_if(alternatives.begin(), alternatives.end(),
                                             [&](int a) { return is_ancestor(parent, a); });
            if (holds >= kMinAlternatives) {
                initialise(parent);
                return parent;
            }
        }
        return top;
    }

    // A parent that scores higher than the best (its other children add to the article) wins,
    // as long as the scores on the way up do not fall below a third of the best.
    int climb_to_better_parent(int top) {
        double last = score(top);
        const double threshold = last / 3;
        for (int parent = tree_[top].parent; !stops_climb(tree_, parent); parent = tree_[parent].parent) {
            if (!initialised_[static_cast<std::size_t>(parent)]) continue;
            if (score(parent) < threshold) break;
            if (score(parent) > last) return parent;
            last = score(parent);
        }
        return top;
    }

    std::vector<int> with_siblings(int top) {
        const int parent = tree_[top].parent;
        if (parent < 0 || stops_climb(tree_, top)) return {top};
        const double threshold = std::max(10.0, score(top) * 0.2);
        std::vector<int> roots;
        for (int sibling : tree_.children(parent)) {
            if (sibling == top) {
                roots.push_back(sibling);
                continue;
            }
            // A header holds the title, byline and deck, which the page's metadata gives.
            if (tree_[sibling].tag == GUMBO_TAG_HEADER) continue;
            double bonus = 0;
            if (!tree_[top].class_name.empty() && tree_[sibling].class_name == tree_[top].class_name) bonus = score(top) * 0.2;
            if (initialised_[static_cast<std::size_t>(sibling)] && score(sibling) + bonus >= threshold) {
                roots.push_back(sibling);
            } else if (acts_as_paragraph(sibling) && reads_as_prose(sibling)) {
                roots.push_back(sibling);
            }
        }
        return roots;
    }

    // A <p>, or a <div> holding only inline content (Readability.js turns those into <p>s).
    bool acts_as_paragraph(int i) const {
        const PageNode& n = tree_[i];
        return n.tag == GUMBO_TAG_P || ((n.tag == GUMBO_TAG_DIV || n.tag == GUMBO_TAG_SECTION) && !n.has_block_child);
    }

    bool reads_as_prose(int p) const {
        const NodeStats& s = stats_[static_cast<std::size_t>(p)];
        if (s.chars > 80) return s.link_density() < 0.25;
        return s.chars > 0 && s.link_chars == 0 && ends_sentence_somewhere(p);
    }

    bool ends_sentence_somewhere(int p) const {
        for (int i = p; i < tree_[p].end; ++i) {
            if (!tree_[i].is_text) continue;
            const std::string_view t = tree_.text(i);
            for (std::size_t at = t.find('.'); at != std::string_view::npos; at = t.find('.', at + 1))
                if (at + 1 == t.size() || t[at + 1] == ' ') return true;
        }
        return false;
    }

    const PageTree& tree_;
    const std::vector<NodeStats>& stats_;
    bool weight_classes_;
    std::vector<double> score_;
    std::vector<char> initialised_;
};

}  // namespace

CandidateChoice choose_candidate(const PageTree& tree, const std::vector<TextLine>& lines,
                                 const std::vector<NodeStats>& stats, bool weight_classes) {
    Scorer scorer(tree, stats, weight_classes);
    for (std::size_t k = 0; k < lines.size();) {
        // A paragraph: a line and the lines a single <br> joins to it.
        int chars = lines[k].chars, link_chars = lines[k].link_chars, commas = lines[k].commas;
        const int container = lines[k].container;
        std::size_t next = k + 1;
        for (; next < lines.size() && lines[next].joins_previous; ++next) {
            chars += lines[next].chars;
            link_chars += lines[next].link_chars;
            commas += lines[next].commas;
        }
        scorer.add_paragraph(container, chars, link_chars, commas);
        k = next;
    }
    return scorer.choose();
}

}  // namespace nangdok
