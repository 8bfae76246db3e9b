// Where an article comes from (--text, a URL, a file or standard input) and how it is read
// (--html, --no-html): shared by read, clean and sentences.
#include <cstdio>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "fetch/http_fetch.hpp"
#include "fetch/url.hpp"

namespace nangdok::cli {

void add_html_flags(CLI::App& command, HtmlFlags& flags) {
    auto* html = command.add_flag("--html", flags.html, "Read the input as an HTML page (default: when it looks like one)");
    auto* text = command.add_flag("--no-html", flags.no_html, "Read the input as text even if it looks like HTML");
    html->excludes(text);
}

SourceBytes text_or_file(const std::optional<std::string>& text, const std::string& path) {
    if (text) return SourceBytes{"--text", *text, {}};
    if (is_web_url(path)) {
        FetchedPage page = fetch_page(path, fetch_settings_from_environment());
        return SourceBytes{path, std::move(page.body), std::move(page.content_type)};
    }
    return read_source(path);
}

void report_input_note(const std::string& source_name, const std::string& note, bool quiet) {
    if (note.empty() || quiet) return;
    std::fprintf(stderr, "nangdok: %s: %s\n", source_name.c_str(), note.c_str());
}

}  // namespace nangdok::cli
