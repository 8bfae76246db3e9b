// The listener's display: exact plain lines, the in-place status line, and when each is used.
#include <gtest/gtest.h>

#include <cstdio>

#include "listen/status_display.hpp"
#include "support/run_process.hpp"

using namespace nangdok::listen;

TEST(ListenDisplay, ModeChoice) {
    EXPECT_EQ(choose_display_mode(true, false, true, "xterm"), DisplayMode::quiet);
    EXPECT_EQ(choose_display_mode(true, true, false, "dumb"), DisplayMode::quiet);
    EXPECT_EQ(choose_display_mode(false, false, true, "xterm-256color"), DisplayMode::status_line);
    EXPECT_EQ(choose_display_mode(false, true, true, "xterm"), DisplayMode::plain);
    EXPECT_EQ(choose_display_mode(false, false, false, "xterm"), DisplayMode::plain);
    EXPECT_EQ(choose_display_mode(false, false, true, "dumb"), DisplayMode::plain);
    EXPECT_EQ(choose_display_mode(false, false, true, nullptr), DisplayMode::plain);
}

TEST(ListenDisplay, Clock) {
    EXPECT_EQ(format_clock(0), "0:00");
    EXPECT_EQ(format_clock(59.99), "0:59");
    EXPECT_EQ(format_clock(61), "1:01");
    EXPECT_EQ(format_clock(3600 + 62), "1:01:02");
    EXPECT_EQ(format_clock(-3), "0:00");
}

TEST(ListenDisplay, PlainLines) {
    EXPECT_EQ(plain_line(3, 42, "서울 날씨는 맑다."), "[sentence 3/42] 서울 날씨는 맑다.");
    EXPECT_EQ(plain_line(7, std::nullopt, "끝."), "[sentence 7] 끝.");
}

TEST(ListenDisplay, StatusLineAndWidth) {
    PlaybackStatus s{3, 42, 12.5, 220, true, false, "서울 날씨는 맑다."};
    EXPECT_EQ(status_text(s, 200), "[sentence 3/42] 0:12 / ~3:40  서울 날씨는 맑다.");
    s.total_is_estimate = false;
    s.paused = true;
    EXPECT_EQ(status_text(s, 200), "[sentence 3/42] 0:12 / 3:40 (paused)  서울 날씨는 맑다.");
    EXPECT_EQ(display_width("서울 ab"), 7);
    PlaybackStatus faster = s;
    faster.rate_wpm = 193;
    EXPECT_EQ(status_text(faster, 200), "[sentence 3/42] 0:12 / 3:40 193 wpm (paused)  서울 날씨는 맑다.");
    // Cut by columns, never inside a Hangul syllable: 38 ASCII columns, then 2 per syllable.
    const std::string cut = status_text(s, 41);
    EXPECT_EQ(cut, "[sentence 3/42] 0:12 / 3:40 (paused)  서");
    EXPECT_EQ(status_text(s, 40), cut);
    EXPECT_EQ(status_text(s, 42), cut + "울");
}

TEST(ListenDisplay, PlainModeWritesOneLinePerSentenceAndNothingElse) {
    nangdok::test_support::TempDir dir;
    const std::string path = dir / "err";
    std::FILE* out = std::fopen(path.c_str(), "w");
    ASSERT_NE(out, nullptr);
    StatusDisplay display(DisplayMode::plain, out, 80);
    display.sentence_started({1, 2, 0, 5, true, false, "하나."});
    display.update({1, 2, 1, 5, true, true, "하나."});  // animation: nothing in plain mode
    display.note("193 wpm from the next sentence");
    display.sentence_started({2, 2, 2, 5, false, false, "둘."});
    display.finish();
    std::fclose(out);
    EXPECT_EQ(nangdok::test_support::read_file(path),
              "[sentence 1/2] 하나.\n[193 wpm from the next sentence]\n[sentence 2/2] 둘.\n");
}

TEST(ListenDisplay, StatusModeRedrawsInPlaceOnlyOnChange) {
    nangdok::test_support::TempDir dir;
    const std::string path = dir / "err";
    std::FILE* out = std::fopen(path.c_str(), "w");
    ASSERT_NE(out, nullptr);
    StatusDisplay display(DisplayMode::status_line, out, 80);
    const PlaybackStatus s{1, 2, 0, 5, true, false, "하나."};
    display.sentence_started(s);
    display.update(s);  // unchanged: not drawn again
    display.note("193 wpm");  // the status line shows the rate itself
    display.finish();
    std::fclose(out);
    EXPECT_EQ(nangdok::test_support::read_file(path), "\r[sentence 1/2] 0:00 / ~0:05  하나.\x1b[K\r\x1b[K");
}
