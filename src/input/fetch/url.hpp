// Whether an input names a web page rather than a file: "http://" or "https://" (any case).
#pragma once

#include <string_view>

namespace nangdok {

bool is_web_url(std::string_view input);

}  // namespace nangdok
