// Throughput of the text stages on the example article repeated to about 10 MB.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "clean/clean.hpp"
#include "decode/decode.hpp"
#include "pipeline/text_pipeline.hpp"

namespace {

const std::string& example_text(std::size_t target_bytes) {
    static std::string text;
    if (text.size() < target_bytes) {
        std::ifstream in(std::string(NANGDOK_SOURCE_DIR) + "/examples/seoul-dubai.txt");
        std::stringstream bytes;
        bytes << in.rdbuf();
        const std::string one = bytes.str();
        text.clear();
        while (text.size() < target_bytes) text += one + "\n";
    }
    return text;
}

constexpr std::size_t kTenMegabytes = 10u << 20;

void BM_Decode(benchmark::State& state) {
    const std::string& text = example_text(kTenMegabytes);
    for (auto _ : state) benchmark::DoNotOptimize(nangdok::decode_article_bytes(text, "bench"));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_SegmentAndNormalize(benchmark::State& state) {
    const std::string& text = example_text(kTenMegabytes);
    const nangdok::Article article = nangdok::article_from_lines(text);
    for (auto _ : state) benchmark::DoNotOptimize(nangdok::article_sentences(article));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

}  // namespace

BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SegmentAndNormalize)->Unit(benchmark::kMillisecond);
