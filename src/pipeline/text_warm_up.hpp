// Builds what the text stages build once per process (the cleaner's compiled patterns, ICU's
// break-iterator and number-format data, the pronunciation tables) on a thread of its own while
// the caller starts eSpeak NG. Built on the caller's thread, they came between eSpeak NG's start
// and the first sentence: about 5 ms of the time to first sound. The caller's own first use of a
// stage simply waits for whatever is still being built (function-local statics are thread-safe).
//
// Start it after any fork (it is a thread). It never loads the hanja dictionary (0.4 s, and
// needed only by texts with uncommon hanja).
#pragma once

#include <thread>

namespace nangdok {

class TextStagesWarmUp {
public:
    TextStagesWarmUp();
    ~TextStagesWarmUp();  // waits for the thread
    TextStagesWarmUp(const TextStagesWarmUp&) = delete;
    TextStagesWarmUp& operator=(const TextStagesWarmUp&) = delete;

private:
    std::thread thread_;
};

}  // namespace nangdok
