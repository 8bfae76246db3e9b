#include "pronounce/respell.hpp"

#include "pronounce/phrase.hpp"
#include "pronounce/pronunciation_lexicon.hpp"
#include "pronounce/sound_rules.hpp"

namespace nangdok {
namespace {

using namespace pronounce;

// Hangul syllables are the three-byte UTF-8 sequences EA B0 80 … ED 9E A3.
char32_t hangul_at(std::string_view text, std::size_t i) {
    if (i + 2 >= text.size()) return 0;
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0xEA || b0 > 0xED) return 0;
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    const auto b2 = static_cast<unsigned char>(text[i + 2]);
    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return 0;
    const char32_t c = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
    return is_hangul_syllable(c) ? c : 0;
}

void append_utf8(std::string& out, char32_t c) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
}

void apply_rules(Phrase& phrase, std::vector<std::string_view>* rules_applied) {
    phrase.index_words();
    mark_lexicon_junctions(phrase);
    const auto rules = sound_rules();
    for (std::size_t next = 1; next < phrase.size(); ++next) {
        Junction junction(phrase, next);
        for (const SoundRule& rule : rules) {
            if (rule.apply(junction) && rules_applied != nullptr) rules_applied->push_back(rule.name);
            if (junction.settled) break;
        }
    }
    for (std::size_t i = 0; i < phrase.size(); ++i)
        for (const SyllableRule& rule : syllable_rules())
            if (rule.apply(phrase.sound[i], phrase.written[i]) && rules_applied != nullptr)
                rules_applied->push_back(rule.name);
    Syllable& last = phrase.sound.back();
    const Coda before = last.coda;
    last.coda = coda_before_pause(last.coda, phrase.written.back());
    if (rules_applied != nullptr && !(last.coda == before)) rules_applied->push_back("coda_before_pause");
}

void append_phrase(std::string& out, const Phrase& phrase) {
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        if (i > 0 && phrase.word_start[i] && !phrase.joined[i]) out.push_back(' ');
        const char32_t spoken = compose(phrase.sound[i]);
        append_utf8(out, spoken != 0 ? spoken : phrase.written[i]);
    }
}

std::string respell(std::string_view text, std::vector<std::string_view>* rules_applied) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    Phrase phrase;
    std::size_t i = 0;
    while (i < text.size()) {
        if (hangul_at(text, i) == 0) {
            out.push_back(text[i++]);
            continue;
        }
        phrase.clear();
        phrase.first_word_glued = i > 0 && text[i - 1] != ' ' && text[i - 1] != '\t' && text[i - 1] != '\n';
        bool starts_word = true;
        while (true) {
            while (const char32_t c = hangul_at(text, i)) {
                phrase.push(c, starts_word);
                starts_word = false;
                i += 3;
            }
            if (i < text.size() && text[i] == ' ' && hangul_at(text, i + 1) != 0) {
                starts_word = true;
                ++i;
                continue;
            }
            break;
        }
        apply_rules(phrase, rules_applied);
        append_phrase(out, phrase);
    }
    return out;
}

}  // namespace

std::string respell_for_speech(std::string_view text) { return respell(text, nullptr); }

std::string respell_for_speech(std::string_view text, std::vector<std::string_view>& rules_applied) {
    return respell(text, &rules_applied);
}

}  // namespace nangdok
