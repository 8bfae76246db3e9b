#include "parallel/pipe_io.hpp"

#include <algorithm>
#include <cerrno>
#include <unistd.h>

#include "core/interrupt.hpp"

namespace nangdok {

bool read_exact(int fd, void* data, std::size_t size) {
    auto* bytes = static_cast<char*>(data);
    while (size > 0) {
        const ssize_t n = ::read(fd, bytes, size);
        if (n < 0 && errno == EINTR && !interrupt_requested()) continue;
        if (n <= 0) return false;
        bytes += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool write_all(int fd, const void* data, std::size_t size) {
    const auto* bytes = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, bytes, size);
        if (n < 0 && errno == EINTR && !interrupt_requested()) continue;
        if (n <= 0) return false;
        bytes += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool BufferedPipeReader::refill() {
    ssize_t n;
    do {
        n = ::read(fd_, buffer_.data(), buffer_.size());
    } while (n < 0 && errno == EINTR && !interrupt_requested());
    if (n <= 0) return false;
    begin_ = 0;
    end_ = static_cast<std::size_t>(n);
    return true;
}

std::span<const int16_t> BufferedPipeReader::read_samples(std::size_t max_samples, int16_t& spare) {
    if (max_samples == 0) return {};
    if (begin_ == end_ && !refill()) return {};
    const std::size_t whole = std::min(max_samples, (end_ - begin_) / sizeof(int16_t));
    // The buffer starts aligned; an odd offset only follows a pipe read of an odd size.
    if (whole == 0 || begin_ % alignof(int16_t) != 0) {
        if (!read_exact(&spare, sizeof spare)) return {};
        return {&spare, 1};
    }
    const auto* samples = reinterpret_cast<const int16_t*>(buffer_.data() + begin_);
    begin_ += whole * sizeof(int16_t);
    return {samples, whole};
}

bool BufferedPipeReader::read_exact(void* data, std::size_t size) {
    auto* out = static_cast<char*>(data);
    while (size > 0) {
        if (begin_ == end_) {
            if (size >= buffer_.size()) return nangdok::read_exact(fd_, out, size);  // large reads go straight
            if (!refill()) return false;
        }
        const std::size_t take = std::min(size, end_ - begin_);
        std::copy(buffer_.data() + begin_, buffer_.data() + begin_ + take, out);
        begin_ += take;
        out += take;
        size -= take;
    }
    return true;
}

bool BufferedPipeWriter::write(const void* data, std::size_t size) {
    if (buffer_.size() + size > buffer_.capacity() && !flush()) return false;
    if (size >= buffer_.capacity()) return write_all(fd_, data, size);
    const auto* bytes = static_cast<const char*>(data);
    buffer_.insert(buffer_.end(), bytes, bytes + size);
    return true;
}

bool BufferedPipeWriter::flush() {
    const bool ok = buffer_.empty() || write_all(fd_, buffer_.data(), buffer_.size());
    buffer_.clear();
    return ok;
}

}  // namespace nangdok
