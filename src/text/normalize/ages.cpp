#include "normalize/ages.hpp"

#include <span>

#include "core/line_tools.hpp"
#include "core/utf8.hpp"
#include "normalize/counter_table.hpp"
#include "normalize/data/person_titles.hpp"
#include "normalize/data/profile_words.hpp"
#include "normalize/data/surnames.hpp"
#include "normalize/data/titles_after_name.hpp"
#include "normalize/number_words.hpp"

namespace nangdok::normalize {
namespace {

std::size_t syllables(std::string_view word) {
    std::size_t n = 0;
    for (std::size_t b = 0; b < word.size(); b += utf8_char_length(word, b)) ++n;
    return n;
}

bool is_title(std::string_view word) {
    for (std::string_view title : kPersonTitles)
        if (word == title) return true;
    return false;
}

bool ends_with_title(std::string_view word) {
    for (std::string_view title : kPersonTitles)
        if (word.size() > title.size() && word.ends_with(title)) return true;
    return false;
}

bool starts_with_title_from(std::string_view word, std::span<const std::string_view> titles) {
    for (std::string_view title : titles) {
        if (!word.starts_with(title)) continue;
        const std::string_view rest = word.substr(title.size());
        if (rest.empty() || starts_with_any(rest, kParticlesAfterCounter)) return true;
    }
    return false;
}

// 씨, 씨가, 군의, 화백이: a title, alone or with a particle (양국 and 군데 are other words).
bool starts_with_title(std::string_view word) {
    return starts_with_title_from(word, kTitlesAfterName) || starts_with_title_from(word, kPersonTitles);
}

bool starts_with_surname(std::string_view word) { return starts_with_any(word, kSurnames); }

// A word that ends with a one-syllable particle (회사가, 대표는) is not the first half of a name.
bool ends_like_particle(std::string_view word) {
    for (std::string_view particle : kParticlesAfterCounter)
        if (syllables(particle) == 1 && word.size() > particle.size() && word.ends_with(particle)) return true;
    return false;
}

// A name as news writes one before an age: Hangul of a surname and a given name (김근식, 김모),
// one or two capitals (A, B), or a foreign name after its given name (엘리우드 킵초게, 리디아 고).
bool looks_like_name(const Tokens& t, std::size_t first, std::size_t last) {
    if (first == last && t[first].kind == TokenKind::latin) {
        const std::string_view letters = t[first].text;
        return letters.size() <= 2 && letters.front() >= 'A' && letters.front() <= 'Z';
    }
    if (first != last || t[first].kind != TokenKind::hangul) return false;
    const std::string_view word = t[first].text;
    const std::size_t n = syllables(word);
    if ((n == 3 || n == 4 || (n == 2 && word.ends_with("모"))) && starts_with_surname(word)) return true;
    if (first >= 2 && t[first - 1].kind == TokenKind::space && t[first - 2].kind == TokenKind::hangul) {
        const std::string_view given = t[first - 2].text;
        return syllables(given) >= 2 && !ends_like_particle(given);
    }
    return false;
}

// An age on its own: 1 to 119, no leading zero.
bool bare_age(const Tokens& t, TokenRange part) {
    if (part.end != part.begin + 1 || t[part.begin].kind != TokenKind::digits) return false;
    const std::string_view digits = t[part.begin].text;
    const long long value = small_value(digits, 3);
    return digits.front() != '0' && value >= 1 && value <= 119;
}

// 32세, 54살, 50대: an age with its counter (a decade, for 대).
bool counted_age(const Tokens& t, TokenRange part) {
    if (part.end != part.begin + 2 || t[part.begin].kind != TokenKind::digits ||
        t[part.begin + 1].kind != TokenKind::hangul)
        return false;
    const std::string_view counter = t[part.begin + 1].text;
    const long long value = small_value(t[part.begin].text, 3);
    if (counter == "대") return value >= 10 && value <= 90 && value % 10 == 0;
    return (counter == "세" || counter == "살") && value >= 1 && value <= 119;
}

std::string profile_word(const Tokens& t, TokenRange part, const ContentReader& read) {
    if (part.end == part.begin + 1 && t[part.begin].kind == TokenKind::hangul)
        for (const auto& [written, spoken] : kProfileWords)
            if (t[part.begin].text == written) return std::string(spoken);
    return read(span_text(t, part.begin, part.end));
}

}  // namespace

std::optional<Profile> read_profile(const Tokens& t, std::size_t open, std::size_t close,
                                    std::span<const TokenRange> parts, const ContentReader& read) {
    if (open == 0 || parts.empty()) return std::nullopt;
    const std::size_t last = open - 1;
    if (t[last].kind != TokenKind::hangul && t[last].kind != TokenKind::latin) return std::nullopt;
    std::size_t ages = 0;
    for (const TokenRange& part : parts)
        if (bare_age(t, part) || counted_age(t, part)) ++ages;
    if (ages != 1) return std::nullopt;

    Profile profile;
    profile.name_first = last;
    while (profile.name_first > 0 && (t[profile.name_first - 1].kind == TokenKind::hangul ||
                                      t[profile.name_first - 1].kind == TokenKind::latin))
        --profile.name_first;
    // A 씨(63): a title written apart from its name.
    if (profile.name_first == last && t[last].kind == TokenKind::hangul && is_title(t[last].text) && last >= 2 &&
        t[last - 1].kind == TokenKind::space &&
        (t[last - 2].kind == TokenKind::hangul || t[last - 2].kind == TokenKind::latin))
        profile.name_first = last - 2;
    std::size_t after = close + 1;
    if (kind_at(t, after, TokenKind::space)) ++after;
    const bool title_ends_name = t[last].kind == TokenKind::hangul &&
                                 (ends_with_title(t[last].text) || (is_title(t[last].text) && last > profile.name_first));
    // 김모(45)씨: the title after the bracket closes the name, and the age goes before it (마흔다섯 살
    // 김모 씨). A씨(54·여): the name is complete before the bracket, which is then an aside after it
    // (에이 씨, 쉰네 살 여성), as a reader adds it.
    const bool title_after = kind_at(t, after, TokenKind::hangul) && starts_with_title(t[after].text);
    profile.titled = title_after && !title_ends_name;
    // 박모(61·택시기사)씨, 정모(32·회사원) 씨: an honorific takes everything before the name;
    // 김도연(26, 한빛시청) 선수: a job title written apart leaves the details after the name.
    const bool title_apart = kind_at(t, close + 1, TokenKind::space) && kind_at(t, after, TokenKind::hangul) &&
                             starts_with_title_from(t[after].text, kTitlesAfterName);
    // Alone in its bracket a number is an age only beside something that looks like a name; with a
    // nationality or a team beside it, the bracket itself says it is a profile.
    const std::size_t name_last = title_ends_name && last > profile.name_first ? last - 1 : last;
    if (parts.size() == 1 && !title_after && !title_ends_name && !looks_like_name(t, profile.name_first, name_last))
        return std::nullopt;

    for (const TokenRange& part : parts) {
        const bool age = bare_age(t, part);
        std::string words = age ? native_attributive(t[part.begin].text) + " 살" : profile_word(t, part, read);
        if (words.empty()) continue;
        // 쉰네 살 여성: the sex belongs to the age; other details (케냐, 토트넘) are listed. Before a
        // title written apart they follow the name (스물여섯 살 홍길동, 한빛시청, 선수).
        const bool sex = words == "여성" || words == "남성";
        if (profile.titled && title_apart && !age && !sex && !counted_age(t, part)) {
            profile.details += (profile.details.empty() ? "" : ", ") + words;
            continue;
        }
        if (!profile.words.empty()) profile.words += profile.titled || sex ? " " : ", ";
        profile.words += words;
    }
    return profile;
}

}  // namespace nangdok::normalize
