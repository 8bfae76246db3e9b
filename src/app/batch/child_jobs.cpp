#include "batch/child_jobs.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/errors.hpp"
#include "core/interrupt.hpp"

namespace nangdok {
namespace {

struct Running {
    std::size_t job;
    int stderr_fd;  // an unlinked temporary file holding the child's standard error
};

int anonymous_temp_file() {
    const char* tmpdir = std::getenv("TMPDIR");
    std::string pattern = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/nangdok-batch-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw OutputError(std::string("cannot create a temporary file: ") + std::strerror(errno));
    ::unlink(pattern.c_str());
    return fd;
}

pid_t start(const ChildJob& job, int stderr_fd) {
    std::vector<char*> argv;
    for (const std::string& arg : job.argv) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) throw EngineError(std::string("cannot start a process: ") + std::strerror(errno));
    if (pid == 0) {
        // A batch killed outright (kill -9, the OOM killer) takes its children with it, and with
        // them their unfinished outputs, instead of leaving them to run on unseen.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) ::_exit(127);
        ::dup2(stderr_fd, STDERR_FILENO);
        const int null_fd = ::open("/dev/null", O_RDWR);
        ::dup2(null_fd, STDIN_FILENO);
        ::dup2(null_fd, STDOUT_FILENO);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGPIPE, SIG_DFL);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    return pid;
}

std::string first_line(int fd) {
    std::string text(512, '\0');
    const ssize_t n = ::pread(fd, text.data(), text.size(), 0);
    text.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    text = text.substr(0, text.find('\n'));
    constexpr std::string_view our_prefix = "nangdok: ";  // the caller adds its own
    return text.starts_with(our_prefix) ? text.substr(our_prefix.size()) : text;
}

}  // namespace

std::size_t run_child_jobs(const std::vector<ChildJob>& jobs, int parallel,
                           const std::function<void(std::size_t, const ChildResult&)>& on_finished) {
    std::map<pid_t, Running> running;
    std::size_t next = 0;
    bool forwarded_stop = false;
    while (next < jobs.size() || !running.empty()) {
        while (!interrupt_requested() && next < jobs.size() && running.size() < static_cast<std::size_t>(parallel)) {
            const int stderr_fd = anonymous_temp_file();
            running[start(jobs[next], stderr_fd)] = {next, stderr_fd};
            ++next;
        }
        if (running.empty()) break;
        if (interrupt_requested() && !forwarded_stop) {
            for (const auto& [pid, job] : running) ::kill(pid, SIGTERM);
            forwarded_stop = true;
        }
        int status = 0;
        const pid_t pid = ::waitpid(-1, &status, 0);
        if (pid < 0) {
            if (errno == EINTR) continue;
            break;
        }
        const auto it = running.find(pid);
        if (it == running.end()) continue;
        ChildResult result;
        result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        result.error_line = first_line(it->second.stderr_fd);
        ::close(it->second.stderr_fd);
        const std::size_t job = it->second.job;
        running.erase(it);
        on_finished(job, result);
    }
    return next;
}

}  // namespace nangdok
