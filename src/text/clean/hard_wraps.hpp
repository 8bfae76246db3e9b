// Broadcast scripts and plain-text copies wrapped at a fixed width break every sentence across
// lines ("전남 지역에 호우경보가 내려진 가운데" / "밤새 곳곳에서 침수 피해가 잇따랐습니다."). Each
// piece alone looks like a short non-sentence line, so the layout would drop them all.
#pragma once

#include <vector>

#include "clean/page_text.hpp"

namespace nangdok {

// Within a block of consecutive lines that is mostly short lines broken mid-sentence, joins each
// line that ends no sentence with the next (markers such as "◀VCR▶" or "[앵커]" are never joined).
// A line that leaves a bracket or quote open is joined with the next line when that one closes it.
// The joined-in lines become empty, so line numbers stay those of the page.
void join_hard_wrapped_lines(std::vector<PageLine>& lines);

}  // namespace nangdok
