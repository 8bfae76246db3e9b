// libjack's jack_client_open, skipped when no JACK server can answer.
//
// PortAudio 19.6 starts every host API it was built with, and its JACK one calls jack_client_open
// even when no JACK server runs. libjack then starts a thread of its own, waits for it in 1 ms
// sleeps, fails to connect and sleeps 2 ms more: 5-6 ms of Pa_Initialize's 7 ms here, and the
// longest part of the time to first sound once everything else runs side by side. PortAudio has
// no way to leave a host API out, so nangdok defines jack_client_open itself: the program's own
// definition comes first in the dynamic linker's search, so PortAudio (and ALSA's `jack` plugin)
// call this one. It looks for the server's socket, which costs a stat(), and when there is none
// answers as libjack does then (no client, JackFailure | JackServerFailed); otherwise, or when
// libjack might start a server itself, it hands the call to libjack's own function unchanged.
#include "playback/jack_guard.hpp"

#ifdef NANGDOK_HAVE_JACK
#include <cstdarg>
#include <cstdlib>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <dlfcn.h>
#include <jack/jack.h>

namespace nangdok {
namespace {

bool exists(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

}  // namespace

bool jack_server_may_answer(int options, const char* server_name) {
    // Without JackNoStartServer libjack may start a server: only libjack can tell.
    if ((options & JackNoStartServer) == 0 && std::getenv("JACK_NO_START_SERVER") == nullptr) return true;
    if (std::getenv("JACK_PROMISCUOUS_SERVER") != nullptr) return true;  // sockets not named by our uid
    std::string name = server_name != nullptr && *server_name != '\0' ? server_name : "";
    if (name.empty()) {
        const char* from_env = std::getenv("JACK_DEFAULT_SERVER");
        name = from_env != nullptr && *from_env != '\0' ? from_env : "default";
    }
    for (const uid_t uid : {::getuid(), ::geteuid()}) {
        // jackd2: the request socket /dev/shm/jack_NAME_UID_0; jackd1: the folder /dev/shm/jack-UID/NAME.
        if (exists("/dev/shm/jack_" + name + "_" + std::to_string(uid) + "_0")) return true;
        if (exists("/dev/shm/jack-" + std::to_string(uid) + "/" + name)) return true;
    }
    return false;
}

}  // namespace nangdok

extern "C" jack_client_t* jack_client_open(const char* client_name, jack_options_t options, jack_status_t* status,
                                           ...) {
    // The optional arguments, in the order libjack reads them for the options given.
    const char* extra[4] = {nullptr, nullptr, nullptr, nullptr};
    const char* server_name = nullptr;
    std::va_list args;
    va_start(args, status);
    int count = 0;
    for (const int flag : {JackServerName, JackLoadName, JackLoadInit, JackSessionID}) {
        if ((options & flag) == 0) continue;
        extra[count] = va_arg(args, const char*);
        if (flag == JackServerName) server_name = extra[count];
        ++count;
    }
    va_end(args);

    if (!nangdok::jack_server_may_answer(options, server_name)) {
        if (status != nullptr) *status = static_cast<jack_status_t>(JackFailure | JackServerFailed);
        return nullptr;
    }
    using Open = jack_client_t* (*)(const char*, jack_options_t, jack_status_t*, ...);
    // libjack is loaded by whoever called (PortAudio, ALSA's jack plugin, a program linked with it),
    // though not necessarily where RTLD_NEXT would look: PortAudio is loaded with RTLD_LOCAL.
    static const auto real = [] {
        void* jack = ::dlopen("libjack.so.0", RTLD_NOW | RTLD_NOLOAD);
        if (jack == nullptr) jack = ::dlopen("libjack.so.0", RTLD_NOW | RTLD_LOCAL);
        return jack != nullptr ? reinterpret_cast<Open>(::dlsym(jack, "jack_client_open")) : nullptr;
    }();
    if (real == nullptr) {
        if (status != nullptr) *status = static_cast<jack_status_t>(JackFailure | JackServerFailed);
        return nullptr;
    }
    // libjack reads only as many of these as the options name; the rest are ignored.
    return real(client_name, options, status, extra[0], extra[1], extra[2], extra[3]);
}
#endif  // NANGDOK_HAVE_JACK

namespace nangdok {

void link_jack_guard() {}

}  // namespace nangdok
