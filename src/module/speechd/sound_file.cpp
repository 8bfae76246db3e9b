#include "speechd/sound_file.hpp"

#include <memory>
#include <sndfile.h>

#include "core/errors.hpp"

namespace nangdok::speechd {
namespace {

struct SndfileCloser {
    void operator()(SNDFILE* file) const { sf_close(file); }
};

}  // namespace

SoundFile load_sound_file(const std::filesystem::path& path) {
    SF_INFO info{};
    std::unique_ptr<SNDFILE, SndfileCloser> file(sf_open(path.c_str(), SFM_READ, &info));
    if (!file) throw InputError("sound icon " + path.string() + ": " + sf_strerror(nullptr));
    if (info.channels <= 0 || info.channels > 8 || info.samplerate < 4000 || info.samplerate > 192000 ||
        info.frames > static_cast<sf_count_t>(info.samplerate) * 60)
        throw InputError("sound icon " + path.string() + ": not a short sound (" + std::to_string(info.frames) +
                         " frames at " + std::to_string(info.samplerate) + " Hz)");
    SoundFile sound;
    sound.sample_rate = info.samplerate;
    sound.channels = info.channels;
    sound.samples.resize(static_cast<std::size_t>(info.frames * info.channels));
    const sf_count_t read = sf_readf_short(file.get(), sound.samples.data(), info.frames);
    sound.samples.resize(static_cast<std::size_t>(read * info.channels));
    return sound;
}

}  // namespace nangdok::speechd
