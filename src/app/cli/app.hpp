// The command line: builds the CLI11 app, parses, runs the chosen command. Throws nangdok::Error
// (a bad option becomes UsageError); main() turns errors into a message and an exit code.
#pragma once

namespace nangdok::cli {

int run(int argc, char** argv);

}  // namespace nangdok::cli
