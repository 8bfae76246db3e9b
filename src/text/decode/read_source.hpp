// Reading an input: a file path, or "-" for standard input. Throws InputError with the path and
// the reason (missing, a directory, unreadable).
#pragma once

#include <string>

namespace nangdok {

struct SourceBytes {
    std::string name;   // for messages: the path, or "<stdin>"
    std::string bytes;
    std::string content_type = {};  // what the transport said the bytes are (HTTP Content-Type); empty for files
};

SourceBytes read_source(const std::string& path_or_dash);

}  // namespace nangdok
