#include "clean/line_shapes.hpp"

#include <algorithm>
#include <string>

#include "clean/boilerplate_rules.hpp"
#include "core/hangul_jamo.hpp"
#include "core/utf8.hpp"

namespace nangdok {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t digits_at(std::string_view s, std::size_t i) {
    std::size_t n = 0;
    while (i + n < s.size() && is_digit(s[i + n])) ++n;
    return n;
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

// After a number of a date: '.', '-', '/', or the Hangul unit (년, 월), then spaces. 0 when none.
std::size_t date_separator(std::string_view s, std::size_t i, std::string_view unit) {
    std::size_t j = skip_spaces(s, i);
    if (j < s.size() && (s[j] == '.' || s[j] == '-' || s[j] == '/')) return skip_spaces(s, j + 1) - i;
    if (s.substr(j).starts_with(unit)) return skip_spaces(s, j + unit.size()) - i;
    return 0;
}

bool full_date_at(std::string_view s, std::size_t i) {
    if (digits_at(s, i) != 4 || (i > 0 && is_digit(s[i - 1]))) return false;
    std::size_t j = i + 4;
    const std::size_t after_year = date_separator(s, j, "년");
    if (after_year == 0) return false;
    j += after_year;
    const std::size_t month = digits_at(s, j);
    if (month < 1 || month > 2) return false;
    j += month;
    const std::size_t after_month = date_separator(s, j, "월");
    if (after_month == 0) return false;
    j += after_month;
    const std::size_t day = digits_at(s, j);
    return day >= 1 && day <= 2;
}

bool time_at(std::string_view s, std::size_t i) {
    const std::size_t hour = digits_at(s, i);
    if (hour < 1 || hour > 2 || (i > 0 && is_digit(s[i - 1])) || i + hour >= s.size() || s[i + hour] != ':') return false;
    return digits_at(s, skip_spaces(s, i + hour + 1)) == 2;
}

bool contains_any(std::string_view line, const auto& words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return line.find(w) != std::string_view::npos; });
}

bool is_hangul_at(std::string_view s, std::size_t i) {
    if (i >= s.size()) return false;
    const char32_t c = decode_utf8_char(s.substr(i, utf8_char_length(s, i)));
    return c >= 0xAC00 && c <= 0xD7A3;
}

// 기자 or 특파원 standing as a title after a name: not 기자회견, 기자단.
bool reporter_title_at(std::string_view s, std::size_t i, std::string_view title) {
    if (!s.substr(i).starts_with(title)) return false;
    const std::size_t after = i + title.size();
    if (is_hangul_at(s, after)) return false;  // 기자회견, 기자들
    // A name of two to four syllables before it, with or without a space.
    std::size_t j = i;
    if (j > 0 && s[j - 1] == ' ') --j;
    int syllables = 0;
    while (j >= 3 && is_hangul_at(s, j - 3) && syllables < 5) {
        j -= 3;
        ++syllables;
    }
    return syllables >= 2;
}

int words_without_dates(std::string_view line) {
    int words = 0;
    bool in_word = false, word_has_letter = false;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ' ') {
            if (in_word && word_has_letter) ++words;
            in_word = word_has_letter = false;
            continue;
        }
        in_word = true;
        const auto b = static_cast<unsigned char>(line[i]);
        // Digits, separators and the date units do not make a word; letters do.
        if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) word_has_letter = true;
        if (b >= 0xE0 && !line.substr(i).starts_with("년") && !line.substr(i).starts_with("월") &&
            !line.substr(i).starts_with("일") && !line.substr(i).starts_with("오전") && !line.substr(i).starts_with("오후"))
            word_has_letter = true;
    }
    return words;
}

// Words from the start of the line before the first that holds a figure, an e-mail, a separator
// or a metadata word.
int leading_plain_words(std::string_view line) {
    int words = 0;
    std::size_t start = 0;
    while (start < line.size()) {
        std::size_t end = line.find(' ', start);
        if (end == std::string_view::npos) end = line.size();
        const std::string_view word = line.substr(start, end - start);
        const bool plain = word.find_first_of("0123456789@|/:") == std::string_view::npos &&
                           !contains_any(word, clean_rules::kMetadataWords) && !word.starts_with('[');
        if (!plain) break;
        ++words;
        start = end + 1;
    }
    return words;
}

}  // namespace

