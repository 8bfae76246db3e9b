#include "speechd/speech_plan.hpp"

#include "core/utf8.hpp"
#include "pipeline/text_pipeline.hpp"
#include "speechd/spoken_names.hpp"

namespace nangdok::speechd {
namespace {

bool blank(std::string_view text) { return text.find_first_not_of(" \t\n,.") == std::string_view::npos; }

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) return lines;
        start = end + 1;
    }
}

// Whether text ends a sentence: its last mark before any closing quotes or brackets is . ? ! or …,
// or it ends a line.
bool ends_sentence(std::string_view text) {
    const std::size_t last = text.find_last_not_of(" \t");
    if (last == std::string_view::npos) return false;
    std::string_view rest = text.substr(0, last + 1);
    for (std::string_view closing : {"\"", "'", ")", "”", "’", "」", "』"})
        while (rest.ends_with(closing)) rest.remove_suffix(closing.size());
    return rest.ends_with(".") || rest.ends_with("?") || rest.ends_with("!") || rest.ends_with("…") ||
           text.ends_with("\n");
}

// eSpeak NG says a lone letter by its name in every language: spelling puts spaces between them.
std::string spaced_characters(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_char_length(text, i);
        if (text[i] != ' ') out += std::string(out.empty() ? "" : " ") + std::string(text.substr(i, length));
        i += length;
    }
    return out;
}

}  // namespace

SpeechPlan::SpeechPlan(MessageKind kind, const std::string& text, PlanOptions options, SentenceSplitter& splitter)
    : options_(std::move(options)), splitter_(splitter) {
    switch (kind) {
        case MessageKind::text:
            for (SsmlPiece& piece : parse_ssml(text)) pieces_.push_back(std::move(piece));
            break;
        case MessageKind::character:
            queue_speech(options_.korean ? spoken_form(korean_character_name(text, options_.capitals))
                                         : (text == "space" ? " " : text),
                         Gap::none);
            break;
        case MessageKind::key: {
            std::string name = text;
            if (!options_.korean)
                for (char& c : name) c = c == '_' ? ' ' : c;
            queue_speech(options_.korean ? spoken_form(korean_key_name(text)) : name, Gap::none);
            break;
        }
        case MessageKind::sound_icon:
            if (auto file = find_sound_icon(options_.sound_icon_folder, text))
                ready_.push_back({PlanStep::Kind::sound_file, {}, 0, *file});
            break;
    }
}

std::optional<PlanStep> SpeechPlan::next() {
    while (ready_.empty()) {
        if (!sentences_.empty()) {
            auto [sentence, gap] = std::move(sentences_.front());
            sentences_.pop_front();
            queue_speech(options_.korean ? spoken_form(sentence) : sentence, gap);
        } else if (!pieces_.empty()) {
            SsmlPiece piece = std::move(pieces_.front());
            pieces_.pop_front();
            if (piece.kind == SsmlPiece::Kind::mark) ready_.push_back({PlanStep::Kind::mark, piece.text, 0, {}});
            else if (piece.kind == SsmlPiece::Kind::pause) pending_break_ms_ = std::max(pending_break_ms_, piece.pause_ms);
            else expand_text(piece.text, piece.spell || options_.spelling);
        } else if (pending_break_ms_ > 0) {
            ready_.push_back({PlanStep::Kind::silence, {}, pending_break_ms_, {}});
            pending_break_ms_ = -1;
        } else {
            return std::nullopt;
        }
    }
    PlanStep step = std::move(ready_.front());
    ready_.pop_front();
    return step;
}

void SpeechPlan::expand_text(const std::string& text, bool spell) {
    const std::vector<std::string> lines = lines_of(text);
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const std::string& line = lines[k];
        const bool named_marks = options_.korean && options_.punctuation != PunctuationMode::none;
        if (blank(line) && !(named_marks && !line.empty())) continue;
        // A line of its own is a paragraph; text after a mark goes on the sentence before it,
        // unless that one had ended.
        Gap gap = k > 0 ? Gap::paragraph : ended_sentence_ ? Gap::sentence : Gap::none;
        if (spell) {
            sentences_.emplace_back(options_.korean ? korean_spelling(line, options_.capitals) : spaced_characters(line), gap);
        } else if (!options_.korean) {
            sentences_.emplace_back(line, gap);
        } else {
            for (std::string& sentence : splitter_.split(name_punctuation(line, options_.punctuation))) {
                sentences_.emplace_back(std::move(sentence), gap);
                gap = Gap::sentence;
            }
        }
    }
    ended_sentence_ = ends_sentence(text);
}

void SpeechPlan::queue_speech(std::string spoken, Gap gap) {
    if (blank(spoken)) return;
    int pause = pending_break_ms_;
    if (pause < 0 && spoke_)
        pause = gap == Gap::paragraph ? options_.paragraph_pause_ms : gap == Gap::sentence ? options_.sentence_pause_ms : 0;
    if (pause > 0) ready_.push_back({PlanStep::Kind::silence, {}, pause, {}});
    pending_break_ms_ = -1;
    ready_.push_back({PlanStep::Kind::speak, std::move(spoken), 0, {}});
    spoke_ = true;
}

std::optional<std::filesystem::path> find_sound_icon(const std::filesystem::path& folder, const std::string& name) {
    if (folder.empty() || name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos ||
        name.find('\0') != std::string::npos)
        return std::nullopt;
    std::error_code error;
    for (const std::filesystem::path& file : {folder / name, folder / (name + ".wav")})
        if (std::filesystem::is_regular_file(file, error)) return file;
    return std::nullopt;
}

}  // namespace nangdok::speechd
