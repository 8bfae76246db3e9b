// A profile in brackets beside a name, as news writes it: an age alone (김근식(54)), or with
// nationality, team or occupation (키프로티치(32ㆍ케냐), 손흥민(27, 토트넘), A(50대·남)씨). The age is
// said as one (서른두 살, 오십 대), never as a bare number. When a title follows the bracket
// (김모(45)씨) the profile is said before the name, as a reader would (마흔다섯 살 김모 씨); when the
// name is complete before it (A씨(45), 홍길동 교수(52)), or has no title, it is an aside after the name.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>

#include "normalize/bracket_parts.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

struct Profile {
    std::string words;           // 서른두 살, 케냐 (titled: the age and sex only)
    std::string details;         // titled: the rest (케냐, 토트넘), said after the name
    bool titled = false;         // a title (씨, 군, 양, 옹) follows the bracket: said before the name
    std::size_t name_first = 0;  // the name's first token
};

// The bracket opens at token `open` and closes at `close`; `parts` split its content.
std::optional<Profile> read_profile(const Tokens& t, std::size_t open, std::size_t close,
                                    std::span<const TokenRange> parts, const ContentReader& read);

}  // namespace nangdok::normalize
