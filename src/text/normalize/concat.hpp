// String building for the rule modules.
#pragma once

#include <string>
#include <string_view>

namespace nangdok::normalize {

// Joins words without the temporaries of a chain of operator+ (which also trips GCC 12's
// -Wrestrict false positive).
template <typename... Parts>
std::string concat(const Parts&... parts) {
    std::string out;
    out.reserve((std::string_view(parts).size() + ...));
    (out.append(std::string_view(parts)), ...);
    return out;
}

}  // namespace nangdok::normalize
