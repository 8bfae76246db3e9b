// Normalize stage: one written sentence in, the Hangul text eSpeak NG should speak out.
//
// The sentence is prepared (compatibility characters folded, see compat_chars.hpp), cut into
// tokens (tokenizer.hpp), and read left to right: at each token the rule modules are tried in a
// fixed order (codes and phone numbers, dates, times, money, numbers with their units and
// counters, Latin words, hanja, symbols) and the first that matches says what it consumed.
// Hangul passes through. The result holds only Hangul, spaces and . , ! ? : ; so that eSpeak NG's
// Korean voice never switches language. One line in, one line out; linear in the input.
#pragma once

#include <string>
#include <string_view>

namespace nangdok {

namespace normalize { class UserLexicon; }

// `lexicon`, the user's own readings (--lexicon), is applied before every rule; none when null.
std::string normalize_for_speech(std::string_view sentence, const normalize::UserLexicon* lexicon = nullptr);

}  // namespace nangdok
