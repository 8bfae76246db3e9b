#include "fetch/url.hpp"

namespace nangdok {

bool is_web_url(std::string_view input) {
    auto starts_nocase = [&](std::string_view prefix) {
        if (input.size() <= prefix.size()) return false;
        for (std::size_t i = 0; i < prefix.size(); ++i) {
            char c = input[i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            if (c != prefix[i]) return false;
        }
        return true;
    };
    return starts_nocase("http://") || starts_nocase("https://");
}

}  // namespace nangdok
