// Sample counts to subtitle times. Positions stay int64_t sample counts until formatted here.
#pragma once

#include <cstdint>
#include <string>

namespace nangdok {

// Milliseconds for a sample position, rounded to the nearest millisecond.
inline int64_t samples_to_ms(int64_t samples, int sample_rate) {
    return (samples * 1000 + sample_rate / 2) / sample_rate;
}

// HH:MM:SS<separator>mmm — ',' for SRT, '.' for WebVTT. Hours grow past 99 if they must.
std::string format_timestamp(int64_t ms, char millisecond_separator);

}  // namespace nangdok
