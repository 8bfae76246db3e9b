// `nangdok clean|sentences|read URL` against a local HTTP server started by each test (127.0.0.1
// only: CI has no internet). Errors are one line naming the URL and the reason, exit code 6.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <cstdlib>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

#include "fetch/http_fetch.hpp"
#include "pipeline/text_pipeline.hpp"
#include "support/http_test_server.hpp"
#include "support/run_process.hpp"

using namespace nangdok::test_support;

namespace {

constexpr int kNetworkError = 6;

const std::string kPage =
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>시장 앞 횡단보도 새로 긋는다 | 한빛일보</title></head>"
    "<body><nav><a href=\"/\">홈</a> <a href=\"/s\">사회</a></nav>"
    "<article><h1>시장 앞 횡단보도 새로 긋는다</h1>"
    "<p>구청은 전통시장 앞 교차로에 횡단보도 두 곳을 새로 긋는다고 밝혔다.</p>"
    "<p>상인들과 주민들은 그동안 길을 건너려면 200m를 돌아가야 했다며 설치를 요구해 왔다.</p>"
    "</article></body></html>";

const std::string kExpected =
    "시장 앞 횡단보도 새로 긋는다\n\n"
    "구청은 전통시장 앞 교차로에 횡단보도 두 곳을 새로 긋는다고 밝혔다.\n\n"
    "상인들과 주민들은 그동안 길을 건너려면 200m를 돌아가야 했다며 설치를 요구해 왔다.\n";

// No proxy may stand between the test and 127.0.0.1, and the time-out is short.
std::vector<std::string> fetch_env(std::vector<std::string> extra = {}) {
    std::vector<std::string> env{"http_proxy=", "https_proxy=", "HTTP_PROXY=", "HTTPS_PROXY=", "all_proxy=",
                                 "ALL_PROXY=", "no_proxy=127.0.0.1", "NANGDOK_FETCH_TIMEOUT=10"};
    env.insert(env.end(), extra.begin(), extra.end());
    return env;
}

void expect_network_error(const ProcessResult& r, const std::string& url, const std::string& reason) {
    EXPECT_EQ(r.exit_code, kNetworkError) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_NE(r.err.find("nangdok: " + url + ": "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(reason), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
}

}  // namespace

TEST(FetchCli, CleanReadsThePageAtAUrl) {
    HttpTestServer server;
    server.route("/news/1", {200, "text/html; charset=utf-8", kPage});
    const ProcessResult r = run_nangdok({"clean", server.url("/news/1")}, "", fetch_env());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, kExpected);
}

TEST(FetchCli, FollowsRedirects) {
    HttpTestServer server;
    server.route("/news/1", {200, "text/html", kPage});
    server.route("/old", {301, "text/html", "moved", {{"Location", "/short"}}});
    server.route("/short", {302, "", "", {{"Location", server.url("/news/1")}}});
    const ProcessResult r = run_nangdok({"clean", server.url("/old")}, "", fetch_env());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, kExpected);
}

TEST(FetchCli, TakesTheCharsetFromContentType) {
    HttpTestServer server;
    // EUC-KR bytes with no <meta>: only the header says what they are.
    std::string euc_kr_page = "<html><body><p>";
    euc_kr_page += "\xB0\xA1\xB0\xA1 \xB3\xAA\xB3\xAA.";  // "가가 나나."
    euc_kr_page += "</p></body></html>";
    server.route("/euc", {200, "text/html; charset=EUC-KR", euc_kr_page});
    const ProcessResult r = run_nangdok({"sentences", "--no-clean", server.url("/euc")}, "", fetch_env());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "가가 나나.\n");
}

TEST(FetchCli, DecompressesGzip) {
    HttpTestServer server;
    server.route("/gz", {200, "text/html; charset=utf-8", gzip_stored(kPage), {{"Content-Encoding", "gzip"}}});
    const ProcessResult r = run_nangdok({"clean", server.url("/gz")}, "", fetch_env());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, kExpected);
}

TEST(FetchCli, JsonSaysHowTheArticleWasFound) {
    HttpTestServer server;
    server.route("/news/1", {200, "text/html", kPage});
    const ProcessResult r = run_nangdok({"clean", "--json", server.url("/news/1")}, "", fetch_env());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const nlohmann::json page = nlohmann::json::parse(r.out);
    EXPECT_EQ(page["method"], "dom");
    EXPECT_EQ(page["headline"], "시장 앞 횡단보도 새로 긋는다");
    EXPECT_EQ(page["outlet"], "한빛일보");
}

