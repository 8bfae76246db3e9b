// The command-line contract, end to end through the built binary.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "formats/wav_format.hpp"
#include "support/run_process.hpp"

using namespace nangdok::test_support;
namespace fs = std::filesystem;

namespace {

const std::string kArticle = "두바이 미래재단 방문\n\n서울시가 중동 진출을 지원한다. 두바이도 참여한다.\n끝으로 협약을 맺었다.\n";

int count_lines(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

void expect_one_line_error(const ProcessResult& r, int code, const std::string& needle) {
    EXPECT_EQ(r.exit_code, code) << r.err;
    EXPECT_EQ(count_lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(needle), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
}

}  // namespace

TEST(Cli, VersionAndHelp) {
    const auto version = run_nangdok({"--version"});
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_EQ(version.out.rfind("nangdok ", 0), 0u) << version.out;
    for (const char* command : {"read", "clean", "sentences", "normalize", "voices", "devices"}) {
        const auto help = run_nangdok({command, "--help"});
        EXPECT_EQ(help.exit_code, 0) << command;
        EXPECT_NE(help.out.find(command), std::string::npos) << help.out;
    }
}

TEST(Cli, NoCommandIsAUsageError) {
    const auto r = run_nangdok({});
    EXPECT_EQ(r.exit_code, 1);
}

TEST(Cli, CleanPrintsBlocksSeparatedByOneBlankLine) {
    const auto r = run_nangdok({"clean", "-"}, kArticle);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "두바이 미래재단 방문\n\n서울시가 중동 진출을 지원한다. 두바이도 참여한다.\n\n끝으로 협약을 맺었다.\n");
}

TEST(Cli, SentencesOnePerLineBlankLineBetweenParagraphs) {
    const auto r = run_nangdok({"sentences", "--no-clean"}, kArticle);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "두바이 미래재단 방문\n\n서울시가 중동 진출을 지원한다.\n두바이도 참여한다.\n\n끝으로 협약을 맺었다.\n");
}

TEST(Cli, SentencesJsonHasOneObjectPerSentence) {
    const auto r = run_nangdok({"sentences", "--json", "-"}, kArticle);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::istringstream lines(r.out);
    std::string line;
    int index = 0;
    while (std::getline(lines, line)) {
        const auto object = nlohmann::json::parse(line);
        EXPECT_EQ(object.at("index").get<int>(), ++index);
        EXPECT_TRUE(object.at("paragraph").is_number_integer());
        EXPECT_FALSE(object.at("text").get<std::string>().empty());
        EXPECT_TRUE(object.at("spoken").is_string());
    }
    EXPECT_EQ(index, 4);
}

TEST(Cli, NormalizeKeepsOneLinePerInputLine) {
    const auto r = run_nangdok({"normalize"}, "첫 줄\n\n  셋째   줄  \n넷째");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(count_lines(r.out), 4) << r.out;
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "첫 줄");
}

TEST(Cli, VoicesListsOursAndEspeaks) {
    const auto r = run_nangdok({"voices"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const char* name : {"default\t", "female\t", "clear\t", "ko\t", "ko+f3\t"})
        EXPECT_NE(("\n" + r.out).find(std::string("\n") + name), std::string::npos) << name << " missing in\n" << r.out;
}

TEST(Cli, InvalidUtf8IsRejectedWithItsOffset) {
    TempDir dir;
    write_file(dir / "bad.txt", "좋은 줄\n나쁜 \xC3\x28 줄\n");
    expect_one_line_error(run_nangdok({"sentences", dir / "bad.txt"}), 2, "byte offset 18 (line 2)");
}

TEST(Cli, EmptyFileIsNothingToRead) {
    TempDir dir;
    write_file(dir / "empty.txt", "");
    write_file(dir / "blank.txt", "  \n\n \t \n");
    for (const char* command : {"clean", "sentences", "read"})
        expect_one_line_error(run_nangdok({command, dir / "empty.txt"}), 2, "nothing to read");
    expect_one_line_error(run_nangdok({"read", dir / "blank.txt", "-o", dir / "x.wav"}), 2, "nothing to read");
    EXPECT_FALSE(fs::exists(dir / "x.wav"));
}

TEST(Cli, MissingFileAndDirectoryAreNamed) {
    TempDir dir;
    expect_one_line_error(run_nangdok({"clean", dir / "missing.txt"}), 2, "missing.txt: no such file");
    expect_one_line_error(run_nangdok({"read", dir.path(), "-o", dir / "x.wav"}), 2, "is a directory");
}

TEST(Cli, OutOfRangeOptionsAreUsageErrors) {
    TempDir dir;
    for (const std::vector<std::string>& bad : std::vector<std::vector<std::string>>{
             {"--rate", "79"}, {"--rate", "451"}, {"--pitch", "100"}, {"--volume", "-1"}, {"--sentence-pause", "-5"},
             {"--rate", "fast"}, {"--bogus"}}) {
        std::vector<std::string> args{"read", "-", "-o", dir / "x.wav"};
        args.insert(args.end(), bad.begin(), bad.end());
        const auto r = run_nangdok(args, kArticle);
        EXPECT_EQ(r.exit_code, 1) << bad[0] << ": " << r.err;
        EXPECT_EQ(count_lines(r.err), 1) << r.err;
    }
    EXPECT_FALSE(fs::exists(dir / "x.wav"));
}

TEST(Cli, UnknownVoiceAndFormatAreUsageErrors) {
    TempDir dir;
    expect_one_line_error(run_nangdok({"read", "-", "-o", dir / "x.wav", "--voice", "robot"}, kArticle), 1, "available:");
    expect_one_line_error(run_nangdok({"read", "-", "-o", dir / "x.xyz"}, kArticle), 1, "unknown output format");
    expect_one_line_error(run_nangdok({"read", "-", "-o", dir / "x.wav", "--device", "0"}, kArticle), 1, "--device");
}

TEST(Cli, ReadWritesWavToStdout) {
    const auto r = run_nangdok({"read", "-q", "-o", "-"}, kArticle);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    const auto info = nangdok::parse_wav_header(r.out);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->data_bytes, nangdok::kWavUnknownSize);
    EXPECT_GT(r.out.size(), 44u + 22050u * 2);
}

