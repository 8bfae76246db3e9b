// Latin script: lexicon, letter names, letters with digits, English words in Hangul.
#include <gtest/gtest.h>

#include "normalize/english_hangul.hpp"
#include "normalize/latin.hpp"
#include "normalize_test_support.hpp"

namespace nangdok::normalize {
namespace {

using test::compact;

TEST(LetterNames, EveryLetterHasAName) {
    EXPECT_EQ(letter_names("WTO"), "더블유티오");
    EXPECT_EQ(letter_names("qz"), "큐제트");
    EXPECT_EQ(letter_names("a1b"), "에이비");
}

TEST(LatinWords, AcronymsAreSpelled) {
    EXPECT_EQ(read_latin_word("KBS"), "케이비에스");
    EXPECT_EQ(read_latin_word("IMF"), "아이엠에프");
}

TEST(LatinWords, PronounceableCapitalsAreWords) {
    EXPECT_EQ(read_latin_word("BEST"), "베스트");
    EXPECT_EQ(read_latin_word("SALE"), "세일");
    EXPECT_EQ(read_latin_word("NCAA"), "엔씨에이에이");  // no English word starts with nc
    EXPECT_EQ(read_latin_word("FOMC"), "에프오엠씨");    // nor ends with mc
    EXPECT_EQ(read_latin_word("IAEA"), "아이에이이에이");
    EXPECT_EQ(read_latin_word("TOP"), "티오피");  // short capitals stay letters
}

TEST(LatinWords, InnerCapitalsMarkAnAbbreviation) { EXPECT_EQ(read_latin_word("DoS"), "디오에스"); }

TEST(LatinWords, WordWithoutVowelIsSpelled) { EXPECT_EQ(read_latin_word("xkcd"), "엑스케이씨디"); }

TEST(LatinWords, LexiconAcronymsSaidAsWords) {
    EXPECT_EQ(read_latin_word("NASA"), "나사");
    EXPECT_EQ(read_latin_word("APEC"), "에이펙");
}

TEST(LatinWords, CaseIsFoldedOnlyForOrdinaryWords) {
    EXPECT_EQ(read_latin_word("Google"), "구글");
    EXPECT_NE(read_latin_word("ON"), read_latin_word("on"));
}

TEST(LatinWords, LettersWithDigits) {
    EXPECT_EQ(compact("B52"), "비오십이");
    EXPECT_EQ(compact("A4 용지"), "에이포용지");
    EXPECT_EQ(compact("G7 정상"), "지세븐정상");
}

TEST(LatinWords, DigitsBeforeCapitals) {
    EXPECT_EQ(compact("3D 프린터"), "쓰리디프린터");
    EXPECT_EQ(compact("3M"), "쓰리엠");
    // More than one digit is a quantity, said in Sino.
    EXPECT_EQ(compact("18K 반지"), "십팔케이반지");
}

TEST(LatinWords, AfterLettersOneDigitIsEnglishAndMoreAreSino) {
    EXPECT_EQ(compact("미세먼지(PM10) 수치"), "미세먼지,피엠십,수치");
    EXPECT_EQ(compact("갤럭시 A35를 샀다"), "갤럭시에이삼십오를샀다");
    EXPECT_EQ(compact("K3와 K9"), "케이쓰리와케이나인");
}

TEST(LatinWords, ADecimalAfterLettersKeepsItsPoint) {
    EXPECT_EQ(compact("PM2.5 농도"), "피엠이점오농도");
    EXPECT_EQ(compact("iOS16.2 배포"), "아이오에스십육점이배포");
}

TEST(LatinWords, APointBetweenLettersAndDigitsIsNoFullStop) {
    EXPECT_EQ(normalize_for_speech("JN.1 변이"), "제이엔 일 변이");
    EXPECT_EQ(normalize_for_speech("EG.5.1 변이"), "이지 오 점 일 변이");
}

TEST(LatinWords, AfterAnEnglishWordANumberIsEnglish) {
    EXPECT_EQ(compact("TOP10 진입"), "톱텐진입");
    EXPECT_EQ(compact("Note20 출시"), "노트트웬티출시");
}

TEST(LatinWords, AMeasureInMegapixelsIsAUnit) {
    EXPECT_EQ(compact("64MP 메인 카메라와 8MP 광각"), "육십사메가픽셀메인카메라와팔메가픽셀광각");
}

TEST(LatinWords, AfterTheLoanwordsBigAndTopANumberIsEnglish) {
    EXPECT_EQ(compact("올해 빅5 병원"), "올해빅파이브병원");
    EXPECT_EQ(compact("차트 톱20에 올랐다"), "차트톱트웬티에올랐다");
    EXPECT_EQ(compact("톱50 안에"), "톱오십안에");  // English only up to twenty
}

TEST(LatinWords, ASectionTagInSquareBracketsIsAWord) {
    EXPECT_EQ(compact("[NEWS]오늘의 소식"), "뉴스오늘의소식");
    EXPECT_EQ(compact("[IT]신제품"), "아이티신제품");  // two capitals stay letters
}

TEST(LatinWords, CapitalsSpellingAWordBeforeANumberAreThatWord) {
    EXPECT_EQ(compact("BEST 5 선정"), "베스트오선정");
    EXPECT_EQ(compact("KBO 3경기"), "케이비오세경기");  // an abbreviation stays letters
}

TEST(LatinWords, ANameOfDigitsAndLettersIsLookedUpWhole) { EXPECT_EQ(compact("2NE1 출신"), "투애니원출신"); }

TEST(LatinWords, AHangulNameEndingInANumberIsLookedUpFirst) {
    EXPECT_EQ(compact("뉴스1 취재 결과"), "뉴스원취재결과");
    EXPECT_EQ(compact("뉴스1,000건"), "뉴스천건");
}

TEST(LatinWords, LetterToSoundSuffixesAndSoftG) {
    EXPECT_EQ(read_latin_word("station"), "스테이션");
    EXPECT_EQ(read_latin_word("education"), "에듀케이션");
    EXPECT_EQ(read_latin_word("change"), "체인지");
    EXPECT_EQ(read_latin_word("village"), "빌리지");
    EXPECT_EQ(read_latin_word("package"), "패키지");
    EXPECT_EQ(read_latin_word("page"), "페이지");  // one syllable keeps 에이
    EXPECT_EQ(read_latin_word("gym"), "짐");
    EXPECT_EQ(read_latin_word("gentle"), "젠틀");
    EXPECT_EQ(read_latin_word("get"), "겟");
    EXPECT_EQ(read_latin_word("gift"), "기프트");
}

TEST(LatinWords, PastTenseEd) {
    EXPECT_EQ(read_latin_word("reported"), "리포티드");
    EXPECT_EQ(read_latin_word("worked"), "워크트");
    EXPECT_EQ(read_latin_word("slowed"), "슬로드");
    EXPECT_EQ(read_latin_word("hundred"), "헌드레드");  // not a past tense
    EXPECT_EQ(read_latin_word("red"), "레드");
}

TEST(LatinWords, TwoWordNamesFromTheLexicon) {
    EXPECT_EQ(compact("New York 증시"), "뉴욕증시");
    EXPECT_EQ(compact("Wall Street Journal"), "월스트리트저널");
}

TEST(LatinWords, NumberSignIsSaidAsInEnglish) {
    EXPECT_EQ(compact("No.1 브랜드"), "넘버원브랜드");
    EXPECT_EQ(compact("샤넬 No. 5"), "샤넬넘버파이브");
    EXPECT_EQ(compact("No.123"), "넘버백이십삼");
    EXPECT_TRUE(normalize_for_speech("No, thanks").starts_with("노,"));  // not a number sign
}

TEST(LatinWords, HyphenatedLexiconForms) { EXPECT_EQ(compact("K-pop 가수"), "케이팝가수"); }

TEST(LatinWords, ParticleStaysAttached) { EXPECT_EQ(normalize_for_speech("CEO가 왔다"), "씨이오가 왔다"); }

TEST(LatinWords, HostNamesSayDot) {
    EXPECT_EQ(compact("cnn.net"), "씨엔엔닷넷");
    EXPECT_EQ(compact("korea.ac.kr"), "코리아닷에이씨닷케이알");
}

TEST(LatinWords, DottedSingleLettersAreAnAbbreviation) { EXPECT_EQ(compact("U.N. 총회"), "유엔총회"); }

TEST(EnglishHangul, MagicESaysTheVowelName) {
    EXPECT_EQ(english_to_hangul("bike"), "바이크");
    EXPECT_EQ(english_to_hangul("note"), "노트");
    EXPECT_EQ(english_to_hangul("lake"), "레이크");
}

TEST(EnglishHangul, FinalStopAfterShortVowelIsABatchim) {
    EXPECT_EQ(english_to_hangul("hip"), "힙");
    EXPECT_EQ(english_to_hangul("cat"), "캣");
    EXPECT_EQ(english_to_hangul("rock"), "록");
}

TEST(EnglishHangul, OtherFinalConsonantsTakeEu) {
    EXPECT_EQ(english_to_hangul("list"), "리스트");
    EXPECT_EQ(english_to_hangul("bed"), "베드");
}

TEST(EnglishHangul, DigraphsAndVowelTeams) {
    EXPECT_EQ(english_to_hangul("sheet"), "시트");
    EXPECT_EQ(english_to_hangul("moon"), "문");
    EXPECT_EQ(english_to_hangul("rain"), "레인");
    EXPECT_EQ(english_to_hangul("phone"), "폰");
}

TEST(EnglishHangul, LBetweenVowelsAndInClustersIsDoubled) {
    EXPECT_EQ(english_to_hangul("jelly"), "젤리");
    EXPECT_EQ(english_to_hangul("plan"), "플랜");
}

TEST(EnglishHangul, OpenSyllableAKeepsA) {
    EXPECT_EQ(english_to_hangul("panama"), "파나마");
    EXPECT_EQ(english_to_hangul("lama"), "라마");
}

TEST(EnglishHangul, FinalRAfterALongVowel) {
    EXPECT_EQ(english_to_hangul("deer"), "디어");
    EXPECT_EQ(english_to_hangul("core"), "코어");
    EXPECT_EQ(english_to_hangul("tire"), "타이어");
}

TEST(EnglishHangul, OnlyKAndGFuseWithW) {
    EXPECT_EQ(english_to_hangul("twin"), "트윈");
    EXPECT_EQ(english_to_hangul("quit"), "큇");
}

TEST(EnglishHangul, SilentLettersAndSuffixes) {
    EXPECT_EQ(english_to_hangul("sign"), "사인");
    EXPECT_EQ(english_to_hangul("guest"), "게스트");
    EXPECT_EQ(english_to_hangul("mission"), "미션");
    EXPECT_EQ(english_to_hangul("tropical"), "트로피컬");
}

TEST(EnglishHangul, InitialIInAnOpenSyllable) {
    EXPECT_EQ(english_to_hangul("ivory"), "아이보리");
    EXPECT_EQ(english_to_hangul("inner"), "이너");
}

TEST(EnglishHangul, UnstressedEndings) {
    EXPECT_EQ(english_to_hangul("sensor"), "센서");
    EXPECT_EQ(english_to_hangul("hidden"), "히든");
    EXPECT_EQ(english_to_hangul("reason"), "리즌");
    EXPECT_EQ(english_to_hangul("champion"), "챔피언");
    EXPECT_EQ(english_to_hangul("darkness"), "다크니스");
}

TEST(EnglishHangul, StopBeforeANasalTakesEu) {
    EXPECT_EQ(english_to_hangul("fitness"), "피트니스");
    EXPECT_EQ(english_to_hangul("napkin"), "냅킨");
}

TEST(EnglishHangul, OpenUSaysItsName) {
    EXPECT_EQ(english_to_hangul("unit"), "유닛");
    EXPECT_EQ(english_to_hangul("tuna"), "튜나");
    EXPECT_EQ(english_to_hangul("lunar"), "루나");
}

TEST(EnglishHangul, SionAfterAVowelIsJeon) {
    EXPECT_EQ(english_to_hangul("fusion"), "퓨전");
    EXPECT_EQ(english_to_hangul("tension"), "텐션");
}

TEST(EnglishHangul, PrefixesAndSoftG) {
    EXPECT_EQ(english_to_hangul("remote"), "리모트");
    EXPECT_EQ(english_to_hangul("debate"), "디베이트");
    EXPECT_EQ(english_to_hangul("engine"), "엔진");
    EXPECT_EQ(english_to_hangul("hunger"), "헝거");
}

TEST(EnglishHangul, SpellingExceptionsWithARule) {
    EXPECT_EQ(english_to_hangul("valley"), "밸리");    // a before ll and a vowel keeps ㅐ
    EXPECT_EQ(english_to_hangul("soup"), "수프");      // ou before p
    EXPECT_EQ(english_to_hangul("members"), "멤버즈");  // plural s after a voiced consonant
    EXPECT_EQ(english_to_hangul("token"), "토큰");
}

TEST(EnglishHangul, AlwaysHangul) {
    for (std::string_view word : {"rhythm", "strengths", "queue", "aaaa", "zzz", "x", "eye", "oooo"}) {
        const std::string out = english_to_hangul(word);
        for (std::size_t i = 0; i < out.size(); i += 3)
            EXPECT_EQ(static_cast<unsigned char>(out[i]) & 0xF0, 0xE0u) << word;
    }
}

TEST(Latin, AnAddressIsReadWithoutItsScheme) {
    EXPECT_EQ(compact("자세한 내용은 https://www.example.go.kr에서"), "자세한내용은더블유더블유더블유닷엑샘플닷고닷케이알에서");
    EXPECT_EQ(compact("HTTP 오류"), "에이치티티피오류");
}

TEST(Latin, AModelsSuffixAndGenerationAreNotUnits) {
    // s after a small number beside a product's name is the model's letter, not seconds.
    EXPECT_EQ(compact("아이폰 7s는 가볍다"), "아이폰칠에스는가볍다");
    EXPECT_EQ(compact("출발 후 3s 만에"), "출발후삼초만에");
    // A Roman numeral after a model's letters and a dash.
    EXPECT_EQ(compact("위성 ABC-III가 올랐다"), "위성에이비씨삼이올랐다");
    EXPECT_EQ(compact("경기는 SPOTV가 중계한다"), "경기는스포티비가중계한다");
}

}  // namespace
}  // namespace nangdok::normalize
