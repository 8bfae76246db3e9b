#include "decode/read_source.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/errors.hpp"

namespace nangdok {
namespace {

std::string read_all(int fd, const std::string& name) {
    std::string bytes;
    char buffer[1 << 16];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0) return bytes;
        if (n < 0) {
            if (errno == EINTR) continue;
            throw InputError(name + ": cannot read: " + std::strerror(errno));
        }
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
}

}  // namespace

SourceBytes read_source(const std::string& path) {
    if (path.empty() || path == "-") return {"<stdin>", read_all(STDIN_FILENO, "<stdin>")};

    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        int err = errno;
        if (err == ENOENT) throw InputError(path + ": no such file");
        throw InputError(path + ": cannot open: " + std::strerror(err));
    }
    struct stat info {};
    if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
        ::close(fd);
        throw InputError(path + ": is a directory, not a text file");
    }
    try {
        SourceBytes source{path, read_all(fd, path)};
        ::close(fd);
        return source;
    } catch (...) {
        ::close(fd);
        throw;
    }
}

}  // namespace nangdok
