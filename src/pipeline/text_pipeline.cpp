#include "pipeline/text_pipeline.hpp"

#include "clean/clean.hpp"
#include "core/errors.hpp"
#include "decode/decode.hpp"
#include "pipeline/page_reader.hpp"
#include "normalize/normalizer.hpp"
#include "pronounce/respell.hpp"
#include "segment/utterance_cutter.hpp"
#include "synth/clause_cutter.hpp"

namespace nangdok {

Article load_article(const SourceBytes& source, bool clean, HtmlChoice html, std::string* note) {
    ReadPage page = read_page(source, html, clean);
    if (note != nullptr) *note = page.note;
    if (page.page.article.paragraphs.empty())
        throw InputError(source.name + (page.html ? ": nothing to read (no article text found in the page)"
                                                   : ": nothing to read (the text is empty)"));
    return std::move(page.page.article);
}

namespace {

// Utterances are cut on the spoken form, whose length is what the listener hears, and on the
// normalized spelling, whose endings (-며, -고) the cutter recognises; respelling comes after
// that and before clause cutting, which only looks at spaces and punctuation.
std::string spoken_from_normalized(std::string_view normalized, SpokenOptions options) {
    const std::string utterances = cut_utterances(normalized);
    return cut_long_clauses(options.respell ? respell_for_speech(utterances) : utterances);
}

}  // namespace

std::string spoken_form(std::string_view sentence_text, SpokenOptions options) {
    return spoken_from_normalized(normalize_for_speech(sentence_text), options);
}

std::optional<Sentence> SentenceStream::next() {
    while (pending_.empty() && next_paragraph_ < article_.paragraphs.size()) {
        const int paragraph_number = static_cast<int>(next_paragraph_) + 1;
        for (std::string& text : splitter_.split(article_.paragraphs[next_paragraph_])) {
            Sentence sentence;
            sentence.index = next_index_++;
            sentence.paragraph = paragraph_number;
            sentence.normalized = normalize_for_speech(text);
            sentence.spoken = spoken_from_normalized(sentence.normalized, options_);
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

std::vector<Sentence> article_sentences(const Article& article, SpokenOptions options) {
    SentenceStream stream(article, options);
    std::vector<Sentence> sentences;
    while (auto sentence = stream.next()) sentences.push_back(std::move(*sentence));
    return sentences;
}

}  // namespace nangdok
