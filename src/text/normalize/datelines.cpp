#include "normalize/datelines.hpp"

#include <algorithm>

#include "core/line_tools.hpp"

namespace nangdok::normalize {
namespace {

// How far the parts of a dateline may run, in bytes (a Hangul syllable is three).
constexpr std::size_t kMaxBracketBytes = 60, kMaxBylineBytes = 45;

std::string_view skip_spaces(std::string_view s) {
    while (s.starts_with(' ')) s.remove_prefix(1);
    return s;
}

// "홍길동 기자 =", "홍길동·김철수 기자=", "홍길동 특파원 =": the reporter after the bracket.
std::string_view without_reporter(std::string_view rest) {
    const std::size_t equals = rest.find('=');
    if (equals == std::string_view::npos || equals > kMaxBylineBytes) return rest;
    std::string_view byline = rest.substr(0, equals);
    while (byline.ends_with(' ')) byline.remove_suffix(1);
    static constexpr std::string_view kReporters[] = {"기자", "특파원", "통신원"};
    if (!ends_with_any(byline, kReporters)) return rest;
    return skip_spaces(rest.substr(equals + 1));
}

}  // namespace

std::string_view without_dateline(std::string_view sentence) {
    const std::string_view trimmed = skip_spaces(sentence);
    std::string_view close;
    if (trimmed.starts_with('(')) close = ")";
    else if (trimmed.starts_with('[')) close = "]";
    else if (trimmed.starts_with("【")) close = "】";
    else return sentence;
    const std::size_t end = trimmed.find(close);
    if (end == std::string_view::npos || end > kMaxBracketBytes) return sentence;
    const std::string_view inside = trimmed.substr(1, end - 1);
    // Place=agency or agency=reporter: an equals sign after a name in Hangul, and no figures
    // ((A=B), (1+1=2) are formulas).
    const std::size_t equals = inside.find('=');
    if (equals == std::string_view::npos || inside.find_first_of("0123456789") != std::string_view::npos)
        return sentence;
    const std::string_view name = inside.substr(0, equals);
    if (name.size() < 6 || !std::all_of(name.begin(), name.end(), [](char c) { return (c & 0x80) != 0 || c == ' '; }))
        return sentence;
    const std::string_view rest = skip_spaces(trimmed.substr(end + close.size()));
    if (rest.empty()) return sentence;  // a bracket alone is the sentence, not its dateline
    return without_reporter(rest);
}

}  // namespace nangdok::normalize
