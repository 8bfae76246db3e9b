// One fixture per sound rule, with examples of the kind 표준 발음법 gives (our own choice of words):
// the respelling, and that the named rule is what produced it.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "pronounce/respell.hpp"
#include "pronounce/sound_rules.hpp"

namespace {

struct RuleExample {
    std::string_view rule;
    std::string written;
    std::string spoken;
};

const std::vector<RuleExample> kExamples = {
    // 제9항: a coda is heard as one of seven sounds.
    {"coda_before_pause", "숲", "숩"},
    {"coda_before_pause", "빛", "빋"},
    {"coda_before_pause", "부엌", "부억"},
    {"coda_neutralization", "꽃병", "꼳뼝"},
    {"coda_neutralization", "낮잠", "낟짬"},
    // 제10항, 제11항: clusters keep one consonant; 밟- keeps ㅂ, a verb in ㄺ keeps ㄹ before ㄱ.
    {"cluster_simplification", "삯과", "삭꽈"},
    {"cluster_simplification", "짧다", "짤따"},
    {"cluster_simplification", "밟지", "밥찌"},
    {"cluster_simplification", "굵다", "국따"},
    {"cluster_simplification", "읽고", "일꼬"},
    {"cluster_simplification", "닭고기", "닥꼬기"},
    {"coda_before_pause", "삶", "삼"},
    // 제12항: ㅎ.
    {"h_aspiration", "좋고", "조코"},
    {"h_aspiration", "잡히다", "자피다"},
    {"h_aspiration", "밝혀", "발켜"},
    {"h_aspiration", "맞히다", "마치다"},
    {"h_aspiration", "밥 한 그릇", "바판 그륻"},
    {"h_aspiration", "닭 한 마리", "다칸 마리"},
    {"h_before_s", "넣소", "너쏘"},
    {"h_before_n", "쌓는", "싼는"},
    {"h_before_n", "끓는다", "끌른다"},
    {"h_silent_before_vowel", "좋아서", "조아서"},
    {"h_silent_before_vowel", "끓여", "끄려"},
    // 제13항, 제14항: a coda moves to a following vowel of an ending or particle.
    {"liaison", "옷을", "오슬"},
    {"liaison", "흙이", "흘기"},
    {"liaison", "앉으면", "안즈면"},
    {"liaison", "없어요", "업써요"},
    // 제15항: before a content word, the coda is neutralized first.
    {"content_word_liaison", "웃옷", "우돋"},
    {"content_word_liaison", "멋없다", "머덥따"},
    {"content_word_liaison", "꽃 아래", "꼬다래"},
    {"content_word_liaison", "부엌 안", "부어간"},
    // 제16항: letter names.
    {"letter_name_liaison", "지읒으로", "지으스로"},
    {"letter_name_liaison", "피읖에서", "피으베서"},
    // 제17항: palatalization.
    {"palatalization", "같이", "가치"},
    {"palatalization", "해돋이", "해도지"},
    {"palatalization", "걷히다", "거치다"},
    {"palatalization", "붙이다", "부치다"},
    // 제18항: nasalization, also across words.
    {"nasalization", "국민", "궁민"},
    {"nasalization", "받는", "반는"},
    {"nasalization", "앞니", "암니"},
    {"nasalization", "옷 모양", "온 모양"},
    // 제19항: ㄹ → ㄴ.
    {"rieul_to_nieun", "종로", "종노"},
    {"rieul_to_nieun", "독립", "동닙"},
    {"rieul_to_nieun", "압력", "암녁"},
    // 제20항 and its 다만.
    {"lateralization", "연락", "열락"},
    {"lateralization", "설날", "설랄"},
    {"lateralization", "앓는", "알른"},
    {"nieun_kept_before_rieul", "판단력", "판단녁"},
    // 제23항: tense after an obstruent.
    {"obstruent_tensing", "학교", "학꾜"},
    {"obstruent_tensing", "입대", "입때"},
    {"obstruent_tensing", "책상", "책쌍"},
    // 제24항, 제25항: after verb stems in ㄵ ㄻ ㄼ ㄾ.
    {"stem_cluster_tensing", "앉지", "안찌"},
    {"stem_cluster_tensing", "굶다", "굼따"},
    {"stem_cluster_tensing", "짧게", "짤께"},
    // 제26항: Sino-Korean ㄹ + ㄷ ㅅ ㅈ.
    {"sino_korean_rieul_tensing", "발달", "발딸"},
    {"sino_korean_rieul_tensing", "일정", "일쩡"},
    {"sino_korean_rieul_tensing", "결승", "결씅"},
    // 제27항: after the adnominal -(으)ㄹ.
    {"adnominal_rieul_tensing", "할 수 있다", "할 쑤 읻따"},
    {"adnominal_rieul_tensing", "먹을 것", "머글 껃"},
    {"adnominal_rieul_tensing", "갈수록", "갈쑤록"},
    {"adnominal_rieul_tensing", "먹을지라도", "머글찌라도"},
    {"adnominal_rieul_tensing", "발표할 계획", "발표할 꼐획"},
    // ... and before a noun that stands after a clause, written apart.
    {"adnominal_rieul_tensing", "쉴 곳", "쉴 꼳"},
    {"adnominal_rieul_tensing", "떠날 생각이다", "떠날 쌩가기다"},
    {"adnominal_rieul_tensing", "먹을 기회를", "머글 끼회를"},
    // 제28항: from the lexicon.
    {"lexicon_tensing", "인기", "인끼"},
    {"lexicon_tensing", "조건을", "조꺼늘"},
    {"lexicon_tensing", "평가했다", "평까핻따"},
    // 제29항: ㄴ insertion.
    {"n_insertion", "풀잎", "풀립"},
    {"n_insertion", "떡잎", "떵닙"},
    {"n_insertion", "열여섯", "열려섣"},
    {"n_insertion", "못 잊어", "몬 니저"},
    {"n_insertion", "장염", "장념"},
    {"n_insertion", "헛일", "헌닐"},
    {"n_insertion", "올여름", "올려름"},
    {"n_insertion", "십육", "심뉵"},
    {"n_insertion", "삼 연대", "삼 년대"},
    {"n_insertion", "건물 옆", "건물 렵"},
    {"n_insertion", "첫여름", "천녀름"},
    {"content_word_liaison", "윗옷", "위돋"},
    // 제5항 다만 3.
    {"plain_i_after_consonant", "희망", "히망"},
    {"plain_i_after_consonant", "무늬", "무니"},
};

bool mentions(const std::vector<std::string_view>& applied, std::string_view rule) {
    return std::find(applied.begin(), applied.end(), rule) != applied.end();
}

}  // namespace

