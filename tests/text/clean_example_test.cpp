// The project's example page, end to end through the binary: `nangdok clean` must print exactly
// the hand-made gold (the only shared article allowed in the repository).
#include <array>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "clean/clean.hpp"

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

std::string run_command(const std::string& command, int& status) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    std::string out;
    std::array<char, 4096> buffer{};
    while (pipe && !feof(pipe.get())) {
        const std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe.get());
        out.append(buffer.data(), n);
    }
    status = pclose(pipe.release());
    return out;
}

const std::string kExample = std::string(NANGDOK_SOURCE_DIR) + "/examples/seoul-dubai.txt";
const std::string kGold = std::string(NANGDOK_SOURCE_DIR) + "/tests/data/seoul-dubai-clean.txt";

TEST(CleanExample, BinaryPrintsTheGoldExactly) {
    int status = -1;
    const std::string out = run_command(std::string(NANGDOK_BINARY) + " clean " + kExample, status);
    EXPECT_EQ(status, 0);
    EXPECT_EQ(out, read_file(kGold));
}

TEST(CleanExample, LibraryFindsHeadlineDeckAndOutlet) {
    const nangdok::CleanedPage page = nangdok::clean_page(read_file(kExample));
    ASSERT_GE(page.article.paragraphs.size(), 3u);
    EXPECT_EQ(page.article.paragraphs[0], "오세훈, AI·바이오 등 첨단산업 중동진출 지원");
    EXPECT_TRUE(page.has_deck());
    EXPECT_EQ(page.outlet, "아주경제");
    EXPECT_EQ(page.byline, "김두일 선임기자");
    EXPECT_EQ(page.date, "2024-05-08 14:00");
    EXPECT_FALSE(page.permissive);
    EXPECT_GT(page.confidence, 0.8);
}

}  // namespace
