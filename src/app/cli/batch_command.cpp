// read FILE... --output-dir DIR: each article to its own audio file, several processes at once.
#include <cstdio>
#include <filesystem>
#include <set>
#include <thread>
#include <unistd.h>

#include "formats/file_format.hpp"
#include "batch/child_jobs.hpp"
#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/interrupt.hpp"

namespace nangdok::cli {
namespace {

namespace fs = std::filesystem;

// The options of one single-file `read` that a batch passes on to each of its children.
std::vector<std::string> child_arguments(const ReadOptions& o, const std::string& self, const std::string& input,
                                         const std::string& output) {
    std::vector<std::string> argv{self, "read", input, "-o", output, "-q", "-j", "1"};
    if (!o.voice.empty()) argv.insert(argv.end(), {"--voice", o.voice});
    if (o.rate_given) argv.insert(argv.end(), {"--rate", std::to_string(o.rate_wpm)});
    argv.insert(argv.end(), {"--pitch", std::to_string(o.pitch), "--volume", std::to_string(o.volume)});
    if (o.sentence_pause_given) argv.insert(argv.end(), {"--sentence-pause", std::to_string(o.sentence_pause_ms)});
    if (o.paragraph_pause_given) argv.insert(argv.end(), {"--paragraph-pause", std::to_string(o.paragraph_pause_ms)});
    if (!o.format.empty()) argv.insert(argv.end(), {"--format", o.format});
    if (o.no_clean) argv.push_back("--no-clean");
    if (o.html.html) argv.push_back("--html");
    if (o.html.no_html) argv.push_back("--no-html");
    if (o.no_respell) argv.push_back("--no-respell");
    if (!o.lexicon.empty()) argv.insert(argv.end(), {"--lexicon", o.lexicon});
    return argv;
}

}  // namespace

void run_batch(const ReadOptions& o, const std::string& self) {
    const FileFormat format = o.format.empty() ? FileFormat::wav : choose_file_format("", o.format);
    std::error_code error;
    fs::create_directories(o.output_dir, error);
    if (!fs::is_directory(o.output_dir, error)) throw OutputError(o.output_dir + ": cannot create the folder");

    std::vector<ChildJob> jobs;
    std::vector<std::string> inputs, outputs;
    std::set<std::string> seen;
    for (const std::string& input : o.inputs) {
        const std::string output = (fs::path(o.output_dir) / fs::path(input).stem()).string() + "." +
                                   std::string(extension_of(format));
        if (!seen.insert(output).second) throw UsageError("two inputs would both write " + output + " (same name)");
        if (o.skip_existing && fs::exists(output, error)) continue;
        inputs.push_back(input);
        outputs.push_back(output);
        jobs.push_back({child_arguments(o, self, input, output)});
    }
    const int parallel = o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const bool terminal = ::isatty(STDERR_FILENO) != 0;
    std::size_t finished = 0;
    std::vector<std::string> failed;
    int failure_code = 0;
    if (!o.quiet && o.inputs.size() != jobs.size())
        std::fprintf(stderr, "nangdok: skipping %zu inputs whose output exists\n", o.inputs.size() - jobs.size());

    run_child_jobs(jobs, parallel, [&](std::size_t job, const ChildResult& result) {
        ++finished;
        const bool ok = result.exit_code == 0;
        if (!ok && result.exit_code != 130) {
            failed.push_back(inputs[job]);
            if (failure_code == 0) failure_code = result.exit_code;
        }
        if (o.quiet) return;
        if (terminal) {
            std::fprintf(stderr, "\r\033[Knangdok: %zu/%zu done, %zu failed", finished, jobs.size(), failed.size());
            if (!ok) std::fprintf(stderr, "\n%s: %s\n", inputs[job].c_str(), result.error_line.c_str());
        } else if (ok) {
            std::fprintf(stderr, "nangdok: [%zu/%zu] saved %s\n", finished, jobs.size(), outputs[job].c_str());
        } else {
            std::fprintf(stderr, "nangdok: [%zu/%zu] %s failed: %s\n", finished, jobs.size(), inputs[job].c_str(),
                         result.error_line.c_str());
        }
    });
    if (terminal && !o.quiet) std::fprintf(stderr, "\n");
    if (interrupt_requested())
        throw Interrupted("interrupted after " + std::to_string(finished) + " of " + std::to_string(jobs.size()) + " files");
    if (!failed.empty()) {
        std::string names;
        for (const std::string& name : failed) names += (names.empty() ? "" : ", ") + name;
        throw Error(static_cast<ExitCode>(failure_code > 0 && failure_code < 128 ? failure_code : 2),
                    std::to_string(failed.size()) + " of " + std::to_string(jobs.size()) + " inputs failed: " + names);
    }
}

}  // namespace nangdok::cli
