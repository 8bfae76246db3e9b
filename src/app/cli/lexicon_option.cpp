// --lexicon, shared by the commands that normalize text (normalize, read).
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "normalize/user_lexicon.hpp"

namespace nangdok::cli {

void add_lexicon_option(CLI::App& command, std::string* path) {
    command
        .add_option_function<std::string>(
            "--lexicon",
            [path](const std::string& file) {
                normalize::use_user_lexicon(normalize::UserLexicon::load(file));
                if (path != nullptr) *path = file;
            },
            "Pronunciation lexicon applied before the rules: lines of written form, tab, spoken form")
        ->type_name("FILE");
}

}  // namespace nangdok::cli
