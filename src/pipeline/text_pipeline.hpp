// The text half of the pipeline: input bytes → decoded text → Article → sentences with their
// spoken form. Pure functions of their input (no eSpeak, no audio).
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.hpp"
#include "decode/read_source.hpp"
#include "html/html_sniff.hpp"
#include "segment/sentence_splitter.hpp"

namespace nangdok {

// Decodes and (unless clean is false) cleans; an HTML page (html_sniff.hpp, or as `html` forces)
// goes through the HTML stages first (pipeline/page_reader.hpp). Throws InputError for
// undecodable input and for input with nothing to read. `note`, when given, receives what the
// user should be told about the input (an HTML page's declared charset overruled), or "".
Article load_article(const SourceBytes& source, bool clean, HtmlChoice html = HtmlChoice::detect,
                     std::string* note = nullptr);

// Choices along the text stages that the user can switch.
struct SpokenOptions {
    bool respell = true;  // respell Hangul as pronounced (pronounce stage); false: normalized spelling
};

// What eSpeak NG receives for one written sentence: normalized, long sentences cut into
// utterances after connective endings, respelled as pronounced, clauses cut to what eSpeak NG can
// take.
std::string spoken_form(std::string_view sentence_text, SpokenOptions options = {});

// Sentences of an article one at a time, segmenting a paragraph only when it is reached, so that
// speech can start before a long article has been through the text stages. The article must
// outlive the stream.
class SentenceStream {
public:
    explicit SentenceStream(const Article& article, SpokenOptions options = {})
        : article_(article), options_(options) {}
    std::optional<Sentence> next();

private:
    const Article& article_;
    SpokenOptions options_;
    SentenceSplitter splitter_;
    std::size_t next_paragraph_ = 0;
    int next_index_ = 1;
    std::deque<Sentence> pending_;
};

// All sentences at once (for `nangdok sentences` and tests).
std::vector<Sentence> article_sentences(const Article& article, SpokenOptions options = {});

}  // namespace nangdok
