// sd_nangdok: nangdok as a speech-dispatcher output module. speech-dispatcher starts it with the
// path of its configuration file (nangdok.conf) and talks to it on standard input and output.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <unistd.h>

#include "speechd/module_server.hpp"

namespace {

// Installed, the module lives in lib/speech-dispatcher-modules/ and our voices in
// share/nangdok/voices/ beside lib/: point the voice search there unless the user chose a folder.
void find_installed_voices() {
    if (const char* chosen = std::getenv("NANGDOK_VOICES"); chosen != nullptr && *chosen != '\0') return;
    std::error_code error;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) return;
    const auto voices = exe.parent_path().parent_path().parent_path() / "share" / "nangdok" / "voices";
    if (std::filesystem::is_directory(voices, error)) ::setenv("NANGDOK_VOICES", voices.c_str(), 0);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "--help") == 0)) {
        std::printf("sd_nangdok %s: nangdok's speech-dispatcher output module.\n"
                    "speech-dispatcher starts it as: sd_nangdok CONFIG_FILE; see nangdok(1).\n",
                    NANGDOK_VERSION);
        return 0;
    }
    // A server that goes away must not kill the module in the middle of a write: the write fails
    // with EPIPE instead and the module ends when its input closes.
    std::signal(SIGPIPE, SIG_IGN);
    find_installed_voices();
    try {
        return nangdok::speechd::ModuleServer(STDIN_FILENO, STDOUT_FILENO, argc > 1 ? argv[1] : "").run();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "sd_nangdok: internal error: %s\n", error.what());
        return 70;
    }
}
