// Cleaning throughput on a large page: the example article's lines shuffled and repeated up to the
// requested size (1, 2.5, 5 and 10 MB, to show the cost is linear). Reports bytes/s.
//
// The shuffle keeps every line but breaks the page's order, so the cleaner meets copyright lines,
// captions and widgets all through the text: every line still goes through every rule.
#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "clean/clean.hpp"
#include "core/line_tools.hpp"

#ifndef NANGDOK_SOURCE_DIR
#define NANGDOK_SOURCE_DIR "."
#endif

namespace {

std::string example_page() {
    std::ifstream in(std::string(NANGDOK_SOURCE_DIR) + "/examples/seoul-dubai.txt", std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

std::string shuffled_page(std::size_t target_bytes) {
    const std::string example = example_page();
    std::vector<std::string> lines;
    for (std::string_view line : nangdok::split_lines(example)) lines.emplace_back(line);
    std::mt19937 random(20240508);
    std::string text;
    text.reserve(target_bytes + example.size());
    while (text.size() < target_bytes && !lines.empty()) {
        std::shuffle(lines.begin(), lines.end(), random);
        for (const std::string& line : lines) text += line + "\n";
    }
    return text;
}

void BM_CleanShuffledExample(benchmark::State& state) {
    const std::string text = shuffled_page(static_cast<std::size_t>(state.range(0)));
    std::size_t paragraphs = 0;
    for (auto _ : state) {
        nangdok::CleanedPage page = nangdok::clean_page(text);
        paragraphs = page.article.paragraphs.size();
        benchmark::DoNotOptimize(page);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
    state.counters["paragraphs"] = static_cast<double>(paragraphs);
}

BENCHMARK(BM_CleanShuffledExample)->Arg(1 << 20)->Arg(5 << 19)->Arg(5 << 20)->Arg(10 << 20)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
