// How symbols are said. Marks that structure a headline become pauses; quotes and brackets are
// silent; a few symbols have a Korean name. The table is data/normalize/symbols.tsv.
#pragma once

#include <string_view>

namespace nangdok::normalize {

struct SymbolEntry {
    char32_t symbol;
    std::string_view said;     // empty: silent
    std::string_view spacing;  // "around" a word, "after" a pause mark or silence, "none"
};

}  // namespace nangdok::normalize

// The table itself, compiled from data/normalize/symbols.tsv.
#include "normalize/data/symbols.hpp"
