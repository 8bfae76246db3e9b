#include "cli/output.hpp"

#include <cerrno>
#include <cstring>
#include <string>
#include <unistd.h>

#include "core/errors.hpp"

namespace nangdok::cli {

void write_stdout(std::string_view text) {
    while (!text.empty()) {
        ssize_t n = ::write(STDOUT_FILENO, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int error = errno;
            if (error == EPIPE) throw BrokenPipe();
            throw OutputError(std::string("standard output: ") + std::strerror(error));
        }
        text.remove_prefix(static_cast<std::size_t>(n));
    }
}

}  // namespace nangdok::cli
