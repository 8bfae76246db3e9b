#include "pronounce/pronunciation_lexicon.hpp"

#include <array>
#include <cstdint>
#include <unordered_map>

#include "pronounce/morphology_hints.hpp"

namespace nangdok::pronounce {
namespace {

constexpr std::u32string_view kEntries[] = {
    // 제28항 and Sino-Korean words read tense with no written 사이시옷.
    U"물*고기", U"문*법", U"헌*법", U"형*법", U"민*법", U"상*법", U"세*법", U"편*법", U"인*기", U"여*권",
    U"증*권", U"인*권", U"정*권", U"채*권", U"사*건", U"조*건", U"요*건", U"안*건", U"문*건", U"여*건",
    U"인*건비", U"성*과", U"내*과", U"외*과", U"안*과", U"치*과", U"문*과", U"주*가", U"물*가", U"원*가",
    U"단*가", U"대*가", U"평*가", U"장*점", U"단*점", U"관*점", U"시*점", U"강*점", U"중*점", U"초*점",
    U"쟁*점", U"문제*점", U"공통*점", U"차이*점", U"가능*성", U"필요*성", U"중요*성", U"안전*성", U"다양*성",
    U"정체*성", U"효율*성", U"투명*성", U"전문*성", U"위험*성", U"신뢰*성", U"한*자", U"문*자", U"신분*증",
    U"통*증", U"염*증", U"후유*증", U"창*고", U"점*수", U"건*수", U"길*가", U"강*가", U"눈*동자", U"손*가락",
    U"발*가락", U"손*바닥", U"발*바닥", U"발*등", U"손*등", U"눈*길", U"물*길", U"산*길", U"밤*길", U"길*거리",
    U"물*결", U"바람*결", U"봄*비", U"밤*중", U"안*방", U"술*잔", U"술*병", U"물*병", U"눈*병", U"용*돈",
    U"잔*돈", U"빵*집", U"비빔*밥", U"볶음*밥", U"아침*밥", U"점심*밥", U"보름*달", U"초승*달", U"그믐*달",
    U"등*불", U"손*재주", U"신*바람", U"문*고리", U"산*새", U"물*동이", U"굴*속", U"창*살", U"강*줄기",
    U"유*가", U"호*가", U"대*권", U"전*권", U"소유*권", U"재산*권", U"선거*권", U"투표*권", U"입장*권",
    U"상품*권", U"수도*권", U"면허*증", U"정당*성", U"타당*성", U"안정*성", U"일관*성", U"연관*성", U"접근*성",
    U"건전*성", U"사*법", U"탈*법", U"기*법", U"수*법", U"어*법", U"용*법",
    // 제29항: ㄴ (ㄹ after ㄹ) inserted in compounds before 이 야 여 요 유.
    U"한^여름", U"담^요", U"식용^유", U"휘발^유", U"솜^이불", U"맨^입", U"막^일", U"색^연필", U"신^여성",
    U"내복^약", U"물^약", U"늑막^염", U"장^염", U"간^염", U"관절^염", U"결막^염", U"영업^용", U"상업^용",
    U"산업^용", U"개인^용", U"눈^요기", U"서울^역", U"강남^역", U"용산^역", U"부산^역", U"대전^역", U"시청^역",
    // 제20항 다만: ㄴ before a Sino-Korean suffix in ㄹ stays ㄴ and makes it ㄴ.
    U"생산=량", U"결단=력", U"공*권=력", U"판단=력", U"의견=란", U"상견=례", U"동원=령", U"횡단=로", U"이원=론",
    U"음운=론", U"임진=란", U"입원=료", U"보관=료", U"구근=류", U"등산=로", U"생산=력", U"공신=력", U"보존=료", U"수신=료",
    // 제15항 inside a word: the second part is a content word.
    U"값|어치", U"젖|어미",
    // Native nouns before Sino-Korean ones: no 제26항 tensing (서울시, 서울대).
    U"서울_",
};

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
        for (std::u32string_view text : kEntries) {
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

std::span<const std::u32string_view> lexicon_entries() { return kEntries; }

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
