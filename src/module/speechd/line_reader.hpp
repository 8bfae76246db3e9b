// Lines from a file descriptor (the module's standard input), each without its LF.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace nangdok::speechd {

class LineReader {
public:
    explicit LineReader(int fd) : fd_(fd) {}

    // The next line, or nothing at the end of input (or on a read error). An unterminated last
    // fragment is not a line: the protocol ends every line with LF. A line longer than
    // kMaxLineBytes is cut there (the rest of it is read and dropped).
    std::optional<std::string> next();

    static constexpr std::size_t kMaxLineBytes = 32u << 20;

private:
    int fd_;
    std::string buffer_;
    std::size_t scanned_ = 0;  // bytes of buffer_ already known to hold no LF
    bool eof_ = false;
};

}  // namespace nangdok::speechd
