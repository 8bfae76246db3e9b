#include "normalize/english_hangul.hpp"

#include <vector>

namespace nangdok::normalize {
namespace {

// Approximate English phonemes, named after the Hangul they become.
enum class Ph {
    // consonants
    P,
    B,
    T,
    D,
    K,
    G,
    F,
    V,
    S,
    Z,
    SH,
    CH,
    J,
    TH,
    M,
    N,
    NG,
    L,
    R,
    H,
    W,
    Y,
    // vowels
    A,
    AE,
    E,
    I,
    O,
    U,
    EO,
    EU,
};

struct Phone {
    Ph ph;
    bool long_vowel = false;  // long vowels and diphthong ends let a final stop take ㅡ (케이크, 부트)
};

bool is_vowel(Ph p) { return p >= Ph::A; }

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
        switch (c) {
            case 'a':
                if (magic_e()) return long_vowel_then_consonant({Ph::E, Ph::I});
                if (next == 'i' || next == 'y') return diphthong({Ph::E, Ph::I}, 2);
                if (next == 'u' || next == 'w') return diphthong({Ph::O}, 2);
                if (next == 'r' && !vowel_letter(at(p_ + 2)) && at(p_ + 2) != 'y') return diphthong({Ph::A}, 2);
                if (p_ > 0 && w_[p_ - 1] == 'w') {  // water, want, wash
                    add(Ph::EO);
                    ++p_;
                    return;
                }
                if (next == 'l' && (at(p_ + 2) == 'l' || at(p_ + 2) == 'k' || at(p_ + 2) == 't'))
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
                if (next == 'a' && at_end(p_ + 2) && w_.size() > 3) return diphthong({Ph::I, Ph::A}, 2);  // Korea, idea
                if (next == 'a' && at(p_ + 2) == 'd' && at_end(p_ + 3)) return diphthong({Ph::E}, 2);     // bread, head
                if (next == 'r' && at(p_ + 2) == 'y' && at_end(p_ + 3) && w_.size() > 5) {  // battery, gallery
                    add(Ph::EO);
                    ++p_;
                    return;
                }
                if (next == 'n' && at_end(p_ + 2) && p_ >= 2 && !vowel_letter(w_[p_ - 1]) && has_earlier_vowel()) {
                    // Unstressed final -en: golden 골든, open 오픈; chicken 치킨, kitchen 키친.
                    const char before = w_[p_ - 1];
                    return add_all({before == 'k' || before == 'h' ? Ph::I : Ph::EU, Ph::N}, 2);
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
                if (at_end(p_ + 1) || (next != '\0' && !vowel_letter(next) && next != 'r' && vowel_letter(at(p_ + 2)))) {
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
        if (has("ng")) return consonant(Ph::NG, 2);
        if (has("nk")) return add_all({Ph::NG, Ph::K}, 2);
        if (has("gh")) return consonant(p_ == 0 ? Ph::G : Ph::H, 2);
        if (has("gu") && vowel_letter(at(p_ + 2)) && at(p_ + 2) != 'u') return consonant(Ph::G, 2);  // guitar, guest
        if (p_ == 0 && has("kn")) return consonant(Ph::N, 2);
        if (p_ == 0 && has("wr")) return consonant(Ph::R, 2);
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
            case 'g':
                return consonant(soft && p_ > 0 ? Ph::J : Ph::G, 1);
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
                const bool voiced =
                    p_ > 0 && vowel_letter(w_[p_ - 1]) && vowel_letter(next) && !(next == 'e' && at_end(p_ + 2));
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

// Jamo indices of a Hangul syllable (initial 0-18, medial 0-20, final 0-27).
struct Syllable {
    int initial, medial, final = 0;
};

constexpr int kIeung = 11;  // ㅇ as initial
constexpr int kEu = 18, kI = 20, kA = 0, kAe = 1, kE = 5, kO = 8, kU = 13, kEo = 4;

int initial_of(Ph p) {
    switch (p) {
        case Ph::P:
        case Ph::F:
            return 17;  // ㅍ
        case Ph::B:
        case Ph::V:
            return 7;  // ㅂ
        case Ph::T:
            return 16;  // ㅌ
        case Ph::D:
            return 3;  // ㄷ
        case Ph::K:
            return 15;  // ㅋ
        case Ph::G:
            return 0;  // ㄱ
        case Ph::S:
        case Ph::SH:
        case Ph::TH:
            return 9;  // ㅅ
        case Ph::Z:
        case Ph::J:
            return 12;  // ㅈ
        case Ph::CH:
            return 14;  // ㅊ
        case Ph::M:
            return 6;  // ㅁ
        case Ph::N:
            return 2;  // ㄴ
        case Ph::L:
        case Ph::R:
            return 5;  // ㄹ
        case Ph::H:
            return 18;  // ㅎ
        default:
            return kIeung;
    }
}

int medial_of(Ph p) {
    switch (p) {
        case Ph::A:
            return kA;
        case Ph::AE:
            return kAe;
        case Ph::E:
            return kE;
        case Ph::I:
            return kI;
        case Ph::O:
            return kO;
        case Ph::U:
            return kU;
        case Ph::EO:
            return kEo;
        default:
            return kEu;
    }
}

// ya, ye, yo, yu, yeo: the glide folded into the vowel.
int y_medial(int medial) {
    switch (medial) {
        case kA:
            return 2;
        case kAe:
            return 3;
        case kE:
            return 7;
        case kO:
            return 12;
        case kU:
            return 17;
        case kEo:
            return 6;
        default:
            return medial;
    }
}

int w_medial(int medial) {
    switch (medial) {
        case kA:
            return 9;
        case kAe:
            return 10;
        case kE:
            return 15;
        case kI:
            return 16;
        case kEo:
            return 14;
        case kO:
            return 9;
        default:
            return medial;
    }
}

// 받침 for the consonants that may close a syllable in loanwords.
int final_of(Ph p) {
    switch (p) {
        case Ph::P:
            return 17;  // ㅂ
        case Ph::T:
            return 19;  // ㅅ
        case Ph::K:
            return 1;  // ㄱ
        case Ph::M:
            return 16;  // ㅁ
        case Ph::N:
            return 4;  // ㄴ
        case Ph::NG:
            return 21;  // ㅇ
        case Ph::L:
            return 8;  // ㄹ
        default:
            return 0;
    }
}

std::vector<Syllable> syllables(const std::vector<Phone>& ph) {
    std::vector<Syllable> out;
    bool previous_was_short_vowel = false;
    for (std::size_t k = 0; k < ph.size(); ++k) {
        const Ph p = ph[k].ph;
        if (is_vowel(p)) {
            out.push_back({kIeung, medial_of(p)});
            previous_was_short_vowel = !ph[k].long_vowel;
            continue;
        }
        const bool has_next = k + 1 < ph.size();
        const Ph next = has_next ? ph[k + 1].ph : Ph::H;
        const bool before_vowel = has_next && is_vowel(next);
        // Only k and g fuse with a following w (quiz 퀴즈); t, s and the rest take ㅡ (트위터, 스웨터).
        const bool fuses_with_w = p == Ph::K || p == Ph::G;
        const bool glide_then_vowel = has_next && ((next == Ph::W && fuses_with_w) || next == Ph::Y) &&
                                      k + 2 < ph.size() && is_vowel(ph[k + 2].ph);
        if (p == Ph::W || p == Ph::Y) {
            if (before_vowel) {
                const int medial = medial_of(next);
                out.push_back({kIeung, p == Ph::W ? w_medial(medial) : y_medial(medial)});
                previous_was_short_vowel = !ph[k + 1].long_vowel;
                ++k;
            } else if (p == Ph::W) {
                out.push_back({kIeung, kU});
            }
            continue;
        }
        if (before_vowel || glide_then_vowel) {
            // l between vowels is said twice in Korean spelling (hello → 헬로).
            // l before a vowel is said twice in Korean spelling, after a vowel (hello → 헬로) and
            // after a consonant cluster's ㅡ (blue → 블루, play → 플레이).
            if (p == Ph::L && k > 0 && ph[k - 1].ph != Ph::L && ph[k - 1].ph != Ph::R && ph[k - 1].ph != Ph::NG &&
                !out.empty() && out.back().final == 0)
                out.back().final = final_of(Ph::L);
            int medial = medial_of(before_vowel ? next : ph[k + 2].ph);
            if (glide_then_vowel) medial = next == Ph::W ? w_medial(medial) : y_medial(medial);
            if (p == Ph::SH) medial = y_medial(medial);
            out.push_back({initial_of(p), medial});
            previous_was_short_vowel = !ph[before_vowel ? k + 1 : k + 2].long_vowel;
            k += before_vowel ? 1 : 2;
            continue;
        }
        if (p == Ph::R || p == Ph::H) continue;  // not said before a consonant or at the end
        const bool after_vowel = k > 0 && is_vowel(ph[k - 1].ph) && !out.empty() && out.back().final == 0;
        const bool sonorant = p == Ph::M || p == Ph::N || p == Ph::NG || p == Ph::L;
        // A stop closes the syllable at the end of a word and before consonants other than l, r, m, n
        // (napkin 냅킨, but fitness 피트니스, atlas 아틀라스).
        const bool before_sonorant = has_next && (next == Ph::L || next == Ph::R || next == Ph::M || next == Ph::N ||
                                                  next == Ph::W || next == Ph::Y);
        const bool stop = (p == Ph::P || p == Ph::T || p == Ph::K) && !before_sonorant;
        if (!out.empty() && out.back().final == 0 &&
            (sonorant ? (after_vowel || p == Ph::L) : (stop && after_vowel && previous_was_short_vowel))) {
            out.back().final = final_of(p);
            continue;
        }
        if (p == Ph::NG) {
            out.push_back({kIeung, kEu, 21});
            continue;
        }
        const int medial = (p == Ph::SH || p == Ph::CH || p == Ph::J) ? kI : kEu;
        out.push_back({initial_of(p), medial});
        previous_was_short_vowel = false;
    }
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
}

}  // namespace

std::string english_to_hangul(std::string_view word) {
    std::string lower;
    lower.reserve(word.size());
    for (char c : word)
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) lower += static_cast<char>(c | 0x20);
    std::string out;
    for (const Syllable& s : syllables(Reader(lower).phones()))
        append_utf8(out, static_cast<char32_t>(0xAC00 + (s.initial * 21 + s.medial) * 28 + s.final));
    return out;
}

}  // namespace nangdok::normalize
