// Whole reads and writes on pipes between nangdok and its synthesis workers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace nangdok {

// Both retry on EINTR unless an interrupt was requested (then they give up and return false).
// read_exact also returns false at end of file.
bool read_exact(int fd, void* data, std::size_t size);
bool write_all(int fd, const void* data, std::size_t size);

// Reads a pipe through a large buffer: a worker's audio arrives in many small frames, and one
// read() per frame cost more CPU than the reading itself.
class BufferedPipeReader {
public:
    explicit BufferedPipeReader(int fd, std::size_t capacity = 1 << 18) : fd_(fd), buffer_(capacity) {}
    bool read_exact(void* data, std::size_t size);
    // Up to max_samples whole 16-bit samples, straight out of the buffer (the parent would
    // otherwise copy every sample of every worker once more), refilling it when empty. The span
    // lives until the next call. Empty at end of file or on error. `spare` holds a sample that
    // straddles two reads of the pipe.
    std::span<const int16_t> read_samples(std::size_t max_samples, int16_t& spare);
    int fd() const { return fd_; }

private:
    int fd_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0, end_ = 0;

    bool refill();
};

// Collects small writes and sends them in large ones; flush() at every point where the reader may
// be waiting for what was written.
class BufferedPipeWriter {
public:
    explicit BufferedPipeWriter(int fd, std::size_t capacity = 1 << 16) : fd_(fd) { buffer_.reserve(capacity); }
    bool write(const void* data, std::size_t size);
    bool flush();

private:
    int fd_;
    std::vector<char> buffer_;
};

}  // namespace nangdok
