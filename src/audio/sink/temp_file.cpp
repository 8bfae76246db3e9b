#include "sink/temp_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/errors.hpp"
#include "sink/temp_names.hpp"
#include "sink/test_stop.hpp"

namespace nangdok {
namespace {

[[noreturn]] void fail(const std::string& target, const std::string& what, int error_number) {
    throw OutputError(target + ": " + what + ": " + std::strerror(error_number));
}

// The errors by which a filesystem or kernel says it has no O_TMPFILE: EOPNOTSUPP from the
// filesystem; EISDIR or EINVAL from kernels older than 3.11, which read the flag as O_DIRECTORY.
bool refuses_unnamed(int error_number) {
    return error_number == EOPNOTSUPP || error_number == EISDIR || error_number == EINVAL;
}

std::string random_letters() {
    static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    unsigned char bytes[6] = {};
    if (::getrandom(bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes))
        for (unsigned char& b : bytes) b = static_cast<unsigned char>(std::rand());
    std::string letters;
    for (const unsigned char b : bytes) letters.push_back(kLetters[b % (sizeof kLetters - 1)]);
    return letters;
}

std::string proc_path(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

}  // namespace

bool TempFile::unnamed_files_allowed() {
    const char* forced = std::getenv("NANGDOK_TEST_NAMED_TEMP");
    if (forced != nullptr && std::strcmp(forced, "1") == 0) return false;
    // Linking an unnamed file needs /proc (AT_EMPTY_PATH would need CAP_DAC_READ_SEARCH).
    return ::access("/proc/self/fd", X_OK) == 0;
}

TempFile TempFile::beside(const std::string& target, mode_t mode) {
    const std::string directory = directory_of(target);
    remove_stale_temp_files(directory);
    if (unnamed_files_allowed()) {
        UniqueFd fd(::open(directory.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, mode));
        if (fd) {
            ::fchmod(fd.get(), mode);  // exactly the old file's mode, whatever the umask
            test_stop_point("create");
            return TempFile(std::move(fd), {});
        }
        if (!refuses_unnamed(errno)) fail(target, "cannot create a file in " + directory, errno);
    }
    std::string path = temp_name_beside(target, "XXXXXX");
    UniqueFd fd(::mkostemps(path.data(), static_cast<int>(temp_name_suffix_length()), O_CLOEXEC));
    if (!fd) fail(target, "cannot create a file in " + directory, errno);
    ::fchmod(fd.get(), mode);
    test_stop_point("create");
    return TempFile(std::move(fd), std::move(path));
}

TempFile TempFile::spool(const std::string& target) {
    const char* tmpdir = std::getenv("TMPDIR");
    const std::string directory = tmpdir && *tmpdir ? tmpdir : "/tmp";
    UniqueFd fd(::open(directory.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600));
    if (!fd) {
        if (!refuses_unnamed(errno)) fail(target, "cannot create a temporary file in " + directory, errno);
        // Never linked anywhere, so a name is needed only for an instant.
        std::string path = directory + "/nangdok-spool-XXXXXX";
        fd = UniqueFd(::mkostemp(path.data(), O_CLOEXEC));
        if (!fd) fail(target, "cannot create a temporary file in " + directory, errno);
        ::unlink(path.c_str());
    }
    return TempFile(std::move(fd), {});
}

TempFile::~TempFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
}

void TempFile::place(const std::string& target) {
    test_stop_point("place");
    if (path_.empty()) {
        link_unnamed(target);
    } else if (::rename(path_.c_str(), target.c_str()) != 0) {
        fail(target, "cannot move into place", errno);
    }
    path_.clear();
    fd_.reset();  // the data was synced before it got its name
}

void TempFile::link_unnamed(const std::string& target) {
    const std::string source = proc_path(fd_.get());
    if (::linkat(AT_FDCWD, source.c_str(), AT_FDCWD, target.c_str(), AT_SYMLINK_FOLLOW) == 0) return;
    if (errno != EEXIST) fail(target, "cannot move into place", errno);
    // A file is at the target: the new one takes a name of its own for an instant, then replaces
    // it. A kill in between leaves that name, which the next run in this folder removes.
    std::string named;
    for (int attempt = 0;; ++attempt) {
        named = temp_name_beside(target, random_letters());
        if (::linkat(AT_FDCWD, source.c_str(), AT_FDCWD, named.c_str(), AT_SYMLINK_FOLLOW) == 0) break;
        if (errno != EEXIST || attempt == 100) fail(target, "cannot move into place", errno);
    }
    test_stop_point("rename");
    if (::rename(named.c_str(), target.c_str()) != 0) {
        const int error_number = errno;
        ::unlink(named.c_str());
        fail(target, "cannot move into place", error_number);
    }
}

}  // namespace nangdok
