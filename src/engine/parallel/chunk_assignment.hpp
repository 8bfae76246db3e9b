// Which worker takes the next chunk of text: the one given the fewest bytes so far (the lowest
// index on a tie). Handing chunks out in turn let a text whose chunks repeat with an even period
// (a body repeated, a list of same-shaped items) give one worker the heavier half every time; by
// bytes the workers stay within one chunk of each other. Bytes depend only on the text, so the
// assignment, and with it the audio, is the same on every run.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace nangdok {

class ChunkAssignment {
public:
    explicit ChunkAssignment(std::size_t workers) : assigned_bytes_(workers, 0) {}

    std::size_t assign(std::size_t chunk_bytes) {
        const auto least = std::min_element(assigned_bytes_.begin(), assigned_bytes_.end());
        *least += chunk_bytes;
        return static_cast<std::size_t>(least - assigned_bytes_.begin());
    }

    const std::vector<std::size_t>& assigned_bytes() const { return assigned_bytes_; }

private:
    std::vector<std::size_t> assigned_bytes_;
};

}  // namespace nangdok
