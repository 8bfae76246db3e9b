#include "clean/layout_line.hpp"

#include "clean/clean.hpp"
#include "clean/page_metadata.hpp"

namespace nangdok {

const char* reason_name(Reason reason) {
    switch (reason) {
        case Reason::none: return "none";
        case Reason::headline: return "headline";
        case Reason::deck: return "deck";
        case Reason::body: return "body";
        case Reason::ui: return "ui";
        case Reason::summary: return "summary";
        case Reason::caption: return "caption";
        case Reason::byline: return "byline";
        case Reason::date: return "date";
        case Reason::copyright: return "copyright";
        case Reason::comments: return "comments";
        case Reason::tail: return "tail";
        case Reason::list_header: return "list-header";
        case Reason::spoken_byline: return "spoken-byline";
        case Reason::signoff: return "signoff";
        case Reason::menu: return "menu";
        case Reason::headline_list: return "headline-list";
        case Reason::label: return "label";
        case Reason::duplicate: return "duplicate";
        case Reason::headline_copy: return "headline-copy";
        case Reason::after_tail: return "after-tail";
        case Reason::outside_body: return "outside-body";
        case Reason::empty_after_cut: return "empty-after-cut";
    }
    return "none";
}

void read_metadata_lines(const LayoutLines& lines, CleanedPage& page) {
    for (const LayoutLine& line : lines) {
        if (line.empty) continue;
        if (page.outlet.empty() && line.kind == LineKind::copyright) page.outlet = outlet_from_copyright(line.text());
        if (page.byline.empty() && line.kind == LineKind::byline) page.byline = byline_from_line(line.text());
        // ndsoft pages put the date on the byline line ("기자명 박찬 기자 입력 2025.06.18 18:05").
        if (page.date.empty() && (line.kind == LineKind::date || line.kind == LineKind::byline))
            page.date = date_from_line(line.text());
    }
}

Reason reason_for(LineKind kind) {
    switch (kind) {
        case LineKind::text: return Reason::none;
        case LineKind::ui: return Reason::ui;
        case LineKind::summary_label: return Reason::summary;
        case LineKind::caption: return Reason::caption;
        case LineKind::byline: return Reason::byline;
        case LineKind::date: return Reason::date;
        case LineKind::copyright: return Reason::copyright;
        case LineKind::tail_anchor: return Reason::comments;
        case LineKind::tail: return Reason::tail;
        case LineKind::list_header: return Reason::list_header;
        case LineKind::spoken_byline: return Reason::spoken_byline;
        case LineKind::signoff: return Reason::signoff;
    }
    return Reason::none;
}

}  // namespace nangdok
