#include "normalize/numbered_names.hpp"

#include "normalize/concat.hpp"
#include "normalize/data/numbered_names.hpp"

namespace nangdok::normalize {

MaybeReading read_numbered_name(const Tokens& t, std::size_t i) {
    if (!kind_at(t, i, TokenKind::hangul) || !kind_at(t, i + 1, TokenKind::digits)) return std::nullopt;
    // 뉴스1.5 or 뉴스1,000 is a number after the word, not the name.
    if ((symbol_at(t, i + 2, '.') || symbol_at(t, i + 2, ',')) && kind_at(t, i + 3, TokenKind::digits))
        return std::nullopt;
    const std::string_view word = t[i].text, digits = t[i + 1].text;
    for (const auto& [written, spoken] : kNumberedNames) {
        if (!written.ends_with(digits)) continue;
        const std::string_view name = written.substr(0, written.size() - digits.size());
        if (name.empty() || (name.back() >= '0' && name.back() <= '9') || !word.ends_with(name)) continue;
        return Reading{i + 2, concat(word.substr(0, word.size() - name.size()), spoken)};
    }
    return std::nullopt;
}

}  // namespace nangdok::normalize
