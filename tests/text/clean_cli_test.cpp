// `nangdok clean` through the binary: plain output shape, --json, and refusing mojibake.
#include <array>
#include <cstdio>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <sys/wait.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

struct CleanRun {
    int exit_code = -1;
    std::string out;
};

CleanRun run_clean(const std::string& args, const std::string& page) {
    // ctest runs the tests in parallel processes: each needs its own file.
    const std::string path = testing::TempDir() + "/nangdok_clean_cli_" +
                             testing::UnitTest::GetInstance()->current_test_info()->name() + "_" +
                             std::to_string(std::hash<std::string>{}(args + page)) + ".txt";
    std::ofstream(path, std::ios::binary) << page;
    const std::string command = std::string(NANGDOK_BINARY) + " clean " + args + " " + path + " 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    CleanRun run;
    std::array<char, 4096> buffer{};
    while (pipe && !feof(pipe.get())) run.out.append(buffer.data(), fread(buffer.data(), 1, buffer.size(), pipe.get()));
    const int status = pclose(pipe.release());
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

const std::string kPage =
    "전체메뉴\n공유 시작 도구\n"
    "시립도서관 야간 개방 확대\n"
    "홍길동 기자\n입력 2025-03-04 14:31\n"
    "(서울=연합뉴스) 홍길동 기자 = 서울시가 다음 달부터 시립도서관 12곳의 야간 개방 시간을 늘린다고 4일 밝혔다.\n"
    "시는 직장인과 수험생의 요구가 꾸준히 이어져 운영 시간을 조정하기로 했다고 설명했다.\n"
    "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>\n닫기\n";

TEST(CleanCli, PlainOutputIsOneBlockPerLineSeparatedByOneBlankLine) {
    const CleanRun run = run_clean("", kPage);
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_EQ(run.out,
              "시립도서관 야간 개방 확대\n\n"
              "서울시가 다음 달부터 시립도서관 12곳의 야간 개방 시간을 늘린다고 4일 밝혔다.\n\n"
              "시는 직장인과 수험생의 요구가 꾸준히 이어져 운영 시간을 조정하기로 했다고 설명했다.\n");
}

TEST(CleanCli, JsonGivesMetadataWithoutReadingIt) {
    const CleanRun run = run_clean("--json", kPage);
    ASSERT_EQ(run.exit_code, 0);
    const nlohmann::json page = nlohmann::json::parse(run.out);
    EXPECT_EQ(page["headline"], "시립도서관 야간 개방 확대");
    EXPECT_TRUE(page["deck"].is_null());
    ASSERT_EQ(page["paragraphs"].size(), 2u);
    EXPECT_EQ(page["outlet"], "연합뉴스");
    EXPECT_EQ(page["byline"], "홍길동 기자");
    EXPECT_EQ(page["date"], "2025-03-04 14:31");
    EXPECT_GT(page["confidence"].get<double>(), 0.5);
    EXPECT_LE(page["confidence"].get<double>(), 1.0);
    EXPECT_FALSE(page["permissive"].get<bool>());
}

TEST(CleanCli, UnrepairableMojibakeIsRefusedWithTheInputExitCode) {
    const CleanRun run = run_clean("", "제목\n(¼¿ï=¿¬ÇÕ´º½º) È«±æµ¿ ±âÀÚ = ¿À´Ã ¹ßÇ¥Çß´Ù.\n");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_TRUE(run.out.empty());
}

TEST(CleanCli, PageOfChromeOnlyIsNothingToRead) {
    EXPECT_EQ(run_clean("", "닫기\n로그인\n").exit_code, 2);
    EXPECT_EQ(run_clean("--json", "닫기\n로그인\n").exit_code, 2);
}

}  // namespace
