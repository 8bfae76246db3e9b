// PortAudio's functions, loaded from libportaudio.so.2 the first time they are needed.
//
// Linked the usual way, libportaudio and what it brings (libasound, libjack and its Berkeley DB)
// were loaded before main: 2-3 ms of every start, on the way to the first sound, and for commands
// that never play. The program now defines the Pa_* functions it calls itself; each hands the call
// to the library, which load_portaudio() opens with dlopen, on the thread that opens the device
// (playback_opener), beside eSpeak NG's start. The call sites are unchanged.
#include "playback/portaudio_library.hpp"

#include <dlfcn.h>
#include <mutex>
#include <string>

#include <portaudio.h>

#include "core/errors.hpp"

#ifdef NANGDOK_HAVE_ALSA
#include <alsa/asoundlib.h>
#endif

namespace nangdok {
namespace {

constexpr const char* kSoname = "libportaudio.so.2";

#define NANGDOK_PORTAUDIO_FUNCTIONS(X)                                                                        \
    X(Pa_Initialize)                                                                                          \
    X(Pa_Terminate) X(Pa_GetErrorText) X(Pa_GetDefaultOutputDevice) X(Pa_GetDeviceCount) X(Pa_GetDeviceInfo) \
        X(Pa_GetHostApiInfo) X(Pa_OpenStream) X(Pa_CloseStream) X(Pa_StartStream) X(Pa_StopStream)           \
            X(Pa_AbortStream) X(Pa_WriteStream) X(Pa_GetStreamInfo) X(Pa_GetStreamWriteAvailable)

struct Library {
#define NANGDOK_POINTER(name) decltype(&::name) name = nullptr;
    NANGDOK_PORTAUDIO_FUNCTIONS(NANGDOK_POINTER)
#undef NANGDOK_POINTER
    std::string error;
};

#ifdef NANGDOK_HAVE_ALSA
extern "C" void ignore_alsa_error(const char*, int, const char*, int, const char*, ...) {}
#endif
extern "C" void ignore_jack_message(const char*) {}

// ALSA and JACK print dozens of lines on a machine without a sound card or a JACK server; they are
// loaded with PortAudio (RTLD_NOLOAD finds them among its dependencies).
void silence_backends() {
#ifdef NANGDOK_HAVE_ALSA
    if (void* alsa = ::dlopen("libasound.so.2", RTLD_NOW | RTLD_NOLOAD)) {
        using SetHandler = int (*)(snd_lib_error_handler_t);
        if (auto set = reinterpret_cast<SetHandler>(::dlsym(alsa, "snd_lib_error_set_handler"))) set(&ignore_alsa_error);
        ::dlclose(alsa);
    }
#endif
    if (void* jack = ::dlopen("libjack.so.0", RTLD_NOW | RTLD_NOLOAD)) {
        using SetFunction = void (*)(void (*)(const char*));
        for (const char* name : {"jack_set_error_function", "jack_set_info_function"})
            if (auto set = reinterpret_cast<SetFunction>(::dlsym(jack, name))) set(&ignore_jack_message);
        ::dlclose(jack);
    }
}

Library& library() {
    static Library library;
    static std::once_flag loaded;
    std::call_once(loaded, [] {
        void* handle = ::dlopen(kSoname, RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            const char* reason = ::dlerror();
            library.error = std::string("cannot load ") + kSoname + " (Debian package libportaudio2): " +
                            (reason ? reason : "");
            return;
        }
        std::string missing;
#define NANGDOK_BIND(name)                                                                  \
    library.name = reinterpret_cast<decltype(library.name)>(::dlsym(handle, #name));       \
    if (library.name == nullptr) missing += (missing.empty() ? "" : ", ") + std::string(#name);
        NANGDOK_PORTAUDIO_FUNCTIONS(NANGDOK_BIND)
#undef NANGDOK_BIND
        if (!missing.empty()) {
            library.error = std::string(kSoname) + " lacks " + missing;
            return;
        }
        silence_backends();
    });
    return library;
}

}  // namespace

void load_portaudio() {
    if (const Library& loaded = library(); !loaded.error.empty()) throw AudioDeviceError(loaded.error);
}

}  // namespace nangdok

// Before load_portaudio() has succeeded these fail the way PortAudio does when it is not
// initialised (PortAudioSystem loads it before anything else).
using nangdok::library;

extern "C" {

PaError Pa_Initialize(void) { return library().Pa_Initialize ? library().Pa_Initialize() : paNotInitialized; }
PaError Pa_Terminate(void) { return library().Pa_Terminate ? library().Pa_Terminate() : paNotInitialized; }
const char* Pa_GetErrorText(PaError error) {
    return library().Pa_GetErrorText ? library().Pa_GetErrorText(error) : "PortAudio is not loaded";
}
PaDeviceIndex Pa_GetDefaultOutputDevice(void) {
    return library().Pa_GetDefaultOutputDevice ? library().Pa_GetDefaultOutputDevice() : paNoDevice;
}
PaDeviceIndex Pa_GetDeviceCount(void) {
    return library().Pa_GetDeviceCount ? library().Pa_GetDeviceCount() : paNotInitialized;
}
const PaDeviceInfo* Pa_GetDeviceInfo(PaDeviceIndex device) {
    return library().Pa_GetDeviceInfo ? library().Pa_GetDeviceInfo(device) : nullptr;
}
const PaHostApiInfo* Pa_GetHostApiInfo(PaHostApiIndex api) {
    return library().Pa_GetHostApiInfo ? library().Pa_GetHostApiInfo(api) : nullptr;
}
PaError Pa_OpenStream(PaStream** stream, const PaStreamParameters* input, const PaStreamParameters* output,
                      double sample_rate, unsigned long frames_per_buffer, PaStreamFlags flags,
                      PaStreamCallback* callback, void* user_data) {
    if (!library().Pa_OpenStream) return paNotInitialized;
    return library().Pa_OpenStream(stream, input, output, sample_rate, frames_per_buffer, flags, callback, user_data);
}
PaError Pa_CloseStream(PaStream* stream) {
    return library().Pa_CloseStream ? library().Pa_CloseStream(stream) : paNotInitialized;
}
PaError Pa_StartStream(PaStream* stream) {
    return library().Pa_StartStream ? library().Pa_StartStream(stream) : paNotInitialized;
}
PaError Pa_StopStream(PaStream* stream) {
    return library().Pa_StopStream ? library().Pa_StopStream(stream) : paNotInitialized;
}
PaError Pa_AbortStream(PaStream* stream) {
    return library().Pa_AbortStream ? library().Pa_AbortStream(stream) : paNotInitialized;
}
PaError Pa_WriteStream(PaStream* stream, const void* buffer, unsigned long frames) {
    return library().Pa_WriteStream ? library().Pa_WriteStream(stream, buffer, frames) : paNotInitialized;
}
const PaStreamInfo* Pa_GetStreamInfo(PaStream* stream) {
    return library().Pa_GetStreamInfo ? library().Pa_GetStreamInfo(stream) : nullptr;
}
signed long Pa_GetStreamWriteAvailable(PaStream* stream) {
    if (!library().Pa_GetStreamWriteAvailable) return static_cast<signed long>(paNotInitialized);
    return library().Pa_GetStreamWriteAvailable(stream);
}

}  // extern "C"
