// Key decoding: what a terminal sends for each listening key, including arrows split over reads.
#include <gtest/gtest.h>

#include "listen/keys.hpp"

using nangdok::listen::Key;
using nangdok::listen::KeyDecoder;

TEST(ListenKeys, PlainKeys) {
    KeyDecoder d;
    EXPECT_EQ(d.feed(" np][+-rq"),
              (std::vector<Key>{Key::toggle_pause, Key::next_sentence, Key::previous_sentence, Key::next_paragraph,
                                Key::previous_paragraph, Key::faster, Key::slower, Key::repeat, Key::quit}));
    EXPECT_EQ(d.feed("=_"), (std::vector<Key>{Key::faster, Key::slower}));
    EXPECT_TRUE(d.feed("xyz\n\t").empty());
}

TEST(ListenKeys, ArrowsInBothEncodings) {
    KeyDecoder d;
    EXPECT_EQ(d.feed("\x1b[C\x1b[D\x1bOC\x1bOD"),
              (std::vector<Key>{Key::next_sentence, Key::previous_sentence, Key::next_sentence, Key::previous_sentence}));
    EXPECT_EQ(d.feed("\x1b[1;5C"), (std::vector<Key>{Key::next_sentence}));  // Ctrl+→
    EXPECT_TRUE(d.feed("\x1b[A\x1b[B").empty());                             // ↑ ↓ do nothing
    EXPECT_FALSE(d.holding());
}

TEST(ListenKeys, ArrowSplitAcrossReads) {
    KeyDecoder d;
    EXPECT_TRUE(d.feed("\x1b").empty());
    EXPECT_TRUE(d.holding());
    EXPECT_TRUE(d.feed("[").empty());
    EXPECT_EQ(d.feed("C"), (std::vector<Key>{Key::next_sentence}));
    EXPECT_FALSE(d.holding());
}

TEST(ListenKeys, LoneEscapeQuitsOnlyAfterAPause) {
    KeyDecoder d;
    EXPECT_TRUE(d.feed("\x1b").empty());
    EXPECT_EQ(d.flush(), (std::vector<Key>{Key::quit}));
    EXPECT_FALSE(d.holding());
    EXPECT_TRUE(d.flush().empty());
    EXPECT_EQ(d.feed("\x1b\x1b"), (std::vector<Key>{Key::quit}));  // the first ESC was a key of its own
    EXPECT_EQ(d.flush(), (std::vector<Key>{Key::quit}));
}

TEST(ListenKeys, UnknownLongSequenceIsDropped) {
    KeyDecoder d;
    EXPECT_TRUE(d.feed("\x1b[" + std::string(40, '1')).empty());
    EXPECT_EQ(d.feed("n"), (std::vector<Key>{Key::next_sentence}));
}
