// A file descriptor that closes itself.
#pragma once

#include <unistd.h>

#include <utility>

namespace nangdok {

class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : fd_(fd) {}
    ~UniqueFd() { reset(); }
    UniqueFd(UniqueFd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    UniqueFd& operator=(UniqueFd&& other) noexcept {
        if (this != &other) {
            reset();
            fd_ = std::exchange(other.fd_, -1);
        }
        return *this;
    }
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;

    int get() const { return fd_; }
    explicit operator bool() const { return fd_ >= 0; }
    // Closes now and returns close(2)'s result (0 when there was nothing to close), for callers
    // that must know whether the data made it.
    int close() { return fd_ < 0 ? 0 : ::close(std::exchange(fd_, -1)); }
    void reset() { (void)close(); }

private:
    int fd_ = -1;
};

}  // namespace nangdok
