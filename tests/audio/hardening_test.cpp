// Issue 8: the matrix of bad inputs and hostile environments, end to end through the CLI.
#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "formats/wav_format.hpp"
#include "support/run_process.hpp"
#include "core/clause_cutter.hpp"

using namespace nangdok::test_support;
namespace fs = std::filesystem;

namespace {

int lines_in(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

// Saves `text` as WAV; returns the exit code and the number of samples written (0 when none).
std::pair<int, int64_t> save(const std::string& text, const TempDir& dir, std::string* err = nullptr) {
    const auto r = run_nangdok({"read", "-q", "-", "-o", dir / "out.wav"}, text);
    if (err) *err = r.err;
    const auto info = nangdok::parse_wav_header(read_file(dir / "out.wav"));
    return {r.exit_code, info ? static_cast<int64_t>(info->data_bytes / 2) : 0};
}

}  // namespace

TEST(Hardening, Utf16AndCp949ReadLikeUtf8) {
    TempDir dir;
    const std::string expected = "안녕하세요.\n";
    write_file(dir / "le-bom.txt", std::string("\xFF\xFE\x48\xC5\x55\xB1\x58\xD5\x38\xC1\x94\xC6.\0\n\0", 16));
    write_file(dir / "be-bom.txt", std::string("\xFE\xFF\xC5\x48\xB1\x55\xD5\x58\xC1\x38\xC6\x94\0.\0\n", 16));
    write_file(dir / "le.txt", std::string("\x48\xC5\x55\xB1\x58\xD5\x38\xC1\x94\xC6.\0\n\0", 14));
    write_file(dir / "cp949.txt", "\xBE\xC8\xB3\xE7\xC7\xCF\xBC\xBC\xBF\xE4.\n");
    for (const char* name : {"le-bom.txt", "be-bom.txt", "le.txt", "cp949.txt"}) {
        const auto r = run_nangdok({"sentences", "--no-clean", dir / name});
        EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
        EXPECT_EQ(r.out, expected) << name;
    }
}

TEST(Hardening, BinaryFileIsRefusedWithTheOffset) {
    TempDir dir;
    write_file(dir / "a.out", std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3E\0", 20));
    const auto r = run_nangdok({"read", dir / "a.out", "-o", dir / "x.wav"});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("a.out: byte offset 7"), std::string::npos) << r.err;
    EXPECT_EQ(lines_in(r.err), 1);
    EXPECT_FALSE(fs::exists(dir / "x.wav"));
}

TEST(Hardening, UnreadableFileIsNamed) {
    TempDir dir;
    std::string path = dir / "secret.txt";
    write_file(path, "비밀.\n");
    ::chmod(path.c_str(), 0);
    if (::geteuid() == 0) path = "/proc/self/mem";  // root reads anything with permission bits alone
    const auto r = run_nangdok({"clean", path});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find(path + ": cannot"), std::string::npos) << r.err;
}

TEST(Hardening, OddButValidTextIsRead) {
    TempDir dir;
    const std::vector<std::string> texts{
        "제어\x01문자\x1B[31m가\x07 섞인 글이다.\n",
        "“닫히지 않은 따옴표. (괄호도 [열렸다.\n",
        "Only Latin text here, nothing Korean at all.\n",
        "1234 5678 90.12 -3 4,000\n",
        "\xF0\x9F\x98\x80\xF0\x9F\x87\xB0\xF0\x9F\x87\xB7 이모지 뒤에 글.\n"};
    for (const std::string& text : texts) {
        std::string err;
        const auto [code, samples] = save(text, dir, &err);
        EXPECT_EQ(code, 0) << text << err;
        EXPECT_GT(samples, 2205) << text;
    }
}

