#include "support/ssip_client.hpp"

#include <chrono>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "support/module_process.hpp"

namespace nangdok::test_support {

SsipClient::SsipClient(const std::string& socket_path) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (socket_path.size() >= sizeof address.sun_path) return;
    std::memcpy(address.sun_path, socket_path.c_str(), socket_path.size() + 1);
    fd_ = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd_ >= 0 && ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd_);
        fd_ = -1;
    }
}

SsipClient::~SsipClient() {
    if (fd_ < 0) return;
    send("QUIT\r\n");
    ::close(fd_);
}

void SsipClient::send(const std::string& bytes) {
    std::size_t done = 0;
    while (fd_ >= 0 && done < bytes.size()) {
        const ssize_t written = ::send(fd_, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
        if (written <= 0) return;
        done += static_cast<std::size_t>(written);
    }
}

SsipMessage SsipClient::read_message() {
    SsipMessage message;
    const auto give_up = std::chrono::steady_clock::now() + kHangLimit;
    while (true) {
        const std::size_t eol = buffer_.find("\r\n");
        if (eol != std::string::npos) {
            const std::string line = buffer_.substr(0, eol);
            buffer_.erase(0, eol + 2);
            if (line.size() < 4) continue;
            message.code = line.substr(0, 3);
            message.lines.push_back(line.substr(4));
            if (line[3] == ' ') return message;
            continue;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(give_up - std::chrono::steady_clock::now());
        if (left.count() <= 0) return {"HANG", {}};
        pollfd ready{fd_, POLLIN, 0};
        if (::poll(&ready, 1, static_cast<int>(left.count())) <= 0) continue;
        char chunk[4096];
        const ssize_t got = ::recv(fd_, chunk, sizeof chunk, 0);
        if (got <= 0) return {"EOF", {}};
        buffer_.append(chunk, static_cast<std::size_t>(got));
    }
}

SsipMessage SsipClient::command(const std::string& line) {
    send(line + "\r\n");
    while (true) {
        SsipMessage message = read_message();
        if (message.code.starts_with("7")) {
            events_.push_back(std::move(message));
            continue;
        }
        return message;
    }
}

SsipMessage SsipClient::speak(const std::string& text) {
    const SsipMessage receiving = command("SPEAK");
    if (receiving.code != "230") return receiving;
    std::string data;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string line = text.substr(start, end - start);
        data += (line.starts_with(".") ? "." : "") + line + "\r\n";
        start = end + 1;
    }
    send(data);
    return command(".");
}

SsipMessage SsipClient::next_event() {
    if (!events_.empty()) {
        SsipMessage event = std::move(events_.front());
        events_.erase(events_.begin());
        return event;
    }
    return read_message();
}

}  // namespace nangdok::test_support
