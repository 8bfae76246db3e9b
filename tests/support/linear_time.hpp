// Guards against a stage turning quadratic on long input, without a clock limit that a loaded
// machine or a sanitizer build would break: the same work on ten times the input may take at most
// a few dozen times as long (noise, caches), never the hundred times a quadratic scan would.
#pragma once

#include <algorithm>
#include <ctime>
#include <cstddef>
#include <string>

#include <gtest/gtest.h>

namespace nangdok::testing {

// make(size) builds an input of about `size` bytes; work(input) runs the stage on it (three times
// for each size: check its result apart, on one input, where the check itself is not linear).
template <class Make, class Work>
void expect_linear_time(Make make, Work work, std::size_t small_size) {
    // A quarter of a second of slack for caches and timer noise; a quadratic stage at these sizes takes
    // many seconds.
    constexpr double kMaxRatio = 40, kNoiseSeconds = 0.25;
    // The best of three runs of each, taken in turn: caches shared with other processes slow a run,
    // never speed it up, and a busy spell then falls on both sizes alike. A first small run warms
    // up what is set up once (ICU data, tables).
    // CPU time of this thread, not wall time: a run that waits for the core while other processes
    // use it has not done more work.
    auto cpu_seconds = [] {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
    };
    auto seconds_for = [&](const auto& input) {
        const double start = cpu_seconds();
        work(input);
        return cpu_seconds() - start;
    };
    const auto small = make(small_size);
    const auto big = make(small_size * 10);
    seconds_for(small);
    double t_small = 1e9, t_big = 1e9;
    for (int run = 0; run < 3; ++run) {
        t_small = std::min(t_small, seconds_for(small));
        t_big = std::min(t_big, seconds_for(big));
    }
    EXPECT_LT(t_big, kMaxRatio * t_small + kNoiseSeconds) << "small " << t_small << " s, ten times bigger " << t_big << " s";
}

}  // namespace nangdok::testing
