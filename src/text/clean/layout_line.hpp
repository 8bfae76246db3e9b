// A page line as the layout sees it: its text, what its wording says it is (LineKind), its prose
// signals, whether a rule has dropped it, and why it was finally kept or dropped. Shared by the
// layout passes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "clean/korean_signals.hpp"
#include "clean/line_rules.hpp"
#include "clean/page_text.hpp"

namespace nangdok {

// Why a line was kept or dropped: `clean --json` reports it per block, so a wrong page can be read.
enum class Reason : std::uint8_t {
    none,
    // kept
    headline, deck, body,
    // dropped by its wording, wherever it stands
    ui, summary, caption, byline, date, copyright, comments, tail, list_header, spoken_byline, signoff,
    // dropped by its shape or place
    menu,           // a run of short navigation items
    headline_list,  // other stories' headlines: a run of short or truncated title lines
    label,          // a section or series label, a speaker marker, a kicker above the headline
    duplicate,      // an earlier copy of a later block (teaser, summary bullet, caption)
    headline_copy,  // the headline printed again
    after_tail,     // after the copyright line or the comment section
    outside_body,   // title-like or short lines that are neither the head nor the body run
    empty_after_cut // nothing left once the byline or credit was cut from it
};

const char* reason_name(Reason reason);

// The reason a dropped line of this kind gets.
Reason reason_for(LineKind kind);

struct LayoutLine {
    const PageLine* page = nullptr;
    LineKind kind = LineKind::text;
    ProseSignals signals;
    bool empty = true;
    bool prose = false;
    bool dropped = false;
    bool suspect = false;
    bool repeated_title = false;  // a short line the page prints twice (safe_drops.hpp)
    // A paragraph with the copyright notice glued to its end: the text before the notice is read,
    // and the tail starts after this line.
    std::size_t glued_tail_at = std::string::npos;

    std::string_view readable_text() const { return std::string_view(text()).substr(0, glued_tail_at); }  // reads like a sentence but addresses the reader about the page (line_shapes.hpp)
    Reason reason = Reason::none;

    const std::string& text() const { return page->text; }

    // Drops the line for `why`, keeping the first reason given.
    void drop(Reason why) {
        dropped = true;
        prose = false;
        if (reason == Reason::none) reason = why;
    }
};

using LayoutLines = std::vector<LayoutLine>;

struct CleanedPage;
// The outlet, byline and date the page's copyright, byline and date lines give (the first of each).
void read_metadata_lines(const LayoutLines& lines, CleanedPage& page);

}  // namespace nangdok
