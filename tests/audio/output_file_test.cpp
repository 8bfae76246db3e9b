// OutputFile starts write-back every few MiB while writing (so the final fdatasync is short): the
// file that lands must still hold every byte, in order, whatever the sizes of the writes.
#include <gtest/gtest.h>

#include <filesystem>

#include "sink/output_file.hpp"
#include "support/run_process.hpp"

using namespace nangdok::test_support;

TEST(OutputFile, ManyMegabytesInMixedWritesLandIntact) {
    TempDir dir;
    std::string expected;
    {
        nangdok::OutputFile file(dir / "big.raw");
        std::string piece;
        for (std::size_t i = 0; expected.size() < (21u << 20); ++i) {
            // Small writes (buffered), large ones (straight through), and sizes that are not even.
            const std::size_t size = i % 3 == 0 ? 7 : i % 3 == 1 ? 4099 : 300001;
            piece.assign(size, static_cast<char>('a' + i % 26));
            file.write(piece.data(), piece.size());
            expected += piece;
        }
        file.write_at(3, "XYZ", 3);
        expected.replace(3, 3, "XYZ");
        EXPECT_FALSE(std::filesystem::exists(dir / "big.raw")) << "visible before commit";
        file.commit();
    }
    EXPECT_TRUE(read_file(dir / "big.raw") == expected);
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++entries;
    EXPECT_EQ(entries, 1u) << "a temporary file was left behind";
}
