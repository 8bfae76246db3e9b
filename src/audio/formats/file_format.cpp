#include "formats/file_format.hpp"

#include <array>
#include <cctype>
#include <utility>

#include "core/errors.hpp"

namespace nangdok {
namespace {

constexpr std::array<std::pair<std::string_view, FileFormat>, 8> kNames{{
    {"wav", FileFormat::wav}, {"flac", FileFormat::flac}, {"ogg", FileFormat::ogg}, {"oga", FileFormat::ogg},
    {"opus", FileFormat::opus}, {"mp3", FileFormat::mp3}, {"raw", FileFormat::raw}, {"pcm", FileFormat::raw}}};

std::string lowercase(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

const FileFormat* find_format(const std::string& name) {
    for (const auto& [known, format] : kNames)
        if (known == name) return &format;
    return nullptr;
}

}  // namespace

FileFormat choose_file_format(const std::string& path, const std::string& format_option) {
    if (!format_option.empty()) {
        if (const FileFormat* format = find_format(lowercase(format_option))) return *format;
        throw UsageError("unknown output format '" + format_option + "'; supported: wav, flac, ogg, opus, mp3, raw");
    }
    const std::size_t slash = path.rfind('/');
    const std::size_t dot = path.rfind('.');
    if (path == "-" || dot == std::string::npos || (slash != std::string::npos && dot < slash)) return FileFormat::wav;
    const std::string extension = lowercase(std::string_view(path).substr(dot + 1));
    if (const FileFormat* format = find_format(extension)) return *format;
    throw UsageError("unknown output format '." + extension + "' for " + path +
                     "; supported: .wav .flac .ogg .opus .mp3 .raw (or give --format)");
}

std::string_view extension_of(FileFormat format) {
    switch (format) {
        case FileFormat::wav: return "wav";
        case FileFormat::flac: return "flac";
        case FileFormat::ogg: return "ogg";
        case FileFormat::opus: return "opus";
        case FileFormat::mp3: return "mp3";
        case FileFormat::raw: return "raw";
    }
    return "wav";
}

}  // namespace nangdok
