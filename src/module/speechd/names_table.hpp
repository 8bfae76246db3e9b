// The names a Korean screen-reader user hears for punctuation marks and keys: data/speechd/*.tsv.
#pragma once

#include <string_view>

namespace nangdok::speechd {

struct Mark {
    std::string_view written;
    std::string_view name;
    std::string_view read_from;  // the lowest punctuation mode that reads it: some, most or all
};

struct KeyName {
    std::string_view key;
    std::string_view name;
};

}  // namespace nangdok::speechd

#include "speechd/data/punctuation_names.hpp"  // kMarks
#include "speechd/data/key_names.hpp"  // kKeyNames
