// nangdok's own jack_client_open (jack_guard.cpp), which spares PortAudio's start-up libjack's
// attempt to reach a JACK server that is not running.
#pragma once

namespace nangdok {

// Whether a JACK server could answer a client opened with these jack_options_t (and server name,
// or nullptr for $JACK_DEFAULT_SERVER or "default"): its socket exists, or libjack may start one.
bool jack_server_may_answer(int options, const char* server_name);

// Does nothing; calling it links jack_guard.cpp (and with it jack_client_open) into a program.
void link_jack_guard();

}  // namespace nangdok
