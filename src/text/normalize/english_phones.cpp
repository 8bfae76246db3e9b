#include "normalize/english_phones.hpp"

namespace nangdok::normalize {
namespace {

bool vowel_letter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

class Reader {
public:
    explicit Reader(std::string_view word) : w_(word) {}

    std::vector<Phone> phones() {
        while (p_ < w_.size()) step();
        return out_;
    }

private:
    char at(std::size_t k) const { return k < w_.size() ? w_[k] : '\0'; }
    bool has(std::string_view s) const { return w_.substr(p_).starts_with(s); }
    bool at_end(std::size_t k) const { return k >= w_.size(); }
    void add(Ph p, bool long_vowel = false) { out_.push_back({p, long_vowel}); }

    // vowel + one consonant + final e (make, bike, home, cute): the vowel says its name.
    bool magic_e() const {
        const char c = at(p_ + 1);
        if (c == '\0' || vowel_letter(c) || c == 'x' || c == 'w' || c == 'y' || c == 'r') return false;
        if (at(p_ + 2) != 'e') return false;
        return at_end(p_ + 3) || (at(p_ + 3) == 's' && at_end(p_ + 4)) || (at(p_ + 3) == 'd' && at_end(p_ + 4));
    }

    char next_after(std::size_t k) const { return at(p_ + 1 + k); }

    // re- and de- before an open syllable in a longer word are said 리, 디 (report, delivery, design).
    bool unstressed_prefix() const {
        if (p_ != 1 || (w_[0] != 'r' && w_[0] != 'd') || w_.size() < 6) return false;
        std::size_t k = 2;
        if (at(k) == 's' && at(k + 1) == 's') ++k;  // dessert
        return at(k) != '\0' && !vowel_letter(at(k)) && at(k) != 'r' && at(k) != 'x' && vowel_letter(at(k + 1));
    }

    bool has_earlier_vowel() const {
        for (std::size_t k = 0; k < p_; ++k)
            if (vowel_letter(w_[k])) return true;
        return false;
    }

