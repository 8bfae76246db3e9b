// The resume state: per-article files that survive corruption and never stop playback.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "listen/resume_store.hpp"
#include "support/run_process.hpp"

using namespace nangdok::listen;
using namespace nangdok::test_support;

TEST(ListenResumeStore, SavesAndLoadsPerArticle) {
    TempDir dir;
    const nangdok::Article a{{"제목", "첫 문단."}}, b{{"제목", "다른 문단."}};
    ASSERT_NE(article_key(a), article_key(b));
    EXPECT_EQ(article_key(a).size(), 16u);
    ResumeStore store_a(dir / "state", article_key(a)), store_b(dir / "state", article_key(b));
    EXPECT_FALSE(store_a.load());  // the folder does not exist yet
    ASSERT_TRUE(store_a.save(12));
    EXPECT_EQ(store_a.load(), 12);
    EXPECT_FALSE(store_b.load());
    ASSERT_TRUE(store_a.save(3));
    EXPECT_EQ(store_a.load(), 3);
    EXPECT_TRUE(store_a.clear());
    EXPECT_FALSE(store_a.load());
}

TEST(ListenResumeStore, CorruptFilesMeanNoPosition) {
    TempDir dir;
    ResumeStore store(dir.path(), "0123456789abcdef");
    for (const std::string bytes :
         {std::string(""), std::string("garbage"), std::string("nangdok-resume 1\nsentence x\n"),
          std::string("nangdok-resume 1\nsentence -4\n"), std::string("nangdok-resume 1\nsentence 0\n"),
          std::string("nangdok-resume 2\nsentence 5\n"), std::string("\xff\xfe\x00\x01", 4)}) {
        write_file(store.path(), bytes);
        EXPECT_FALSE(store.load()) << "from " << bytes;
    }
    // A corrupt file is simply replaced by the next save.
    ASSERT_TRUE(store.save(7));
    EXPECT_EQ(store.load(), 7);
}

TEST(ListenResumeStore, UnwritableFolderFailsQuietly) {
    TempDir dir;
    write_file(dir / "file", "x");  // a file where the folder should be
    ResumeStore store(dir / "file/sub", "0123456789abcdef");
    EXPECT_FALSE(store.save(3));
    EXPECT_FALSE(store.load());
    ResumeStore nowhere("", "0123456789abcdef");
    EXPECT_FALSE(nowhere.save(3));
    EXPECT_FALSE(nowhere.load());
}

TEST(ListenResumeStore, StateDirFollowsXdg) {
    const char* saved_state = std::getenv("XDG_STATE_HOME");
    const char* saved_home = std::getenv("HOME");
    const std::string keep_state = saved_state ? saved_state : "", keep_home = saved_home ? saved_home : "";
    ::setenv("XDG_STATE_HOME", "/x/state", 1);
    ::setenv("HOME", "/home/me", 1);
    EXPECT_EQ(default_state_dir(), "/x/state/nangdok");
    ::setenv("XDG_STATE_HOME", "relative", 1);  // invalid by the XDG spec: ignored
    EXPECT_EQ(default_state_dir(), "/home/me/.local/state/nangdok");
    ::unsetenv("XDG_STATE_HOME");
    EXPECT_EQ(default_state_dir(), "/home/me/.local/state/nangdok");
    if (saved_state) ::setenv("XDG_STATE_HOME", keep_state.c_str(), 1);
    if (saved_home) ::setenv("HOME", keep_home.c_str(), 1);
}
