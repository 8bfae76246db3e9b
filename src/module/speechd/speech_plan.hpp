// One message from the server as the steps the engine thread carries out, in order: utterances
// for eSpeak NG, index marks to report, silences, and sound files.
//
// Korean text goes through the text stages sentence by sentence (segment → normalize → respell;
// the text was decoded on arrival, and the cleaner stays off because a screen reader sends what is
// on the screen), so the first sentence can be heard while the rest is still text. A mark inside
// a sentence cuts it there, without a pause, so that the mark is reported when its place is
// reached. Sentences are separated by the voice's sentence pause, lines by its paragraph pause. Other languages go to
// eSpeak NG as they are. No eSpeak, no audio: the plan is a pure function of its inputs.
#pragma once

#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "segment/sentence_splitter.hpp"
#include "speechd/module_settings.hpp"
#include "speechd/ssml.hpp"

namespace nangdok::speechd {

enum class MessageKind { text, character, key, sound_icon };

struct PlanStep {
    enum class Kind { speak, mark, silence, sound_file };
    Kind kind = Kind::speak;
    std::string text;              // speak: what eSpeak NG receives; mark: its name
    int silence_ms = 0;            // silence
    std::filesystem::path file;    // sound_file
};

struct PlanOptions {
    bool korean = true;
    PunctuationMode punctuation = PunctuationMode::none;
    bool spelling = false;
    CapitalLetters capitals = CapitalLetters::none;
    int sentence_pause_ms = 300;
    int paragraph_pause_ms = 700;
    std::filesystem::path sound_icon_folder;
};

class SpeechPlan {
public:
    // `text` is the decoded message: SSML for MessageKind::text, else the character, the key name
    // or the icon name. `splitter` is the calling thread's (ICU iterators are not shared).
    SpeechPlan(MessageKind kind, const std::string& text, PlanOptions options, SentenceSplitter& splitter);

    std::optional<PlanStep> next();

private:
    enum class Gap { none, sentence, paragraph };  // the pause before an utterance
    void expand_text(const std::string& text, bool spell);
    void queue_speech(std::string spoken, Gap gap);

    PlanOptions options_;
    SentenceSplitter& splitter_;
    std::deque<SsmlPiece> pieces_;
    // Sentences split but not yet through the text stages, with the pause that goes before each.
    std::deque<std::pair<std::string, Gap>> sentences_;
    std::deque<PlanStep> ready_;
    bool spoke_ = false;            // something was said already (nothing pauses before the first words)
    bool ended_sentence_ = true;    // the text so far ends a sentence (a mark may fall mid-sentence)
    int pending_break_ms_ = -1;     // an SSML <break> waiting, which replaces the automatic pause
};

// The sound file for an icon name in `folder` (NAME, else NAME.wav), or nothing. Names that try
// to leave the folder ("../x", "/etc/x") find nothing.
std::optional<std::filesystem::path> find_sound_icon(const std::filesystem::path& folder, const std::string& name);

}  // namespace nangdok::speechd