TEST(Hardening, LongLineWithoutPunctuationIsCutForEspeak) {
    // About 1 MB in one line: segmentation and normalization stay linear, and every clause handed
    // to eSpeak NG fits its buffer.
    std::string line;
    const std::string words[] = {"서울시와 ", "두바이 ", "스타트업의 ", "교류 ", "협력을 ", "강화하기로 ", "했고 "};
    for (std::size_t i = 0; line.size() < (1u << 20); ++i) line += words[i % 7];
    const auto r = run_nangdok({"sentences", "--json", "--no-clean", "-"}, line + "\n");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::istringstream out(r.out);
    std::string json_line, spoken_all;
    while (std::getline(out, json_line)) spoken_all += nlohmann::json::parse(json_line).at("spoken").get<std::string>() + ". ";
    EXPECT_EQ(nangdok::cut_long_clauses(spoken_all), spoken_all) << "a clause is over eSpeak NG's budget";
    std::string spoken_words = spoken_all;
    std::erase(spoken_words, ',');
    std::erase(spoken_words, '.');
    std::erase(spoken_words, ' ');
    std::string input_words = line;
    std::erase(input_words, ' ');
    EXPECT_EQ(spoken_words.size(), input_words.size()) << "words were lost";
}

TEST(Hardening, FiftyMegabyteArticleIsSegmented) {
#ifdef NANGDOK_SANITIZED_BUILD
    const std::size_t bytes = 5u << 20;  // sanitized code is about ten times slower
#else
    const std::size_t bytes = 50u << 20;
#endif
    std::string paragraph = "서울시가 인공지능과 바이오 등 첨단산업의 중동 진출을 적극 지원한다. 두바이도 참여한다.\n";
    std::string article;
    article.reserve(bytes);
    while (article.size() < bytes) article += paragraph;
    const auto r = run_nangdok({"sentences", "--no-clean", "-"}, article);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const int paragraphs = static_cast<int>(article.size() / paragraph.size());
    EXPECT_EQ(lines_in(r.out), paragraphs * 3 - 1) << "two sentences and a blank line per paragraph";
}

TEST(Hardening, MissingEspeakDataIsAnEngineError) {
    TempDir dir;
    const auto r = run_nangdok({"read", "-", "-o", dir / "x.wav"}, "안녕.\n", {"NANGDOK_ESPEAK_DATA=" + (dir / "none")});
    EXPECT_EQ(r.exit_code, 5) << r.err;
    EXPECT_NE(r.err.find("no eSpeak NG data"), std::string::npos) << r.err;
    EXPECT_EQ(lines_in(r.err), 1);
    EXPECT_FALSE(fs::exists(dir / "x.wav"));
}

TEST(Hardening, ContradictoryOptionsAreUsageErrors) {
    TempDir dir;
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"read", "-", "--format", "mp3"},
             {"read", "-", "-o", dir / "a.wav", "--latency", "50"},
             {"read", "-", "-o", dir / "a.wav", "--manifest", dir / "a.wav"}}) {
        const auto r = run_nangdok(args, "안녕.\n");
        EXPECT_EQ(r.exit_code, 1) << args[2] << r.err;
        EXPECT_EQ(lines_in(r.err), 1) << r.err;
    }
    EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST(Hardening, SignalsAtRandomMomentsNeverDamageTheOutput) {
    std::string article = "제목\n";
    for (int i = 0; i < 200; ++i) article += "서울시가 첨단산업의 중동 진출을 지원한다. 두바이도 함께 참여한다.\n";
    for (int delay_ms : {0, 5, 20, 60, 150, 300}) {
        for (int signal_number : {SIGINT, SIGTERM}) {
            TempDir dir;
            double seconds = 0;
            const auto r = run_process_and_signal({NANGDOK_BINARY, "read", "-q", "--no-clean", "-", "-o", dir / "out.wav"}, article, {},
                                                  delay_ms, signal_number, seconds);
            // A signal that lands before the handlers exist ends the process the default way, before
            // it has written anything.
            ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 130 || r.exit_code == 128 + signal_number)
                << delay_ms << " ms: exit " << r.exit_code << " " << r.err;
            const std::string wav = read_file(dir / "out.wav");
            if (wav.empty()) {
                EXPECT_TRUE(fs::is_empty(dir.path())) << "temporary file left behind";
                continue;
            }
            const auto info = nangdok::parse_wav_header(wav);
            ASSERT_TRUE(info) << delay_ms << " ms: damaged file of " << wav.size() << " bytes";
            EXPECT_EQ(wav.size(), info->data_offset + info->data_bytes);
        }
    }
}
