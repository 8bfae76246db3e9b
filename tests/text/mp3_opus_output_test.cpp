// Issue 6: MP3 (libmp3lame) and Opus (libopus + libogg) written by our own sinks, end to end: the
// Korean title in the ID3v2 frame, the LAME tag on files but not on pipes, exact lengths, streams
// to standard output, per-sentence files, and files finished after Ctrl-C.
#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <unicode/unistr.h>

#include "support/audio_read_back.hpp"
#include "support/run_process.hpp"

using namespace nangdok::test_support;
namespace fs = std::filesystem;

namespace {

const std::string kTitle = "두바이 미래재단 방문";
const std::string kArticle = kTitle +
                             "\n서울시가 인공지능과 바이오 등 첨단산업의 중동 진출을 적극 지원한다. 두바이 미래재단은 "
                             "스타트업 육성 프로그램에 서울 스타트업의 참여를 지원한다.\n시는 기술 실증을 위한 장소를 "
                             "제공한다.\n";

struct Id3 {
    bool found = false;
    std::size_t end = 0;  // the first byte after the tag
    std::string title;    // TIT2 as UTF-8
    int title_encoding = -1;
};

// Parses an ID3v2.3 tag at the start of `bytes` (our own reading, not the library that wrote it).
Id3 parse_id3(const std::string& bytes) {
    Id3 id3;
    if (bytes.size() < 10 || bytes.compare(0, 3, "ID3") != 0 || bytes[3] != 3) return id3;
    auto byte = [&](std::size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(bytes[i])); };
    const uint32_t size = byte(6) << 21 | byte(7) << 14 | byte(8) << 7 | byte(9);  // synchsafe
    id3.found = true;
    id3.end = 10 + size;
    for (std::size_t at = 10; at + 10 <= id3.end && bytes[at] != '\0';) {
        const std::string id = bytes.substr(at, 4);
        const uint32_t frame_size = byte(at + 4) << 24 | byte(at + 5) << 16 | byte(at + 6) << 8 | byte(at + 7);
        if (id == "TIT2" && frame_size >= 3) {
            id3.title_encoding = static_cast<int>(byte(at + 10));
            // Encoding 1 is UTF-16 with a byte order mark; strip it and any terminating NUL.
            std::u16string text;
            for (std::size_t i = at + 11; i + 1 < at + 10 + frame_size; i += 2)
                text.push_back(static_cast<char16_t>(byte(i) | byte(i + 1) << 8));
            if (!text.empty() && text.front() == u'\uFEFF') text.erase(0, 1);
            while (!text.empty() && text.back() == u'\0') text.pop_back();
            icu::UnicodeString(text.data(), static_cast<int32_t>(text.size())).toUTF8String(id3.title);
        }
        at += 10 + frame_size;
    }
    return id3;
}

// The LAME tag sits in the first MPEG frame after the ID3 tag: "Xing" (VBR) or "Info" (CBR), then
// "LAME" with the encoder delay and padding.
bool first_frame_has_lame_tag(const std::string& mp3, std::size_t frame_start) {
    const std::string frame = mp3.substr(frame_start, 200);
    return (frame.find("Xing") != std::string::npos || frame.find("Info") != std::string::npos) &&
           frame.find("LAME") != std::string::npos;
}

bool is_frame_sync(const std::string& bytes, std::size_t at) {
    return at + 1 < bytes.size() && static_cast<unsigned char>(bytes[at]) == 0xFF &&
           (static_cast<unsigned char>(bytes[at + 1]) & 0xE0) == 0xE0;
}

ReadBack save_reference_wav(const TempDir& dir) {
    const auto wav = run_nangdok({"read", "-q", "-", "-o", dir / "ref.wav"}, kArticle);
    EXPECT_EQ(wav.exit_code, 0) << wav.err;
    return read_back(dir / "ref.wav");
}

}  // namespace

TEST(Mp3Output, KoreanTitleIsAnId3v2Utf16FrameAndTheLameTagIsFilledIn) {
    TempDir dir;
    const auto r = run_nangdok({"read", "-q", "-", "-o", dir / "out.mp3"}, kArticle);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string mp3 = read_file(dir / "out.mp3");
    const Id3 id3 = parse_id3(mp3);
    ASSERT_TRUE(id3.found) << "no ID3v2.3 tag at the start";
    EXPECT_EQ(id3.title_encoding, 1) << "Latin-1 cannot hold Korean";
    EXPECT_EQ(id3.title, kTitle);
    ASSERT_TRUE(is_frame_sync(mp3, id3.end)) << "audio does not start right after the tag";
    EXPECT_TRUE(first_frame_has_lame_tag(mp3, id3.end));
    EXPECT_NE(mp3.compare(mp3.size() - 128, 3, "TAG"), 0) << "an ID3v1 tag (Latin-1 only) at the end";
}

