// Latin-script words with a fixed Korean reading, looked up before any rule: acronyms said as
// words (나토), mixed forms (G7 → 지세븐), brands and places known by a Korean name, and common
// short English words whose spelling misleads the letter-to-sound rules.
#pragma once

#include <array>
#include <string_view>

namespace nangdok::normalize {

struct LexiconEntry {
    std::string_view written;
    std::string_view spoken;
};

// Exact entries are tried first, then the word in lower case against the lower-case entries.
inline constexpr LexiconEntry kLatinLexicon[] = {
    // acronyms said as words
    {"NATO", "나토"}, {"UNESCO", "유네스코"}, {"FIFA", "피파"}, {"OPEC", "오펙"}, {"NASA", "나사"},
    {"ASEAN", "아세안"}, {"APEC", "에이펙"}, {"UNICEF", "유니세프"}, {"AIDS", "에이즈"}, {"SARS", "사스"},
    {"MERS", "메르스"}, {"KOSPI", "코스피"}, {"KOSDAQ", "코스닥"}, {"NASDAQ", "나스닥"}, {"KAIST", "카이스트"},
    {"POSTECH", "포스텍"}, {"KOTRA", "코트라"}, {"KOICA", "코이카"}, {"COVID", "코로나"}, {"UNIST", "유니스트"},
    {"DGIST", "디지스트"}, {"GIST", "지스트"}, {"FOMC", "에프오엠씨"}, {"ICBM", "아이씨비엠"}, {"SLBM", "에스엘비엠"},
    {"THAAD", "사드"}, {"NAFTA", "나프타"}, {"UNIDO", "유니도"}, {"INTERPOL", "인터폴"}, {"LOL", "롤"},
    {"SWIFT", "스위프트"}, {"ESG", "이에스지"}, {"RE100", "알이백"}, {"WiFi", "와이파이"}, {"Wi-Fi", "와이파이"},
    {"OTT", "오티티"}, {"UEFA", "유에파"}, {"IMAX", "아이맥스"}, {"DRAM", "디램"}, {"TOEIC", "토익"},
    {"TOEFL", "토플"}, {"LPGA", "엘피지에이"}, {"NYSE", "뉴욕증권거래소"}, {"IPEF", "아이펙"}, {"COEX", "코엑스"}, {"jpeg", "제이펙"}, {"JPEG", "제이펙"}, {"jpg", "제이펙"}, {"JPG", "제이펙"}, {"gif", "지아이에프"}, {"png", "피엔지"}, {"OLED", "올레드"}, {"QLED", "큐엘이디"}, {"IPO", "아이피오"}, {"CPTPP", "씨피티피피"}, {"GDP", "지디피"}, {"KTX", "케이티엑스"},
    // mixed letters and digits
    {"G7", "지세븐"}, {"G8", "지에이트"}, {"G20", "지이십"}, {"G2", "지투"}, {"5G", "파이브지"}, {"4G", "포지"},
    {"3G", "쓰리지"}, {"6G", "식스지"}, {"3D", "쓰리디"}, {"2D", "투디"}, {"4D", "포디"}, {"4K", "포케이"},
    {"8K", "에잇케이"}, {"K-pop", "케이팝"}, {"K-POP", "케이팝"}, {"K-Pop", "케이팝"}, {"K-drama", "케이드라마"},
    {"K-beauty", "케이뷰티"}, {"K-food", "케이푸드"}, {"COVID-19", "코로나 일구"}, {"covid-19", "코로나 일구"},
    {"mRNA", "엠알엔에이"}, {"iPhone", "아이폰"}, {"iPad", "아이패드"}, {"eSports", "이스포츠"}, {"e-sports", "이스포츠"},
    {"ChatGPT", "챗지피티"}, {"OpenAI", "오픈에이아이"}, {"YouTube", "유튜브"}, {"TikTok", "틱톡"}, {"LinkedIn", "링크트인"},
    {"PlayStation", "플레이스테이션"}, {"BTS", "비티에스"}, {"vs", "대"}, {"VS", "대"}, {"Vs", "대"},
    // companies and places known by a Korean name
    {"samsung", "삼성"}, {"hyundai", "현대"}, {"kia", "기아"}, {"naver", "네이버"}, {"kakao", "카카오"},
    {"google", "구글"}, {"apple", "애플"}, {"microsoft", "마이크로소프트"}, {"amazon", "아마존"}, {"tesla", "테슬라"},
    {"netflix", "넷플릭스"}, {"facebook", "페이스북"}, {"meta", "메타"}, {"nvidia", "엔비디아"}, {"intel", "인텔"},
    {"seoul", "서울"}, {"busan", "부산"}, {"incheon", "인천"}, {"korea", "코리아"}, {"dubai", "두바이"},
    {"tokyo", "도쿄"}, {"beijing", "베이징"}, {"washington", "워싱턴"}, {"london", "런던"}, {"paris", "파리"},
    {"new", "뉴"}, {"york", "욕"}, {"china", "차이나"}, {"japan", "재팬"}, {"america", "아메리카"},
    {"New York", "뉴욕"}, {"Los Angeles", "로스앤젤레스"}, {"San Francisco", "샌프란시스코"}, {"Silicon Valley", "실리콘밸리"},
    {"Wall Street", "월스트리트"}, {"White House", "백악관"}, {"Premier League", "프리미어리그"}, {"World Cup", "월드컵"},
    {"qualcomm", "퀄컴"}, {"broadcom", "브로드컴"}, {"micron", "마이크론"}, {"oracle", "오라클"}, {"uber", "우버"},
    {"airbnb", "에어비앤비"}, {"disney", "디즈니"}, {"sony", "소니"}, {"toyota", "도요타"}, {"honda", "혼다"},
    {"nissan", "닛산"}, {"volkswagen", "폭스바겐"}, {"mercedes", "메르세데스"}, {"benz", "벤츠"}, {"porsche", "포르쉐"},
    {"ferrari", "페라리"}, {"boeing", "보잉"}, {"airbus", "에어버스"}, {"pfizer", "화이자"}, {"moderna", "모더나"},
    {"starbucks", "스타벅스"}, {"nike", "나이키"}, {"adidas", "아디다스"}, {"chanel", "샤넬"}, {"gucci", "구찌"},
    {"hermes", "에르메스"}, {"prada", "프라다"}, {"costco", "코스트코"}, {"walmart", "월마트"}, {"alibaba", "알리바바"},
    {"tencent", "텐센트"}, {"huawei", "화웨이"}, {"xiaomi", "샤오미"}, {"coupang", "쿠팡"}, {"twitter", "트위터"},
    {"instagram", "인스타그램"}, {"telegram", "텔레그램"}, {"spotify", "스포티파이"}, {"android", "안드로이드"},
    {"windows", "윈도"}, {"galaxy", "갤럭시"}, {"bitcoin", "비트코인"}, {"ethereum", "이더리움"}, {"blockchain", "블록체인"},
    {"startup", "스타트업"}, {"fintech", "핀테크"}, {"biden", "바이든"}, {"obama", "오바마"}, {"putin", "푸틴"},
    {"zelensky", "젤렌스키"}, {"musk", "머스크"}, {"ukraine", "우크라이나"}, {"russia", "러시아"}, {"israel", "이스라엘"},
    {"hamas", "하마스"}, {"taiwan", "대만"}, {"journal", "저널"}, {"inflation", "인플레이션"}, {"orange", "오렌지"},
    {"gemini", "제미나이"}, {"anthropic", "앤트로픽"}, {"DeepSeek", "딥시크"}, {"WhatsApp", "왓츠앱"}, {"PayPal", "페이팔"},
    {"McDonald's", "맥도날드"}, {"McDonald", "맥도날드"}, {"MacBook", "맥북"}, {"AirPods", "에어팟"}, {"SpaceX", "스페이스엑스"},
    {"BlackRock", "블랙록"}, {"JPMorgan", "제이피모건"}, {"GitHub", "깃허브"}, {"PowerPoint", "파워포인트"},
    {"tottenham", "토트넘"}, {"manchester", "맨체스터"}, {"united", "유나이티드"}, {"bayern", "바이에른"}, {"madrid", "마드리드"},
    {"barcelona", "바르셀로나"}, {"dodgers", "다저스"}, {"yankees", "양키스"}, {"olympic", "올림픽"}, {"grammy", "그래미"},
    {"billboard", "빌보드"}, {"oscar", "오스카"}, {"content", "콘텐츠"}, {"contents", "콘텐츠"}, {"premium", "프리미엄"},
    {"series", "시리즈"}, {"season", "시즌"}, {"edition", "에디션"}, {"update", "업데이트"}, {"upgrade", "업그레이드"},
    {"ultra", "울트라"}, {"pro", "프로"}, {"max", "맥스"}, {"plus", "플러스"}, {"mini", "미니"}, {"fold", "폴드"},
    {"flip", "플립"}, {"that", "댓"}, {"this", "디스"}, {"there", "데어"}, {"then", "덴"}, {"than", "댄"},
    {"these", "디즈"}, {"those", "도즈"}, {"software", "소프트웨어"}, {"hardware", "하드웨어"}, {"battery", "배터리"}, {"robot", "로봇"}, {"drone", "드론"},
    // short words whose spelling misleads the rules
    {"the", "더"}, {"a", "어"}, {"an", "언"}, {"of", "오브"}, {"to", "투"}, {"and", "앤드"}, {"or", "오어"},
    {"is", "이즈"}, {"are", "아"}, {"was", "워즈"}, {"be", "비"}, {"you", "유"}, {"your", "유어"}, {"we", "위"},
    {"he", "히"}, {"she", "쉬"}, {"they", "데이"}, {"do", "두"}, {"does", "더즈"}, {"one", "원"}, {"two", "투"},
    {"what", "왓"}, {"who", "후"}, {"how", "하우"}, {"why", "와이"}, {"from", "프롬"}, {"for", "포"}, {"with", "위드"},
    {"by", "바이"}, {"my", "마이"}, {"me", "미"}, {"it", "잇"}, {"in", "인"}, {"on", "온"}, {"at", "앳"}, {"no", "노"},
    {"go", "고"}, {"so", "소"}, {"all", "올"}, {"people", "피플"}, {"love", "러브"}, {"come", "컴"}, {"some", "섬"},
    {"day", "데이"}, {"world", "월드"}, {"work", "워크"}, {"life", "라이프"}, {"live", "라이브"}, {"give", "기브"},
    {"have", "해브"}, {"move", "무브"}, {"data", "데이터"}, {"future", "퓨처"}, {"soul", "소울"}, {"music", "뮤직"},
    {"news", "뉴스"}, {"show", "쇼"}, {"city", "시티"}, {"lab", "랩"}, {"smart", "스마트"}, {"week", "위크"},
    {"service", "서비스"}, {"online", "온라인"}, {"mobile", "모바일"}, {"platform", "플랫폼"}, {"global", "글로벌"},
    {"energy", "에너지"}, {"center", "센터"}, {"group", "그룹"}, {"power", "파워"}, {"company", "컴퍼니"},
    {"concept", "콘셉트"}, {"proof", "프루프"}, {"style", "스타일"}, {"bus", "버스"}, {"car", "카"},
    {"coffee", "커피"}, {"computer", "컴퓨터"}, {"internet", "인터넷"}, {"phone", "폰"}, {"camera", "카메라"},
    {"etc", "등"}, {"image", "이미지"}, {"inc", "인크"}, {"ltd", "리미티드"}, {"co", "코"}, {"mr", "미스터"}, {"ms", "미즈"}, {"dr", "닥터"},
};

// Korean names of the Latin letters, A to Z.
inline constexpr std::array<std::string_view, 26> kLetterNames{
    "에이", "비", "씨", "디", "이", "에프", "지", "에이치", "아이", "제이", "케이", "엘", "엠",
    "엔",   "오", "피", "큐", "알", "에스", "티", "유", "브이", "더블유", "엑스", "와이", "제트"};

// Letter pairs an English word may begin or end with; capitals that fit them are read as a word
// (KOREA, BEST), the others letter by letter (OECD, NCAA, FOMC).
inline constexpr std::string_view kEnglishInitialVowelPairs[] = {"ai", "au", "ea", "ee", "oo", "ou", "oi", "oa", "ei"};
inline constexpr std::string_view kEnglishInitialClusters[] = {
    "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "sc", "sk", "sl", "sm",
    "sn", "sp", "st", "sw", "tr", "tw", "th", "sh", "ch", "ph", "wh", "kn", "wr", "qu", "dw"};
inline constexpr std::string_view kEnglishFinalClusters[] = {
    "st", "nd", "nt", "nk", "ng", "sk", "sp", "ld", "lt", "rt", "rd", "rn", "rm", "rk", "ck", "ch", "sh", "th", "ph", "wn",
    "ll", "ss", "ft", "pt", "ct", "mp", "lk", "lf", "ls", "ts", "ns", "ms", "rs", "ks", "ds", "gh", "rl", "lm", "rp"};

// Parts of host names, read after 닷 (naver.com → 네이버 닷 컴). Other parts of three letters or
// fewer are spelled (co.kr → 씨오 닷 케이알).
inline constexpr LexiconEntry kDomainParts[] = {
    {"com", "컴"}, {"net", "넷"}, {"org", "오알지"}, {"gov", "거브"}, {"edu", "에듀"}, {"app", "앱"}, {"dev", "데브"},
    {"shop", "샵"}, {"store", "스토어"}, {"cloud", "클라우드"}, {"me", "미"}, {"info", "인포"}, {"news", "뉴스"},
};

}  // namespace nangdok::normalize
