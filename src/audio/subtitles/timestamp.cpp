#include "subtitles/timestamp.hpp"

#include <cstdio>

namespace nangdok {

std::string format_timestamp(int64_t ms, char millisecond_separator) {
    if (ms < 0) ms = 0;
    char text[48];
    std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld%c%03lld", static_cast<long long>(ms / 3600000),
                  static_cast<long long>(ms / 60000 % 60), static_cast<long long>(ms / 1000 % 60),
                  millisecond_separator, static_cast<long long>(ms % 1000));
    return text;
}

}  // namespace nangdok
