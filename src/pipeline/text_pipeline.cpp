#include "pipeline/text_pipeline.hpp"

#include "clean/clean.hpp"
#include "core/errors.hpp"
#include "decode/decode.hpp"
#include "normalize/normalizer.hpp"
#include "segment/sentence_splitter.hpp"
#include "segment/utterance_cutter.hpp"
#include "synth/clause_cutter.hpp"

namespace nangdok {

Article load_article(const SourceBytes& source, bool clean) {
    const DecodedText decoded = decode_article_bytes(source.bytes, source.name);
    Article article = clean ? clean_article(decoded.text) : article_from_lines(decoded.text);
    if (article.paragraphs.empty()) throw InputError(source.name + ": nothing to read (the text is empty)");
    return article;
}

std::vector<Sentence> article_sentences(const Article& article) {
    SentenceSplitter splitter;
    std::vector<Sentence> sentences;
    int paragraph_number = 0;
    for (const std::string& paragraph : article.paragraphs) {
        ++paragraph_number;
        for (std::string& text : splitter.split(paragraph)) {
            Sentence sentence;
            sentence.index = static_cast<int>(sentences.size()) + 1;
            sentence.paragraph = paragraph_number;
            // Utterances are cut on the spoken form, whose length is what the listener hears;
            // the written sentence stays whole.
            sentence.spoken = cut_long_clauses(cut_utterances(normalize_for_speech(text)));
            sentence.text = std::move(text);
            sentences.push_back(std::move(sentence));
        }
    }
    return sentences;
}

}  // namespace nangdok
