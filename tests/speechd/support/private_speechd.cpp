#include "support/private_speechd.hpp"

#include <chrono>
#include <csignal>
#include <filesystem>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "support/module_process.hpp"

namespace nangdok::test_support {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::string> environment(const std::string& root) {
    // Runtime, cache and configuration folders of its own: a second server (another test, or the
    // user's) must not find this one's pid file or settings, nor this one theirs.
    return {"ALSA_CONFIG_PATH=" + root + "/asound.conf", "XDG_RUNTIME_DIR=" + root + "/run",
            "XDG_CONFIG_HOME=" + root + "/config", "XDG_CACHE_HOME=" + root + "/cache", "HOME=" + root + "/home",
            "SPEECHD_ADDRESS=unix_socket:" + root + "/speechd.sock"};
}

}  // namespace

PrivateSpeechd::PrivateSpeechd() {
    const std::string root = dir_.path();
    socket_ = root + "/speechd.sock";
    capture_ = root + "/played.wav";
    if (std::string(NANGDOK_SPEECH_DISPATCHER).empty() || std::string(NANGDOK_SPD_SAY).empty()) {
        problem_ = "speech-dispatcher and spd-say are not installed (Debian package speech-dispatcher; "
                   "scripts/install-deps installs it) -- reconfigure with cmake after installing";
        return;
    }
    for (const char* sub : {"/conf", "/conf/modules", "/modules", "/run", "/config", "/cache", "/home", "/log"})
        fs::create_directories(root + sub);
    write_file(root + "/conf/speechd.conf",
               "AudioOutputMethod \"alsa\"\nDefaultVolume 100\nDefaultModule \"nangdok\"\n"
               "AddModule \"nangdok\" \"sd_nangdok\" \"nangdok.conf\"\nLanguageDefaultModule \"ko\" \"nangdok\"\n"
               "LogLevel 4\nLogDir \"" + root + "/log\"\n");
    write_file(root + "/conf/modules/nangdok.conf", read_file(source_path("src/speechd/nangdok.conf")));
    fs::create_symlink(module_binary(), root + "/modules/sd_nangdok");
    write_file(root + "/asound.conf", "pcm.!default { type file; slave.pcm { type null }; file \"" + capture_ +
                                          "\"; format \"wav\" }\n");
    pid_ = ::fork();
    if (pid_ == 0) {
        if (!std::freopen((root + "/log/stdout").c_str(), "w", stdout) ||
            !std::freopen((root + "/log/stderr").c_str(), "w", stderr))
            ::_exit(126);
        // -t: it ends by itself if a failed test leaves it behind.
        exec_with_env({NANGDOK_SPEECH_DISPATCHER, "-s", "-t", "300", "-C", root + "/conf", "-m", root + "/modules",
                       "-c", "unix_socket", "-S", socket_, "-P", root + "/run/speechd.pid"},
                      environment(root));
    }
    const auto give_up = Clock::now() + kHangLimit;
    struct stat info {};
    while (::stat(socket_.c_str(), &info) != 0) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            problem_ = "speech-dispatcher exited at start:\n" + log();
            return;
        }
        if (Clock::now() > give_up) {
            problem_ = "speech-dispatcher did not open its socket:\n" + log();
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ok_ = true;
}

PrivateSpeechd::~PrivateSpeechd() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    const auto give_up = Clock::now() + std::chrono::seconds(10);
    while (::waitpid(pid_, nullptr, WNOHANG) == 0) {
        if (Clock::now() > give_up) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

std::string PrivateSpeechd::log() const {
    std::string text;
    for (const char* name : {"/log/stderr", "/log/speech-dispatcher.log", "/log/nangdok.log"}) {
        std::string part = read_file(dir_.path() + name);
        if (part.size() > 4000) part = "..." + part.substr(part.size() - 4000);
        text += std::string("== ") + name + "\n" + part;
    }
    return text;
}

ProcessResult PrivateSpeechd::say(const std::vector<std::string>& args) const {
    std::vector<std::string> argv{NANGDOK_SPD_SAY};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv, "", environment(dir_.path()));
}

long long PrivateSpeechd::played_samples() const {
    struct stat info {};
    if (::stat(capture_.c_str(), &info) != 0 || info.st_size < 44) return 0;
    return (static_cast<long long>(info.st_size) - 44) / 2;  // the file plugin's WAV header is 44 bytes
}

long long PrivateSpeechd::played_samples_when_quiet() const {
    long long last = played_samples();
    auto quiet_since = Clock::now();
    const auto give_up = Clock::now() + kHangLimit;
    while (Clock::now() - quiet_since < std::chrono::milliseconds(500) && Clock::now() < give_up) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const long long now = played_samples();
        if (now != last) last = now, quiet_since = Clock::now();
    }
    return last;
}

}  // namespace nangdok::test_support