TEST(FetchCli, NotFoundIsHttp404) {
    HttpTestServer server;
    const std::string url = server.url("/gone");
    expect_network_error(run_nangdok({"clean", url}, "", fetch_env()), url, "HTTP 404");
}

TEST(FetchCli, ServerErrorIsReportedWithItsStatus) {
    HttpTestServer server;
    server.route("/broken", {500, "text/html", "<h1>oops</h1>"});
    const std::string url = server.url("/broken");
    expect_network_error(run_nangdok({"sentences", url}, "", fetch_env()), url, "HTTP 500");
}

TEST(FetchCli, ASlowServerTimesOut) {
    HttpTestServer server;
    HttpResponse never;
    never.hang = true;
    server.route("/slow", never);
    const std::string url = server.url("/slow");
    expect_network_error(run_nangdok({"clean", url}, "", fetch_env({"NANGDOK_FETCH_TIMEOUT=0.5"})), url,
                         "timed out after 0.5 s");
}

TEST(FetchCli, RefusesAResponseThatIsNotHtml) {
    HttpTestServer server;
    server.route("/report.pdf", {200, "application/pdf", "%PDF-1.4 not a page"});
    const std::string url = server.url("/report.pdf");
    expect_network_error(run_nangdok({"clean", url}, "", fetch_env()), url, "not HTML (application/pdf)");
}

TEST(FetchCli, PlainTextIsReadAsText) {
    HttpTestServer server;
    server.route("/a.txt", {200, "text/plain; charset=utf-8", "<html> 태그처럼 보여도 글이다.\n"});
    const ProcessResult r = run_nangdok({"sentences", "--no-clean", server.url("/a.txt")}, "", fetch_env());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "<html> 태그처럼 보여도 글이다.\n");
}

TEST(FetchCli, RefusesAnOversizeBodyWithOrWithoutItsLength) {
    HttpTestServer server;
    const std::string big = "<html><body>" + std::string(5000, 'x') + "</body></html>";
    HttpResponse declared{200, "text/html", big};
    HttpResponse streamed{200, "text/html", big};
    streamed.send_length = false;
    server.route("/declared", declared);
    server.route("/streamed", streamed);
    for (const char* path : {"/declared", "/streamed"}) {
        const std::string url = server.url(path);
        expect_network_error(run_nangdok({"clean", url}, "", fetch_env({"NANGDOK_FETCH_MAX_BYTES=1000"})), url,
                             "larger than 1000 bytes");
    }
}

TEST(FetchCli, AClosedPortCannotConnect) {
    // A port that was just free: bind it, note it, release it.
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ASSERT_EQ(::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    ASSERT_EQ(::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length), 0);
    ::close(probe);
    const std::string url = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/";
    expect_network_error(run_nangdok({"clean", url}, "", fetch_env()), url, "cannot connect");
}

TEST(FetchCli, ABadTimeoutSettingIsAUsageError) {
    const ProcessResult r = run_nangdok({"clean", "http://127.0.0.1:9/"}, "", fetch_env({"NANGDOK_FETCH_TIMEOUT=soon"}));
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find("NANGDOK_FETCH_TIMEOUT"), std::string::npos) << r.err;
}

TEST(FetchCli, ReadSavesTheArticleAtAUrl) {
    HttpTestServer server;
    server.route("/news/1", {200, "text/html", kPage});
    TempDir dir;
    const ProcessResult r = run_nangdok({"read", server.url("/news/1"), "-o", dir / "out.wav", "-j", "1"}, "", fetch_env());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_GT(read_file(dir / "out.wav").size(), 44u);
}

TEST(FetchCli, LibcurlIsLoadedOnlyWhenAUrlIsFetched) {
    // ctest runs each test in a process of its own, so this one starts without libcurl.
    auto curl_mapped = [] { return read_file("/proc/self/maps").find("libcurl") != std::string::npos; };
    const nangdok::Article article = nangdok::load_article({"page.html", kPage, {}}, true);
    EXPECT_FALSE(article.paragraphs.empty());
    EXPECT_FALSE(curl_mapped()) << "libcurl costs every start-up ~15 ms: load it only to fetch";
    ::setenv("no_proxy", "127.0.0.1", 1);  // this process fetches itself: no proxy in between
    HttpTestServer server;
    server.route("/news/1", {200, "text/html", kPage});
    nangdok::FetchSettings settings;
    settings.timeout_ms = 10'000;
    const nangdok::FetchedPage page = nangdok::fetch_page(server.url("/news/1"), settings);
    EXPECT_EQ(page.body, kPage);
    EXPECT_TRUE(curl_mapped());
}
