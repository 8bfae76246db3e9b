// Throughput of the normalize stage: the example article's lines, repeated to 10 MB, each
// normalized as `nangdok normalize` does. Reports bytes/s of input.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "normalize/normalizer.hpp"

#ifndef NANGDOK_SOURCE_DIR
#define NANGDOK_SOURCE_DIR "."
#endif

namespace {

std::vector<std::string> example_lines_repeated_to(std::size_t bytes) {
    std::ifstream in(NANGDOK_SOURCE_DIR "/examples/seoul-dubai.txt", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<std::string> lines, repeated;
    std::istringstream stream(text.str());
    for (std::string line; std::getline(stream, line);)
        if (!line.empty()) lines.push_back(line);
    if (lines.empty()) return repeated;
    std::size_t total = 0;
    while (total < bytes)
        for (const std::string& line : lines) {
            repeated.push_back(line);
            total += line.size() + 1;
        }
    return repeated;
}

void BM_NormalizeExampleTenMegabytes(benchmark::State& state) {
    const std::vector<std::string> lines = example_lines_repeated_to(10u << 20);
    std::size_t bytes = 0;
    for (const std::string& line : lines) bytes += line.size() + 1;
    for (auto _ : state) {
        std::size_t out = 0;
        for (const std::string& line : lines) out += nangdok::normalize_for_speech(line).size();
        benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_NormalizeExampleTenMegabytes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// A line dense in numbers, units, Latin and symbols: the slow path on every token.
void BM_NormalizeDenseLine(benchmark::State& state) {
    const std::string line = "2024-05-08 14:00 AI·UAM 3개 ₩1,234,567 25% 60km/h 010-1234-5678 (화) 6~7일 韓美 Proof of Concept";
    for (auto _ : state) benchmark::DoNotOptimize(nangdok::normalize_for_speech(line));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * line.size()));
}
BENCHMARK(BM_NormalizeDenseLine);

}  // namespace

BENCHMARK_MAIN();
