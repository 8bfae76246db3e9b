// The text half of the pipeline: input bytes → decoded text → Article → sentences with their
// spoken form. Pure functions of their input (no eSpeak, no audio).
#pragma once

#include <string_view>
#include <vector>

#include "core/article.hpp"
#include "decode/read_source.hpp"

namespace nangdok {

// Decodes and (unless clean is false) cleans. Throws InputError for undecodable input and for
// input with nothing to read.
Article load_article(const SourceBytes& source, bool clean);

// Segments every paragraph and fills each sentence's spoken form (normalized, long sentences cut
// into utterances after connective endings, clauses cut to what eSpeak NG can take).
std::vector<Sentence> article_sentences(const Article& article);

}  // namespace nangdok
