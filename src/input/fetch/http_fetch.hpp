// Fetch stage: an http(s) URL in, the page's bytes and Content-Type out (libcurl).
//
// Redirects are followed (up to 10, http and https only), the body is decompressed (gzip,
// deflate, and whatever else libcurl was built with), the whole transfer has a time-out, and the
// body a size cap, checked on the decompressed bytes as they arrive. A response that says it is
// neither HTML nor plain text is refused as soon as its headers are in. Every failure is a
// NetworkError of one line: the URL, then the reason ("HTTP 404", "cannot resolve host", "timed
// out after 30 s", "not HTML (application/pdf)", "larger than 32 MiB").
#pragma once

#include <cstddef>
#include <string>

namespace nangdok {

struct FetchSettings {
    long timeout_ms = 30'000;                  // the whole transfer, redirects included
    std::size_t max_bytes = 32u << 20;         // of the decompressed body
    long max_redirects = 10;
};

// The defaults, overridden by NANGDOK_FETCH_TIMEOUT (seconds, fractions allowed) and
// NANGDOK_FETCH_MAX_BYTES. Throws UsageError for a value that is not a positive number.
FetchSettings fetch_settings_from_environment();

struct FetchedPage {
    std::string url;           // where the redirects ended
    std::string body;
    std::string content_type;  // as the server sent it; empty when it sent none
};

// Throws NetworkError, or Interrupted on Ctrl-C.
FetchedPage fetch_page(const std::string& url, const FetchSettings& settings);

}  // namespace nangdok
