// One options struct and one run function per subcommand, in the style of CLI11's examples: the
// add_* functions bind options to the struct, the run_* functions only read it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "decode/read_source.hpp"
#include "normalize/user_lexicon.hpp"
#include "html/html_sniff.hpp"

namespace CLI { class App; }

namespace nangdok::cli {

// --html / --no-html, for the commands that read an article (read, clean, sentences).
struct HtmlFlags {
    bool html = false;
    bool no_html = false;
    HtmlChoice choice() const { return html ? HtmlChoice::html : no_html ? HtmlChoice::text : HtmlChoice::detect; }
};
void add_html_flags(CLI::App& command, HtmlFlags& flags);

struct ReadOptions {
    std::string input = "-";           // the article (the first of `inputs`)
    std::vector<std::string> inputs;   // several articles: a batch into --output-dir
    std::optional<std::string> text;   // --text: the article itself, instead of a file
    std::string output_dir;
    bool skip_existing = false;
    std::string output;  // empty: play (unless --split)
    std::string format;  // overrides the extension of -o
    std::string split_dir;
    std::string subtitles;
    std::string manifest;
    std::string voice;
    int rate_wpm = 175;
    int pitch = 50;
    int volume = 100;
    int sentence_pause_ms = 300;
    int paragraph_pause_ms = 700;
    std::string device;
    double latency_ms = 0;
    bool no_clean = false;
    bool quiet = false;
    int jobs = 0;  // synthesis processes; 0: the number of cores when writing files, 1 when playing
    bool no_respell = false;
    std::string lexicon;  // --lexicon FILE; a batch passes it on to each article's process
    bool plain = false;   // one plain line per sentence instead of the in-place status line
    int start = 0;        // --start N (1-based); 0 when not given
    bool resume = false;  // start where the listener last stopped this article
    // Which of the voice-dependent settings were given on the command line (they beat the voice's).
    bool rate_given = false, sentence_pause_given = false, paragraph_pause_given = false;
    HtmlFlags html;
};
void add_read_command(CLI::App& app, ReadOptions& options);
void run_read(const ReadOptions& options);
// Many articles, one output file each in options.output_dir, in parallel processes.
void run_batch(const ReadOptions& options, const std::string& self_executable);

// The input every command reads: the text given with --text, else the page at an http(s) URL,
// else the file or "-" (standard input).
SourceBytes text_or_file(const std::optional<std::string>& text, const std::string& path);

// Tells the user, on standard error, what they should know about how the input was read (an HTML
// page's declared charset overruled). Nothing when `note` is empty or `quiet`.
void report_input_note(const std::string& source_name, const std::string& note, bool quiet = false);

struct TextOptions {
    std::string input = "-";
    std::optional<std::string> text;  // --text: the input itself, instead of a file
    bool no_clean = false;
    bool json = false;
    bool respell = false;  // normalize: print the respelled spoken form
    std::string lexicon;   // --lexicon FILE (sentences, normalize)
    HtmlFlags html;
};
void add_clean_command(CLI::App& app, TextOptions& options);
void run_clean(const TextOptions& options);
void add_sentences_command(CLI::App& app, TextOptions& options);
void run_sentences(const TextOptions& options);
void add_normalize_command(CLI::App& app, TextOptions& options);
void run_normalize(const TextOptions& options);

// --lexicon FILE: the user's pronunciation lexicon. The option only records the path; the command
// loads it (load_lexicon: none for an empty path; UsageError naming the file and line when bad) and
// hands it to the text pipeline.
void add_lexicon_option(CLI::App& command, std::string& path);
std::optional<normalize::UserLexicon> load_lexicon(const std::string& path);

void add_voices_command(CLI::App& app);
void run_voices();
void add_devices_command(CLI::App& app);
void run_devices();

}  // namespace nangdok::cli
