// Elements removed with everything inside them before extraction: code, media, form controls,
// page navigation, and captions (<figure>, <figcaption>), which a listener does not want read
// between paragraphs. <form> is not listed: some sites wrap the whole page in one, so a form is
// dropped only when the article is not inside it.
#pragma once

#include <gumbo.h>

namespace nangdok::html_tables {

inline constexpr GumboTag kDroppedTags[] = {
    GUMBO_TAG_HEAD, GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_SVG,
    GUMBO_TAG_MATH, GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_APPLET, GUMBO_TAG_CANVAS,
    GUMBO_TAG_VIDEO, GUMBO_TAG_AUDIO, GUMBO_TAG_MAP, GUMBO_TAG_FIGURE, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_SELECT,
    GUMBO_TAG_OPTION, GUMBO_TAG_OPTGROUP, GUMBO_TAG_TEXTAREA, GUMBO_TAG_INPUT, GUMBO_TAG_BUTTON, GUMBO_TAG_LABEL,
    GUMBO_TAG_DATALIST, GUMBO_TAG_NAV, GUMBO_TAG_ASIDE, GUMBO_TAG_FOOTER, GUMBO_TAG_MENU,
    GUMBO_TAG_FRAMESET, GUMBO_TAG_FRAME, GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOEMBED, GUMBO_TAG_METER,
    GUMBO_TAG_PROGRESS, GUMBO_TAG_OUTPUT, GUMBO_TAG_RT, GUMBO_TAG_RP, GUMBO_TAG_TITLE,
};

}  // namespace nangdok::html_tables

// The tables themselves, compiled from data/html/ (see data/input_tables.cmake).
#include "html/data/dropped_roles.hpp"
