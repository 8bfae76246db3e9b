// What the engine thread is asked to do for a message: the text stages' output, marks, pauses.
#include <gtest/gtest.h>

#include "pipeline/text_pipeline.hpp"
#include "speechd/speech_plan.hpp"
#include "support/run_process.hpp"

using namespace nangdok::speechd;
using nangdok::SentenceSplitter;
using nangdok::spoken_form;
using Kind = PlanStep::Kind;

namespace {

std::vector<PlanStep> plan_of(MessageKind kind, const std::string& text, PlanOptions options = {}) {
    SentenceSplitter splitter;
    SpeechPlan plan(kind, text, options, splitter);
    std::vector<PlanStep> steps;
    while (auto step = plan.next()) steps.push_back(*step);
    return steps;
}

std::string describe(const std::vector<PlanStep>& steps) {
    std::string out;
    for (const PlanStep& s : steps) {
        if (!out.empty()) out += " | ";
        if (s.kind == Kind::speak) out += s.text;
        else if (s.kind == Kind::mark) out += "mark:" + s.text;
        else if (s.kind == Kind::silence) out += "silence:" + std::to_string(s.silence_ms);
        else out += "file:" + s.file.filename().string();
    }
    return out;
}

bool has_latin_or_digit(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalnum(c); });
}

}  // namespace

TEST(SpeechdPlan, KoreanGoesThroughTheTextStagesSentenceBySentence) {
    const std::string first = "2024년 5월 8일 오후 3시, AI 투자가 3.5% 늘었다.";
    const std::string second = "韓美 회담이 열렸다.";
    const auto steps = plan_of(MessageKind::text, "<speak>" + first + " " + second + "</speak>");
    ASSERT_EQ(steps.size(), 3u) << describe(steps);
    EXPECT_EQ(steps[0].text, spoken_form(first));
    EXPECT_EQ(steps[1].kind, Kind::silence);
    EXPECT_EQ(steps[1].silence_ms, 300);
    EXPECT_EQ(steps[2].text, spoken_form(second));
    for (const PlanStep& step : steps) EXPECT_FALSE(has_latin_or_digit(step.text)) << step.text;
    EXPECT_NE(steps[0].text.find("에이아이"), std::string::npos) << steps[0].text;
}

TEST(SpeechdPlan, MarksComeWhereTheyStandAndOnlySentencesEndsPause) {
    const auto steps = plan_of(MessageKind::text,
                               "<speak>첫 문장.<mark name=\"__spd_1\"/> 둘째 <mark name=\"w\"/>문장.\n셋째.</speak>");
    EXPECT_EQ(describe(steps), spoken_form("첫 문장.") + " | mark:__spd_1 | silence:300 | " + spoken_form("둘째") +
                                   " | mark:w | " + spoken_form("문장.") + " | silence:700 | " +
                                   spoken_form("셋째."));
}

TEST(SpeechdPlan, BreaksReplaceTheAutomaticPause) {
    const auto steps = plan_of(MessageKind::text, "<speak>하나.<break time=\"50ms\"/>둘.<break time=\"2s\"/></speak>");
    EXPECT_EQ(describe(steps), spoken_form("하나.") + " | silence:50 | " + spoken_form("둘.") + " | silence:2000");
}

TEST(SpeechdPlan, OtherLanguagesGoToEspeakAsWritten) {
    PlanOptions options;
    options.korean = false;
    const auto steps = plan_of(MessageKind::text, "<speak>Hello, AI 3.5%.<mark name=\"m\"/>Bye.</speak>", options);
    EXPECT_EQ(describe(steps), "Hello, AI 3.5%. | mark:m | silence:300 | Bye.");
}

TEST(SpeechdPlan, CharactersAndKeysAreNamed) {
    EXPECT_EQ(describe(plan_of(MessageKind::character, "ㄱ")), spoken_form("기역"));
    EXPECT_EQ(describe(plan_of(MessageKind::key, "a")), spoken_form("에이"));
    EXPECT_EQ(describe(plan_of(MessageKind::key, "control_c")), spoken_form("컨트롤 씨"));
    PlanOptions english;
    english.korean = false;
    EXPECT_EQ(describe(plan_of(MessageKind::key, "shift_a", english)), "shift a");
}

TEST(SpeechdPlan, SpellingModeNamesEachCharacter) {
    PlanOptions options;
    options.spelling = true;
    EXPECT_EQ(describe(plan_of(MessageKind::text, "<speak>KBS 뉴스</speak>", options)),
              spoken_form("케이, 비, 에스. 뉴, 스"));
    const auto spelled = plan_of(MessageKind::text, "<speak>보도 <say-as interpret-as=\"characters\">AI</say-as></speak>");
    EXPECT_EQ(describe(spelled), spoken_form("보도") + " | " + spoken_form("에이, 아이"));
}

TEST(SpeechdPlan, PunctuationModeAllNamesMarks) {
    PlanOptions options;
    options.punctuation = PunctuationMode::all;
    const auto steps = plan_of(MessageKind::text, "<speak>정말?</speak>", options);
    ASSERT_FALSE(steps.empty());
    // 물음표, respelled as it is pronounced.
    EXPECT_NE(steps[0].text.find(spoken_form("물음표")), std::string::npos) << describe(steps);
}

TEST(SpeechdPlan, EmptyAndMarkOnlyMessagesSpeakNothing) {
    EXPECT_EQ(describe(plan_of(MessageKind::text, "<speak> </speak>")), "");
    EXPECT_EQ(describe(plan_of(MessageKind::text, "<speak><mark name=\"only\"/></speak>")), "mark:only");
}

TEST(SpeechdPlan, SoundIconsAreFoundInTheirFolderOnly) {
    nangdok::test_support::TempDir dir;
    nangdok::test_support::write_file(dir / "beep.wav", "RIFF");
    nangdok::test_support::write_file(dir / "click", "RIFF");
    PlanOptions options;
    options.sound_icon_folder = dir.path();
    EXPECT_EQ(describe(plan_of(MessageKind::sound_icon, "beep", options)), "file:beep.wav");
    EXPECT_EQ(describe(plan_of(MessageKind::sound_icon, "click", options)), "file:click");
    EXPECT_EQ(describe(plan_of(MessageKind::sound_icon, "missing", options)), "");
    EXPECT_FALSE(find_sound_icon(dir.path(), "../etc/passwd").has_value());
    EXPECT_FALSE(find_sound_icon(dir.path(), "..").has_value());
}
