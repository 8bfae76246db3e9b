#include <cstdio>
#include <exception>

#include "cli/app.hpp"
#include "core/errors.hpp"

int main(int argc, char** argv) {
    try {
        return nangdok::cli::run(argc, argv);
    } catch (const nangdok::BrokenPipe& error) {
        return static_cast<int>(error.code());
    } catch (const nangdok::Error& error) {
        std::fprintf(stderr, "nangdok: %s\n", error.what());
        return static_cast<int>(error.code());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "nangdok: internal error: %s\n", error.what());
        return 70;
    }
}
