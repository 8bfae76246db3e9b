# The HTML stages' tables (see data/tables.cmake for the columns' kinds), compiled into the input
# layer: included by src/CMakeLists.txt once nangdok_input exists.

nangdok_data_table(nangdok_input TSV html/article_types.tsv NAMESPACE nangdok::html_tables NAME kArticleTypes
  COLUMNS "type:str")

nangdok_data_table(nangdok_input TSV html/charset_labels.tsv NAMESPACE nangdok::html_tables NAME kCharsetLabels TYPE "std::pair<std::string_view, std::string_view>"
  COLUMNS "label:str converter:str note:-")

nangdok_data_table(nangdok_input TSV html/negative_hints.tsv NAMESPACE nangdok::html_tables NAME kNegativeHints
  COLUMNS "hint:str")

nangdok_data_table(nangdok_input TSV html/negative_words.tsv NAMESPACE nangdok::html_tables NAME kNegativeWords
  COLUMNS "word:str note:-")

nangdok_data_table(nangdok_input TSV html/positive_hints.tsv NAMESPACE nangdok::html_tables NAME kPositiveHints
  COLUMNS "hint:str")

nangdok_data_table(nangdok_input TSV html/title_separators.tsv NAMESPACE nangdok::html_tables NAME kTitleSeparators
  COLUMNS "mark:str")

nangdok_data_table(nangdok_input TSV html/unlikely_hints.tsv NAMESPACE nangdok::html_tables NAME kUnlikelyHints
  COLUMNS "hint:str note:-")

nangdok_data_table(nangdok_input TSV html/maybe_article.tsv NAMESPACE nangdok::html_tables NAME kMaybeArticle
  COLUMNS "word:str")

# ARIA roles of the same kinds of furniture.
nangdok_data_table(nangdok_input TSV html/dropped_roles.tsv NAMESPACE nangdok::html_tables NAME kDroppedRoles
  COLUMNS "role:str")
