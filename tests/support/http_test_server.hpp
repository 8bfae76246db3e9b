// A tiny HTTP/1.1 server on 127.0.0.1 for the fetch tests: each path answers with a fixed
// response, or never answers (to test time-outs) until the server is destroyed. One thread
// accepts, one thread serves each connection; every response closes its connection.
#pragma once

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace nangdok::test_support {

struct HttpResponse {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";  // no header when empty
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;  // extra headers (Location, Content-Encoding)
    bool send_length = true;  // false: no Content-Length, the body ends when the connection closes
    bool hang = false;        // read the request, then send nothing until the server stops
};

class HttpTestServer {
public:
    HttpTestServer();
    ~HttpTestServer();
    HttpTestServer(const HttpTestServer&) = delete;
    HttpTestServer& operator=(const HttpTestServer&) = delete;

    void route(const std::string& path, HttpResponse response);
    std::string url(const std::string& path) const;

private:
    void accept_loop();
    void serve(int connection);

    int listener_ = -1;
    int port_ = 0;
    std::atomic<bool> stopping_{false};
    std::mutex mutex_;
    std::condition_variable stopped_;
    std::map<std::string, HttpResponse> routes_;
    std::vector<std::thread> connections_;
    std::thread acceptor_;
};

// The bytes of a gzip file holding `data` in stored (uncompressed) deflate blocks, for testing
// Content-Encoding: gzip without a compressor.
std::string gzip_stored(const std::string& data);

}  // namespace nangdok::test_support
