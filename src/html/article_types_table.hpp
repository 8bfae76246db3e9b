// schema.org types whose JSON-LD describes the article on the page (its headline, articleBody,
// author, datePublished): Article and its news and blog subtypes.
#pragma once

#include <string_view>

namespace nangdok::html_tables {

inline constexpr std::string_view kArticleTypes[] = {
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
    "SocialMediaPosting", "Report", "TechArticle", "ScholarlyArticle", "SatiricalArticle",
};

}  // namespace nangdok::html_tables
