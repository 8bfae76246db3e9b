#include "segment/sentence_splitter.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "clean/line_tools.hpp"
#include "core/errors.hpp"

namespace nangdok {

SentenceSplitter::SentenceSplitter() {
    UErrorCode status = U_ZERO_ERROR;
    iterator_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("ko"), status));
    if (U_FAILURE(status) || !iterator_)
        throw EngineError(std::string("ICU sentence rules unavailable: ") + u_errorName(status));
}

SentenceSplitter::~SentenceSplitter() = default;

std::vector<std::string> SentenceSplitter::split(std::string_view paragraph) {
    std::vector<std::string> sentences;
    if (paragraph.empty()) return sentences;

    // UText over the UTF-8 bytes: break positions come back as byte offsets, with no copy.
    UErrorCode status = U_ZERO_ERROR;
    UText* text = utext_openUTF8(nullptr, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
    if (U_FAILURE(status)) throw EngineError(std::string("ICU cannot read text: ") + u_errorName(status));
    iterator_->setText(text, status);
    if (U_FAILURE(status)) {
        utext_close(text);
        throw EngineError(std::string("ICU cannot segment text: ") + u_errorName(status));
    }
    int32_t start = iterator_->first();
    for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE; start = end, end = iterator_->next()) {
        std::string sentence = fold_spaces(paragraph.substr(static_cast<std::size_t>(start),
                                                            static_cast<std::size_t>(end - start)));
        if (!sentence.empty()) sentences.push_back(std::move(sentence));
    }
    // The iterator keeps a pointer to the UText; detach before closing it.
    UText empty = UTEXT_INITIALIZER;
    utext_openUTF8(&empty, "", 0, &status);
    iterator_->setText(&empty, status);
    utext_close(text);
    utext_close(&empty);
    return sentences;
}

}  // namespace nangdok
