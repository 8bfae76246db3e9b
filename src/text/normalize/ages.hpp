// A person's age in brackets, as news Korean writes it right after a name: 김모(45)씨, A씨(45),
// 홍길동(45) 씨 → 사십오 세. Without the bracket rule eSpeak would hear a bare number.
#pragma once

#include "normalize/reading.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

MaybeReading read_bracketed_age(const Tokens& tokens, std::size_t i);

}  // namespace nangdok::normalize
