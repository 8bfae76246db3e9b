// Whole reads and writes on pipes between nangdok and its synthesis workers.
#pragma once

#include <cstddef>

namespace nangdok {

// Both retry on EINTR unless an interrupt was requested (then they give up and return false).
// read_exact also returns false at end of file.
bool read_exact(int fd, void* data, std::size_t size);
bool write_all(int fd, const void* data, std::size_t size);

}  // namespace nangdok
