// Particles whose form follows the sound before them (은/는, 이/가, 을/를, 과/와, 으로/로, 이다/다…).
// A writer picks the form for the word as written; when the word is said differently — a bracket
// is skipped (모레(9일)는 → 모레는), digits or letters are read aloud (31.1%으로 → 퍼센트로,
// DFF을 → 디에프에프를) — the form is chosen again from the last syllable actually said.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nangdok::normalize {

// Whether `word` is, as a whole, one of the particles whose form varies (data/normalize/particle_forms.tsv).
bool is_variable_particle(std::string_view word);

// `word` in the form that follows `spoken_before` (text already said; trailing spaces and pause
// marks are ignored). nullopt when `word` is not a variable particle or nothing Hangul precedes it.
std::optional<std::string> particle_after(std::string_view spoken_before, std::string_view word);

// Whether `word` begins with a particle of any kind (의, 에, 도, 까지 … or a variable one): what
// follows a bracket that way belongs to the last word said, not to the word before the bracket.
bool starts_with_particle(std::string_view word);

// Whether `word` begins with a form of 하다 or 되다 (한, 했다, 된): a verb made of the noun before.
bool starts_with_light_verb(std::string_view word);

// The last Hangul syllable of `spoken`, ignoring trailing spaces and pause marks; 0 if none.
char32_t last_spoken_syllable(std::string_view spoken);

}  // namespace nangdok::normalize
