// An output that is either complete at its target path or not there at all, even under kill -9.
//
// A regular file (new or existing) is written into an unnamed file in the target's folder and
// given the target's name by commit() (see temp_file.hpp); until then any previous file at the
// target stays untouched, and a process that dies in any way leaves nothing. A target that is not a
// regular file (a device such as /dev/full, a FIFO, or "-" for standard output) is written directly
// and never replaced. Writers that must seek (libsndfile's encoders) ask for Access::seekable: a
// target that is not a regular file then gets an unnamed file in $TMPDIR that commit() copies to
// the target. Every failure throws OutputError naming the target and the reason.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sink/temp_file.hpp"

namespace nangdok {

class OutputFile {
public:
    enum class Access { stream, seekable };
    explicit OutputFile(std::string target, Access access = Access::stream);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    void write(const void* data, std::size_t size);
    // Overwrites bytes already written; only when seekable().
    void write_at(uint64_t offset, const void* data, std::size_t size);
    bool seekable() const { return seekable_; }
    // The descriptor to hand to a library that writes by itself (libsndfile); only when seekable().
    // Do not mix with write().
    int descriptor() const { return fd_; }
    uint64_t bytes_written() const { return written_; }
    const std::string& target() const { return target_; }

    // Flushes, and for a regular file moves it into place. Nothing may be written afterwards.
    void commit();

private:
    void flush_buffer();
    void handed_to_kernel(std::size_t size);
    void copy_spool_to_target();
    [[noreturn]] void fail(const std::string& what, int error_number) const;

    std::string target_;
    std::optional<TempFile> temp_;  // none when writing the target directly
    bool spooled_ = false;          // temp_ is in $TMPDIR and is copied to a non-regular target
    int fd_ = -1;
    bool owns_fd_ = false;          // a device or FIFO opened here (temp_ owns its own)
    bool seekable_ = false;
    uint64_t written_ = 0;
    uint64_t flushed_ = 0;         // bytes given to write(2), in order from the start
    uint64_t writeback_from_ = 0;  // where write-back has not been started yet
    std::vector<char> buffer_;
};

}  // namespace nangdok
