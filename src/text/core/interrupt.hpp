// Ctrl-C and SIGTERM as a flag that long-running stages poll, so that every stage can stop
// cleanly (finish or discard its output) instead of the process dying mid-write.
#pragma once

namespace nangdok {

// Installs SIGINT/SIGTERM handlers (a second signal kills the process the default way) and ignores
// SIGPIPE so that a closed pipe surfaces as a write error.
void install_interrupt_handlers();

bool interrupt_requested();

// The signal that was received, 0 when none.
int interrupt_signal();

}  // namespace nangdok
