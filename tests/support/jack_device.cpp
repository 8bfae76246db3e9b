#include "support/jack_device.hpp"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <stdexcept>
#include <thread>
#include <sys/wait.h>
#include <unistd.h>


namespace nangdok::test_support {
namespace {

// The program's full path from PATH (run_process needs one), or empty.
std::string find_program(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        const std::string candidate = dirs.substr(start, end - start) + "/" + program;
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
        start = end + 1;
    }
    return {};
}

bool on_path(const std::string& program) { return !find_program(program).empty(); }

bool alsa_jack_plugin_installed() {
    for (const char* dir : {"/usr/lib/x86_64-linux-gnu/alsa-lib", "/usr/lib/aarch64-linux-gnu/alsa-lib",
                            "/usr/lib/alsa-lib", "/usr/lib64/alsa-lib"})
        if (std::filesystem::exists(std::string(dir) + "/libasound_module_pcm_jack.so")) return true;
    return false;
}

// Starts a daemon with its output in `log`, in a process group of its own.
pid_t spawn(const std::vector<std::string>& argv, const std::vector<std::string>& env, const std::string& log) {
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int null = ::open("/dev/null", O_RDONLY);
        if (fd < 0 || null < 0) ::_exit(126);
        ::dup2(null, 0);
        ::dup2(fd, 1);
        ::dup2(fd, 2);
        for (const std::string& entry : env) ::putenv(const_cast<char*>(entry.c_str()));
        std::vector<char*> args;
        for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
        args.push_back(nullptr);
        ::execvp(args[0], args.data());
        ::_exit(127);
    }
    return pid;
}

void stop(pid_t& pid, int signal_number) {
    if (pid <= 0) return;
    ::kill(pid, signal_number);
    // jackd shuts down cleanly on SIGTERM; give it time, then make sure.
    for (int i = 0; i < 500; ++i) {
        if (::waitpid(pid, nullptr, WNOHANG) == pid) {
            pid = -1;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    pid = -1;
}

}  // namespace

bool JackDevice::available() {
    return on_path("jackd") && on_path("jack_lsp") && alsa_jack_plugin_installed();
}

JackDevice::JackDevice(const TempDir& dir, int sample_rate)
    : dir_(dir.path()), server_("nangdok-test-" + std::to_string(::getpid())), sample_rate_(sample_rate) {
    write_file(dir_ + "/asound.conf",
               "pcm.!default { type plug; slave.pcm { type jack; playback_ports { 0 recorder:input1 } } }\n");
    // A period of 1024 frames at our own rate: no resampling anywhere between nangdok and the file.
    try {
        start_daemons();
    } catch (...) {
        // The destructor does not run for a constructor that throws: stop what did start.
        recorder_.reset();
        stop(jackd_, SIGTERM);
        throw;
    }
}

void JackDevice::start_daemons() {
    jackd_ = spawn({"jackd", "--no-realtime", "-n", server_, "-d", "dummy", "-r", std::to_string(sample_rate_), "-p",
                    "1024"},
                   env(), dir_ + "/jackd.log");
    if (!wait_for_port("system:playback_1", 10)) throw std::runtime_error("jackd did not start:\n" + logs());
    // The recorder must exist before the player opens its stream, or the plugin cannot connect.
    recorder_ = std::make_unique<JackRecorder>(server_, "recorder", 120);
}

JackDevice::~JackDevice() {
    recorder_.reset();  // a client closes before its server goes
    stop(jackd_, SIGTERM);
}

uint32_t JackDevice::frame_now() const { return recorder_->frame_now(); }

std::vector<std::string> JackDevice::env() const {
    return {"JACK_DEFAULT_SERVER=" + server_, "JACK_NO_START_SERVER=1", "ALSA_CONFIG_PATH=" + dir_ + "/asound.conf"};
}

bool JackDevice::wait_for_port(const std::string& port, double seconds) const {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        const auto r = run_process({find_program("jack_lsp")}, "", env());
        if (r.exit_code == 0 && ("\n" + r.out).find("\n" + port + "\n") != std::string::npos) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

std::string JackDevice::logs() const { return "jackd: " + read_file(dir_ + "/jackd.log"); }

Capture JackDevice::stop_capture() {
    Capture capture;
    capture.sample_rate = recorder_->sample_rate();
    capture.samples = recorder_->stop(capture.first_frame);
    if (capture.sample_rate != sample_rate_) throw std::runtime_error("jackd runs at another rate:\n" + logs());
    return capture;
}

}  // namespace nangdok::test_support
