// Outlet, date and byline values for clean --json.
#include <gtest/gtest.h>

#include "clean/page_metadata.hpp"

namespace nangdok {
namespace {

TEST(CleanMetadata, OutletFromCopyrightLines) {
    EXPECT_EQ(outlet_from_copyright("©'5개국어 글로벌 경제신문' 아주경제. 무단전재·재배포 금지"), "아주경제");
    EXPECT_EQ(outlet_from_copyright("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"), "연합뉴스");
    EXPECT_EQ(outlet_from_copyright("[ⓒ 한국경제 & hankyung.com, 무단전재 및 재배포 금지]"), "한국경제");
    EXPECT_EQ(outlet_from_copyright("ⓒ중앙일보(https://joongang.co.kr), 무단 전재 및 재배포 금지"), "중앙일보");
    EXPECT_EQ(outlet_from_copyright("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>"), "뉴시스통신사");
    EXPECT_EQ(outlet_from_copyright("무단전재 및 재배포 금지"), "");
}

TEST(CleanMetadata, OutletFromDatelines) {
    EXPECT_EQ(outlet_from_dateline("(부산=연합뉴스) 김철수 기자 = 물동량이 늘었다."), "연합뉴스");
    EXPECT_EQ(outlet_from_dateline("[서울=뉴시스] 홍길동 기자 = 시가 밝혔다."), "뉴시스");
    EXPECT_EQ(outlet_from_dateline("[컬처매거진=김지은의 문화산책] 시작은 사진이었다."), "컬처매거진");
    EXPECT_EQ(outlet_from_dateline("시가 밝혔다."), "");
}

TEST(CleanMetadata, DatesKeepOnlyTheDateAndTime) {
    EXPECT_EQ(date_from_line("입력 2024-05-08 14:00"), "2024-05-08 14:00");
    EXPECT_EQ(date_from_line("기사입력 :[ 2018-08-25 15:24 ]"), "2018-08-25 15:24");
    EXPECT_EQ(date_from_line("입력2025.03.04. 오후 2:31"), "2025.03.04. 오후 2:31");
}

TEST(CleanMetadata, BylinesLoseAddressesAndBrackets) {
    EXPECT_EQ(byline_from_line("정덕현 칼럼니스트 thekian1@example.co.kr"), "정덕현 칼럼니스트");
    EXPECT_EQ(byline_from_line("[조은별 인턴기자 intern@example.com]"), "조은별 인턴기자");
    EXPECT_EQ(byline_from_line("김채연기자 구독하기"), "김채연기자");
    EXPECT_EQ(byline_from_line("기자명 박찬 기자 입력 2025.06.18 18:05"), "박찬 기자");
}

}  // namespace
}  // namespace nangdok
