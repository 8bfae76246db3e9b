#include "html/text_lines.hpp"

#include <algorithm>

namespace nangdok {
namespace {

class LineBuilder {
public:
    explicit LineBuilder(std::vector<TextLine>& out) : out_(out) {}

    void text(std::string_view t, int container, bool in_link, bool in_pre) {
        for (std::size_t i = 0; i < t.size(); ++i) {
            const auto c = static_cast<unsigned char>(t[i]);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (in_pre && c == '\n') line_break();
                else space_pending_ = true;
                continue;
            }
            if (c < 0x20 || c == 0x7F) continue;
            if (c == 0xC2 && i + 1 < t.size()) {
                const auto next = static_cast<unsigned char>(t[i + 1]);
                if (next == 0xA0) {  // NBSP lays out as a space
                    space_pending_ = true;
                    ++i;
                    continue;
                }
                if (next >= 0x80 && next <= 0x9F) {  // C1 controls
                    ++i;
                    continue;
                }
            }
            if (c == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xBF &&
                static_cast<unsigned char>(t[i + 2]) == 0xBD) {  // U+FFFD: a byte no encoding explained
                i += 2;
                continue;
            }
            if (space_pending_ && !line_.text.empty()) {
                line_.text.push_back(' ');
                ++line_.length;
            }
            space_pending_ = false;
            if (line_.text.empty()) line_.container = container;
            line_.text.push_back(static_cast<char>(c));
            if ((c & 0xC0) != 0x80) {
                ++line_.chars;
                ++line_.length;
                if (in_link) ++line_.link_chars;
            }
            if (c == ',') ++line_.commas;
        }
    }

    // <br>: the line ends; a second <br> with nothing between makes it a paragraph break.
    void line_break() {
        if (!line_.text.empty()) {
            push();
            join_next_ = true;
        } else {
            join_next_ = false;
        }
    }

    void block_boundary() {
        push();
        join_next_ = false;
    }

    // Between the cells of a data table's row.
    void cell_boundary() { space_pending_ = true; }

private:
    void push() {
        space_pending_ = false;
        if (line_.text.empty()) return;
        line_.joins_previous = join_next_ && !out_.empty();
        out_.push_back(std::move(line_));
        line_ = TextLine{};
    }

    std::vector<TextLine>& out_;
    TextLine line_;
    bool space_pending_ = false;
    bool join_next_ = false;
};

// A row whose cells hold one line each: no block inside a cell, no <br>.
bool simple_row(const PageTree& tree, int row) {
    for (int i = row + 1; i < tree[row].end; ++i) {
        const PageNode& node = tree[i];
        if (node.tag == GUMBO_TAG_BR) return false;
        if (node.block && node.tag != GUMBO_TAG_TD && node.tag != GUMBO_TAG_TH) return false;
    }
    return true;
}

}  // namespace

std::vector<TextLine> text_lines(const PageTree& tree, int root, const std::vector<char>& skip) {
    std::vector<TextLine> lines;
    LineBuilder builder(lines);
    std::vector<int> open_blocks;  // block elements entered and not yet left
    int link_end = 0, pre_end = 0, simple_row_end = 0;
    const int end = tree[root].end;
    for (int i = root; i < end;) {
        while (!open_blocks.empty() && tree[open_blocks.back()].end <= i) {
            open_blocks.pop_back();
            builder.block_boundary();
        }
        const PageNode& node = tree[i];
        if (skip[static_cast<std::size_t>(i)]) {
            if (node.block) builder.block_boundary();
            i = node.end;
            continue;
        }
        if (node.is_text) {
            builder.text(tree.text(i), open_blocks.empty() ? root : open_blocks.back(), i < link_end, i < pre_end);
        } else if (node.tag == GUMBO_TAG_BR) {
            builder.line_break();
        } else if ((node.tag == GUMBO_TAG_TD || node.tag == GUMBO_TAG_TH) && i < simple_row_end) {
            builder.cell_boundary();
        } else if (node.block) {
            if (node.tag == GUMBO_TAG_TR && simple_row(tree, i)) simple_row_end = node.end;
            builder.block_boundary();
            open_blocks.push_back(i);
            if (node.tag == GUMBO_TAG_PRE) pre_end = std::max(pre_end, node.end);
        } else if (node.link) {
            link_end = std::max(link_end, node.end);
        }
        ++i;
    }
    builder.block_boundary();
    return lines;
}

std::string single_text_line(std::string_view text) {
    std::vector<TextLine> lines;
    LineBuilder builder(lines);
    builder.text(text, 0, false, false);
    builder.block_boundary();
    return lines.empty() ? std::string() : std::move(lines.front().text);
}

}  // namespace nangdok
