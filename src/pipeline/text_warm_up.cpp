#include "pipeline/text_warm_up.hpp"

#include "clean/clean.hpp"
#include "pipeline/text_pipeline.hpp"
#include "segment/sentence_splitter.hpp"

namespace nangdok {
namespace {

// A headline, a menu line and a body line with a date, a number with a counter, a percentage and
// an acronym: enough to reach every rule table and ICU service of the common path.
constexpr const char* kSample =
    "경제 성장률 전망\n\n로그인 회원가입 구독\n\n"
    "한국은행은 3월 5일 AI 투자가 12.5% 늘었다고 밝혔다. 직원 3명이 \"좋다\"고 말했다.\n";

}  // namespace

TextStagesWarmUp::TextStagesWarmUp() {
    thread_ = std::thread([] {
        try {
            const Article article = clean_article(kSample);
            SentenceSplitter splitter;
            for (const std::string& paragraph : article.paragraphs)
                for (const std::string& sentence : splitter.split(paragraph)) spoken_form(sentence);
        } catch (...) {
            // Only a warm-up: the real text meets any error on the caller's thread.
        }
    });
}

TextStagesWarmUp::~TextStagesWarmUp() {
    if (thread_.joinable()) thread_.join();
}

}  // namespace nangdok
