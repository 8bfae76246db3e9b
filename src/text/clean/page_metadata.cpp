#include "clean/page_metadata.hpp"

#include <memory>

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "core/line_tools.hpp"

namespace nangdok {
namespace {

// The first capture group of pattern in line, or empty. Metadata is read from a handful of lines
// per page, so the patterns are compiled per call.
std::string first_group(const char* pattern, std::string_view line, int group = 1) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
    std::unique_ptr<icu::RegexMatcher> m(
        new icu::RegexMatcher(icu::UnicodeString::fromUTF8(pattern), text, 0, status));
    if (U_FAILURE(status) || !m->find(status) || U_FAILURE(status)) return {};
    std::string out;
    m->group(group, status).toUTF8String(out);
    return U_SUCCESS(status) ? fold_spaces(out) : std::string();
}

std::string replace_all(const char* pattern, std::string_view line, const char* replacement) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
    icu::RegexMatcher m(icu::UnicodeString::fromUTF8(pattern), text, 0, status);
    if (U_FAILURE(status)) return std::string(line);
    icu::UnicodeString replaced = m.replaceAll(icu::UnicodeString::fromUTF8(replacement), status);
    std::string out;
    replaced.toUTF8String(out);
    return U_SUCCESS(status) ? fold_spaces(out) : std::string(line);
}

}  // namespace

std::string outlet_from_copyright(std::string_view line) {
    // Drop the markers and any quoted slogan, then the outlet is the first name before a
    // separator: "(", ",", ".", "&", "무단".
    std::string s = replace_all(R"((ⓒ|©|\([cC]\)|Copyrights?|COPYRIGHT|저작권자|[\[\]<>〈〉]|^[\s\-]+))", line, " ");
    s = replace_all(R"(['‘“"][^'’”"]{1,40}['’”"])", s, " ");
    std::string name = first_group(R"(^\s*([^\s(,.&/:]+(?:\s[^\s(,.&/:]+)?)\s*[(,.&/:]?)", s);
    if (name.empty() || name.find("무단") != std::string::npos || name.size() > 40) return {};
    // "공감언론 뉴시스통신사": an unquoted slogan comes before the name, never after it.
    if (auto space = name.rfind(' '); space != std::string::npos) name = name.substr(space + 1);
    return name;
}

std::string outlet_from_dateline(std::string_view line) {
    std::string wire = first_group(R"(^[(\[【][가-힣]+(?:/[가-힣]+)?=([^)\]】\s]+)[)\]】])", line);
    if (!wire.empty()) return wire;
    return first_group(R"(^\[([가-힣A-Za-z]+)=[^\]]{1,40}\])", line);
}

std::string date_from_line(std::string_view line) {
    return first_group(
        R"((\d{4}\s?[.\-/년]\s?\d{1,2}\s?[.\-/월]\s?\d{1,2}일?\.?(?:\s*\(?[월화수목금토일]\)?)?(?:\s*(?:오전|오후))?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?))",
        line);
}

std::string byline_from_line(std::string_view line) {
    std::string s = replace_all(R"([\[\]()]|[A-Za-z0-9._+\-]+@[A-Za-z0-9.\-]+|\s*/\s*$|구독(하기)?$)", line, " ");
    s = replace_all(R"(^기자명\s+)", s, "");
    // ndsoft pages put the date after the name on the same line.
    s = replace_all(R"(\s*(입력|수정)\s.*$)", s, "");
    return fold_spaces(s);
}

}  // namespace nangdok
