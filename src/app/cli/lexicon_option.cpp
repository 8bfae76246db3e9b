// --lexicon, shared by the commands that normalize text (read, sentences, normalize).
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"

namespace nangdok::cli {

void add_lexicon_option(CLI::App& command, std::string& path) {
    command.add_option("--lexicon", path,
                       "Pronunciation lexicon applied before the rules: lines of written form, tab, spoken form")
        ->type_name("FILE");
}

std::optional<normalize::UserLexicon> load_lexicon(const std::string& path) {
    if (path.empty()) return std::nullopt;
    return normalize::UserLexicon::load(path);
}

}  // namespace nangdok::cli
