#include "fetch/http_fetch.hpp"

#include <cstdlib>
#include <memory>

#include <curl/curl.h>

#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "fetch/curl_library.hpp"

#ifndef NANGDOK_VERSION
#define NANGDOK_VERSION "0.0.0"
#endif

namespace nangdok {
namespace {

// RAII for libcurl's handles, through the library loaded on demand.
struct CurlCleanup {
    void operator()(CURL* curl) const { curl_library().easy_cleanup(curl); }
};
struct HeaderListFree {
    void operator()(curl_slist* list) const { curl_library().slist_free_all(list); }
};
using CurlPtr = std::unique_ptr<CURL, CurlCleanup>;
using HeaderList = std::unique_ptr<curl_slist, HeaderListFree>;

std::string lowered_media_type(const std::string& content_type) {
    std::string type = content_type.substr(0, content_type.find(';'));
    while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.pop_back();
    for (char& c : type)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return type;
}

// HTML is what we extract from; plain text goes to the text cleaner; a missing type is sniffed.
bool readable_type(const std::string& content_type) {
    const std::string type = lowered_media_type(content_type);
    return type.empty() || type == "text/html" || type == "application/xhtml+xml" || type == "text/plain";
}

struct Transfer {
    CURL* curl = nullptr;
    std::size_t max_bytes = 0;
    std::string body;
    std::string content_type;
    bool type_checked = false;
    bool wrong_type = false;
    bool too_big = false;
};

void read_content_type(Transfer& t) {
    if (t.type_checked) return;
    t.type_checked = true;
    char* type = nullptr;
    if (curl_library().easy_getinfo(t.curl, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type != nullptr)
        t.content_type = type;
    t.wrong_type = !readable_type(t.content_type);
}

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
    Transfer& t = *static_cast<Transfer*>(user);
    const std::size_t bytes = size * count;
    read_content_type(t);
    if (t.wrong_type) return 0;  // stop now: a video need not be downloaded to be refused
    if (t.body.size() + bytes > t.max_bytes) {
        t.too_big = true;
        return 0;
    }
    t.body.append(data, bytes);
    return bytes;
}

int on_progress(void*, curl_off_t, curl_off_t, curl_off_t, curl_off_t) { return interrupt_requested() ? 1 : 0; }

std::string describe_size(std::size_t bytes) {
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
}

std::string describe_seconds(long ms) {
    if (ms % 1000 == 0) return std::to_string(ms / 1000) + " s";
    return std::to_string(ms / 1000) + "." + std::to_string(ms % 1000 / 100) + " s";
}

std::string reason(CURLcode code, const char* detail, const Transfer& t, const FetchSettings& s, long status) {
    switch (code) {
        case CURLE_HTTP_RETURNED_ERROR: return "HTTP " + std::to_string(status);
        case CURLE_COULDNT_RESOLVE_HOST: return "cannot resolve the host name (DNS failure; is the computer offline?)";
        case CURLE_COULDNT_RESOLVE_PROXY: return "cannot resolve the proxy's host name";
        case CURLE_COULDNT_CONNECT: return "cannot connect to the server (" + std::string(detail) + ")";
        case CURLE_OPERATION_TIMEDOUT: return "timed out after " + describe_seconds(s.timeout_ms);
        case CURLE_TOO_MANY_REDIRECTS: return "more than " + std::to_string(s.max_redirects) + " redirects";
        case CURLE_FILESIZE_EXCEEDED: return "the page is larger than " + describe_size(s.max_bytes);
        case CURLE_UNSUPPORTED_PROTOCOL: return "redirected to an address that is not http or https";
        case CURLE_BAD_CONTENT_ENCODING: return "the compressed body is damaged (" + std::string(detail) + ")";
        case CURLE_WRITE_ERROR:
            if (t.wrong_type) return "not HTML (" + lowered_media_type(t.content_type) + ")";
            if (t.too_big) return "the page is larger than " + describe_size(s.max_bytes);
            break;
        default: break;
    }
    return *detail != '\0' ? std::string(detail) : std::string(curl_library().easy_strerror(code));
}

long positive_environment_number(const char* name, double scale, long fallback) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') return fallback;
    char* end = nullptr;
    const double number = std::strtod(value, &end);
    if (end == value || *end != '\0' || !(number > 0) || number * scale > 1e15)
        throw UsageError(std::string(name) + "=" + value + ": not a positive number");
    return static_cast<long>(number * scale);
}

}  // namespace

FetchSettings fetch_settings_from_environment() {
    FetchSettings s;
    s.timeout_ms = std::max(1L, positive_environment_number("NANGDOK_FETCH_TIMEOUT", 1000.0, s.timeout_ms));
    s.max_bytes = static_cast<std::size_t>(
        positive_environment_number("NANGDOK_FETCH_MAX_BYTES", 1.0, static_cast<long>(s.max_bytes)));
    return s;
}

FetchedPage fetch_page(const std::string& url, const FetchSettings& settings) {
    const CurlLibrary& lib = curl_library();
    CurlPtr curl(lib.easy_init());
    if (!curl) throw NetworkError(url + ": libcurl could not start");
    Transfer transfer;
    transfer.curl = curl.get();
    transfer.max_bytes = settings.max_bytes;
    char detail[CURL_ERROR_SIZE] = "";
    curl_slist* list = nullptr;
    for (const char* h : {"Accept: text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
                          "Accept-Language: ko,en;q=0.8"}) {
        curl_slist* longer = lib.slist_append(list, h);
        if (longer == nullptr) {
            lib.slist_free_all(list);
            throw NetworkError(url + ": out of memory");
        }
        list = longer;
    }
    const HeaderList headers(list);
    CURL* c = curl.get();
    lib.easy_setopt(c, CURLOPT_URL, url.c_str());
    lib.easy_setopt(c, CURLOPT_ERRORBUFFER, detail);
    lib.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    lib.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    lib.easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    lib.easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    lib.easy_setopt(c, CURLOPT_MAXREDIRS, settings.max_redirects);
    lib.easy_setopt(c, CURLOPT_TIMEOUT_MS, settings.timeout_ms);
    lib.easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, std::min(settings.timeout_ms, 15'000L));
    lib.easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(settings.max_bytes));
    lib.easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // every encoding this libcurl decodes
    lib.easy_setopt(c, CURLOPT_FAILONERROR, 1L);
    lib.easy_setopt(c, CURLOPT_USERAGENT, "Mozilla/5.0 (compatible; nangdok/" NANGDOK_VERSION ")");
    lib.easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    lib.easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    lib.easy_setopt(c, CURLOPT_WRITEDATA, &transfer);
    lib.easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    lib.easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);

    const CURLcode code = lib.easy_perform(c);
    if (code == CURLE_ABORTED_BY_CALLBACK && interrupt_requested()) throw Interrupted("interrupted while fetching " + url);
    long status = 0;
    lib.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    if (code != CURLE_OK) throw NetworkError(url + ": " + reason(code, detail, transfer, settings, status));
    read_content_type(transfer);
    if (transfer.wrong_type)
        throw NetworkError(url + ": not HTML (" + lowered_media_type(transfer.content_type) + ")");

    FetchedPage page;
    char* final_url = nullptr;
    page.url = lib.easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &final_url) == CURLE_OK && final_url ? final_url : url;
    page.body = std::move(transfer.body);
    page.content_type = std::move(transfer.content_type);
    return page;
}

}  // namespace nangdok
