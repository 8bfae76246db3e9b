// Words around a number that decide how it is read: they are data, kept apart from the rules.
#pragma once

#include <string_view>
#include <utility>

namespace nangdok::normalize {

// Words after which a number is a code read digit by digit (예약 번호는 907 → 구공칠).
inline constexpr std::string_view kCodeSignals[] = {"번호", "연락처", "전화", "계좌", "코드", "비밀번호", "우편번호", "휴대폰",
                                                   "끝자리", "뒷자리", "앞자리"};

// Words after a dotted month.day that make it a named date (6.25 전쟁, 3.1절), not a decimal.
inline constexpr std::string_view kNamedDateWords[] = {"절",   "전쟁", "사변", "민주화", "항쟁", "혁명", "선언", "운동",
                                                       "참전", "기념", "의거", "테러",   "사태", "대선", "총선", "합의"};

// Weekday abbreviations in brackets after a date: (화) → 화요일; 공 is a public holiday.
inline constexpr std::pair<std::string_view, std::string_view> kWeekdayNames[] = {
    {"월", "월요일"}, {"화", "화요일"}, {"수", "수요일"}, {"목", "목요일"},
    {"금", "금요일"}, {"토", "토요일"}, {"일", "일요일"}, {"공", "공휴일"},
};

}  // namespace nangdok::normalize
