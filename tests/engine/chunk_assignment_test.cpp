// Issue 9: chunks go to the worker with the least text so far, so a text whose chunks alternate
// heavy and light does not load one worker with every heavy chunk, as taking turns did.
#include <gtest/gtest.h>

#include <algorithm>

#include "parallel/chunk_assignment.hpp"

using nangdok::ChunkAssignment;

namespace {

std::size_t spread(const std::vector<std::size_t>& loads) {
    const auto [low, high] = std::minmax_element(loads.begin(), loads.end());
    return *high - *low;
}

}  // namespace

TEST(ChunkAssignment, AlternatingHeavyAndLightChunksStayBalanced) {
    for (std::size_t workers : {2u, 3u, 4u}) {
        ChunkAssignment assignment(workers);
        std::vector<std::size_t> in_turn(workers, 0);
        for (std::size_t i = 0; i < 1000; ++i) {
            const std::size_t bytes = i % 2 == 0 ? 460 : 240;  // the period of a repeated body
            assignment.assign(bytes);
            in_turn[i % workers] += bytes;
        }
        EXPECT_LE(spread(assignment.assigned_bytes()), 460u) << workers << " workers";
        if (workers % 2 == 0) EXPECT_GT(spread(in_turn), 50000u) << "the pattern no longer tests anything";
    }
}

TEST(ChunkAssignment, SameChunksGiveTheSameWorkers) {
    ChunkAssignment first(2), second(2);
    for (std::size_t bytes : {230u, 900u, 231u, 250u, 4000u, 230u, 230u, 230u})
        EXPECT_EQ(first.assign(bytes), second.assign(bytes));
}

TEST(ChunkAssignment, OneLargeChunkLetsTheOtherWorkerCatchUp) {
    ChunkAssignment assignment(2);
    EXPECT_EQ(assignment.assign(1000), 0u);
    EXPECT_EQ(assignment.assign(300), 1u);
    EXPECT_EQ(assignment.assign(300), 1u);
    EXPECT_EQ(assignment.assign(300), 1u);
    EXPECT_EQ(assignment.assign(300), 1u);  // 900 against 1000: still behind
    EXPECT_EQ(assignment.assign(300), 0u);  // 1000 against 1200: now the first is behind
}
