#include "normalize/particles.hpp"

#include <unordered_map>

#include "core/hangul_jamo.hpp"
#include "core/line_tools.hpp"
#include "core/utf8.hpp"
#include "normalize/counter_table.hpp"
#include "normalize/data/light_verb_forms.hpp"
#include "normalize/data/particle_forms.hpp"

namespace nangdok::normalize {
namespace {

struct Forms {
    std::string_view after_consonant, after_vowel;
};

// Either form finds the pair: a writer may have chosen the wrong one.
const std::unordered_map<std::string_view, Forms>& form_index() {
    static const auto index = [] {
        std::unordered_map<std::string_view, Forms> map;
        for (const auto& [consonant, vowel] : kParticleForms) {
            map.emplace(consonant, Forms{consonant, vowel});
            map.emplace(vowel, Forms{consonant, vowel});
        }
        return map;
    }();
    return index;
}

bool ignorable_tail(char c) { return c == ' ' || c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':'; }

}  // namespace

bool is_variable_particle(std::string_view word) { return form_index().contains(word); }

bool starts_with_light_verb(std::string_view word) { return starts_with_any(word, kLightVerbForms); }

bool starts_with_particle(std::string_view word) {
    return is_variable_particle(word) || starts_with_any(word, kParticlesAfterCounter);
}

char32_t last_spoken_syllable(std::string_view spoken) {
    while (!spoken.empty() && ignorable_tail(spoken.back())) spoken.remove_suffix(1);
    // Step back to the start of the last UTF-8 character.
    std::size_t start = spoken.size();
    while (start > 0 && (static_cast<unsigned char>(spoken[start - 1]) & 0xC0) == 0x80) --start;
    if (start == 0) return 0;
    --start;
    const char32_t cp = decode_utf8_char(spoken.substr(start));
    return hangul::is_hangul_syllable(cp) ? cp : 0;
}

std::optional<std::string> particle_after(std::string_view spoken_before, std::string_view word) {
    const auto& index = form_index();
    const auto it = index.find(word);
    if (it == index.end()) return std::nullopt;
    const char32_t last = last_spoken_syllable(spoken_before);
    if (last == 0) return std::nullopt;
    const hangul::Coda coda = hangul::decompose(last).coda;
    const Forms forms = it->second;
    // 으로 and the particles built on it treat ㄹ like a vowel: 서울로, 일로.
    const bool rieul_as_vowel = forms.after_consonant.starts_with("으") && coda.is(hangul::Consonant::r);
    const bool after_vowel = coda.empty() || rieul_as_vowel;
    // After a vowel the copula may keep its 이 (기가바이트이다, 일오오이며); only a missing one is
    // put back. The particles 이, 이나 and 이랑 are not the copula, and 이었다 contracts (퍼센트였다).
    const bool copula =
        word.starts_with("이") && word != "이" && word != "이나" && word != "이랑" && word != "이었다";
    if (after_vowel && copula) return std::string(word);
    return std::string(after_vowel ? forms.after_vowel : forms.after_consonant);
}

}  // namespace nangdok::normalize
