#include "core/line_tools.hpp"

namespace nangdok {

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string fold_spaces(std::string_view line) {
    std::string folded;
    folded.reserve(line.size());
    bool pending_space = false;
    for (char c : line) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            pending_space = !folded.empty();
            continue;
        }
        if (pending_space) folded.push_back(' ');
        pending_space = false;
        folded.push_back(c);
    }
    return folded;
}

bool starts_with_any(std::string_view word, std::span<const std::string_view> starts) {
    for (std::string_view start : starts)
        if (word.starts_with(start)) return true;
    return false;
}

bool ends_with_any(std::string_view word, std::span<const std::string_view> ends) {
    for (std::string_view end : ends)
        if (word.ends_with(end)) return true;
    return false;
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    return out;
}

}  // namespace nangdok
