// Names of the temporary files nangdok gives an output before it is complete, and the removal of
// those that a killed process left behind.
//
// An output normally has no temporary name at all (temp_file.hpp: an O_TMPFILE file, which the
// kernel discards with the process). A name is used only where the filesystem refuses O_TMPFILE
// (NFS, some FUSE filesystems), and for an instant while a complete output replaces an existing
// file. Such a name says who made it: ".NAME.nangdok-XXXXXX.PID@HOST", so that a later run can
// tell that its maker is dead and remove it. Names of the old form (".NAME.nangdok-XXXXXX", without
// the PID) are left alone: nothing tells whether their maker still runs.
#pragma once

#include <string>
#include <string_view>

namespace nangdok {

// The folder that holds `path` ("." for a bare name).
std::string directory_of(const std::string& path);

// A fresh temporary name beside `target`: "DIR/.NAME.nangdok-" + `random6` + ".PID@HOST".
// NAME is cut to keep the name within the filesystem's 255 bytes.
std::string temp_name_beside(const std::string& target, std::string_view random6);

// The length of the ".PID@HOST" suffix that temp_name_beside puts after the random part.
std::size_t temp_name_suffix_length();

// For a name in a folder: the PID of its maker when it is one of our temporary names made on this
// host, or 0.
long temp_name_owner(std::string_view name);

// Removes, once per folder and process, the temporary files in `directory` whose maker on this
// host has ended (checked with kill(pid, 0)). Only regular files owned by this user are removed;
// failures are ignored (a leftover is harmless, and the output itself is what matters).
void remove_stale_temp_files(const std::string& directory);

}  // namespace nangdok
