#include "pronounce/phrase.hpp"

namespace nangdok::pronounce {

void Phrase::clear() {
    written.clear();
    sound.clear();
    word_start.clear();
    joined.clear();
    marks.clear();
    begin_of.clear();
    end_of.clear();
    first_word_glued = false;
}

void Phrase::push(char32_t syllable, bool starts_word) {
    written.push_back(syllable);
    sound.push_back(decompose(syllable));
    word_start.push_back(starts_word ? 1 : 0);
    joined.push_back(0);
    marks.push_back(JunctionMark::none);
}

void Phrase::index_words() {
    begin_of.assign(size(), 0);
    end_of.assign(size(), 0);
    for (std::size_t i = 0; i < size(); ++i) begin_of[i] = word_start[i] || i == 0 ? static_cast<std::uint32_t>(i) : begin_of[i - 1];
    for (std::size_t i = size(); i-- > 0;)
        end_of[i] = i + 1 == size() || word_start[i + 1] ? static_cast<std::uint32_t>(i + 1) : end_of[i + 1];
}

std::u32string_view Junction::word_before() const {
    const std::size_t begin = phrase_.word_begin(next_ - 1);
    return std::u32string_view(phrase_.written).substr(begin, next_ - begin);
}

std::u32string_view Junction::rest_after() const {
    const std::size_t end = phrase_.word_end(next_);
    return std::u32string_view(phrase_.written).substr(next_, end - next_);
}

char32_t Junction::written_char_two_before() const {
    if (next_ < 2 || phrase_.word_start[next_ - 1]) return 0;
    return phrase_.written[next_ - 2];
}

}  // namespace nangdok::pronounce
