// voices, devices: what nangdok can speak with and where it can play.
#include <CLI/CLI.hpp>

#include "playback/portaudio_system.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "core/errors.hpp"
#include "synth/voice_catalog.hpp"

namespace nangdok::cli {

void add_voices_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("voices", "List the voices: nangdok's own, then eSpeak NG's Korean voice and variants");
    cmd->callback([] { run_voices(); });
}

void run_voices() {
    std::string out;
    for (const VoiceListing& voice : list_voices())
        out += voice.name + "\t" + voice.kind + "\t" + voice.description + "\n";
    write_stdout(out);
}

void add_devices_command(CLI::App& app) {
    auto* cmd = app.add_subcommand("devices", "List audio output devices; * marks the default");
    cmd->callback([] { run_devices(); });
}

void run_devices() {
    PortAudioSystem audio;
    const auto devices = audio.output_devices();
    if (devices.empty()) throw AudioDeviceError("no audio output device");
    std::string out;
    for (const OutputDevice& device : devices)
        out += std::string(device.is_default ? "* " : "  ") + std::to_string(device.index) + "\t" + device.name + "\t" +
               device.host_api + "\n";
    write_stdout(out);
}

}  // namespace nangdok::cli
