// The user's pronunciation lexicon (`--lexicon FILE`): lines of written form, tab, spoken form,
// applied to each sentence before any rule, so that it overrides them. Blank lines and lines
// starting with # are skipped.
//
// The command that reads --lexicon owns it and passes it to normalize_for_speech (through
// SpokenOptions in the pipeline); nothing installs it globally.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace nangdok::normalize {

class UserLexicon {
public:
    struct Entry {
        std::string written;
        std::string spoken;
    };

    // Throws UsageError naming `source` and the line when a line has no tab or an empty side.
    static UserLexicon parse(std::string_view tsv, const std::string& source);
    // Throws UsageError when the file cannot be read.
    static UserLexicon load(const std::filesystem::path& file);

    // Every occurrence replaced, longest written form first, left to right. A form that starts or
    // ends with a Latin letter only matches where no Latin letter continues it (Seoul, not Seoulite).
    std::string apply(std::string_view text) const;

    bool empty() const { return entries_.empty(); }
    std::size_t size() const { return entries_.size(); }

private:
    std::vector<Entry> entries_;                     // longest written form first
    std::vector<std::vector<std::size_t>> by_first_;  // entry indices by first byte
};

}  // namespace nangdok::normalize
