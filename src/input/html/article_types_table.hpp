// schema.org types whose JSON-LD describes the article on the page (its headline, articleBody,
// author, datePublished): Article and its news and blog subtypes.
#pragma once

#include <string_view>

// The tables themselves, compiled from data/html/ (see data/input_tables.cmake).
#include "html/data/article_types.hpp"
