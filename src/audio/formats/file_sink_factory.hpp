// The sink that writes one audio file in a given format.
#pragma once

#include <memory>
#include <string>

#include "sink/audio_sink.hpp"
#include "formats/file_format.hpp"

namespace nangdok {

std::unique_ptr<AudioSink> make_file_sink(const std::string& target, FileFormat format);

}  // namespace nangdok
