// Units written after a number and currencies written before it, with their spoken forms.
#pragma once

#include <string_view>

namespace nangdok::normalize {

struct UnitEntry {
    std::string_view written;
    std::string_view spoken;
    std::string_view spoken_before = {};  // said before the number: 60km/h → 시속 육십 킬로미터
};

// Matched case-sensitively, longest first at the match site (m2 before m, kWh before kW).
inline constexpr UnitEntry kUnits[] = {
    {"km/h", "킬로미터", "시속"}, {"km/s", "킬로미터", "초속"}, {"m/s", "미터", "초속"}, {"㎞/h", "킬로미터", "시속"},
    {"%p", "퍼센트포인트"}, {"%P", "퍼센트포인트"}, {"%", "퍼센트"}, {"‰", "퍼밀"},
    {"°C", "도"}, {"°F", "도", "화씨"}, {"°", "도"},
    {"km2", "제곱킬로미터"}, {"m2", "제곱미터"}, {"cm2", "제곱센티미터"}, {"m3", "세제곱미터"}, {"cm3", "세제곱센티미터"},
    {"km", "킬로미터"}, {"cm", "센티미터"}, {"mm", "밀리미터"}, {"μm", "마이크로미터"}, {"µm", "마이크로미터"},
    {"nm", "나노미터"}, {"m", "미터"},
    {"kg", "킬로그램"}, {"mg", "밀리그램"}, {"μg", "마이크로그램"}, {"g", "그램"}, {"t", "톤"}, {"ton", "톤"},
    {"kL", "킬로리터"}, {"mL", "밀리리터"}, {"ml", "밀리리터"}, {"L", "리터"}, {"l", "리터"}, {"cc", "시시"},
    {"ha", "헥타르"},
    {"kHz", "킬로헤르츠"}, {"MHz", "메가헤르츠"}, {"GHz", "기가헤르츠"}, {"Hz", "헤르츠"},
    {"kWh", "킬로와트시"}, {"MWh", "메가와트시"}, {"GWh", "기가와트시"}, {"TWh", "테라와트시"},
    {"kW", "킬로와트"}, {"MW", "메가와트"}, {"GW", "기가와트"}, {"W", "와트"},
    {"kV", "킬로볼트"}, {"V", "볼트"}, {"mAh", "밀리암페어시"}, {"mA", "밀리암페어"},
    {"KB", "킬로바이트"}, {"kB", "킬로바이트"}, {"MB", "메가바이트"}, {"GB", "기가바이트"}, {"TB", "테라바이트"},
    {"PB", "페타바이트"}, {"Gbps", "기가비피에스"}, {"Mbps", "메가비피에스"}, {"kbps", "킬로비피에스"}, {"bps", "비피에스"},
    {"dB", "데시벨"}, {"ppm", "피피엠"}, {"ppb", "피피비"}, {"mmHg", "밀리미터 수은주"},
    {"mph", "마일"}, {"mi", "마일"}, {"ft", "피트"}, {"oz", "온스"}, {"lbs", "파운드"}, {"lb", "파운드"},
    {"kcal", "킬로칼로리"}, {"cal", "칼로리"}, {"mSv", "밀리시버트"}, {"Sv", "시버트"}, {"Bq", "베크렐"},
    {"inch", "인치"}, {"yd", "야드"}, {"rpm", "분당회전수"}, {"N", "뉴턴"}, {"h", "시간"}, {"s", "초"},
    {"min", "분"}, {"sec", "초"}, {"ms", "밀리초"}, {"kN", "킬로뉴턴"}, {"Pa", "파스칼"}, {"hPa", "헥토파스칼"},
    {"kPa", "킬로파스칼"}, {"MPa", "메가파스칼"}, {"kJ", "킬로줄"},
    {"USD", "달러"}, {"KRW", "원"}, {"EUR", "유로"}, {"JPY", "엔"}, {"CNY", "위안"}, {"GBP", "파운드"},
    {"CAD", "캐나다 달러"}, {"NZD", "뉴질랜드 달러"}, {"CHF", "스위스 프랑"}, {"AED", "아랍에미리트 디르함"},
    {"HKD", "홍콩 달러"}, {"AUD", "호주 달러"},
};

// Currency signs and codes written before the amount: ₩2000 → 이천 원, US$ 5 → 오 달러.
inline constexpr UnitEntry kCurrencyPrefixes[] = {
    {"US$", "달러"}, {"HK$", "홍콩 달러"}, {"NT$", "대만 달러"}, {"S$", "싱가포르 달러"}, {"A$", "호주 달러"},
    {"C$", "캐나다 달러"}, {"NZ$", "뉴질랜드 달러"}, {"R$", "헤알"},
    {"$", "달러"}, {"₩", "원"}, {"€", "유로"}, {"¥", "엔"}, {"£", "파운드"}, {"₹", "루피"}, {"₽", "루블"},
    {"₫", "동"}, {"₺", "리라"}, {"฿", "바트"}, {"₱", "페소"}, {"元", "위안"},
    {"KRW", "원"}, {"USD", "달러"}, {"EUR", "유로"}, {"JPY", "엔"}, {"CNY", "위안"}, {"RMB", "위안"},
    {"GBP", "파운드"}, {"HKD", "홍콩 달러"}, {"CHF", "스위스 프랑"}, {"CAD", "캐나다 달러"}, {"NZD", "뉴질랜드 달러"},
    {"AUD", "호주 달러"}, {"AED", "아랍에미리트 디르함"}, {"Dhs.", "디르함"}, {"Dh", "디르함"}, {"DH", "디르함"},
    {"krw", "원"}, {"usd", "달러"}, {"hk$", "홍콩 달러"}, {"cad", "캐나다 달러"}, {"nzd", "뉴질랜드 달러"},
    {"chf", "스위스 프랑"}, {"aed", "아랍에미리트 디르함"}, {"eur", "유로"}, {"jpy", "엔"},
};

// Hangul units of large amounts that stay after the digits of a money amount (₩30억 → 삼십억 원).
inline constexpr std::string_view kLargeNumberWords[] = {"조", "억", "만", "천", "천만", "백만", "십만", "백억", "천억", "경"};

}  // namespace nangdok::normalize
