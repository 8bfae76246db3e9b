// Where the body is: the tail starts at the copyright line (or a comment section), and the body
// is the best contiguous run of prose before it, as in jusText's block classification.
#pragma once

#include <cstddef>

#include "clean/layout_line.hpp"

namespace nangdok {

struct BodyRun {
    std::size_t begin = 0, end = 0;  // [begin, end)
    bool found() const { return end > begin; }
};

std::size_t tail_start(const LayoutLines& lines);

// The body run within [0, limit), extended over related-article boxes.
BodyRun find_body_run(const LayoutLines& lines, std::size_t limit);

}  // namespace nangdok
