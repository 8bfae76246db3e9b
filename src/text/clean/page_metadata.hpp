// Turning the metadata lines the cleaner drops into the values `clean --json` reports.
#pragma once

#include <string>
#include <string_view>

namespace nangdok {

// "©'5개국어 글로벌 경제신문' 아주경제. 무단전재·재배포 금지" → "아주경제";
// "저작권자 ⓒ '…' 엔터미디어(www.entermedia.co.kr), 무단전재…" → "엔터미디어". Empty when unsure.
std::string outlet_from_copyright(std::string_view line);

// The outlet named by a wire dateline or a column label: "(서울=연합뉴스) …" → "연합뉴스",
// "[컬처매거진=김지은의 문화산책] …" → "컬처매거진". Empty when there is none.
std::string outlet_from_dateline(std::string_view line);

// "입력 2024-05-08 14:00" → "2024-05-08 14:00"; "기사입력 :[ 2018-08-25 15:24 ]" → "2018-08-25 15:24".
std::string date_from_line(std::string_view line);

// "정덕현 칼럼니스트 thekian1@entermedia.co.kr" → "정덕현 칼럼니스트"; brackets and e-mail go.
std::string byline_from_line(std::string_view line);

}  // namespace nangdok
