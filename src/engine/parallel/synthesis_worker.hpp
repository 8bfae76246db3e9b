// The body of one synthesis worker process (see process_synthesizer.hpp), and the wire format
// between it and the parent. All integers are native-endian (both ends are the same binary).
//
//   worker -> parent, once:     int32 sample_rate
//   parent -> worker, per chunk: uint32 count, then count x (uint32 length, UTF-8 bytes)
//   worker -> parent, per sentence: blocks of (int32 n > 0, n int16 samples), then int32 0;
//                                   or int32 -1, int32 exit code, uint32 length, message: the
//                                   worker failed (the code is that of the error it caught).
#pragma once

#include <cstdint>

namespace nangdok {

struct WorkerSetup;

inline constexpr int32_t kEndOfSentence = 0;
inline constexpr int32_t kWorkerFailed = -1;

// Runs in the forked child and never returns: it ends the process with _exit (a forked child must
// not run the parent's atexit handlers or flush its copies of the parent's stdio buffers).
[[noreturn]] void run_synthesis_worker(int requests_fd, int audio_fd, const WorkerSetup& setup);

}  // namespace nangdok
