// The project's example article through the text stages: after every bracket the listener hears
// the particle attached to the last word said, in the form that word needs, never on its own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/utf8.hpp"
#include "normalize/particles.hpp"
#include "pipeline/text_pipeline.hpp"

namespace nangdok {
namespace {

const std::string kExample = std::string(NANGDOK_SOURCE_DIR) + "/examples/seoul-dubai.txt";

// The Hangul run right after each closing bracket (or a closing quote after one) in `text`.
std::vector<std::string> words_after_brackets(const std::string& text) {
    std::vector<std::string> words;
    for (std::size_t at = text.find(')'); at != std::string::npos; at = text.find(')', at + 1)) {
        std::size_t k = at + 1;
        for (std::string_view quote : {"’", "”", "'", "\""})
            if (std::string_view(text).substr(k).starts_with(quote)) k += quote.size();
        std::size_t end = k;
        while (end < text.size()) {
            const std::size_t len = utf8_char_length(text, end);
            const char32_t cp = decode_utf8_char(std::string_view(text).substr(end, len));
            if (cp < 0xAC00 || cp > 0xD7A3) break;
            end += len;
        }
        if (end > k) words.push_back(text.substr(k, end - k));
    }
    return words;
}

// The words of the spoken text, split at spaces and pauses.
std::vector<std::string> spoken_words(const std::string& spoken) {
    std::vector<std::string> words;
    std::string word;
    for (char c : spoken + " ") {
        if (c == ' ' || c == ',' || c == '.') {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return words;
}

TEST(ExampleArticle, NoParticleIsSpokenAloneAfterABracket) {
    const Article article = load_article(read_source(kExample), /*clean=*/true);
    const std::vector<Sentence> sentences = article_sentences(article, {/*respell=*/false});
    std::size_t particles_checked = 0;
    for (const Sentence& sentence : sentences) {
        for (const std::string& after : words_after_brackets(sentence.text)) {
            if (!normalize::is_variable_particle(after)) continue;
            ++particles_checked;
            // Neither the written form nor the other one stands as a word of its own.
            for (const std::string& word : spoken_words(sentence.normalized))
                EXPECT_FALSE(normalize::is_variable_particle(word) && word != "이")
                    << "particle alone in: " << sentence.normalized << "\n  from: " << sentence.text;
        }
    }
    // The article has brackets followed by particles (미래재단(DFF)'을, 실증(PoC·…)을, 장소(Testbed)를).
    EXPECT_GE(particles_checked, 3u);
}

TEST(ExampleArticle, TheParticleAfterABracketTakesTheFormOfTheLastWordSaid) {
    const Article article = load_article(read_source(kExample), /*clean=*/true);
    std::string all;
    for (const Sentence& sentence : article_sentences(article, {/*respell=*/false})) all += sentence.normalized + "\n";
    EXPECT_NE(all.find("디에프에프를"), std::string::npos);  // ‘두바이 미래재단(DFF)’을
    EXPECT_NE(all.find("장소를"), std::string::npos);        // 장소(Testbed)를: the English equivalent is not said
    EXPECT_EQ(all.find("테스트"), std::string::npos);
}

}  // namespace
}  // namespace nangdok
