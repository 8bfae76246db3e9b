#include "formats/file_sink_factory.hpp"

#include "formats/mp3_file_sink.hpp"
#include "formats/opus_file_sink.hpp"
#include "formats/raw_pcm_file_sink.hpp"
#include "formats/sndfile_sink.hpp"
#include "sink/threaded_sink.hpp"
#include "formats/wav_file_sink.hpp"

namespace nangdok {

std::unique_ptr<AudioSink> make_file_sink(const std::string& target, FileFormat format) {
    switch (format) {
        // Our own WAV and raw writers stream, and cost too little to need a thread.
        case FileFormat::wav: return std::make_unique<WavFileSink>(target);
        case FileFormat::raw: return std::make_unique<RawPcmFileSink>(target);
        // The encoders run on a thread of their own, beside synthesis. MP3 and Opus use their codec
        // libraries directly: libsndfile's fixed settings made them 4 and 35 times slower than WAV.
        case FileFormat::mp3: return std::make_unique<ThreadedSink>(std::make_unique<Mp3FileSink>(target));
        case FileFormat::opus: return std::make_unique<ThreadedSink>(std::make_unique<OpusFileSink>(target));
        case FileFormat::flac:
        case FileFormat::ogg: break;
    }
    return std::make_unique<ThreadedSink>(std::make_unique<SndfileSink>(target, format));
}

}  // namespace nangdok
