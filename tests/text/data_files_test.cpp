// The shape of every table in data/: the build compiles them (tools/tablegen.cpp refuses a bad
// row with its line), and this test holds the rules a person editing them in a spreadsheet could
// break without the build noticing: duplicates, stray spaces, files nobody compiles.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kDataRoot = fs::path(NANGDOK_SOURCE_DIR) / "data";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find(separator, start)) != std::string::npos; start = end + 1)
        parts.push_back(text.substr(start, end - start));
    parts.push_back(text.substr(start));
    return parts;
}

std::vector<fs::path> data_files() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(kDataRoot))
        if (entry.path().extension() == ".tsv") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

bool is_nfc(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) && nfc->isNormalized(icu::UnicodeString::fromUTF8(text), status) && U_SUCCESS(status);
}

// The problems of one file, each as "LINE: what"; empty when the file is well formed.
std::vector<std::string> shape_problems(const std::string& text) {
    std::vector<std::string> problems;
    if (text.empty() || text.back() != '\n') return {"1: the file must end with a line end"};
    std::vector<std::string> lines = split(text.substr(0, text.size() - 1), '\n');
    const std::vector<std::string> header = split(lines[0], '\t');
    std::set<std::string> names;
    for (const auto& name : header)
        if (name.empty() || !names.insert(name).second) problems.push_back("1: empty or repeated column name");
    std::map<std::string, std::size_t> first_line_of_key;
    for (std::size_t n = 1; n < lines.size(); ++n) {
        const std::string where = std::to_string(n + 1) + ": ";
        const std::string& line = lines[n];
        if (line.empty()) {
            problems.push_back(where + "empty line");
            continue;
        }
        if (line.find('\r') != std::string::npos) problems.push_back(where + "carriage return");
        if (!is_nfc(line)) problems.push_back(where + "not in NFC");
        const auto cells = split(line, '\t');
        if (cells.size() > header.size()) problems.push_back(where + "more cells than the header has columns");
        if (cells[0].empty()) problems.push_back(where + "the first column is empty");
        for (const auto& cell : cells)
            if (!cell.empty() && (cell.front() == ' ' || cell.back() == ' ' || cell.find("  ") != std::string::npos))
                problems.push_back(where + "stray space in '" + cell + "'");
        if (auto [it, fresh] = first_line_of_key.emplace(cells[0], n + 1); !fresh)
            problems.push_back(where + "'" + cells[0] + "' is already on line " + std::to_string(it->second));
    }
    return problems;
}

TEST(DataFiles, EveryTableIsWellFormed) {
    const auto files = data_files();
    ASSERT_GE(files.size(), 50u) << "data/ should hold the tables";
    for (const auto& file : files) {
        for (const auto& problem : shape_problems(read_file(file)))
            ADD_FAILURE() << fs::relative(file, kDataRoot).string() << ":" << problem;
    }
}

TEST(DataFiles, EveryTableIsCompiledAndEveryCompiledTableExists) {
    std::string listing;
    for (const auto& entry : fs::directory_iterator(kDataRoot))
        if (entry.path().extension() == ".cmake") listing += read_file(entry.path()) + "\n";
    std::set<std::string> listed;
    std::istringstream in(listing);
    for (std::string word; in >> word;)
        if (word.ends_with(".tsv")) listed.insert(word);
    for (const auto& file : data_files()) {
        const std::string relative = fs::relative(file, kDataRoot).string();
        EXPECT_EQ(listed.erase(relative), 1u) << relative << " is not compiled: list it in data/tables.cmake";
    }
    for (const auto& missing : listed) ADD_FAILURE() << "data/tables.cmake lists " << missing << ", which is missing";
}

TEST(DataFiles, TheShapeCheckFindsEachKindOfMistake) {
    EXPECT_TRUE(shape_problems("word\tspoken\nA\t에이\nB\n").empty());
    EXPECT_EQ(shape_problems("word\tspoken\nA\t에이\nA\t아\n").size(), 1u);    // duplicate key
    EXPECT_EQ(shape_problems("word\tspoken\nA\t 에이\n").size(), 1u);          // stray space
    EXPECT_EQ(shape_problems("word\tspoken\nA\t에이\tx\n").size(), 1u);        // too many cells
    EXPECT_EQ(shape_problems("word\tspoken\n\nB\t비\n").size(), 1u);            // empty line
    EXPECT_EQ(shape_problems("word\tspoken\nA\t에이").size(), 1u);              // no final line end
    EXPECT_EQ(shape_problems("word\tspoken\nA\t\u1100\u1161\n").size(), 1u);  // decomposed 가
}

}  // namespace