TEST(Cli, VoiceOptionsChangeTheAudio) {
    TempDir dir;
    const auto base = run_nangdok({"read", "-q", "-o", dir / "a.wav"}, kArticle);
    const auto slow = run_nangdok({"read", "-q", "--voice", "clear", "-o", dir / "b.wav"}, kArticle);
    const auto fast = run_nangdok({"read", "-q", "--rate", "300", "-o", dir / "c.wav"}, kArticle);
    ASSERT_EQ(base.exit_code + slow.exit_code + fast.exit_code, 0) << base.err << slow.err << fast.err;
    const auto size = [&](const char* name) { return fs::file_size(dir / name); };
    EXPECT_GT(size("b.wav"), size("a.wav") * 11 / 10) << "the clear voice is slower, with longer pauses";
    EXPECT_LT(size("c.wav"), size("a.wav") * 8 / 10);
}

TEST(Cli, NoAudioDeviceSaysSoOnOneLine) {
    // The system's default ALSA configuration loads third-party plugins that leak in their
    // initialisers (see the file); only sanitizer builds read this variable.
    const std::vector<std::string> env{"LSAN_OPTIONS=fast_unwind_on_malloc=0:print_suppressions=0:suppressions=" +
                                       source_path("tests/lsan_alsa_plugins.supp")};
    const auto devices = run_nangdok({"devices"}, "", env);
    if (devices.exit_code == 0) GTEST_SKIP() << "this machine has an audio device:\n" << devices.out;
    expect_one_line_error(run_nangdok({"read", "-"}, kArticle, env), 3,
                          "no audio output device; use -o FILE.wav to save instead");
}

TEST(Cli, PunctuationOnlyIsNothingToRead) {
    TempDir dir;
    expect_one_line_error(run_nangdok({"read", "-", "-o", dir / "x.wav"}, "   \n\n"), 2, "nothing to read");
    EXPECT_FALSE(fs::exists(dir / "x.wav"));
}

TEST(Cli, TextOptionReadsTheArgumentAsTheArticle) {
    TempDir dir;
    const auto given = run_nangdok({"read", "-q", "-j", "1", "--text", kArticle, "-o", dir / "given.wav"});
    ASSERT_EQ(given.exit_code, 0) << given.err;
    const auto piped = run_nangdok({"read", "-q", "-j", "1", "-", "-o", dir / "piped.wav"}, kArticle);
    ASSERT_EQ(piped.exit_code, 0) << piped.err;
    EXPECT_GT(fs::file_size(dir / "given.wav"), 22050u * 2);
    EXPECT_TRUE(read_file(dir / "given.wav") == read_file(dir / "piped.wav")) << "--text and standard input differ";
}

TEST(Cli, TextOptionErrorsAreNamedAndLeaveNoFile) {
    TempDir dir;
    expect_one_line_error(run_nangdok({"read", "--text", "", "-o", dir / "x.wav"}), 2, "nothing to read");
    expect_one_line_error(run_nangdok({"read", "--text", "좋은\xff 아침", "-o", dir / "x.wav"}), 2, "--text");
    EXPECT_FALSE(fs::exists(dir / "x.wav"));
    expect_one_line_error(run_nangdok({"read", "a.txt", "--text", "안녕", "-o", dir / "x.wav"}), 1, "not both");
    expect_one_line_error(run_nangdok({"read", "--text", "안녕", "--output-dir", dir.path()}), 1, "--output-dir");
}

TEST(Cli, TextCommandsTakeTextToo) {
    for (const std::string command : {"clean", "sentences", "normalize"}) {
        const auto given = run_nangdok({command, "--text", kArticle});
        const auto piped = run_nangdok({command, "-"}, kArticle);
        ASSERT_EQ(given.exit_code, 0) << command << ": " << given.err;
        EXPECT_FALSE(given.out.empty()) << command;
        EXPECT_EQ(given.out, piped.out) << command << ": --text and standard input differ";
        expect_one_line_error(run_nangdok({command, "a.txt", "--text", "안녕"}), 1, "not both");
    }
    EXPECT_EQ(run_nangdok({"normalize", "-t", "오후 2시 30분"}).out, "오후 두 시 삼십 분\n");
}
