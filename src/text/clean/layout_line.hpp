// A page line as the layout sees it: its text, what its wording says it is (LineKind), its prose
// signals, and whether a rule has dropped it. Shared by the layout passes.
#pragma once

#include <string>
#include <vector>

#include "clean/korean_signals.hpp"
#include "clean/line_rules.hpp"
#include "clean/page_text.hpp"

namespace nangdok {

struct LayoutLine {
    const PageLine* page = nullptr;
    LineKind kind = LineKind::text;
    ProseSignals signals;
    bool empty = true;
    bool prose = false;
    bool dropped = false;

    const std::string& text() const { return page->text; }
};

using LayoutLines = std::vector<LayoutLine>;

}  // namespace nangdok
