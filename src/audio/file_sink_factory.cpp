#include "audio/file_sink_factory.hpp"

#include "audio/sndfile_sink.hpp"
#include "audio/threaded_sink.hpp"
#include "audio/wav_file_sink.hpp"

namespace nangdok {

std::unique_ptr<AudioSink> make_file_sink(const std::string& target, FileFormat format) {
    // Our own WAV writer streams to pipes; libsndfile's encoders need a seekable file.
    if (format == FileFormat::wav) return std::make_unique<WavFileSink>(target);
    return std::make_unique<ThreadedSink>(std::make_unique<SndfileSink>(target, format));
}

}  // namespace nangdok
