#include "speechd/line_reader.hpp"

#include <cerrno>
#include <unistd.h>

namespace nangdok::speechd {

std::optional<std::string> LineReader::next() {
    std::string kept;  // the first kMaxLineBytes of an overlong line
    bool overlong = false;
    while (true) {
        const std::size_t eol = buffer_.find('\n', scanned_);
        if (eol != std::string::npos) {
            std::string line = overlong ? std::move(kept) : buffer_.substr(0, eol);
            buffer_.erase(0, eol + 1);
            scanned_ = 0;
            return line;
        }
        if (!overlong && buffer_.size() > kMaxLineBytes) {
            kept = buffer_.substr(0, kMaxLineBytes);
            overlong = true;
        }
        if (overlong) buffer_.clear();
        scanned_ = buffer_.size();
        if (eof_) return std::nullopt;
        char chunk[65536];
        const ssize_t got = ::read(fd_, chunk, sizeof chunk);
        if (got > 0) {
            buffer_.append(chunk, static_cast<std::size_t>(got));
        } else if (got < 0 && errno == EINTR) {
            continue;
        } else {
            eof_ = true;
        }
    }
}

}  // namespace nangdok::speechd
