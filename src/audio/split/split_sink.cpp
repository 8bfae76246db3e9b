#include "split/split_sink.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <filesystem>

#include "formats/file_sink_factory.hpp"
#include "core/errors.hpp"
#include "subtitles/timing_sinks.hpp"

namespace nangdok {

SplitSink::SplitSink(std::string directory, FileFormat format) : directory_(std::move(directory)), format_(format) {}

void SplitSink::start(const AudioFormat& format, const std::string& title) {
    audio_format_ = format;
    title_ = title;
    std::error_code error;
    if (std::filesystem::exists(directory_, error) && !std::filesystem::is_directory(directory_, error))
        throw OutputError("--split " + directory_ + ": is a file, not a folder");
    std::filesystem::create_directories(directory_, error);
    if (error || !std::filesystem::is_directory(directory_))
        throw OutputError("--split " + directory_ + ": cannot create the folder" +
                          (error ? ": " + error.message() : std::string()));
    // index.json is written last, so a folder without it is visibly unfinished: the one from an
    // earlier run goes before this run writes anything.
    const std::string index = directory_ + "/index.json";
    if (::unlink(index.c_str()) != 0 && errno != ENOENT)
        throw OutputError(index + ": cannot remove the earlier index: " + std::strerror(errno));
}

void SplitSink::begin_sentence(const SentenceMark& mark) {
    char name[32];
    std::snprintf(name, sizeof name, "%04d.", mark.index);
    current_name_ = name + std::string(extension_of(format_));
    current_ = make_file_sink(directory_ + "/" + current_name_, format_);
    current_->start(audio_format_, mark.text);
}

void SplitSink::write(std::span<const int16_t> samples) {
    if (current_) current_->write(samples);  // pauses between sentences go nowhere
}

void SplitSink::end_sentence(const SentenceMark& mark) {
    current_->finish();
    current_.reset();
    entries_.push_back({mark, current_name_});
}

void SplitSink::finish() { write_text_file(directory_ + "/index.json", format_manifest(title_, audio_format_.sample_rate, entries_)); }

void SplitSink::finish_interrupted() {
    current_.reset();  // the unfinished sentence's file never appears
    finish();
}

}  // namespace nangdok
