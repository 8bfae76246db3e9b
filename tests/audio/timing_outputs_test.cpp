// Issue 6: subtitles, manifest and per-sentence files agree with the audio to the sample.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "formats/wav_format.hpp"
#include "subtitles/cue.hpp"
#include "subtitles/timestamp.hpp"
#include "support/run_process.hpp"

using namespace nangdok;
using namespace nangdok::test_support;
namespace fs = std::filesystem;

namespace {

std::string pcm_of(const std::string& wav_bytes) {
    const auto info = parse_wav_header(wav_bytes);
    return info ? wav_bytes.substr(info->data_offset, info->data_bytes) : std::string();
}

std::vector<int64_t> srt_start_ms(const std::string& srt) {
    std::vector<int64_t> starts;
    std::istringstream lines(srt);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.find(" --> ") == std::string::npos) continue;
        const auto field = [&](std::size_t at) { return std::stoll(line.substr(at, 2)); };
        starts.push_back(((field(0) * 60 + field(3)) * 60 + field(6)) * 1000 + std::stoll(line.substr(9, 3)));
    }
    return starts;
}

}  // namespace

TEST(Timestamp, FormatsSrtAndVtt) {
    EXPECT_EQ(format_timestamp(0, ','), "00:00:00,000");
    EXPECT_EQ(format_timestamp(3723004, ','), "01:02:03,004");
    EXPECT_EQ(format_timestamp(59999, '.'), "00:00:59.999");
    EXPECT_EQ(samples_to_ms(22050, 22050), 1000);
    EXPECT_EQ(samples_to_ms(11, 22050), 0);
    EXPECT_EQ(samples_to_ms(12, 22050), 1);  // rounded to the nearest millisecond
}

TEST(Subtitles, SrtAndVttLayout) {
    const std::vector<Cue> cues{{0, 1500, "첫 문장."}, {1800, 4000, "A --> B"}};
    EXPECT_EQ(format_srt(cues), "1\n00:00:00,000 --> 00:00:01,500\n첫 문장.\n\n2\n00:00:01,800 --> 00:00:04,000\nA --> B\n\n");
    const std::string vtt = format_vtt(cues, "제목");
    EXPECT_EQ(vtt.rfind("WEBVTT - 제목\n\n", 0), 0u) << vtt;
    EXPECT_NE(vtt.find("00:00:01.800 --> 00:00:04.000\nA -> B\n"), std::string::npos) << vtt;
}

TEST(TimingOutputs, ExampleCuesManifestAndSplitFilesMatchTheAudio) {
    TempDir dir;
    const auto r = run_nangdok({"read", "-q", source_path("examples/seoul-dubai.txt"), "-o", dir / "all.wav",
                                "--subtitles", dir / "all.srt", "--manifest", dir / "all.json", "--split", dir / "parts"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string audio = pcm_of(read_file(dir / "all.wav"));
    const auto manifest = nlohmann::json::parse(read_file(dir / "all.json"));
    const auto index = nlohmann::json::parse(read_file(dir / "parts/index.json"));
    const auto& sentences = manifest.at("sentences");
    const auto sentence_count = run_nangdok({"sentences", "--json", source_path("examples/seoul-dubai.txt")});
    ASSERT_EQ(static_cast<std::size_t>(std::count(sentence_count.out.begin(), sentence_count.out.end(), '\n')),
              sentences.size());
    EXPECT_EQ(manifest.at("sample_rate").get<int>(), 22050);
    EXPECT_FALSE(manifest.at("title").get<std::string>().empty());
    ASSERT_EQ(index.at("sentences").size(), sentences.size());

    const std::vector<int64_t> cue_starts = srt_start_ms(read_file(dir / "all.srt"));
    ASSERT_EQ(cue_starts.size(), sentences.size());
    int64_t previous_end = -1;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const auto& s = sentences[i];
        const int64_t start = s.at("start_sample"), end = s.at("end_sample");
        ASSERT_GT(start, previous_end) << "cue starts must strictly increase";
        EXPECT_EQ(cue_starts[i], s.at("start_ms").get<int64_t>());
        EXPECT_EQ(s.at("start_ms").get<int64_t>(), samples_to_ms(start, 22050));
        // The sentence's own file holds exactly the audio at its place in the whole.
        const std::string part = pcm_of(read_file(dir / ("parts/" + index.at("sentences")[i].at("file").get<std::string>())));
        ASSERT_EQ(part.size(), static_cast<std::size_t>(end - start) * 2) << "sentence " << i + 1;
        EXPECT_TRUE(audio.compare(static_cast<std::size_t>(start) * 2, part.size(), part) == 0) << "sentence " << i + 1;
        // and what lies between two sentences is our silence, nothing else.
        if (previous_end >= 0) {
            const std::string gap = audio.substr(static_cast<std::size_t>(previous_end) * 2,
                                                 static_cast<std::size_t>(start - previous_end) * 2);
            EXPECT_EQ(gap.find_first_not_of('\0'), std::string::npos) << "before sentence " << i + 1;
        }
        previous_end = end;
    }
    EXPECT_EQ(static_cast<int64_t>(audio.size() / 2), previous_end) << "the audio ends with the last sentence";
}

TEST(TimingOutputs, SplitIntoOpusFiles) {
    TempDir dir;
    const auto r = run_nangdok({"read", "-q", "-", "--split", dir / "parts", "--format", "opus"},
                               "제목\n첫 문장이다. 둘째 문장이다.\n");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const char* name : {"0001.opus", "0002.opus", "0003.opus", "index.json"})
        EXPECT_TRUE(fs::exists(dir / ("parts/" + std::string(name)))) << name;
    EXPECT_EQ(std::distance(fs::directory_iterator(dir / "parts"), fs::directory_iterator()), 4);
}

TEST(TimingOutputs, BadSubtitleNameIsAUsageError) {
    TempDir dir;
    const auto r = run_nangdok({"read", "-", "-o", dir / "a.wav", "--subtitles", dir / "a.txt"}, "안녕.\n");
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find(".srt or .vtt"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir / "a.wav"));
}
