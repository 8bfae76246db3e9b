// Matching one normalised line against the tables in boilerplate_rules.hpp.
#pragma once

#include <string>
#include <string_view>

namespace nangdok {

// What a line's wording says it is. Where each kind may be dropped is the layout's decision
// (article_layout.hpp): ui, summary_label, caption and tail go anywhere; byline and date are
// metadata; copyright starts the tail once the body has begun, tail_anchor (a comment section)
// once the body has a few paragraphs; list_header starts a run of other stories' headlines.
enum class LineKind { text, ui, summary_label, caption, byline, date, copyright, tail_anchor, tail, list_header, spoken_byline, signoff };

const char* line_kind_name(LineKind kind);

// The first matching rule wins: tail_anchor (a comment-section header is made of UI words), ui,
// summary_label, caption (before copyright, so that a photo credit "ⓒ 홍길동" does not cut the
// tail), copyright, byline, date, tail, signoff, list_header, spoken_byline; otherwise text.
LineKind classify_line(std::string_view line);

// True when every word of the line is a toolbar or share-bar word (kUiWords).
bool is_ui_word_line(std::string_view line);

// Removes the site's suffix from a page title used as the headline ("제목 | 한빛일보" → "제목"), and a
// byline printed before it ("한빛일보 = 홍길동 기자 | 제목" → "제목").
std::string strip_headline_suffix(std::string_view line);

// Removes a wire dateline or broadcast speaker marker at the start of a kept sentence
// ("(서울=연합뉴스) 홍길동 기자 = …" → "…"). Returns the line unchanged when none is there.
std::string strip_sentence_prefix(std::string_view line);

// Where a copyright notice glued after the paragraph's last sentence begins (byte offset), maybe
// after the reporter's credit: "…들어갔다.저작권자 © 한빛일보 무단전재…". npos when there is none.
std::size_t glued_copyright_offset(std::string_view line);

// A reporter's name (and e-mail) glued after the last sentence: "…말했다. 홍길동 기자". At the end of
// the body it is a sign-off; before more body it closes a photo caption.
bool ends_with_reporter_credit(std::string_view line);

// Cuts photo credits out of the middle of a sentence and a reporter sign-off glued to its end.
std::string cut_inline_credits(std::string_view line);

}  // namespace nangdok
