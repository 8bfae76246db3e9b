#include "pronounce/pronunciation_lexicon.hpp"

#include <array>
#include <cstdint>
#include <unordered_map>

#include "pronounce/morphology_hints.hpp"
#include "pronounce/data/pronunciation_lexicon.hpp"  // kPronunciationLexicon

namespace nangdok::pronounce {
namespace {

constexpr std::size_t kMaxSyllables = 4;

struct Entry {
    std::array<JunctionMark, kMaxSyllables + 1> marks{};  // marks[k]: junction before syllable k
    std::size_t length = 0;
    bool open_ended = false;  // ends in a mark: applies whatever follows
};

std::uint64_t pack(std::u32string_view syllables) {
    std::uint64_t key = 0;
    for (char32_t s : syllables) key = (key << 14) | (static_cast<std::uint64_t>(s - 0xAC00) + 1);
    return key;
}

JunctionMark mark_of(char32_t c) {
    switch (c) {
        case U'*': return JunctionMark::tense;
        case U'^': return JunctionMark::insert_n;
        case U'=': return JunctionMark::keep_n;
        case U'|': return JunctionMark::content_boundary;
        case U'_': return JunctionMark::plain;
        default: return JunctionMark::none;
    }
}

struct Lexicon {
    std::unordered_map<std::uint64_t, Entry> entries;
    std::vector<bool> starts_entry = std::vector<bool>(11172, false);

    Lexicon() {
        for (std::u32string_view text : kPronunciationLexicon) {
            std::u32string syllables;
            Entry entry;
            for (char32_t c : text) {
                if (is_hangul_syllable(c)) {
                    syllables.push_back(c);
                } else if (syllables.size() <= kMaxSyllables) {
                    entry.marks[syllables.size()] = mark_of(c);
                }
            }
            if (syllables.size() < 2 || syllables.size() > kMaxSyllables) continue;  // tests reject these
            entry.length = syllables.size();
            entry.open_ended = entry.marks[entry.length] != JunctionMark::none;
            starts_entry[syllables.front() - 0xAC00] = true;
            entries.emplace(pack(syllables), entry);
        }
    }
};

const Lexicon& lexicon() {
    static const Lexicon instance;
    return instance;
}

}  // namespace

std::span<const std::u32string_view> lexicon_entries() { return kPronunciationLexicon; }

void mark_lexicon_junctions(Phrase& phrase) {
    const Lexicon& lex = lexicon();
    const std::u32string_view written = phrase.written;
    for (std::size_t begin = 0; begin < phrase.size(); begin = phrase.word_end(begin)) {
        if (!lex.starts_entry[written[begin] - 0xAC00]) continue;
        const std::size_t end = phrase.word_end(begin);
        for (std::size_t length = std::min(kMaxSyllables, end - begin); length >= 2; --length) {
            const auto found = lex.entries.find(pack(written.substr(begin, length)));
            if (found == lex.entries.end()) continue;
            const Entry& entry = found->second;
            if (!entry.open_ended && !is_particle_tail(written.substr(begin + length, end - begin - length)))
                continue;
            for (std::size_t k = 1; k <= length && begin + k < end; ++k)
                if (entry.marks[k] != JunctionMark::none) phrase.marks[begin + k] = entry.marks[k];
            break;
        }
    }
}

}  // namespace nangdok::pronounce
