#include "normalize/normalizer.hpp"


#include "core/line_tools.hpp"
#include "core/utf8.hpp"
#include "normalize/ball_counts.hpp"
#include "normalize/brackets.hpp"
#include "normalize/compat_chars.hpp"
#include "normalize/datelines.hpp"
#include "normalize/dates_times.hpp"
#include "normalize/digit_strings.hpp"
#include "normalize/hanja.hpp"
#include "normalize/jamo.hpp"
#include "normalize/latin.hpp"
#include "normalize/number_phrase.hpp"
#include "normalize/numbered_names.hpp"
#include "normalize/unit_readings.hpp"
#include "normalize/particles.hpp"
#include "normalize/spoken_text.hpp"
#include "normalize/service_numbers.hpp"
#include "normalize/symbols.hpp"
#include "normalize/tokenizer.hpp"
#include "normalize/user_lexicon.hpp"

namespace nangdok {
namespace {

using namespace normalize;

Reading read_at(const Tokens& t, std::size_t i) {
    const Token& token = t[i];
    switch (token.kind) {
        case TokenKind::hangul:
            if (auto name = read_numbered_name(t, i)) return *name;
            return {i + 1, speak_bare_jamo(token.text)};
        case TokenKind::space:
            return {i + 1, " "};
        case TokenKind::hanja: {
            // 樂-STAR, 樂STAR: a pun on a Latin word keeps the character's own sound (락스타).
            const bool glued_to_latin = kind_at(t, i + 1, TokenKind::latin) ||
                                        (symbol_at(t, i + 1, '-') && kind_at(t, i + 2, TokenKind::latin));
            return {i + 1, concat(" ", read_hanja(token.text, !glued_to_latin), " ")};
        }
        case TokenKind::digits:
            for (auto rule : {read_number_dash_word, read_numeric_date, read_ball_count, read_digit_groups, read_decimal_ratio, read_clock_time, read_hour_with_meridiem,
                              read_anniversary, read_code_after_signal, read_service_number, read_number_phrase})
                if (auto reading = rule(t, i)) return *reading;
            break;
        case TokenKind::latin:
            if (auto reading = read_money(t, i)) return *reading;
            if (auto reading = read_unit_without_number(t, i)) return *reading;
            if (auto reading = read_latin(t, i)) return *reading;
            break;
        case TokenKind::symbol:
            for (auto rule : {read_money, read_digit_groups, read_bracketed_weekday, read_number_phrase,
                              read_unit_without_number, read_symbol})
                if (auto reading = rule(t, i)) return *reading;
            break;
    }
    return {i + 1, " "};
}

bool written_word(const Token& token) {
    return token.kind == TokenKind::digits || token.kind == TokenKind::latin || token.kind == TokenKind::hanja;
}

bool is_unit_sign(const Token& token) {
    return token.kind == TokenKind::symbol && (token.cp == '%' || token.cp == U'°' || token.cp == U'‰');
}

bool is_pause_mark(char c) { return c == ',' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';'; }

// Folds the spaces the rules put around their words, and the doubled pauses that brackets next to
// list marks leave (", ,"), without touching the words.
std::string tidy(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    bool pending_space = false;
    for (char c : raw) {
        if (c == ' ') {
            pending_space = true;
            continue;
        }
        if (c == ',' && (out.empty() || is_pause_mark(out.back()))) {
            pending_space = pending_space && !out.empty();
            continue;
        }
        if (is_pause_mark(c) && !out.empty() && out.back() == ',') out.pop_back();
        if (pending_space && !out.empty() && !is_pause_mark(c)) out += ' ';
        out += c;
        // 알티,김태수: a comma is followed by a space, as a reader pauses there either way.
        pending_space = c == ',';
    }
    while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
    return out;
}

// Most sentences of an article are Hangul and plain punctuation only; they need no rules.
bool only_hangul_and_punctuation(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto byte = static_cast<unsigned char>(s[i]);
        if (byte < 0x80) {
            if (!(s[i] == ' ' || s[i] == '.' || s[i] == ',' || s[i] == '!' || s[i] == '?')) return false;
            ++i;
            continue;
        }
        const std::size_t len = utf8_char_length(s, i);
        const char32_t cp = decode_utf8_char(s.substr(i, len));
        if (!(cp >= 0xAC00 && cp <= 0xD7A3)) return false;
        i += len;
    }
    return true;
}

}  // namespace

