// clean, sentences, normalize: the text stages on their own, for people and scripts.
#include <cmath>
#include <cstdio>
#include <iostream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "clean/clean.hpp"
#include "core/line_tools.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "core/errors.hpp"
#include "decode/decode.hpp"
#include "normalize/normalizer.hpp"
#include "page/page_reader.hpp"
#include "pipeline/text_pipeline.hpp"
#include "core/clause_cutter.hpp"

namespace nangdok::cli {
namespace {

// FILE, or with --text the input itself (for a line in a script, without a file or a pipe).
void add_input_options(CLI::App& command, TextOptions& options, const std::string& file_help) {
    command.add_option("FILE", options.input, file_help)->capture_default_str();
    command.add_option("-t,--text", options.text, "Use this text instead of a file");
}

// The command runs once its options are parsed; FILE and --text together are refused first.
void run_on_parse(CLI::App* command, TextOptions& options, void (*run)(const TextOptions&)) {
    command->callback([command, &options, run] {
        if (options.text && command->count("FILE") > 0) throw UsageError("give FILE or --text, not both");
        run(options);
    });
}

}  // namespace

void add_clean_command(CLI::App& app, TextOptions& options) {
    auto* cmd = app.add_subcommand("clean", "Print the cleaned article: headline, then one paragraph per line, "
                                            "blocks separated by one blank line");
    add_input_options(*cmd, options, "Article text or HTML file, an http(s) URL, or - for standard input");
    add_html_flags(*cmd, options.html);
    cmd->add_flag("--json", options.json,
                  "One JSON object: headline, deck, paragraphs, how the article was found (method), and the "
                  "metadata the cleaner recognised (outlet, byline, date) with its confidence");
    run_on_parse(cmd, options, run_clean);
}

void run_clean(const TextOptions& options) {
    if (options.json) {
        const SourceBytes source = text_or_file(options.text, options.input);
        const ReadPage read = read_article_page(source, options.html.choice(), /*clean=*/true);
        const CleanedPage& page = read.page;
        report_input_note(source.name, read.note);
        const auto& all = page.article.paragraphs;
        const auto deck_begin = all.begin() + (page.has_headline ? 1 : 0);
        const auto body_begin = deck_begin + static_cast<std::ptrdiff_t>(page.deck_lines);
        const std::vector<std::string> deck_lines(deck_begin, body_begin);
        std::string deck;
        for (const std::string& line : deck_lines) deck += (deck.empty() ? "" : "\n") + line;
        auto text_or_null = [](const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); };
        nlohmann::ordered_json blocks = nlohmann::ordered_json::array();
        for (const BlockDecision& block : page.blocks)
            blocks.push_back({{"line", block.line}, {"kept", block.kept}, {"reason", block.reason}, {"text", block.text}});
        nlohmann::ordered_json out{
            {"headline", page.has_headline ? nlohmann::json(all[0]) : nlohmann::json()},
            {"deck", text_or_null(deck)},
            {"deck_lines", deck_lines},
            {"paragraphs", std::vector<std::string>(body_begin, all.end())},
            {"method", read.method},
            {"outlet", text_or_null(page.outlet)},
            {"byline", text_or_null(page.byline)},
            {"date", text_or_null(page.date)},
            {"confidence", std::round(page.confidence * 100) / 100},
            {"permissive", page.permissive},
            {"encoding", read.encoding},
            {"blocks", blocks}};
        write_stdout(out.dump() + "\n");
        return;
    }
    const SourceBytes source = text_or_file(options.text, options.input);
    const ReadPage read = read_article_page(source, options.html.choice(), /*clean=*/true);
    report_input_note(source.name, read.note);
    const Article& article = read.page.article;
    std::string out;
    for (const std::string& paragraph : article.paragraphs) out += (out.empty() ? "" : "\n") + paragraph + "\n";
    write_stdout(out);
}

void add_sentences_command(CLI::App& app, TextOptions& options) {
    auto* cmd = app.add_subcommand("sentences", "Print one sentence per line, a blank line between paragraphs");
    add_input_options(*cmd, options, "Article text or HTML file, an http(s) URL, or - for standard input");
    add_html_flags(*cmd, options.html);
    cmd->add_flag("--no-clean", options.no_clean, "Take each non-empty input line as one paragraph");
    cmd->add_flag("--json", options.json,
                  "One JSON object per sentence: index, paragraph, text, spoken (what eSpeak NG receives), "
                  "normalized (spelling before respelling as pronounced)");
    add_lexicon_option(*cmd, options.lexicon);
    run_on_parse(cmd, options, run_sentences);
}

void run_sentences(const TextOptions& options) {
    const auto lexicon = load_lexicon(options.lexicon);
    const SourceBytes source = text_or_file(options.text, options.input);
    ReadPage read = read_article_page(source, options.html.choice(), !options.no_clean);
    report_input_note(source.name, read.note);
    const Article article = std::move(read.page.article);
    std::string out;
    int previous_paragraph = 0;
    SentenceStream sentences(article, {.lexicon = lexicon ? &*lexicon : nullptr});
    while (const std::optional<Sentence> next = sentences.next()) {
        const Sentence& sentence = *next;
        if (options.json) {
            nlohmann::ordered_json line{{"index", sentence.index},
                                        {"paragraph", sentence.paragraph},
                                        {"text", sentence.text},
                                        {"spoken", sentence.spoken},
                                        {"normalized", sentence.normalized}};
            out += line.dump() + "\n";
        } else {
            if (previous_paragraph != 0 && sentence.paragraph != previous_paragraph) out += "\n";
            out += sentence.text + "\n";
        }
        previous_paragraph = sentence.paragraph;
        if (out.size() >= (1u << 16)) {  // stream: memory stays flat whatever the article's length
            write_stdout(out);
            out.clear();
        }
    }
    write_stdout(out);
}

void add_normalize_command(CLI::App& app, TextOptions& options) {
    auto* cmd = app.add_subcommand("normalize", "Print each input line's spoken form on one line "
                                                "(as many lines out as in)");
    add_input_options(*cmd, options, "Text file, or - for standard input");
    add_lexicon_option(*cmd, options.lexicon);
    cmd->add_flag("--respell", options.respell, "Print the spoken form respelled as pronounced (what eSpeak NG receives)");
    run_on_parse(cmd, options, run_normalize);
}

void run_normalize(const TextOptions& options) {
    const SourceBytes source = text_or_file(options.text, options.input);
    if (source.bytes.empty()) throw InputError(source.name + ": nothing to read (the text is empty)");
    const DecodedText decoded = decode_article_bytes(source.bytes, source.name);
    std::string_view text = decoded.text;
    if (text.ends_with('\n')) text.remove_suffix(1);
    const auto lexicon = load_lexicon(options.lexicon);
    const SpokenOptions spoken{.respell = options.respell, .lexicon = lexicon ? &*lexicon : nullptr};
    std::string out;
    for (std::string_view line : split_lines(text)) out += spoken_form(line, spoken) + "\n";
    write_stdout(out);
}

}  // namespace nangdok::cli
