#include "pronounce/consonant_classes.hpp"

namespace nangdok::pronounce {

using C = Consonant;

Consonant neutralized(Consonant c) {
    switch (c) {
        case C::kk: case C::k: return C::g;
        case C::s: case C::ss: case C::j: case C::ch: case C::t: case C::h: return C::d;
        case C::p: return C::b;
        default: return c;
    }
}

Consonant simplified_cluster(const Coda& coda) {
    if (!coda.is_cluster()) return coda.first;
    switch (coda.second) {
        case C::s: return coda.first;                                // ㄳ ㄽ ㅄ
        case C::j: case C::h: return coda.first;                     // ㄵ ㄶ ㅀ
        case C::t: return C::r;                                      // ㄾ
        case C::b: return C::r;                                      // ㄼ
        case C::g: case C::m: case C::p: return coda.second;         // ㄺ ㄻ ㄿ
        default: return coda.first;
    }
}

Consonant surface_coda(const Coda& coda) { return neutralized(simplified_cluster(coda)); }

bool is_obstruent(Consonant c) {
    switch (c) {
        case C::none: case C::n: case C::r: case C::m: case C::ieung: return false;
        default: return true;
    }
}

bool is_lenis(Consonant c) { return c == C::g || c == C::d || c == C::b || c == C::s || c == C::j; }

Consonant tense_of(Consonant lenis) {
    switch (lenis) {
        case C::g: return C::kk;
        case C::d: return C::tt;
        case C::b: return C::pp;
        case C::s: return C::ss;
        case C::j: return C::jj;
        default: return lenis;
    }
}

Consonant aspirated_of(Consonant c) {
    if (c == C::j) return C::ch;
    switch (neutralized(c)) {
        case C::g: return C::k;
        case C::d: return C::t;
        case C::b: return C::p;
        default: return c;
    }
}

Consonant nasal_of(Consonant neutral_obstruent) {
    switch (neutral_obstruent) {
        case C::g: return C::ieung;
        case C::d: return C::n;
        case C::b: return C::m;
        default: return neutral_obstruent;
    }
}

bool ends_in_obstruent(const Coda& written) {
    if (!written.is_cluster()) return is_obstruent(written.first) && written.first != C::h;
    return written.first == C::g || written.first == C::b || written.second == C::g || written.second == C::p;
}

bool has_h(const Coda& coda) { return coda.first == C::h || coda.second == C::h; }

Coda without_h(const Coda& coda) {
    if (coda.second == C::h) return Coda{coda.first};
    if (coda.first == C::h) return Coda{};
    return coda;
}

}  // namespace nangdok::pronounce
