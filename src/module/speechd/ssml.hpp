// The SSML speech-dispatcher sends with SPEAK, reduced to what nangdok acts on.
//
// speech-dispatcher always wraps a message in <speak>, escapes its text (&lt; &amp; ...) and may
// insert its own index marks (<mark name="__spd_..."/>) for pausing; screen readers add marks of
// their own. Kept: the text, <mark/> (reported back when reached), <break/> (a silence) and
// <say-as interpret-as="characters"> (spelled), <sub alias="..."> (the alias is said). Every
// other element is dropped and its text kept. A '<' that does not start a tag is text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nangdok::speechd {

struct SsmlPiece {
    enum class Kind { text, mark, pause };
    Kind kind = Kind::text;
    std::string text;    // text: the words (entities decoded); mark: its name
    int pause_ms = 0;    // pause
    bool spell = false;  // text inside <say-as interpret-as="characters">
};

// Adjacent text pieces of the same kind are merged; empty ones are dropped.
std::vector<SsmlPiece> parse_ssml(std::string_view ssml);

// &amp; &lt; &gt; &quot; &apos; and numeric references; an unknown entity stays as written.
std::string decode_entities(std::string_view text);

}  // namespace nangdok::speechd