TEST(PronounceRules, EachExampleIsRespelledByItsRule) {
    for (const RuleExample& example : kExamples) {
        std::vector<std::string_view> applied;
        EXPECT_EQ(nangdok::respell_for_speech(example.written, applied), example.spoken) << example.written;
        EXPECT_TRUE(mentions(applied, example.rule)) << example.written << " not by " << example.rule;
    }
}

TEST(PronounceRules, EveryRuleInTheTableHasAnExample) {
    std::set<std::string_view> exemplified;
    for (const RuleExample& example : kExamples) exemplified.insert(example.rule);
    for (const auto& rule : nangdok::pronounce::sound_rules()) {
        EXPECT_TRUE(exemplified.contains(rule.name)) << rule.name;
        EXPECT_FALSE(rule.article.empty()) << rule.name;
    }
    for (const auto& rule : nangdok::pronounce::syllable_rules()) {
        EXPECT_TRUE(exemplified.contains(rule.name)) << rule.name;
        EXPECT_FALSE(rule.article.empty()) << rule.name;
    }
}

TEST(PronounceRules, WordsNoRuleTouchesComeBackUnchanged) {
    for (const char* text : {"바다", "나무", "사과를 보다", "불고기", "감기", "안기다", "간 사람", "가는 사람", "어머니",
                             "우리나라", "사랑해요", "오늘도 만들다"}) {
        EXPECT_EQ(nangdok::respell_for_speech(text), text);
    }
}

