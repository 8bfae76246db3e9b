// Runs commands as child processes, a few at a time: the engine behind batch conversion
// (`read a.txt b.txt ... --output-dir DIR`). Each child is a whole nangdok run with its own eSpeak
// NG, so files convert in parallel on every core.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace nangdok {

struct ChildJob {
    std::vector<std::string> argv;  // argv[0] is the program's path
};

struct ChildResult {
    int exit_code = 0;         // 128 + signal when the child was killed
    std::string error_line;    // the first line the child wrote to standard error
};

// Starts at most `parallel` jobs at once and calls `on_finished` (on this thread) as each ends.
// On Ctrl-C or SIGTERM it starts no more jobs, passes SIGTERM on to the running ones (which
// finish their outputs), and waits for them. Returns how many jobs were started.
std::size_t run_child_jobs(const std::vector<ChildJob>& jobs, int parallel,
                           const std::function<void(std::size_t job, const ChildResult&)>& on_finished);

}  // namespace nangdok
