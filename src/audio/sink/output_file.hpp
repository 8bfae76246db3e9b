// An output that is either complete at its target path or not there at all.
//
// A regular file (new or existing) is written to a temporary file beside the target and renamed
// over it by commit(); until then any previous file at the target stays untouched, and destroying
// an uncommitted OutputFile removes the temporary. A target that is not a regular file (a device
// such as /dev/full, a FIFO, or "-" for standard output) is written directly and never replaced.
// Writers that must seek (libsndfile's encoders) ask for Access::seekable: a target that is not a
// regular file then gets a temporary file in $TMPDIR that commit() copies to the target.
// Every failure throws OutputError naming the target and the reason.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

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
    std::string temp_path_;  // empty when writing the target directly
    bool spooled_ = false;   // temp_path_ is in $TMPDIR and is copied to a non-regular target
    int fd_ = -1;
    bool owns_fd_ = false;
    bool seekable_ = false;
    bool committed_ = false;
    uint64_t written_ = 0;
    uint64_t flushed_ = 0;         // bytes given to write(2), in order from the start
    uint64_t writeback_from_ = 0;  // where write-back has not been started yet
    std::vector<char> buffer_;
};

}  // namespace nangdok
