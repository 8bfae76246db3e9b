// The file an output is written into before it is complete: without a name, so that a process
// killed in any way (kill -9, the OOM killer, a closed SSH session) leaves nothing behind.
//
// beside() opens an unnamed file in the target's folder (open(2) with O_TMPFILE) and place() links
// it to the target once complete (linkat through /proc/self/fd, as coreutils and systemd do). When
// a file is already at the target, the complete output is linked under a temporary name and
// renamed over it (rename is the only atomic replace), a window of two system calls. Where the
// filesystem refuses O_TMPFILE the file gets a temporary name from the start (temp_names.hpp),
// which later runs remove if this one is killed.
//
// spool() is an unnamed file in $TMPDIR that is never linked, for outputs copied elsewhere.
#pragma once

#include <string>
#include <sys/types.h>

#include "sink/unique_fd.hpp"

namespace nangdok {

class TempFile {
public:
    // Throws OutputError naming `target` when the folder cannot hold a new file.
    static TempFile beside(const std::string& target, mode_t mode);
    static TempFile spool(const std::string& target);

    TempFile(TempFile&&) = default;
    TempFile& operator=(TempFile&&) = default;
    ~TempFile();

    int fd() const { return fd_.get(); }
    // The temporary name, or empty while the file has none.
    const std::string& path() const { return path_; }

    // Gives the complete file the name `target`, replacing what is there, and closes it. The data
    // must already be synced. Throws OutputError; the target is then untouched.
    void place(const std::string& target);

    // Set NANGDOK_TEST_NAMED_TEMP=1 to act as on a filesystem without O_TMPFILE (a test seam).
    static bool unnamed_files_allowed();

private:
    TempFile(UniqueFd fd, std::string path) : fd_(std::move(fd)), path_(std::move(path)) {}
    void link_unnamed(const std::string& target);

    UniqueFd fd_;
    std::string path_;
};

}  // namespace nangdok
