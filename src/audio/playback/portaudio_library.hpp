// PortAudio is loaded with dlopen when first needed (portaudio_library.cpp says why); the program
// defines the Pa_* functions it uses, each passing the call on to the loaded library.
#pragma once

namespace nangdok {

// Loads libportaudio.so.2 (once; thread-safe) and silences ALSA's and JACK's diagnostics. Throws
// AudioDeviceError when the library cannot be loaded.
void load_portaudio();

}  // namespace nangdok
