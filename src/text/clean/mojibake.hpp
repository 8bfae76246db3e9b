// EUC-KR/CP949 bytes that were shown as Latin-1 (or Windows-1252) and saved as UTF-8:
// "(¼­¿ï=¿¬ÇÕ´º½º)" is "(서울=연합뉴스)". Such a line is repaired when its characters map back to
// bytes one to one and those bytes decode strictly as CP949 to Korean text; otherwise the input is
// refused, since reading it aloud would be noise.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nangdok {

// True when the line has the shape of mojibake: pairs of Latin-1 letters and symbols making up
// most of its non-ASCII text ("AI·바이오", "Café", "©" alone do not count).
bool looks_like_mojibake(std::string_view line);

// The Korean text the line was, when the round trip is lossless; nullopt otherwise.
std::optional<std::string> repair_mojibake(std::string_view line);

// Repairs every mojibake line of the text; std::nullopt when no line needed it (the usual case,
// which then costs no copy of the page). Throws InputError naming the first line that cannot be
// repaired.
std::optional<std::string> repair_mojibake_lines(std::string_view text);

}  // namespace nangdok
