#include "listen/resume_store.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include <unistd.h>

namespace nangdok::listen {
namespace {

constexpr const char* kMagic = "nangdok-resume 1";

}  // namespace

std::string article_key(const Article& article) {
    uint64_t hash = 14695981039346656037ULL;
    auto mix = [&](unsigned char byte) {
        hash ^= byte;
        hash *= 1099511628211ULL;
    };
    for (const std::string& paragraph : article.paragraphs) {
        for (const char c : paragraph) mix(static_cast<unsigned char>(c));
        mix('\n');
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

std::string default_state_dir() {
    // The XDG spec says relative paths in these variables are invalid and must be ignored.
    if (const char* state = std::getenv("XDG_STATE_HOME"); state != nullptr && state[0] == '/')
        return std::string(state) + "/nangdok";
    if (const char* home = std::getenv("HOME"); home != nullptr && home[0] == '/')
        return std::string(home) + "/.local/state/nangdok";
    return {};
}

ResumeStore::ResumeStore(std::string dir, std::string key)
    : dir_(std::move(dir)), path_(dir_.empty() ? std::string() : dir_ + "/" + key + ".resume") {}

std::optional<int> ResumeStore::load() const {
    if (path_.empty()) return std::nullopt;
    std::ifstream in(path_);
    if (!in) return std::nullopt;
    std::string magic, word;
    long long sentence = 0;
    if (!std::getline(in, magic) || magic != kMagic) return std::nullopt;
    if (!(in >> word >> sentence) || word != "sentence") return std::nullopt;
    if (sentence < 1 || sentence > 100000000) return std::nullopt;
    return static_cast<int>(sentence);
}

bool ResumeStore::save(int sentence) const {
    if (path_.empty()) return false;
    std::error_code error;
    std::filesystem::create_directories(dir_, error);
    if (error) return false;
    const std::string temporary = path_ + ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << kMagic << "\nsentence " << sentence << "\n";
        out.flush();
        if (!out) {
            std::filesystem::remove(temporary, error);
            return false;
        }
    }
    std::filesystem::rename(temporary, path_, error);
    if (!error) return true;
    std::filesystem::remove(temporary, error);
    return false;
}

std::string ResumeStore::problem() const {
    if (dir_.empty()) return "neither XDG_STATE_HOME nor HOME is set";
    std::error_code error;
    std::filesystem::create_directories(dir_, error);
    if (error) return dir_ + ": " + error.message();
    if (!std::filesystem::is_directory(dir_, error)) return dir_ + ": not a folder";
    return {};
}

bool ResumeStore::clear() const {
    if (path_.empty()) return true;
    std::error_code error;
    std::filesystem::remove(path_, error);
    return !error;
}

}  // namespace nangdok::listen
