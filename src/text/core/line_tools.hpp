// Small text helpers shared by the text stages.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nangdok {

// Splits on '\n'; the pieces keep their inner text untouched.
std::vector<std::string_view> split_lines(std::string_view text);

// Trims ASCII spaces at both ends and folds inner runs of spaces into one.
std::string fold_spaces(std::string_view line);

// Whether word starts (ends) with any of the pieces: a table of prefixes, particles or endings.
bool starts_with_any(std::string_view word, std::span<const std::string_view> starts);
bool ends_with_any(std::string_view word, std::span<const std::string_view> ends);

// A-Z made a-z; every other byte (UTF-8 included) as it is.
std::string ascii_lower(std::string_view text);

}  // namespace nangdok
