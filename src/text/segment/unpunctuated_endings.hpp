// Sentence ends that carry no punctuation: blogs, reviews, chat and search queries end sentences
// with a final ending and a space (`맛있어요 가격도`, `알려줘 근처`). ICU offers no break there.
//
// Only endings that cannot continue a sentence count: polite -요 after a verb ending, -습니다/-ㅂ니다,
// -죠, -ㄹ까, -줘, -냐, -었니, -음 after a stem in ㅆ ㅄ ㄶ ㅎ ㅌ ㅍ (-었음, -없음, -않음), -됨;
// and a run of two or more laughter or crying jamo (`ㅋㅋㅋ`, `ㅠㅠ`), even glued to the next word. Plain -다 does not: in news it is also the
// shortened connective -다(가) (`사용하다 적발된`) and a quotation without 고 (`추진한다 밝혔다`),
// and on 377 one-sentence news lines it would have split nearly half of them.
// A break is not made inside quotes or brackets, before a particle or a word that continues the
// ending (`아닐까 싶습니다`, `얼마에요 에`), and trailing emoticons (`ㅎㅎ`, `^^`) stay with the
// sentence they follow.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace nangdok {

class PairedMarks;

// Byte offsets where a new sentence starts (the first byte of its first word), in text order.
std::vector<std::size_t> unpunctuated_ending_breaks(std::string_view text, const PairedMarks& marks);

}  // namespace nangdok
