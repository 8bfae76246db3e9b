// A phrase is a run of Hangul words separated by single spaces: the span over which the sound
// rules may reach from one syllable to the next. A Junction is one place where they act: the
// coda of one syllable and the onset of the next.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/hangul_jamo.hpp"

namespace nangdok::pronounce {

// The sound rules are written in terms of onsets, vowels and codas.
using namespace hangul;

// What the pronunciation lexicon knows about one junction inside a word.
enum class JunctionMark : std::uint8_t {
    none,
    tense,             // 제28항 and other word-specific tensing: 물고기 → 물꼬기
    insert_n,          // 제29항 compound: 솜이불 → 솜니불
    keep_n,            // 제20항 다만: ㄴ+ㄹ read ㄴㄴ: 생산량 → 생산냥
    content_boundary,  // 제15항: a content word starts here: 값어치 → 가버치
    plain,             // no word-specific change here (blocks the guessing rules)
};

struct Phrase {
    std::u32string written;               // one Hangul syllable per element
    std::vector<Syllable> sound;          // rewritten by the rules
    std::vector<std::uint8_t> word_start; // 1 where a word begins (a space before it, or the phrase start)
    std::vector<std::uint8_t> joined;     // 1 where the space before is dropped (a consonant moved over it)
    std::vector<JunctionMark> marks;      // lexicon mark for the junction before each syllable
    std::vector<std::uint32_t> begin_of;  // per syllable: where its word begins (set by index_words)
    std::vector<std::uint32_t> end_of;    // per syllable: one past its word's last syllable

    // The first word continues text that is not Hangul (MBC는, <제목>은): its Hangul part is
    // not the whole word.
    bool first_word_glued = false;

    std::size_t size() const { return written.size(); }
    void clear();
    void push(char32_t syllable, bool starts_word);
    // Fills begin_of and end_of, once all syllables are in (keeps every lookup O(1), so a huge
    // word without spaces stays linear).
    void index_words();
    // Bounds of the word holding syllable i: [word_begin(i), word_end(i)).
    std::size_t word_begin(std::size_t i) const { return begin_of[i]; }
    std::size_t word_end(std::size_t i) const { return end_of[i]; }
};

class Junction {
public:
    Junction(Phrase& phrase, std::size_t next) : phrase_(phrase), next_(next) {}

    Coda& coda() { return phrase_.sound[next_ - 1].coda; }
    Consonant& onset() { return phrase_.sound[next_].onset; }
    std::uint8_t vowel() const { return phrase_.sound[next_].vowel; }
    bool vowel_onset() const { return phrase_.sound[next_].onset == Consonant::ieung; }
    // The syllables as written, before any rule touched them.
    Syllable written_before() const { return decompose(phrase_.written[next_ - 1]); }
    char32_t written_char_before() const { return phrase_.written[next_ - 1]; }
    char32_t written_char_after() const { return phrase_.written[next_]; }
    bool across_words() const { return phrase_.word_start[next_] != 0; }
    JunctionMark mark() const { return phrase_.marks[next_]; }
    // The written word up to and including the syllable before the junction.
    std::u32string_view word_before() const;
    // The written word from the syllable after the junction to its end.
    std::u32string_view rest_after() const;
    // The word before the junction is all Hangul, so its length means something.
    bool word_before_is_whole() const { return !phrase_.first_word_glued || phrase_.word_begin(next_ - 1) != 0; }
    // The syllable two before the junction, or 0 at a word start.
    char32_t written_char_two_before() const;
    void join_words() { phrase_.joined[next_] = 1; }

    bool settled = false;  // a rule has decided this junction; the later ones leave it alone

private:
    Phrase& phrase_;
    std::size_t next_;
};

}  // namespace nangdok::pronounce
