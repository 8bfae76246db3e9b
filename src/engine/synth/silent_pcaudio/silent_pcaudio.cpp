// libpcaudio.so.0 for nangdok: eSpeak NG's audio output library, with no output.
//
// libespeak-ng links libpcaudio, which links PulseAudio's client library and with it D-Bus,
// systemd, X11 and libgcrypt: loading them took 6-7 ms of CPU at every start here, about a third
// of the time to first sound, and espeak_ng_InitializeOutput spent another 1 ms looking for a
// PulseAudio server. nangdok never lets eSpeak NG play: it takes the samples through the
// synchronous callback and plays them with PortAudio. So the nangdok program links this library,
// built with the same soname and installed in a private folder (lib/nangdok) named by its RUNPATH.
// The dynamic linker loads it with the program, and when libespeak-ng asks for libpcaudio.so.0 it
// is given the library already loaded under that name. Where this library is missing, the system's
// libpcaudio is loaded instead, and nangdok works as before, only slower to start.
//
// Every function says there is no audio device: eSpeak NG 1.51 creates its audio object even in
// synchronous mode, and never uses it there.
#include <cstddef>

extern "C" {

struct audio_object;

__attribute__((visibility("default"))) audio_object* create_audio_device_object(const char*, const char*,
                                                                                const char*) {
    return nullptr;
}
__attribute__((visibility("default"))) int audio_object_open(audio_object*, int, unsigned int, unsigned int) {
    return -1;
}
__attribute__((visibility("default"))) void audio_object_close(audio_object*) {}
__attribute__((visibility("default"))) void audio_object_destroy(audio_object*) {}
__attribute__((visibility("default"))) int audio_object_write(audio_object*, const void*, std::size_t) { return -1; }
__attribute__((visibility("default"))) int audio_object_drain(audio_object*) { return 0; }
__attribute__((visibility("default"))) int audio_object_flush(audio_object*) { return 0; }
__attribute__((visibility("default"))) const char* audio_object_strerror(audio_object*, int) {
    return "nangdok plays audio itself";
}

}  // extern "C"