TEST(Mp3Output, StandardOutputStreamsWithoutTheLameTag) {
    TempDir dir;
    const ReadBack reference = save_reference_wav(dir);
    const auto r = run_nangdok({"read", "-q", "-", "-o", "-", "--format", "mp3"}, kArticle);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const Id3 id3 = parse_id3(r.out);
    ASSERT_TRUE(id3.found);
    EXPECT_EQ(id3.title, kTitle);
    ASSERT_TRUE(is_frame_sync(r.out, id3.end));
    EXPECT_FALSE(first_frame_has_lame_tag(r.out, id3.end)) << "a pipe cannot be rewound to fill the tag in";
    write_file(dir / "piped.mp3", r.out);
    const ReadBack back = read_back(dir / "piped.mp3");
    // Without the tag a decoder keeps LAME's delay (576 samples) and the padding of the last frame
    // (under 576), so the stream is longer, by less than 0.1 s.
    EXPECT_GE(back.decoded, reference.frames);
    EXPECT_LT(back.decoded, reference.frames + 2205);
}

TEST(OpusOutput, StandardOutputIsTheSameExactStream) {
    TempDir dir;
    const ReadBack reference = save_reference_wav(dir);
    const auto r = run_nangdok({"read", "-q", "-", "-o", "-", "--format", "opus"}, kArticle);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(r.out.substr(0, 4), "OggS");
    EXPECT_NE(r.out.find("OpusHead"), std::string::npos);
    write_file(dir / "piped.opus", r.out);
    const ReadBack back = read_back(dir / "piped.opus");
    EXPECT_EQ(back.title, kTitle);
    EXPECT_EQ(back.decoded, back.frames);
    EXPECT_EQ(ogg_opus_length_48k(r.out), length_48k(reference.frames, 22050));
}

// Each per-sentence file decodes to exactly its sentence's length in index.json, titled with it.
TEST(Mp3OpusOutput, SplitFilesHaveTheirSentencesLengthAndText) {
    for (const std::string format : {"mp3", "opus"}) {
        TempDir dir;
        const auto r = run_nangdok({"read", "-q", "-", "--split", dir / "parts", "--format", format}, kArticle);
        ASSERT_EQ(r.exit_code, 0) << format << ": " << r.err;
        const auto index = nlohmann::json::parse(read_file(dir / "parts/index.json"));
        const auto& sentences = index.at("sentences");
        ASSERT_GE(sentences.size(), 3u) << format;
        for (const auto& sentence : sentences) {
            const std::string file = dir / ("parts/" + sentence.at("file").get<std::string>());
            const ReadBack back = read_back(file);
            ASSERT_TRUE(back.opened) << file;
            const int64_t samples = sentence.at("end_sample").get<int64_t>() - sentence.at("start_sample").get<int64_t>();
            if (format == "mp3") EXPECT_EQ(back.frames, samples) << file;
            else EXPECT_EQ(ogg_opus_length_48k(read_file(file)), length_48k(samples, 22050)) << file;
            EXPECT_EQ(back.decoded, back.frames) << file;
            EXPECT_EQ(back.title, sentence.at("text").get<std::string>()) << file;
        }
    }
}

// Ctrl-C while saving: the file is complete and valid, and ends exactly where the manifest's last
// sentence ends.
TEST(Mp3OpusOutput, InterruptedFileIsValidAndEndsWithTheLastSentence) {
    std::string article = "제목\n";
    for (int i = 0; i < 1500; ++i)
        article += "서울시가 인공지능과 바이오 등 국내 첨단산업에 대해 중동 진출을 적극 지원한다. "
                   "두바이 미래재단은 재단의 스타트업 육성 프로그램에 서울 스타트업의 참여를 지원한다.\n";
    for (const std::string format : {"mp3", "opus"}) {
        TempDir dir;
        const std::string out = dir / ("out." + format);
        double seconds = 0;
        const auto r = run_process_and_signal(
            {NANGDOK_BINARY, "read", "-q", "--no-clean", "-", "-o", out, "--manifest", dir / "out.json"}, article, {},
            600, SIGINT, seconds);
        EXPECT_EQ(r.exit_code, 130) << format << ": " << r.err;
        const auto manifest = nlohmann::json::parse(read_file(dir / "out.json"));
        const auto& sentences = manifest.at("sentences");
        ASSERT_GT(sentences.size(), 0u) << format;
        EXPECT_LT(sentences.size(), 3000u) << format << ": the signal came after the end";
        const int64_t end_sample = sentences.back().at("end_sample").get<int64_t>();
        const ReadBack back = read_back(out);
        ASSERT_TRUE(back.opened) << format << ": not a valid file";
        EXPECT_EQ(back.decoded, back.frames) << format;
        if (format == "mp3") EXPECT_EQ(back.frames, end_sample);
        else EXPECT_EQ(ogg_opus_length_48k(read_file(out)), length_48k(end_sample, 22050));
        EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 2)
            << format << ": temporary file left behind";
    }
}
