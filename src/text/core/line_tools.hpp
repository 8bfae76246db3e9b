// Small text helpers shared by the text stages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nangdok {

// Splits on '\n'; the pieces keep their inner text untouched.
std::vector<std::string_view> split_lines(std::string_view text);

// Trims ASCII spaces at both ends and folds inner runs of spaces into one.
std::string fold_spaces(std::string_view line);

}  // namespace nangdok
