// The last guard before eSpeak NG: whatever text reaches SpeechEngine::synthesize, eSpeak NG gets
// only characters it was fuzzed with and survives (tests/fuzz/fuzz_engine_bytes.cpp).
//
// eSpeak NG 1.51 reads its input as NUL-terminated UTF-8 and trusts it. Its clause reader had
// memory errors on crafted text (CVE-2023-49990 to 49994, patched in Debian's 1.51+dfsg-10+deb12u1),
// and fuzzing found more: with the Korean voice, one non-letter of a script it has a language for
// (U+0384 GREEK TONOS, unassigned Greek code points such as U+0380, U+0970 in Devanagari, the
// Bengali digits) makes it read a dictionary it has just freed (a heap use-after-free, invisible
// without AddressSanitizer; tests/engine/engine_input_test.cpp lists them). The text stages
// already give it only Korean text, ASCII and punctuation; this guard keeps that true for any
// caller, so what eSpeak NG sees is a small set of characters, not whatever a page holds.
#pragma once

#include <string>
#include <string_view>

namespace nangdok {

// True for the characters eSpeak NG may receive: printable ASCII and newline (which ends a
// clause), Hangul (syllables, jamo, compatibility jamo; not the old jamo of Jamo Extended-A and
// B), and general, CJK and full-width punctuation.
bool is_engine_safe(char32_t c);

// Every other character, and every byte of invalid UTF-8, becomes a space; then long clauses are
// cut (clause_cutter.hpp). Text that is already safe comes back unchanged.
std::string engine_input(std::string_view utterance);

}  // namespace nangdok