namespace {

bool is_closing_quote(const Token& token) {
    if (token.kind != TokenKind::symbol) return false;
    const char32_t cp = token.cp;
    return cp == U'’' || cp == U'”' || cp == '"' || cp == '\'' || cp == U'」' || cp == U'』' || cp == U'》' || cp == U'〉';
}

void apply_bracket(const BracketReading& bracket, SpokenText& spoken) {
    using Use = BracketReading::Use;
    switch (bracket.use) {
        case Use::skip:
            break;
        case Use::aside:
            spoken.append(concat(" , ", bracket.words, " , "));
            break;
        case Use::replace:
            spoken.truncate(spoken.offset_of(bracket.from));
            spoken.append(concat(" ", bracket.words, " "));
            break;
        case Use::before:
            spoken.insert(spoken.offset_of(bracket.from), concat(" ", bracket.words, " "));
            if (!bracket.aside.empty()) spoken.append(concat(" , ", bracket.aside, " , "));
            break;
    }
}

// Brackets are read as units only at the top level: a bracket's own content is read without them.
std::string read_prepared(std::string_view prepared, bool brackets_as_units) {
    const Tokens tokens = tokenize(prepared);
    SpokenText spoken(tokens.size());
    spoken.reserve(prepared.size() * 2);
    const ContentReader read_content = [](std::string_view content) { return read_prepared(content, false); };
    // Set after a bracket, or after digits, letters or hanja read aloud: a particle that follows is
    // chosen again from what was said (모레(9일)는 → 모레는, 31.1%으로 → 퍼센트로).
    bool particle_may_change = false;
    bool after_bracket = false;
    // Where the last aside began in what was said: a verb ending glued to its bracket
    // (설문조사(…)한 결과) goes back to the word before the aside.
    // npos when there is none (a plain sentinel: GCC 12 misreads an optional here as uninitialised).
    constexpr std::size_t kNoAside = std::string::npos;
    std::size_t aside_at = kNoAside;
    for (std::size_t i = 0; i < tokens.size();) {
        if (const std::size_t mark_end = company_mark_end(tokens, i)) {
            spoken.consumed(i, mark_end);
            spoken.append(" ");
            i = mark_end;
            particle_may_change = after_bracket = true;
            aside_at = kNoAside;
            continue;
        }
        if (brackets_as_units)
            if (auto bracket = read_bracket(tokens, i, spoken, read_content)) {
                spoken.consumed(i, bracket->end);
                aside_at = kNoAside;
                if (bracket->use == BracketReading::Use::aside) aside_at = spoken.text().size();
                apply_bracket(*bracket, spoken);
                i = bracket->end;
                particle_may_change = after_bracket = true;
                continue;
            }
        if (particle_may_change && tokens[i].kind == TokenKind::hangul) {
            if (auto particle = particle_after(spoken.text(), tokens[i].text)) {
                spoken.consumed(i, i + 1);
                spoken.trim_pause(/*marks_too=*/true);
                spoken.append(*particle);
                ++i;
                particle_may_change = after_bracket = false;
                continue;
            }
            // A particle that keeps its form (에서, 의, 도) joins the last word said all the same, and
            // so does a suffix (짜리, 안에) glued to an aside.
            const bool verb = starts_with_light_verb(tokens[i].text);
            if (after_bracket && (starts_with_particle(tokens[i].text) || (aside_at != kNoAside && !verb))) {
                spoken.consumed(i, i + 1);
                spoken.trim_pause(/*marks_too=*/true);
                spoken.append(tokens[i].text);
                ++i;
                particle_may_change = after_bracket = false;
                aside_at = kNoAside;
                continue;
            }
            // A verb made of the word before the bracket goes back to it: 설문조사(…)한 결과 →
            // 설문조사한, …, 결과; after a bracket not said, anything attached joins that word
            // (청와대(靑瓦臺)측).
            if (after_bracket && aside_at != kNoAside && verb) {
                spoken.consumed(i, i + 1);
                spoken.insert(aside_at, tokens[i].text);
                ++i;
                particle_may_change = after_bracket = false;
                aside_at = kNoAside;
                continue;
            }
            if (after_bracket && aside_at == kNoAside) spoken.trim_pause();
        }
        // A closing quote keeps the particle waiting: 번아웃(burnout)'이라고, ‘미션 7’를 → 미션 칠을.
        const bool keep_waiting = (after_bracket || particle_may_change) && is_closing_quote(tokens[i]);
        Reading reading = read_at(tokens, i);
        const std::size_t end = reading.end > i ? reading.end : i + 1;
        spoken.consumed(i, end);
        if (reading.particle)
            if (auto particle = particle_after(spoken.text(), reading.spoken.substr(0, reading.spoken.find(' ')))) {
                spoken.trim_pause(/*marks_too=*/true);
                spoken.append(*particle + " ");
                i = end;
                continue;
            }
        // What was written attached to Hangul stays attached, so that a particle keeps its word
        // (CEO가 → 씨이오가, 中國과 → 중국과) and eSpeak does not pause before it.
        std::string_view words = reading.spoken;
        if (i > 0 && tokens[i - 1].kind == TokenKind::hangul && written_word(tokens[i]))
            while (words.starts_with(' ')) words.remove_prefix(1);
        if (kind_at(tokens, end, TokenKind::hangul) && (written_word(tokens[end - 1]) || is_unit_sign(tokens[end - 1])))
            while (words.ends_with(' ')) words.remove_suffix(1);
        if (reading.joins_previous) spoken.trim_pause();
        spoken.append(words);
        if (!keep_waiting) {
            const Token& last = tokens[end - 1];
            // Digits too: the writer may have had another reading in mind (‘범죄도시 3’를 for 쓰리,
            // 3/2를 for the numerator), and the particle must fit what the listener hears.
            // A bracket a rule read as a word (2024.5.3(수)는 → 수요일은) changes it too.
            const bool read_bracket = last.kind == TokenKind::symbol && (last.cp == ')' || last.cp == '>') && end - i > 1;
            particle_may_change = written_word(last) || is_unit_sign(last) || read_bracket;
            after_bracket = false;
        }
        i = end;
    }
    return tidy(spoken.text());
}

}  // namespace

std::string normalize_for_speech(std::string_view sentence, const UserLexicon* lexicon) {
    // The user's lexicon comes before every rule, so that it can override them.
    std::string with_lexicon;
    if (lexicon != nullptr && !lexicon->empty()) {
        with_lexicon = lexicon->apply(sentence);
        sentence = with_lexicon;
    }
    sentence = without_dateline(sentence);
    if (only_hangul_and_punctuation(sentence)) return fold_spaces(sentence);
    return read_prepared(prepare_characters(sentence), true);
}

}  // namespace nangdok
