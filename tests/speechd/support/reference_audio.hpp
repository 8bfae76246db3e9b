// What `nangdok read` makes of a text, to compare the module's speech with.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace nangdok::test_support {

// The samples `nangdok read --no-clean -j 1 --text TEXT -o x.wav` writes; empty when it fails.
std::vector<int16_t> read_reference(const std::string& text, const std::vector<std::string>& options = {});

// |a - b| <= tolerance * b
bool within(double a, double b, double tolerance);

}  // namespace nangdok::test_support