    void step() {
        const char c = w_[p_];
        const char next = at(p_ + 1);
        // Suffixes with fixed readings.
        if (has("sion") && p_ > 0 && vowel_letter(w_[p_ - 1])) return add_all({Ph::J, Ph::EO, Ph::N}, 4);  // vision
        if (has("tion") || has("sion")) return add_all({Ph::SH, Ph::EO, Ph::N}, 4);
        if (has("ness") && at_end(p_ + 4) && p_ > 0) return add_all({Ph::N, Ph::I, Ph::S}, 4);  // fitness
        if (has("ture")) return add_all({Ph::CH, Ph::EO}, 4);
        if (has("ous") && at_end(p_ + 3)) return add_all({Ph::EO, Ph::S}, 3);
        if (has("shion") || has("cian")) return add_all({Ph::SH, Ph::EO, Ph::N}, has("shion") ? 5 : 4);
        // r after a long vowel at the end: beer 비어, store 스토어, software 웨어, fire 파이어.
        if (at_end(p_ + 3) && at(p_ + 2) == 'r') {
            if (has("eer") || (has("ear") && p_ > 0)) return diphthong({Ph::I, Ph::EO}, 3);
        }
        if (at_end(p_ + 3) && at(p_ + 2) == 'e' && next == 'r' && p_ > 0) {
            if (c == 'o') return diphthong({Ph::O, Ph::EO}, 3);
            if (c == 'a') return diphthong({Ph::E, Ph::EO}, 3);
            if (c == 'i') return diphthong({Ph::A, Ph::I, Ph::EO}, 3);
        }
        // air, chair, airport: 에어 (not 에이 with a silent r).
        if (has("air") && (at_end(p_ + 3) || !vowel_letter(at(p_ + 3)))) return diphthong({Ph::E, Ph::EO}, 3);
        // Final -ean: Korean 코리안, European 유러피안.
        if (has("ean") && at_end(p_ + 3) && p_ >= 2) return add_all({Ph::I, Ph::A, Ph::N}, 3);
        // Unstressed final -an: urban 어반, Korean 코리안; -man is 먼 (human 휴먼, woman 우먼).
        if (has("an") && at_end(p_ + 2) && p_ >= 2 && has_earlier_vowel())
            return add_all({w_[p_ - 1] == 'm' ? Ph::EO : Ph::A, Ph::N}, 2);
        switch (c) {
            case 'a':
                // -ation, -asion: the a says its name (nation 네이션, occasion 어케이전).
                if (has("ation") || has("asion")) return diphthong({Ph::E, Ph::I}, 1);
                // -ange: change 체인지, range 레인지, exchange 익스체인지.
                if (has("ange") && (at_end(p_ + 4) || at(p_ + 4) == 'd' || at(p_ + 4) == 's' || at(p_ + 4) == 'r'))
                    return diphthong({Ph::E, Ph::I}, 1);
                // Unstressed final -age in a longer word: village 빌리지, message 메시지, package 패키지
                // (page and stage, one syllable, keep 에이).
                if (has("age") && (at_end(p_ + 3) || (at(p_ + 3) == 's' && at_end(p_ + 4))) && has_earlier_vowel()) {
                    add(Ph::I);
                    ++p_;
                    return;
                }
                if (magic_e()) return long_vowel_then_consonant({Ph::E, Ph::I});
                if (has("aign") && at_end(p_ + 4)) return add_all({Ph::E, Ph::I, Ph::N}, 4);  // campaign
                if (next == 'i' || next == 'y') return diphthong({Ph::E, Ph::I}, 2);
                if (next == 'u' || next == 'w') return diphthong({Ph::O}, 2);
                // Unstressed -ar after a doubled consonant or in a long word: dollar 달러, regular 레귤러
                // (solar and lunar keep 라, 나).
                if (next == 'r' && at_end(p_ + 2) && p_ >= 2 && !vowel_letter(w_[p_ - 1]) &&
                    (w_[p_ - 1] == w_[p_ - 2] || w_.size() >= 7))
                    return diphthong({Ph::EO}, 2);
                if (next == 'r' && !vowel_letter(at(p_ + 2)) && at(p_ + 2) != 'y') return diphthong({Ph::A}, 2);
                if (p_ > 0 && w_[p_ - 1] == 'w') {  // water, want, wash
                    add(Ph::EO);
                    ++p_;
                    return;
                }
                // all, talk, salt; but rally, gallery keep ㅐ before a vowel.
                if (next == 'l' && (at(p_ + 2) == 'l' || at(p_ + 2) == 'k' || at(p_ + 2) == 't') &&
                    !vowel_letter(at(p_ + 3)) && at(p_ + 3) != 'y')
                    return diphthong({Ph::O}, 1);
                if (at_end(p_ + 1)) return diphthong({Ph::A}, 1);
                // Unstressed final -al: digital 디지털, festival 페스티벌.
                if (next == 'l' && at_end(p_ + 2) && w_.size() >= 6) {
                    add(Ph::EO);
                    ++p_;
                    return;
                }
                // In an open syllable of a word ending in a vowel Korean spelling keeps ㅏ (banana 바나나,
                // camera 카메라, radio 라디오); elsewhere English a is ㅐ (magic 매직, panel 패널).
                if (next != '\0' && !vowel_letter(next) && next != 'r' && next != 'w' && next != 'y' && next != 'x' &&
                    vowel_letter(at(p_ + 2)) && vowel_letter(w_.back())) {
                    add(Ph::A);
                    ++p_;
                    return;
                }
                add(Ph::AE);
                ++p_;
                return;
            case 'e':
                if (at_end(p_ + 1) && p_ >= 2 && has_earlier_vowel()) {  // silent final e
                    ++p_;
                    return;
                }
                if (magic_e()) return long_vowel_then_consonant({Ph::I});
                // The past tense -ed: 이드 after t and d (reported 리포티드), 트 after a voiceless
                // consonant (worked 워크트), 드 elsewhere (slowed 슬로드); hundred keeps its e.
                if (next == 'd' && at_end(p_ + 2) && p_ >= 2 && has_earlier_vowel()) {
                    const char before = w_[p_ - 1];
                    const bool cluster = (before == 'r' || before == 'l') && !vowel_letter(w_[p_ - 2]) && w_[p_ - 2] != 'e';
                    if (!cluster) {
                        if (before == 't' || before == 'd') {
                            add(Ph::I);
                            ++p_;
                            return;
                        }
                        const bool voiceless = std::string_view("kpsfxc").find(before) != std::string_view::npos ||
                                               (before == 'h' && (w_[p_ - 2] == 's' || w_[p_ - 2] == 'c'));
                        return consonant(voiceless ? Ph::T : Ph::D, 2);
                    }
                }
                if (unstressed_prefix()) return diphthong({Ph::I}, 1);  // design 디자인, report 리포트
                if (next == 'a' && at_end(p_ + 2) && w_.size() > 3) return diphthong({Ph::I, Ph::A}, 2);  // Korea, idea
                if (next == 'a' && at(p_ + 2) == 'd' && at_end(p_ + 3)) return diphthong({Ph::E}, 2);     // bread, head
                if (next == 'r' && at(p_ + 2) == 'y' && at_end(p_ + 3) && w_.size() > 5) {  // battery, gallery
                    add(Ph::EO);
                    ++p_;
                    return;
                }
                if (next == 'n' && at_end(p_ + 2) && p_ >= 2 && !vowel_letter(w_[p_ - 1]) && has_earlier_vowel()) {
                    // Unstressed final -en: golden 골든, open 오픈; chicken 치킨, kitchen 키친.
                    const bool after_ck_or_ch = p_ >= 2 && (w_[p_ - 1] == 'k' || w_[p_ - 1] == 'h') && w_[p_ - 2] == 'c';
                    return add_all({after_ck_or_ch ? Ph::I : Ph::EU, Ph::N}, 2);
                }
                if (next == 'o') {  // video, stereo
                    add(Ph::I);
                    ++p_;
                    return;
                }
                if (next == 'e' || next == 'a') return diphthong({Ph::I}, 2);
                if (next == 'w') return diphthong({Ph::Y, Ph::U}, 2);
                if (next == 'i') return diphthong({Ph::E, Ph::I}, 2);
                if (next == 'y')
                    return diphthong(
                        at_end(p_ + 2) ? std::initializer_list<Ph>{Ph::I} : std::initializer_list<Ph>{Ph::E, Ph::I}, 2);
                if (next == 'r' && !vowel_letter(at(p_ + 2)) && at(p_ + 2) != 'y') return diphthong({Ph::EO}, 2);
                add(Ph::E);
                ++p_;
                return;
            case 'i':
                // Long words ending in -cine, -gine, -zine, -tine, -chine say 인: vaccine 백신, engine 엔진.
                if (has("ine") && at_end(p_ + 3) && w_.size() >= 6 && p_ > 0 &&
                    std::string_view("cgzth").find(w_[p_ - 1]) != std::string_view::npos)
                    return add_all({Ph::I, Ph::N}, 3);
                if (magic_e() || has("igh") || (next == 'n' && at(p_ + 2) == 'd' && at_end(p_ + 3)) ||
                    (next == 'l' && at(p_ + 2) == 'd')) {
                    if (has("igh")) return diphthong({Ph::A, Ph::I}, 3);
                    if (magic_e()) return long_vowel_then_consonant({Ph::A, Ph::I});
                    return diphthong({Ph::A, Ph::I}, 1);
                }
                if (next == 'e' && at_end(p_ + 2)) return diphthong({Ph::I}, 2);
                // A word-initial i in an open syllable says its name: idol 아이돌, icon 아이콘.
                if (p_ == 0 && next != '\0' && !vowel_letter(next) && next != next_after(1) && vowel_letter(at(p_ + 2)))
                    return diphthong({Ph::A, Ph::I}, 1);
                if (has("ign") && at_end(p_ + 3)) return add_all({Ph::A, Ph::I, Ph::N}, 3);  // design, sign
                if (next == 'r' && !vowel_letter(at(p_ + 2)) && at(p_ + 2) != 'y') return diphthong({Ph::EO}, 2);
                add(Ph::I);
                ++p_;
                return;
            case 'o':
                if (magic_e()) return long_vowel_then_consonant({Ph::O});
                if (p_ > 0 && w_[p_ - 1] == 'w' && next == 'r') return diphthong({Ph::EO}, 2);  // work, world
                if (next == 'o') {
                    if (at(p_ + 2) == 'k') {
                        add(Ph::U);
                        p_ += 2;
                        return;
                    }
                    return diphthong({Ph::U}, 2);
                }
                if (next == 'a') return diphthong({Ph::O}, 2);
                if (next == 'u' && at(p_ + 2) == 'p') return diphthong({Ph::U}, 2);  // coupon 쿠폰, soup 수프
                if (next == 'u' && at(p_ + 2) == 'r' && !at_end(p_ + 3) && !vowel_letter(at(p_ + 3)))
                    return diphthong({Ph::O}, 3);  // course 코스, source 소스
                if (next == 'n' && at_end(p_ + 2) && p_ >= 2) {  // unstressed final -on
                    const char before = w_[p_ - 1];
                    if (before == 'i') return add_all({Ph::EO, Ph::N}, 2);                         // union 유니언
                    if (before == 's' || before == 'z') return add_all({Ph::EU, Ph::N}, 2);        // season 시즌
                }
                if (next == 'i' || next == 'y') return diphthong({Ph::O, Ph::I}, 2);
                if (next == 'u')
                    return diphthong(at(p_ + 2) == 'l' ? std::initializer_list<Ph>{Ph::O, Ph::U}
                                                       : std::initializer_list<Ph>{Ph::A, Ph::U},
                                     2);
                if (next == 'w') {
                    const bool short_word = w_.size() <= 3 && at_end(p_ + 2);
                    return diphthong(short_word || at(p_ + 2) == 'n' ? std::initializer_list<Ph>{Ph::A, Ph::U}
                                                                     : std::initializer_list<Ph>{Ph::O},
                                     2);
                }
                if (next == 'r' && at_end(p_ + 2) && w_.size() >= 5 && p_ > 0 && !vowel_letter(w_[p_ - 1]))
                    return diphthong({Ph::EO}, 2);  // unstressed -or: monitor 모니터, motor 모터
                if (next == 'r' && !vowel_letter(at(p_ + 2)) && at(p_ + 2) != 'y') return diphthong({Ph::O}, 2);
                if (at_end(p_ + 1)) return diphthong({Ph::O}, 1);
                add(Ph::O);
                ++p_;
                return;
            case 'u':
                if (magic_e()) return long_vowel_then_consonant({Ph::Y, Ph::U});
                if (next == 'e' || next == 'i') return diphthong({Ph::U}, 2);
                if (next == 'r' && !vowel_letter(at(p_ + 2)) && at(p_ + 2) != 'y') return diphthong({Ph::EO}, 2);
                // An open u says its name (menu 메뉴, union 유니언, studio 스튜디오), plain after l, r, j, s.
                if (at_end(p_ + 1) ||
                    (next != '\0' && !vowel_letter(next) && next != 'r' && next != 'x' && vowel_letter(at(p_ + 2)))) {
                    const char before = p_ > 0 ? w_[p_ - 1] : '\0';
                    const bool plain = before == 'l' || before == 'r' || before == 'j' || before == 's';
                    return plain ? diphthong({Ph::U}, 1) : diphthong({Ph::Y, Ph::U}, 1);
                }
                add(Ph::EO);
                ++p_;
                return;
            case 'y':
                if (p_ == 0 && vowel_letter(next)) return consonant(Ph::Y, 1);
                if (at_end(p_ + 1))
                    return diphthong(has_earlier_vowel() ? std::initializer_list<Ph>{Ph::I}
                                                         : std::initializer_list<Ph>{Ph::A, Ph::I},
                                     1);
                if (vowel_letter(next)) return consonant(Ph::Y, 1);
                add(Ph::I);
                ++p_;
                return;
            default:
                break;
        }
        step_consonant(c, next);
    }

