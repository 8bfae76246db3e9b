// A wire dateline opening a sentence: "(서울=연합뉴스) 홍길동 기자 =", "[세종=뉴시스]",
// "[한빛일보=홍길동 기자]". It says who filed the story, in the form agencies write it; an anchor
// never reads it, and the cleaner cuts it from a lead it recognises. Sentences given to
// `nangdok normalize` directly keep it, so the normalizer drops it too.
#pragma once

#include <string_view>

namespace nangdok::normalize {

// The sentence after its opening dateline; the sentence itself when it has none.
std::string_view without_dateline(std::string_view sentence);

}  // namespace nangdok::normalize
