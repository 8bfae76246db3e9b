#include "normalize/sound_alike.hpp"

#include <algorithm>
#include <vector>

#include "core/hangul_jamo.hpp"
#include "core/utf8.hpp"

namespace nangdok::normalize {
namespace {

using hangul::Consonant;

// One letter per consonant class; 0 for silent ㅇ.
char consonant_class(Consonant c, bool coda) {
    switch (c) {
        case Consonant::g: case Consonant::kk: case Consonant::k: return 'g';
        case Consonant::n: return 'n';
        case Consonant::d: case Consonant::tt: case Consonant::t: return 'd';
        case Consonant::r: return 'r';
        case Consonant::m: return 'm';
        case Consonant::b: case Consonant::pp: case Consonant::p: return 'b';
        // A final ㅅ, ㅈ, ㅊ sounds as ㄷ; as an onset ㅅ and ㅈ stay apart.
        case Consonant::s: case Consonant::ss: return coda ? 'd' : 's';
        case Consonant::j: case Consonant::jj: case Consonant::ch: return coda ? 'd' : 'j';
        case Consonant::ieung: return coda ? 'N' : 0;
        case Consonant::h: return 'h';
        case Consonant::none: return 0;
    }
    return 0;
}

char vowel_class(std::uint8_t v) {
    namespace vw = hangul::vowel;
    if (v == vw::ae || v == vw::e) return 'E';
    if (v == vw::yae || v == 7 /* ㅖ */) return 'Y';
    if (v == vw::eu) return 0;
    return static_cast<char>('0' + v);  // digits and a few signs: apart from the consonant letters
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// Brackets hold a few words; longer text is not compared (and the distance stays cheap).
constexpr std::size_t kMaxSounds = 64;

}  // namespace

std::string sound_skeleton(std::string_view spoken) {
    std::string out;
    for (std::size_t i = 0; i < spoken.size();) {
        const std::size_t len = utf8_char_length(spoken, i);
        const char32_t cp = decode_utf8_char(spoken.substr(i, len));
        i += len;
        if (!hangul::is_hangul_syllable(cp)) continue;
        const hangul::Syllable s = hangul::decompose(cp);
        for (char c : {consonant_class(s.onset, false), vowel_class(s.vowel), consonant_class(s.coda.first, true)})
            if (c != 0) out += c;
    }
    return out;
}

bool sounds_alike(std::string_view a, std::string_view b) {
    const std::string x = sound_skeleton(a), y = sound_skeleton(b);
    if (x.empty() || y.empty() || x.size() > kMaxSounds || y.size() > kMaxSounds) return false;
    const std::string_view shorter = x.size() <= y.size() ? x : y, longer = x.size() <= y.size() ? y : x;
    // More than one syllable's worth of sounds: 골 is the end of 열한 골 without being its gloss.
    if (shorter.size() >= 4 && (longer.starts_with(shorter) || longer.ends_with(shorter))) return true;
    const std::size_t allowed = std::max<std::size_t>(1, longer.size() / 3);
    return edit_distance(x, y) <= allowed;
}

}  // namespace nangdok::normalize