    void step_consonant(char c, char next) {
        if (has("tch")) return consonant(Ph::CH, 3);
        // Final consonant + le is a syllable of its own: little → 리틀, table → 테이블.
        if (c == 'l' && next == 'e' && at_end(p_ + 2) && p_ > 0 && !vowel_letter(w_[p_ - 1]))
            return add_all({Ph::EU, Ph::L}, 2);
        if (has("sch")) return add_all({Ph::S, Ph::K}, 3);
        if (has("dge")) return add_all({Ph::J}, 3);
        if (has("ch")) return consonant(Ph::CH, 2);
        if (has("ck")) return consonant(Ph::K, 2);
        if (has("sh")) return consonant(Ph::SH, 2);
        if (has("th")) return consonant(Ph::TH, 2);
        if (has("ph")) return consonant(Ph::F, 2);
        if (has("wh")) return consonant(Ph::W, 2);
        if (has("qu")) return add_all({Ph::K, Ph::W}, 2);
        // n + soft g is n + j (engine 엔진, change 체인지, danger 데인저), except in -inger, -unger
        // (finger 핑거, hunger 헝거).
        const bool soft_after_ng = at(p_ + 2) == 'e' || at(p_ + 2) == 'i' || at(p_ + 2) == 'y';
        const bool hard_nger = has("nger") && at_end(p_ + 4) && p_ > 0 && (w_[p_ - 1] == 'i' || w_[p_ - 1] == 'u');
        if (has("ng") && soft_after_ng && !hard_nger) return consonant(Ph::N, 1);
        if (hard_nger) return add_all({Ph::NG, Ph::G}, 2);
        if (has("ng")) return consonant(Ph::NG, 2);
        if (has("nk")) return add_all({Ph::NG, Ph::K}, 2);
        if (has("gh")) return consonant(p_ == 0 ? Ph::G : Ph::H, 2);
        if (has("gu") && vowel_letter(at(p_ + 2)) && at(p_ + 2) != 'u') return consonant(Ph::G, 2);  // guitar, guest
        if (p_ == 0 && has("kn")) return consonant(Ph::N, 2);
        if (p_ == 0 && has("wr")) return consonant(Ph::R, 2);
        if (c == 'c' && next == 'c' && (at(p_ + 2) == 'e' || at(p_ + 2) == 'i')) return add_all({Ph::K, Ph::S}, 2);
        if (next == c) {  // doubled letters sound once
            ++p_;
            return;
        }
        const bool soft = next == 'e' || next == 'i' || next == 'y';
        switch (c) {
            case 'b':
                return consonant(Ph::B, 1);
            case 'c':
                return consonant(soft ? Ph::S : Ph::K, 1);
            case 'd':
                return consonant(Ph::D, 1);
            case 'f':
                return consonant(Ph::F, 1);
            case 'g': {
                // burger 버거: after r a g before the final -er stays hard.
                const bool hard_before_er =
                    next == 'e' && at(p_ + 2) == 'r' && at_end(p_ + 3) && p_ > 0 && w_[p_ - 1] == 'r';
                // At the start of a word, ge- and gy- are soft (general 제너럴, gene 진, gym 짐) but for a
                // few everyday words; gi- stays hard (gift, girl, giga).
                const bool soft_start = p_ == 0 && (next == 'e' || next == 'y') && !has("get") && !has("gear") &&
                                        !has("gee") && !has("geck");
                return consonant((soft && p_ > 0 && !hard_before_er) || soft_start ? Ph::J : Ph::G, 1);
            }
            case 'h':
                return consonant(Ph::H, 1);
            case 'j':
                return consonant(Ph::J, 1);
            case 'k':
                return consonant(Ph::K, 1);
            case 'l':
                return consonant(Ph::L, 1);
            case 'm':
                return consonant(Ph::M, 1);
            case 'n':
                return consonant(Ph::N, 1);
            case 'p':
                return consonant(Ph::P, 1);
            case 'q':
                return consonant(Ph::K, 1);
            case 'r':
                return consonant(Ph::R, 1);
            case 's': {
                // Between vowels s is voiced: visa 비자, design 디자인 (but base keeps its s).
                // So is a final plural s after a voiced consonant: sneakers 스니커즈, plans 플랜즈.
                const bool plural = at_end(p_ + 1) && p_ >= 3 &&
                                    std::string_view("rnmldgbv").find(w_[p_ - 1]) != std::string_view::npos;
                const bool voiced = plural || (p_ > 0 && vowel_letter(w_[p_ - 1]) && vowel_letter(next) &&
                                               !(next == 'e' && at_end(p_ + 2)));
                return consonant(voiced ? Ph::Z : Ph::S, 1);
            }
            case 't':
                return consonant(Ph::T, 1);
            case 'v':
                return consonant(Ph::V, 1);
            case 'w':
                return consonant(Ph::W, 1);
            case 'x':
                return add_all({Ph::K, Ph::S}, 1);
            case 'z':
                return consonant(Ph::Z, 1);
            default:
                ++p_;
                return;
        }
    }

    void consonant(Ph p, std::size_t letters) {
        add(p);
        p_ += letters;
    }
    void add_all(std::initializer_list<Ph> ps, std::size_t letters) {
        for (Ph p : ps) add(p);
        p_ += letters;
    }
    void diphthong(std::initializer_list<Ph> ps, std::size_t letters) {
        for (Ph p : ps) add(p, true);
        p_ += letters;
    }
    // The vowel, then its consonant, skipping the silent e.
    void long_vowel_then_consonant(std::initializer_list<Ph> ps) {
        for (Ph p : ps) add(p, true);
        ++p_;
        const char consonant_letter = w_[p_];
        step_consonant(consonant_letter, at(p_ + 1));
        ++p_;  // the e
        if (p_ < w_.size() && (w_[p_] == 's' || w_[p_] == 'd') && p_ + 1 == w_.size()) {
            add(w_[p_] == 's' ? Ph::Z : Ph::D);
            ++p_;
        }
    }

    std::string_view w_;
    std::size_t p_ = 0;
    std::vector<Phone> out_;
};

}  // namespace

std::vector<Phone> english_phones(std::string_view lower_word) { return Reader(lower_word).phones(); }

}  // namespace nangdok::normalize
