// `read --start`, `--resume` and the plain progress lines, end to end through the binary (no
// terminal: these are the non-interactive paths that scripts use).
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "listen/resume_store.hpp"
#include "pipeline/text_pipeline.hpp"
#include "support/run_process.hpp"

using namespace nangdok::test_support;

namespace {

const std::string kText = "첫 문장이다. 둘째 문장이다.\n셋째 문단이다.\n";

std::vector<int> manifest_indexes(const std::string& path) {
    std::vector<int> indexes;
    const auto manifest = nlohmann::json::parse(read_file(path));  // kept alive for the loop
    for (const auto& sentence : manifest["sentences"])
        indexes.push_back(sentence["index"].get<int>());
    return indexes;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// Where --resume looks for this text's position under `state_home`.
std::string state_file(const std::string& state_home, const std::string& text) {
    const nangdok::Article article = nangdok::load_article({"<stdin>", text}, false);
    return state_home + "/nangdok/" + nangdok::listen::article_key(article) + ".resume";
}

std::string capture_config(const TempDir& dir) {
    return "pcm.!default { type file; slave.pcm { type null }; file \"" + (dir / "cap.wav") + "\"; format \"wav\" }\n";
}

}  // namespace

TEST(ListenCli, StartSavesFromThatSentence) {
    TempDir dir;
    const auto r = run_nangdok({"read", "--no-clean", "-", "--start", "2", "-o", dir / "out.wav", "--manifest",
                                dir / "m.json"},
                               kText);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(manifest_indexes(dir / "m.json"), (std::vector<int>{2, 3}));
    EXPECT_NE(r.err.find("saved " + (dir / "out.wav") + ", " + (dir / "m.json") + " (2 sentences, "),
              std::string::npos)
        << r.err;
}

TEST(ListenCli, BadStartsAreUsageErrors) {
    TempDir dir;
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"read", "--no-clean", "-", "--start", "4", "-o", dir / "a.wav"},
             {"read", "--no-clean", "-", "--start", "0", "-o", dir / "a.wav"},
             {"read", "--no-clean", "-", "--start", "2", "--resume", "-o", dir / "a.wav"}}) {
        const auto r = run_nangdok(args, kText);
        EXPECT_EQ(r.exit_code, 1) << args[4] << ": " << r.err;
        EXPECT_EQ(lines_of(r.err).size(), 1u) << r.err;
    }
    const auto past = run_nangdok({"read", "--no-clean", "-", "--start", "4", "-o", dir / "a.wav"}, kText);
    EXPECT_NE(past.err.find("--start 4: the article has only 3 sentences"), std::string::npos) << past.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "a.wav"));
}

TEST(ListenCli, ResumeStartsAtTheSavedSentence) {
    TempDir dir;
    const std::string file = state_file(dir / "state", kText);
    std::filesystem::create_directories(std::filesystem::path(file).parent_path());
    write_file(file, "nangdok-resume 1\nsentence 3\n");
    const auto r = run_nangdok({"read", "--no-clean", "-", "--resume", "-o", dir / "out.wav", "--manifest",
                                dir / "m.json"},
                               kText, {"XDG_STATE_HOME=" + (dir / "state")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(manifest_indexes(dir / "m.json"), (std::vector<int>{3}));
    // Another article has no saved position: it starts at its beginning.
    const auto other = run_nangdok({"read", "--no-clean", "-", "--resume", "-o", dir / "o.wav", "--manifest",
                                    dir / "o.json"},
                                   "다른 글이다. 끝이다.\n", {"XDG_STATE_HOME=" + (dir / "state")});
    ASSERT_EQ(other.exit_code, 0) << other.err;
    EXPECT_EQ(manifest_indexes(dir / "o.json"), (std::vector<int>{1, 2}));
}

TEST(ListenCli, CorruptOrMissingStateStartsAtTheBeginning) {
    TempDir dir;
    const std::string file = state_file(dir / "state", kText);
    std::filesystem::create_directories(std::filesystem::path(file).parent_path());
    for (const std::string& bytes : {std::string("nangdok-resume 1\nsentence 99\n"), std::string("\x01garbage"),
                                     std::string("nangdok-resume 1\nsentence -1\n")}) {
        write_file(file, bytes);
        const auto r = run_nangdok({"read", "--no-clean", "-", "--resume", "-o", dir / "out.wav", "--manifest",
                                    dir / "m.json"},
                                   kText, {"XDG_STATE_HOME=" + (dir / "state")});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        EXPECT_EQ(manifest_indexes(dir / "m.json"), (std::vector<int>{1, 2, 3})) << bytes;
    }
    // No state folder at all, and one that cannot exist.
    write_file(dir / "not-a-folder", "x");
    for (const std::string& home : {dir / "none", dir / "not-a-folder"}) {
        const auto r = run_nangdok({"read", "--no-clean", "-", "--resume", "-o", dir / "out.wav"}, kText,
                                   {"XDG_STATE_HOME=" + home});
        EXPECT_EQ(r.exit_code, 0) << r.err;
    }
}

TEST(ListenCli, PlainLinesWhilePlayingToAFile) {
    TempDir dir;
    write_file(dir / "asound.conf", capture_config(dir));
    const std::vector<std::string> env{"ALSA_CONFIG_PATH=" + (dir / "asound.conf")};
    // Streamed: the count is not known in advance, so the lines give only the sentence number.
    const auto streamed = run_nangdok({"read", "--no-clean", "-"}, kText, env);
    ASSERT_EQ(streamed.exit_code, 0) << streamed.err;
    auto lines = lines_of(streamed.err);
    ASSERT_EQ(lines.size(), 4u) << streamed.err;
    EXPECT_EQ(lines[0], "[sentence 1] 첫 문장이다.");
    EXPECT_EQ(lines[1], "[sentence 2] 둘째 문장이다.");
    EXPECT_EQ(lines[2], "[sentence 3] 셋째 문단이다.");
    EXPECT_EQ(lines[3].rfind("nangdok: played (3 sentences, 0:0", 0), 0u) << lines[3];

    const auto from_two = run_nangdok({"read", "--no-clean", "-", "--start", "2"}, kText, env);
    ASSERT_EQ(from_two.exit_code, 0) << from_two.err;
    lines = lines_of(from_two.err);
    ASSERT_EQ(lines.size(), 3u) << from_two.err;
    EXPECT_EQ(lines[0], "[sentence 2/3] 둘째 문장이다.");
    EXPECT_EQ(lines[1], "[sentence 3/3] 셋째 문단이다.");
    EXPECT_EQ(lines[2].rfind("nangdok: played (2 sentences, ", 0), 0u) << lines[2];

    const auto quiet = run_nangdok({"read", "--no-clean", "-", "-q"}, kText, env);
    EXPECT_EQ(quiet.exit_code, 0) << quiet.err;
    EXPECT_EQ(quiet.err, "");
}
