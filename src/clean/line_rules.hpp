// Matching one normalised line against the tables in boilerplate_rules.hpp.
#pragma once

#include <string>
#include <string_view>

namespace nangdok {

// What a line's wording says it is. Where each kind may be dropped is the layout's decision
// (article_layout.hpp): ui, summary_label, caption and tail go anywhere; byline and date are
// metadata; copyright starts the tail once the body has begun; list_header starts a run of
// other stories' headlines.
enum class LineKind { text, ui, summary_label, caption, byline, date, copyright, tail, list_header };

const char* line_kind_name(LineKind kind);

// The first matching rule wins, in the order of the enum (ui first).
LineKind classify_line(std::string_view line);

// Removes a wire dateline or broadcast speaker marker at the start of a kept sentence
// ("(서울=연합뉴스) 홍길동 기자 = …" → "…"). Returns the line unchanged when none is there.
std::string strip_sentence_prefix(std::string_view line);

// Cuts photo credits out of the middle of a sentence and a reporter sign-off glued to its end.
std::string cut_inline_credits(std::string_view line);

}  // namespace nangdok
