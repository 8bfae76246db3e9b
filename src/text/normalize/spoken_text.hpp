// What the normalizer has said so far, with where each token's reading begins in it. Brackets
// need both: a gloss is compared with the words just said, a reading in brackets replaces the
// Latin word it follows, and an age moves before the name it belongs to.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nangdok::normalize {

class SpokenText {
public:
    explicit SpokenText(std::size_t tokens) : first_token_(tokens, 0), offset_(tokens, 0) {}

    const std::string& text() const { return text_; }

    // Records that tokens [begin, end) were consumed by one reading that starts here.
    void consumed(std::size_t begin, std::size_t end) {
        for (std::size_t k = begin; k < end && k < offset_.size(); ++k) {
            first_token_[k] = begin;
            offset_[k] = text_.size();
        }
    }
    // The token where the reading that consumed token k began, and where that reading starts in
    // text(). Only meaningful for tokens already read.
    std::size_t reading_began_at(std::size_t k) const { return first_token_[k]; }
    std::size_t offset_of(std::size_t k) const { return offset_[k]; }

    void append(std::string_view words) { text_ += words; }
    void truncate(std::size_t offset) {
        if (offset < text_.size()) text_.resize(offset);
    }
    void insert(std::size_t offset, std::string_view words) { text_.insert(std::min(offset, text_.size()), words); }
    // Drops trailing spaces and the pauses an aside left, so that what comes next is attached;
    // with `marks_too`, also the ! and ? that would make eSpeak end a clause before a particle ('POP!'를).
    void trim_pause(bool marks_too = false) {
        const auto pause = [&](char c) { return c == ' ' || c == ',' || (marks_too && (c == '!' || c == '?')); };
        while (!text_.empty() && pause(text_.back())) text_.pop_back();
    }
    void reserve(std::size_t bytes) { text_.reserve(bytes); }

private:
    std::string text_;
    std::vector<std::size_t> first_token_;
    std::vector<std::size_t> offset_;
};

}  // namespace nangdok::normalize
