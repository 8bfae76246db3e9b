// Writing command output to standard output, with a closed pipe or a full disk reported as an
// OutputError instead of a silent loss or a SIGPIPE death.
#pragma once

#include <string_view>

namespace nangdok::cli {

void write_stdout(std::string_view text);

}  // namespace nangdok::cli
