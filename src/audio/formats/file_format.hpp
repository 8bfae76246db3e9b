// The audio file formats nangdok writes, chosen by the output's extension or by --format.
#pragma once

#include <string>
#include <string_view>

namespace nangdok {

// raw: bare signed 16-bit little-endian mono samples at the synthesis rate, with no header.
enum class FileFormat { wav, flac, ogg, opus, mp3, raw };

// `format_option` (wav, flac, ogg, opus, mp3, raw; any case) wins over the extension of `path`; a path
// without a known extension and no option means WAV. Throws UsageError for anything else.
FileFormat choose_file_format(const std::string& path, const std::string& format_option);

std::string_view extension_of(FileFormat format);  // "wav", "flac", ...

}  // namespace nangdok