bool has_date_or_time(std::string_view line) {
    for (std::size_t i = 0; i < line.size(); ++i)
        if (is_digit(line[i]) && (full_date_at(line, i) || time_at(line, i))) return true;
    return false;
}

bool names_a_reporter(std::string_view line) {
    // A quotation makes a headline ("…연예기자 팀 보니…"), never a byline.
    for (std::string_view quote : {"\"", "“", "”", "‘", "’"})
        if (line.find(quote) != std::string_view::npos) return false;
    for (std::size_t i = 0; i < line.size(); ++i)
        if (reporter_title_at(line, i, "기자") || reporter_title_at(line, i, "특파원")) return true;
    return false;
}

bool looks_like_metadata(std::string_view line, const ProseSignals& s) {
    constexpr int kMaxMetadataChars = 120, kMaxReporterLineChars = 60, kMaxReporterLineWords = 8, kMaxBareWords = 3;
    if (s.characters > kMaxMetadataChars || s.sentence_endings > 0) return false;
    // "제목 … date 2025-11-05": a title with the date printed after it is the title.
    constexpr int kMinTitleWords = 4;
    if (leading_plain_words(line) >= kMinTitleWords) return false;
    const bool email = line.find('@') != std::string_view::npos;
    const bool when = has_date_or_time(line);
    if (when || email) return contains_any(line, clean_rules::kMetadataWords) || words_without_dates(line) <= kMaxBareWords ||
                              (email && names_a_reporter(line));
    return s.characters <= kMaxReporterLineChars && s.words <= kMaxReporterLineWords && names_a_reporter(line) &&
           !s.ends_like_sentence;
}

bool looks_like_breadcrumb(std::string_view line) {
    constexpr std::size_t kMaxBreadcrumbBytes = 160, kMaxSegmentBytes = 36;
    constexpr long kMaxSegmentSpaces = 2;
    // "<앵커> 본문" and "제목 < 산업 < 기사본문" are not breadcrumbs.
    if (line.size() > kMaxBreadcrumbBytes || line.find('<') != std::string_view::npos) return false;
    int separators = 0, segments = 0;
    std::size_t start = 0;
    for (std::size_t i = 0;; ) {
        std::size_t separator = 0;
        if (i < line.size()) {
            if (line[i] == '>') separator = 1;
            else if (line.substr(i).starts_with("›")) separator = std::string_view("›").size();
            else if (line.substr(i).starts_with("»")) separator = std::string_view("»").size();
        }
        if (i < line.size() && separator == 0) {
            ++i;
            continue;
        }
        std::string_view segment = line.substr(start, i - start);
        while (segment.starts_with(' ')) segment.remove_prefix(1);
        while (segment.ends_with(' ')) segment.remove_suffix(1);
        if (segment.size() > kMaxSegmentBytes || std::count(segment.begin(), segment.end(), ' ') > kMaxSegmentSpaces)
            return false;
        if (!segment.empty()) ++segments;
        if (i >= line.size()) break;
        ++separators;
        i += separator;
        start = i;
    }
    const bool leading = line.starts_with('>') || line.starts_with("›") || line.starts_with("»");
    return separators >= 1 && segments >= (leading ? 1 : 2);
}

