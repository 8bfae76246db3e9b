#include "sink/temp_names.hpp"

#include <cerrno>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <mutex>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace nangdok {
namespace {

constexpr std::string_view kMarker = ".nangdok-";
constexpr std::size_t kRandomLength = 6;
// NAME is cut to this many bytes in a temporary name: with the marker, the random part, a PID and
// a host name (at most 64 bytes on Linux) the whole stays under NAME_MAX (255).
constexpr std::size_t kNameKept = 120;

const std::string& this_host() {
    static const std::string host = [] {
        char name[HOST_NAME_MAX + 1] = {};
        if (::gethostname(name, sizeof name - 1) != 0) return std::string("localhost");
        return std::string(name);
    }();
    return host;
}

std::string owner_suffix() { return "." + std::to_string(::getpid()) + "@" + this_host(); }

}  // namespace

std::string directory_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string temp_name_beside(const std::string& target, std::string_view random6) {
    const std::size_t slash = target.rfind('/');
    const std::string name = slash == std::string::npos ? target : target.substr(slash + 1);
    return directory_of(target) + "/." + name.substr(0, kNameKept) + std::string(kMarker) + std::string(random6) +
           owner_suffix();
}

std::size_t temp_name_suffix_length() { return owner_suffix().size(); }

long temp_name_owner(std::string_view name) {
    const std::size_t marker = name.rfind(kMarker);
    if (name.empty() || name.front() != '.' || marker == std::string_view::npos) return 0;
    std::string_view rest = name.substr(marker + kMarker.size());
    if (rest.size() < kRandomLength + 1 || rest[kRandomLength] != '.') return 0;
    rest.remove_prefix(kRandomLength + 1);
    const std::size_t at = rest.find('@');
    if (at == 0 || at == std::string_view::npos || at > 9 || rest.substr(at + 1) != this_host()) return 0;
    long pid = 0;
    for (const char c : rest.substr(0, at)) {
        if (c < '0' || c > '9') return 0;
        pid = pid * 10 + (c - '0');
    }
    return pid;
}

void remove_stale_temp_files(const std::string& directory) {
    static std::mutex mutex;
    static std::set<std::string> done;
    {
        const std::lock_guard lock(mutex);
        if (!done.insert(directory).second) return;
    }
    DIR* dir = ::opendir(directory.c_str());
    if (dir == nullptr) return;
    const int dir_fd = ::dirfd(dir);
    while (const dirent* entry = ::readdir(dir)) {
        const long pid = temp_name_owner(entry->d_name);
        if (pid <= 0 || pid == ::getpid()) continue;
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // alive, or not ours to judge
        struct stat info {};
        if (::fstatat(dir_fd, entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0) continue;
        if (!S_ISREG(info.st_mode) || info.st_uid != ::geteuid()) continue;
        ::unlinkat(dir_fd, entry->d_name, 0);
    }
    ::closedir(dir);
}

}  // namespace nangdok
