// A seam for the kill -9 tests (tests/audio/kill_test.cpp): with NANGDOK_TEST_STOP_AT=EVENT:N in
// the environment, the process stops itself with SIGSTOP the N-th time it reaches EVENT, so that a
// test can SIGKILL it at exactly that moment instead of guessing with timers. Unset, it costs one
// comparison. The events, in the order an output lives through them:
//   create  a temporary for an output exists; nothing is written yet
//   write   a block of bytes was handed to an output (N counts the blocks)
//   place   an output is complete and synced, just before it gets its name
//   rename  an output replacing an existing file is linked under its temporary name, just before
//           the rename over the old file
#pragma once

#include <string_view>

namespace nangdok {

void test_stop_point(std::string_view event);

}  // namespace nangdok