namespace {

// A Korean name as scripts print it: two syllables up to max_syllables, nothing but syllables.
bool is_name(std::string_view word, int max_syllables) {
    constexpr int kMinNameSyllables = 2;
    int syllables = 0;
    for (std::size_t i = 0, length = 0; i < word.size(); i += length) {
        length = utf8_char_length(word, i);
        if (!hangul::is_hangul_syllable(decode_utf8_char(word.substr(i, length)))) return false;
        ++syllables;
    }
    return syllables >= kMinNameSyllables && syllables <= max_syllables;
}

// "홍길동 / 세종시 주민", after an optional cue ("녹취> ", "▶ 인터뷰 : "): a name of two to five
// syllables, a slash, and who the person is. Scripts print it above the speaker's words.
bool is_name_and_role(std::string_view line) {
    constexpr int kMaxCueBytes = 24, kMaxNameSyllables = 5;
    const std::size_t slash = line.find(" / ");
    if (slash == std::string_view::npos || line.find(" / ", slash + 1) != std::string_view::npos) return false;
    std::string_view name = line.substr(0, slash);
    if (const std::size_t cue = name.find_last_of(">:"); cue != std::string_view::npos) {
        if (cue > kMaxCueBytes) return false;
        name.remove_prefix(cue + 1);
    }
    while (name.starts_with(' ')) name.remove_prefix(1);
    return is_name(name, kMaxNameSyllables);
}

// "홍길동 대변인", "홍길동 앵커 (2024년 3월 2일 뉴스)": a name and a title alone on a line, maybe
// with when the words were said, tags the quote a report plays next.
bool is_name_and_title(std::string_view line) {
    if (const std::size_t open = line.find(" ("); open != std::string_view::npos) {
        if (!line.ends_with(')') || line.size() - open < 8 || line[open + 2] < '1' || line[open + 2] > '2') return false;
        line = line.substr(0, open);  // only a date may follow: "(2013년 …)", "(2017.2.14)"
    }
    const std::size_t space = line.find(' ');
    if (space == std::string_view::npos || line.find(' ', space + 1) != std::string_view::npos) return false;
    const std::string_view title = line.substr(space + 1);
    constexpr int kMaxNameSyllables = 4;
    return is_name(line.substr(0, space), kMaxNameSyllables) &&
           std::any_of(clean_rules::kSpeakerTitles.begin(), clean_rules::kSpeakerTitles.end(),
                       [&](std::string_view known) { return title == known; });
}

}  // namespace

bool is_speaker_label(std::string_view line, const ProseSignals& s) {
    constexpr int kMaxSpeakerChars = 30, kMaxSpeakerWords = 5, kMaxTaggedChars = 45, kMaxTaggedWords = 8;
    if (s.sentence_endings > 0 || s.characters > kMaxTaggedChars || s.words > kMaxTaggedWords) return false;
    if (is_name_and_role(line) || is_name_and_title(line)) return true;
    if (s.characters > kMaxSpeakerChars || s.words > kMaxSpeakerWords) return false;
    std::string_view rest = line;
    while (rest.ends_with(' ')) rest.remove_suffix(1);
    // "홍길동 기자 :", and a script's "홍길동 기자>" (no '<' before: "<앵커>" is a bracketed label).
    if (rest.size() <= 1) return false;
    return rest.ends_with(':') || (rest.ends_with('>') && rest.find('<') == std::string_view::npos);
}

bool is_bracketed_label(std::string_view line, const ProseSignals& s) {
    constexpr int kMaxLabelChars = 30, kMaxLabelWords = 5;
    if (s.characters > kMaxLabelChars || s.words > kMaxLabelWords || s.sentence_endings > 0) return false;
    static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
        {"[", "]"}, {"【", "】"}, {"<", ">"}, {"〈", "〉"}, {"◀", "▶"}, {"‹", ">"}, {"《", "》"}, {"≪", "≫"},
        {"◆", "◆"}, {"◇", "◇"}, {"■", "■"}, {"□", "□"}, {"★", "★"}, {"☆", "☆"}};
    for (const auto& [open, close] : kPairs) {
        if (!line.starts_with(open) || !line.ends_with(close) || line.size() <= open.size() + close.size()) continue;
        const std::string_view inside = line.substr(open.size(), line.size() - open.size() - close.size());
        // One pair around the whole line: "[A] 본문 [B]" is not a label.
        return inside.find(close) == std::string_view::npos && inside.find(open) == std::string_view::npos;
    }
    return false;
}

bool addresses_reader_about_page(std::string_view line, const ProseSignals& s) {
    constexpr int kMaxNoticeChars = 200;
    if (line.starts_with("(예시)")) return true;
    if (s.characters > kMaxNoticeChars) return false;
    std::string_view end = line;
    // "<이미지를 클릭하시면 크게 보실 수 있습니다> |": the notice inside its own marks.
    while (!end.empty() && (end.back() == '.' || end.back() == ' ' || end.back() == '>' || end.back() == '|' ||
                            end.back() == ']' || end.back() == ')'))
        end.remove_suffix(1);
    const bool notice_ending = std::any_of(clean_rules::kUiNoticeEndings.begin(), clean_rules::kUiNoticeEndings.end(),
                                           [&](std::string_view e) { return end.ends_with(e); });
    return notice_ending && contains_any(line, clean_rules::kInterfaceNouns);
}

}  // namespace nangdok
