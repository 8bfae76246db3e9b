// What sits between a headline and the site's or section's name in a <title> or og:title
// ("제목 | 한빛일보", "Headline - Section - Site"). The table holds the marks; a separator is the
// mark with a space on each side (title_separators()), so a hyphen inside a word or a date is never
// taken for one. A title is cut at its last separator
// only when what follows is a name's length (headline.cpp), so "Trump : …" keeps its colon.
#pragma once

#include <string_view>

// The tables themselves, compiled from data/html/ (see data/input_tables.cmake).
#include "html/data/title_separators.hpp"
