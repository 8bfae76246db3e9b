#include "sink/test_stop.hpp"

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <string>

namespace nangdok {
namespace {

struct StopAt {
    std::string event;
    long count = 0;
    std::atomic<long> seen{0};
};

StopAt* stop_at() {
    static StopAt* parsed = [] () -> StopAt* {
        const char* value = std::getenv("NANGDOK_TEST_STOP_AT");
        if (value == nullptr) return nullptr;
        const std::string text(value);
        const std::size_t colon = text.find(':');
        auto* at = new StopAt;  // lives as long as the process
        at->event = text.substr(0, colon);
        at->count = colon == std::string::npos ? 1 : std::atol(text.c_str() + colon + 1);
        return at;
    }();
    return parsed;
}

}  // namespace

void test_stop_point(std::string_view event) {
    StopAt* at = stop_at();
    if (at == nullptr || event != at->event) return;
    if (at->seen.fetch_add(1) + 1 == at->count) ::raise(SIGSTOP);
}

}  // namespace nangdok
