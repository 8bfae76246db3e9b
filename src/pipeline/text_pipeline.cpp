#include "pipeline/text_pipeline.hpp"

#include "clean/clean.hpp"
#include "core/errors.hpp"
#include "decode/decode.hpp"
#include "normalize/normalizer.hpp"
#include "segment/utterance_cutter.hpp"
#include "synth/clause_cutter.hpp"

namespace nangdok {

Article load_article(const SourceBytes& source, bool clean) {
    const DecodedText decoded = decode_article_bytes(source.bytes, source.name);
    Article article = clean ? clean_article(decoded.text) : article_from_lines(decoded.text);
    if (article.paragraphs.empty()) throw InputError(source.name + ": nothing to read (the text is empty)");
    return article;
}

// Utterances are cut on the spoken form, whose length is what the listener hears; the written
// sentence stays whole.
std::string spoken_form(std::string_view sentence_text) {
    return cut_long_clauses(cut_utterances(normalize_for_speech(sentence_text)));
}

std::optional<Sentence> SentenceStream::next() {
    while (pending_.empty() && next_paragraph_ < article_.paragraphs.size()) {
        const int paragraph_number = static_cast<int>(next_paragraph_) + 1;
        for (std::string& text : splitter_.split(article_.paragraphs[next_paragraph_])) {
            Sentence sentence;
            sentence.index = next_index_++;
            sentence.paragraph = paragraph_number;
            sentence.spoken = spoken_form(text);
            sentence.text = std::move(text);
            pending_.push_back(std::move(sentence));
        }
        ++next_paragraph_;
    }
    if (pending_.empty()) return std::nullopt;
    Sentence sentence = std::move(pending_.front());
    pending_.pop_front();
    return sentence;
}

std::vector<Sentence> article_sentences(const Article& article) {
    SentenceStream stream(article);
    std::vector<Sentence> sentences;
    while (auto sentence = stream.next()) sentences.push_back(std::move(*sentence));
    return sentences;
}

}  // namespace nangdok
