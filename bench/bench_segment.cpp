// Sentence segmentation speed on the gold sets, in MB/s of paragraph text.
//
// usage: bench_segment [benchmark flags] [FILE_OR_FOLDER...]   (default: ../shared/data/segment)
// Gold files are read as the evaluator reads them (a paragraph is its lines joined, paragraphs
// end at blank lines); a file inside a folder named nosplit has one paragraph per line.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "segment/sentence_splitter.hpp"

namespace {

std::vector<std::string>& paragraphs() {
    static std::vector<std::string> all;
    return all;
}

void load_file(const std::filesystem::path& path) {
    std::ifstream in(path);
    const bool one_per_line = path.parent_path().filename() == "nosplit";
    std::string line, paragraph;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || one_per_line) {
            if (one_per_line && !line.empty()) paragraphs().push_back(line);
            if (!paragraph.empty()) paragraphs().push_back(paragraph);
            paragraph.clear();
        } else {
            paragraph += line;
        }
    }
    if (!paragraph.empty()) paragraphs().push_back(paragraph);
}

void load(const std::filesystem::path& path) {
    if (std::filesystem::is_directory(path)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(path))
            if (entry.is_regular_file() && entry.path().extension() == ".txt" &&
                entry.path().parent_path().filename() != "unlabeled")
                load_file(entry.path());
    } else {
        load_file(path);
    }
}

void run_splitter(benchmark::State& state, nangdok::SegmentRules rules) {
    nangdok::SentenceSplitter splitter(rules);
    std::size_t bytes = 0, sentences = 0;
    for (const std::string& p : paragraphs()) bytes += p.size();
    for (auto _ : state) {
        for (const std::string& p : paragraphs()) {
            auto out = splitter.split(p);
            sentences += out.size();
            benchmark::DoNotOptimize(out);
        }
    }
    state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
    state.counters["paragraphs"] = static_cast<double>(paragraphs().size());
    state.counters["input_MB"] = static_cast<double>(bytes) / 1e6;
}

void BM_SegmentWithKoreanRules(benchmark::State& state) { run_splitter(state, nangdok::SegmentRules{}); }
void BM_SegmentIcuAlone(benchmark::State& state) { run_splitter(state, nangdok::SegmentRules::icu_only()); }

BENCHMARK(BM_SegmentWithKoreanRules)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SegmentIcuAlone)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (argc > 1) {
        for (int i = 1; i < argc; ++i) load(argv[i]);
    } else {
        load("../shared/data/segment");
    }
    if (paragraphs().empty()) {
        std::fprintf(stderr, "bench_segment: no paragraphs found (give the segment data folder)\n");
        return 2;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
