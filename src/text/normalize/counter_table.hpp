// Counter words that follow a number, and the context words that decide the ambiguous ones.
// Matching takes the longest entry of either table, so 개월 (Sino) wins over 개 (native).
#pragma once

#include <string_view>

namespace nangdok::normalize {

// Counted with native numbers: 세 개, 다섯 명, 열두 시, 스무 살.
inline constexpr std::string_view kNativeCounters[] = {
    "시", "시간", "개", "명", "살", "마리", "권", "잔", "병", "장", "번", "가지", "곳", "군데", "달", "대",
    "척", "채", "벌", "켤레", "송이", "그루", "자루", "통", "줄", "쌍", "배", "사람", "봉지", "포기", "접시",
    "그릇", "상자", "조각", "알", "걸음", "판", "끼", "모금", "바퀴", "차례", "곡", "편", "건", "자리", "팀",
    "가구", "마디", "글자", "방울", "주먹", "덩이", "포대", "명씩", "개씩", "번씩", "살배기", "해",
};

// Counted with Sino-Korean numbers; listed so that they beat a shorter native counter (개월 over 개)
// and so that a range can repeat them (6~7일 → 육 일에서 칠 일).
inline constexpr std::string_view kSinoCounters[] = {
    "개월", "분기", "반기", "개국", "개사", "개소", "개년", "개교", "개항", "년", "년대", "년도", "년생", "월", "일", "분", "초",
    "주", "주년", "주기", "세", "층", "회", "회차", "차", "호", "호선", "위", "원", "달러", "엔", "유로", "위안",
    "도", "점", "등", "평", "번지", "번호", "번길", "번선", "학년", "교시", "인", "인분", "부", "절", "승", "패",
    "골", "타", "세대", "기", "명대", "시간대", "대째", "조", "억", "만", "천", "배럴", "킬로", "미터", "톤",
    "리터", "그램", "헥타르", "퍼센트", "포인트", "센티", "밀리", "광년", "시장", "시대", "대표",
    "대회", "장관", "장군", "대학", "시민", "시청", "통화", "달성", "배출", "건설", "명단", "번역", "차관",
};

// Particles that begin with a counter's syllable: after a number they are not that counter
// (2부터 is not 2부).
inline constexpr std::string_view kParticlesNotCounters[] = {"부터", "조차", "도록", "보다", "번역"};

// What may follow a counter in its word (3 개월간, 5 명이, 2 회째): a counter written apart from its
// number must be followed by one of these or nothing, or the word is a noun that only starts like
// a counter (15 개발자, 2024 시즌).
inline constexpr std::string_view kParticlesAfterCounter[] = {
    "이", "가", "을", "를", "은", "는", "의", "에", "와", "과", "도", "만", "까지", "부터", "씩", "째", "쯤", "께",
    "가량", "여", "간", "당", "으로", "로", "이나", "나", "뿐", "밖에", "마다", "보다", "처럼", "동안", "인데", "이다",
    "였", "이었", "입니다", "이며", "이고", "이라", "라",
};

// 대 counts vehicles and machines natively (차량 세 대) but is Sino before these words, which make
// it the ordinal of a term of office (19대 대통령, 21대 국회).
inline constexpr std::string_view kOrdinalDaeNouns[] = {
    "대통령", "국회", "총선", "대선", "국회의원", "의원", "회장", "총장", "왕", "국왕", "임금", "교황",
    "지방선거", "위원장", "대표", "사장", "구청장", "시장", "군수", "도지사", "교육감", "원장", "총재", "주교",
};

// 번 counts occurrences natively (세 번) but labels things with Sino numbers before these words
// (1번 출구, 3번 타자).
inline constexpr std::string_view kNumberLabelNouns[] = {
    "출구", "타자", "선수", "버스", "국도", "고속도로", "게이트", "채널", "트랙", "홀", "라인", "도로", "노선",
    "타석", "문제", "항목", "환자", "확진자", "레인", "좌석", "카드", "테이블", "지방도", "마을버스", "창구",
    "승강장", "플랫폼", "방", "후보", "공약", "조항", "시드",
};

}  // namespace nangdok::normalize