TEST(PronounceRules, GuessingRulesStayAwayWhereTheyWouldBeWrong) {
    using nangdok::respell_for_speech;
    // Repeated syllables and ㄹ-stem endings are not Sino-Korean ㄹ + ㄷㅅㅈ.
    EXPECT_EQ(respell_for_speech("살살"), "살살");
    EXPECT_EQ(respell_for_speech("만들자"), "만들자");
    EXPECT_EQ(respell_for_speech("길지만"), "길지만");
    // Borrowed words and native place names before a Sino-Korean noun.
    EXPECT_EQ(respell_for_speech("월드컵"), "월드컵");
    EXPECT_EQ(respell_for_speech("콜센터"), "콜센터");
    EXPECT_EQ(respell_for_speech("서울시"), "서울시");
    // An object particle is no adnominal: no tensing after it.
    EXPECT_EQ(respell_for_speech("사과를 주다"), "사과를 주다");
    EXPECT_EQ(respell_for_speech("그를 지지"), "그를 지지");
    EXPECT_EQ(respell_for_speech("그것을 바로"), "그거슬 바로");
    EXPECT_EQ(respell_for_speech("만들잖아"), "만들자나");
    // Nouns in ㄻ before particles, causative -기-.
    EXPECT_EQ(respell_for_speech("삶도"), "삼도");
    EXPECT_EQ(respell_for_speech("굶기다"), "굼기다");
    // Sino-Korean words with 이 야 여 요 유 inside get no ㄴ; nor does a word after a particle.
    EXPECT_EQ(respell_for_speech("석유"), "서규");
    EXPECT_EQ(respell_for_speech("정부는 이미"), "정부는 이미");
    EXPECT_EQ(respell_for_speech("건강 등 인류"), "건강 등 일류");
    EXPECT_EQ(respell_for_speech("금리를 연 3%"), "금니를 연 3%");
    EXPECT_EQ(respell_for_speech("MBC는 이유리"), "MBC는 이유리");
    EXPECT_EQ(respell_for_speech("즉 이 연구"), "즉 이 연구");
    EXPECT_EQ(respell_for_speech("난 이거"), "난 이거");
    EXPECT_EQ(respell_for_speech("막장극 여주인공"), "막짱극 여주인공");
    EXPECT_EQ(respell_for_speech("것을 이야기할"), "거슬 이야기할");
    // A numeral and the day, person or number after it link without ㄴ.
    EXPECT_EQ(respell_for_speech("삼 일"), "삼 일");
    EXPECT_EQ(respell_for_speech("백 이십"), "백 이십");
    EXPECT_EQ(respell_for_speech("십일"), "시빌");
    // A noun in ㄹ before such a noun makes a compound, not an adnominal clause.
    EXPECT_EQ(respell_for_speech("내일 계획"), "내일 계획");
    EXPECT_EQ(respell_for_speech("겨울 방법"), "겨울 방법");
    EXPECT_EQ(respell_for_speech("갈 곳곳"), "갈 곧꼳");  // 곳곳 is a word of its own
    // ㄷ before the noun 형 is not palatalized.
    EXPECT_EQ(respell_for_speech("맏형"), "마텽");
    EXPECT_EQ(respell_for_speech("맏이"), "마지");
    // ㅢ with no written consonant before it stays (의사, 협의 may be read 혀븨).
    EXPECT_EQ(respell_for_speech("의사"), "의사");
    // A verb stem that looks like a prefix elsewhere: 웃- of 웃다 is no prefix.
    EXPECT_EQ(respell_for_speech("웃어"), "우서");
}
