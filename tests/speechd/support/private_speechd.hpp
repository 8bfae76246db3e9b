// A private speech-dispatcher for the end-to-end tests: its own configuration (nangdok as its
// only module, audio through ALSA's `file` plugin into a WAV file, as the playback tests do), its
// own socket, runtime and log folders, so that tests can run side by side and without a sound card.
#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

#include "support/run_process.hpp"

namespace nangdok::test_support {

class PrivateSpeechd {
public:
    PrivateSpeechd();   // starts the server and waits for its socket; check ok() after
    ~PrivateSpeechd();  // ends it (its module ends with it)

    bool ok() const { return ok_; }
    const std::string& problem() const { return problem_; }  // why it did not start
    const std::string& socket() const { return socket_; }
    std::string log() const;  // the server's log, for failure messages

    // spd-say against this server; `args` come after "spd-say".
    ProcessResult say(const std::vector<std::string>& args) const;

    // 16-bit mono samples the server has played so far (into the capture file).
    long long played_samples() const;
    // Waits until nothing more is played for half a second and returns the count.
    long long played_samples_when_quiet() const;

private:
    TempDir dir_;
    std::string socket_;
    std::string capture_;
    pid_t pid_ = -1;
    bool ok_ = false;
    std::string problem_;
};

}  // namespace nangdok::test_support
