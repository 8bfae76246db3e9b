// Shapes of page lines that no single pattern in data/clean catches, because outlets write them
// in endless variants: metadata (a name, a date, a time, an e-mail in any order), breadcrumbs,
// labels in brackets, and notices that address the reader about the page itself.
#pragma once

#include <string_view>

#include "clean/korean_signals.hpp"

namespace nangdok {

// A full date (2023. 8. 14. / 2023-08-04 / 2023년 05월 03일) or a clock time (17:15, 18: 12).
bool has_date_or_time(std::string_view line);

// A short line with no sentence that holds a date, a time or an e-mail together with metadata
// words or little else, or a reporter's name before 기자/특파원: "박종진 2023. 5. 3. 17:03",
// "홍수현 기자I 2023.08.10 14:31:00", "[MBN 뉴스센터 / mbnreporter01@mbn.co.kr]".
bool looks_like_metadata(std::string_view line, const ProseSignals& signals);

// True when the metadata line names a reporter (a byline) rather than only a date.
bool names_a_reporter(std::string_view line);

// "기업.IT > 기업 > 전자", "> 뉴스 > 정치·사회", "홈 › 경제": short segments joined by '>'.
bool looks_like_breadcrumb(std::string_view line);

// A transcript's speaker line, the words following on the next line: "홍길동 기자 :", "홍길동
// (부산시 남구) :".
bool is_speaker_label(std::string_view line, const ProseSignals& signals);

// A whole line in brackets with no sentence in it: a series or section label ("[무안 제주항공
// 참사]", "[뉴스외전]") or a broadcast speaker marker ("[앵커]", "<앵커 멘트>", "◀ 앵커 ▶").
bool is_bracketed_label(std::string_view line, const ProseSignals& signals);

// A notice about the page rather than the news: "이 글자크기로 변경됩니다.", "(예시) 가장 빠른
// 뉴스가 …", "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.". It reads like a sentence, so it
// is only suspect: the layout keeps it inside the article and drops it at the article's edge.
bool addresses_reader_about_page(std::string_view line, const ProseSignals& signals);

}  // namespace nangdok
