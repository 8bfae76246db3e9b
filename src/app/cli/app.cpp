#include "cli/app.hpp"

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/interrupt.hpp"

#ifndef NANGDOK_VERSION
#define NANGDOK_VERSION "0.0.0"
#endif

namespace nangdok::cli {

int run(int argc, char** argv) {
    install_interrupt_handlers();
    CLI::App app{"nangdok (낭독): reads Korean news articles aloud with eSpeak NG"};
    app.set_version_flag("--version", std::string("nangdok ") + NANGDOK_VERSION);
    app.require_subcommand(1);

    ReadOptions read;
    TextOptions clean, sentences, normalize;
    add_read_command(app, read);
    add_clean_command(app, clean);
    add_sentences_command(app, sentences);
    add_normalize_command(app, normalize);
    add_voices_command(app);
    add_devices_command(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& done) {  // --help, --version
        return app.exit(done);
    } catch (const CLI::ParseError& bad) {
        std::string message = bad.what();
        if (message.empty()) message = "bad command line";
        throw UsageError(message + " (see nangdok --help)");
    }
    return 0;
}

}  // namespace nangdok::cli
