// The source tree's shape, checked from the files themselves: the build already refuses an
// include into a higher layer (each layer sees only its own headers and those below), but it
// cannot see two folders of one layer that include each other, nor data creeping back into code.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kSourceRoot = fs::path(NANGDOK_SOURCE_DIR) / "src";
// module/ (the speech-dispatcher module) stands beside app/, on the engine.
const std::vector<std::string> kLayersBottomUp = {"text", "input", "audio", "engine", "app", "module"};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

struct SourceFile {
    fs::path path;
    std::string layer;
    std::string folder;  // layer/folder, e.g. "text/clean"
};

std::vector<SourceFile> source_files() {
    std::vector<SourceFile> files;
    for (const auto& layer : kLayersBottomUp) {
        for (const auto& entry : fs::recursive_directory_iterator(kSourceRoot / layer)) {
            const auto ext = entry.path().extension();
            if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
            const auto relative = fs::relative(entry.path(), kSourceRoot / layer);
            files.push_back({entry.path(), layer, layer + "/" + relative.begin()->string()});
        }
    }
    return files;
}

// The folder (layer/folder) that a quoted include names, searching the layers as the build does.
std::string folder_of_include(const std::string& include) {
    const auto slash = include.find('/');
    if (slash == std::string::npos) return {};
    for (const auto& layer : kLayersBottomUp)
        if (fs::exists(kSourceRoot / layer / include)) return layer + "/" + include.substr(0, slash);
    return {};
}

std::map<std::string, std::set<std::string>> folder_includes() {
    static const std::regex kInclude(R"re(#include "([^"]+)")re");
    std::map<std::string, std::set<std::string>> graph;
    for (const auto& file : source_files()) {
        const std::string text = read_file(file.path);
        for (std::sregex_iterator it(text.begin(), text.end(), kInclude), end; it != end; ++it) {
            const std::string target = folder_of_include((*it)[1]);
            if (!target.empty() && target != file.folder) graph[file.folder].insert(target);
        }
    }
    return graph;
}

std::size_t layer_rank(const std::string& folder) {
    const std::string layer = folder.substr(0, folder.find('/'));
    return std::find(kLayersBottomUp.begin(), kLayersBottomUp.end(), layer) - kLayersBottomUp.begin();
}

// String literals in C++ source: "…" (with escapes), R"(…)" raw strings, with any prefix; not
// character literals, and not quotes inside comments.
std::size_t count_string_literals(const std::string& code) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (code.compare(i, 2, "//") == 0) {
            i = code.find('\n', i);
            if (i == std::string::npos) break;
        } else if (code.compare(i, 2, "/*") == 0) {
            i = code.find("*/", i + 2);
            if (i == std::string::npos) break;
            ++i;
        } else if (code[i] == '\'') {
            for (++i; i < code.size() && code[i] != '\''; ++i)
                if (code[i] == '\\') ++i;
        } else if (code[i] == 'R' && i + 1 < code.size() && code[i + 1] == '"') {
            const auto open = code.find('(', i);
            const std::string closing = ")" + code.substr(i + 2, open - i - 2) + "\"";
            i = code.find(closing, open);
            if (i == std::string::npos) break;
            i += closing.size() - 1;
            ++count;
        } else if (code[i] == '"') {
            for (++i; i < code.size() && code[i] != '"'; ++i)
                if (code[i] == '\\') ++i;
            ++count;
        }
    }
    return count;
}

TEST(Layering, EveryIncludeGoesToTheSameLayerOrOneBelow) {
    for (const auto& [from, targets] : folder_includes())
        for (const auto& to : targets)
            EXPECT_LE(layer_rank(to), layer_rank(from)) << from << " includes " << to;
}

TEST(Layering, NoTwoFoldersIncludeEachOtherEvenThroughOthers) {
    const auto graph = folder_includes();
    // Depth-first search for a cycle; each one found is reported with its path.
    std::map<std::string, int> state;  // 0 unseen, 1 on the current path, 2 done
    std::vector<std::string> path;
    std::function<void(const std::string&)> visit = [&](const std::string& folder) {
        state[folder] = 1;
        path.push_back(folder);
        if (auto it = graph.find(folder); it != graph.end()) {
            for (const auto& next : it->second) {
                if (state[next] == 1) {
                    std::string cycle;
                    for (auto p = std::find(path.begin(), path.end(), next); p != path.end(); ++p) cycle += *p + " -> ";
                    ADD_FAILURE() << "include cycle: " << cycle << next;
                } else if (state[next] == 0) {
                    visit(next);
                }
            }
        }
        path.pop_back();
        state[folder] = 2;
    };
    for (const auto& [folder, targets] : graph)
        if (state[folder] == 0) visit(folder);
    EXPECT_GE(graph.size(), 10u) << "the scan found too few folders to mean anything";
}

TEST(Layering, TextStagesIncludeNothingFromAudioEngineOrApplication) {
    for (const auto& [from, targets] : folder_includes()) {
        if (layer_rank(from) != 0) continue;
        for (const auto& to : targets) EXPECT_EQ(layer_rank(to), 0u) << from << " includes " << to;
    }
}

TEST(Layering, TablesLiveInDataNotInCode) {
    constexpr std::size_t kMaxLiteralsPerFile = 150;
    std::size_t files = 0;
    for (const auto& file : source_files()) {
        ++files;
        EXPECT_LE(count_string_literals(read_file(file.path)), kMaxLiteralsPerFile)
            << file.path << " holds a table: move it to data/ (see data/README.md)";
    }
    EXPECT_GT(files, 100u);
}

TEST(Layering, TheLiteralCounterCountsWhatItShould) {
    EXPECT_EQ(count_string_literals(R"cpp(f("a", "b\"c"); char q = '"'; // "not"
/* "nor this" */ auto r = R"x(raw " )" text)x"; auto u = U"유니";)cpp"),
              4u);
}

}  // namespace
