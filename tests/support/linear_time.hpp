// Guards against a stage turning quadratic on long input, without a clock limit that a loaded
// machine or a sanitizer build would break: the same work on ten times the input may take at most
// a few dozen times as long (noise, caches), never the hundred times a quadratic scan would.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <string>

#include <gtest/gtest.h>

namespace nangdok::testing {

// make(size) builds an input of about `size` bytes; work(input) runs the stage on it (three times
// for each size: check its result apart, on one input, where the check itself is not linear).
template <class Make, class Work>
void expect_linear_time(Make make, Work work, std::size_t small_size) {
    constexpr double kMaxRatio = 40, kNoiseSeconds = 0.05;
    // The best of three runs: another process taking the core slows a run, never speeds it up.
    // The first small run also warms up what is set up once (ICU data, tables).
    auto seconds_for = [&](const auto& input) {
        double best = 1e9;
        for (int run = 0; run < 3; ++run) {
            const auto start = std::chrono::steady_clock::now();
            work(input);
            best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        return best;
    };
    const auto small = make(small_size);
    const auto big = make(small_size * 10);
    const double t_small = seconds_for(small);
    const double t_big = seconds_for(big);
    EXPECT_LT(t_big, kMaxRatio * t_small + kNoiseSeconds) << "small " << t_small << " s, ten times bigger " << t_big << " s";
}

}  // namespace nangdok::testing
