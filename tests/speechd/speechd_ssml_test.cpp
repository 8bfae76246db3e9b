// SSML as speech-dispatcher and screen readers send it, reduced to text, marks and pauses.
#include <gtest/gtest.h>

#include "speechd/ssml.hpp"

using namespace nangdok::speechd;
using Kind = SsmlPiece::Kind;

namespace {

std::string describe(const std::vector<SsmlPiece>& pieces) {
    std::string out;
    for (const SsmlPiece& p : pieces) {
        if (!out.empty()) out += "|";
        if (p.kind == Kind::mark) out += "mark:" + p.text;
        else if (p.kind == Kind::pause) out += "pause:" + std::to_string(p.pause_ms);
        else out += (p.spell ? "spell:" : "") + p.text;
    }
    return out;
}

}  // namespace

TEST(SpeechdSsml, TextMarksAndEntities) {
    EXPECT_EQ(describe(parse_ssml("<speak>하나 <mark name=\"m1\"/>둘 &lt;셋&gt; &amp; &#54620;&#x5B57;</speak>")),
              "하나 |mark:m1|둘 <셋> & 한字");
    EXPECT_EQ(describe(parse_ssml("<speak><mark name='__spd_1'/>처음</speak>")), "mark:__spd_1|처음");
}

TEST(SpeechdSsml, PlainTextAndStrayAngleBracketsAreText) {
    EXPECT_EQ(describe(parse_ssml("3 < 5 그리고 7 > 2")), "3 < 5 그리고 7 > 2");
    EXPECT_EQ(describe(parse_ssml("a <b")), "a <b");
    EXPECT_EQ(describe(parse_ssml("<speak>열린 태그 <mark name=\"x\"")), "열린 태그 <mark name=\"x\"");
}

TEST(SpeechdSsml, OtherElementsAreDroppedTheirTextKept) {
    EXPECT_EQ(describe(parse_ssml("<?xml version=\"1.0\"?><speak xml:lang=\"ko\"><p><s>문장</s></p>"
                                  "<prosody rate=\"fast\">빠르게</prosody><!-- 주석 --><emphasis>강조</emphasis>"
                                  "</speak>")),
              "문장빠르게강조");
    EXPECT_EQ(describe(parse_ssml("<speak><ssml:mark name=\"ns\"/>끝</speak>")), "mark:ns|끝");
}

TEST(SpeechdSsml, BreaksBecomePauses) {
    EXPECT_EQ(describe(parse_ssml("가<break time=\"250ms\"/>나<break time=\"1.5s\"/>다<break strength=\"strong\"/>"
                                  "라<break/>마<break strength=\"none\"/>바")),
              "가|pause:250|나|pause:1500|다|pause:600|라|pause:400|마바");
    EXPECT_EQ(describe(parse_ssml("<break time=\"99999s\"/>")), "pause:10000");
}

TEST(SpeechdSsml, SayAsCharactersIsSpelledAndSubSaysItsAlias) {
    EXPECT_EQ(describe(parse_ssml("이름은 <say-as interpret-as=\"characters\">KBS</say-as> 입니다")),
              "이름은 |spell:KBS| 입니다");
    EXPECT_EQ(describe(parse_ssml("<say-as interpret-as=\"date\">2024-05-08</say-as>")), "2024-05-08");
    EXPECT_EQ(describe(parse_ssml("<sub alias=\"세계보건기구\">WHO</sub>가")), "세계보건기구가");
}

TEST(SpeechdSsml, MarkWithoutNameIsIgnoredAndAttributeEntitiesDecoded) {
    EXPECT_EQ(describe(parse_ssml("가<mark/>나<mark name=\"a&amp;b\"/>")), "가나|mark:a&b");
}

TEST(SpeechdSsml, UnknownEntitiesStayAsWritten) {
    EXPECT_EQ(decode_entities("&nbsp; &#0; &#xD800; &amp &bogus;"), "&nbsp; &#0; &#xD800; &amp &bogus;");
}
