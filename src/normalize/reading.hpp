// What every rule returns: the tokens it consumed and what to say for them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "normalize/concat.hpp"

namespace nangdok::normalize {

struct Reading {
    std::size_t end = 0;  // index of the first token not consumed
    std::string spoken;
};

using MaybeReading = std::optional<Reading>;

}  // namespace nangdok::normalize
