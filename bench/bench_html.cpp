// HTML extraction throughput: `clean` on HTML pages, in process (decode, trim, parse, extract,
// clean), in bytes of HTML per second. The pages are every *.html file in NANGDOK_HTML_PAGES
// (bench/html_speed.py unpacks the ScrapingHub pages there and runs this), else our Korean fixture
// pages in tests/data/html.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "html/html_page.hpp"

#ifndef NANGDOK_SOURCE_DIR
#define NANGDOK_SOURCE_DIR "."
#endif

namespace {

std::vector<std::string> load_pages() {
    const char* dir = std::getenv("NANGDOK_HTML_PAGES");
    const std::filesystem::path folder = dir != nullptr && *dir != '\0' ? std::filesystem::path(dir)
                                                                        : std::filesystem::path(NANGDOK_SOURCE_DIR) / "tests/data/html";
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ".html") paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> pages;
    for (const auto& path : paths) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        pages.push_back(content.str());
    }
    return pages;
}

void BM_CleanHtmlPages(benchmark::State& state) {
    const std::vector<std::string> pages = load_pages();
    std::size_t bytes = 0;
    for (const std::string& page : pages) bytes += page.size();
    std::size_t paragraphs = 0;
    for (auto _ : state) {
        paragraphs = 0;
        for (const std::string& page : pages) {
            nangdok::HtmlCleanedPage cleaned = nangdok::clean_html_page(page);
            paragraphs += cleaned.page.article.paragraphs.size();
            benchmark::DoNotOptimize(cleaned);
        }
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
    state.counters["pages"] = static_cast<double>(pages.size());
    state.counters["paragraphs"] = static_cast<double>(paragraphs);
}

BENCHMARK(BM_CleanHtmlPages)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
