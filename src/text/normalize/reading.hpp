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
    // Said as part of the word before, with no space between: a range's 에서 (열 시에서) and the
    // particle after a closing quote (확신한다"고 → 확신한다고).
    bool joins_previous = false;
    // `spoken` is a particle whose form follows what was said before it (particles.hpp): the
    // normalizer chooses it again and attaches it (1bp=0.01%p → 일 비피는).
    bool particle = false;
};

using MaybeReading = std::optional<Reading>;

}  // namespace nangdok::normalize
