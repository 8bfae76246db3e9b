#include "parallel/process_synthesizer.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "parallel/pipe_io.hpp"
#include "parallel/synthesis_worker.hpp"

namespace nangdok {
namespace {

// About 15 s of speech per chunk (eSpeak reads about 15 bytes of Korean a second), which fits in
// the 1 MiB pipe a worker writes into; the first chunk is a single sentence so speech starts at once.
constexpr std::size_t kChunkBytes = 230;
constexpr int kAudioPipeBytes = 1 << 20;

void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
}

}  // namespace

ProcessSynthesizer::ProcessSynthesizer(int worker_count, const WorkerSetup& setup)
    : assignment_(static_cast<std::size_t>(std::max(worker_count, 1))) {
    workers_.resize(static_cast<std::size_t>(worker_count));
    for (std::size_t i = 0; i < workers_.size(); ++i) {
        int requests[2], audio[2];
        if (::pipe2(requests, O_CLOEXEC) != 0) throw EngineError(std::string("cannot start workers: ") + std::strerror(errno));
        if (::pipe2(audio, O_CLOEXEC) != 0) {
            ::close(requests[0]);
            ::close(requests[1]);
            throw EngineError(std::string("cannot start workers: ") + std::strerror(errno));
        }
        ::fcntl(audio[1], F_SETPIPE_SZ, kAudioPipeBytes);  // smaller when the system caps it: slower, still right
        const pid_t pid = ::fork();
        if (pid < 0) {
            for (int fd : {requests[0], requests[1], audio[0], audio[1]}) ::close(fd);
            throw EngineError(std::string("cannot start workers: ") + std::strerror(errno));
        }
        if (pid == 0) {
            // The child keeps only its own two ends: an inherited end of another worker's pipe
            // would keep that worker from ever seeing end of file.
            for (std::size_t k = 0; k < i; ++k) {
                ::close(workers_[k].requests);
                ::close(workers_[k].audio);
            }
            ::close(requests[1]);
            ::close(audio[0]);
            run_synthesis_worker(requests[0], audio[1], setup);
        }
        ::close(requests[0]);
        ::close(audio[1]);
        workers_[i].pid = pid;
        workers_[i].requests = requests[1];
        workers_[i].audio = audio[0];
        workers_[i].reader = std::make_unique<BufferedPipeReader>(audio[0]);
    }
}

ProcessSynthesizer::~ProcessSynthesizer() { stop_workers(); }

void ProcessSynthesizer::stop_workers() {
    for (Worker& worker : workers_) close_fd(worker.requests);  // end of file: a worker done with its work exits
    for (Worker& worker : workers_) {
        if (worker.pid <= 0) continue;
        // A worker still synthesizing (after Ctrl-C or an error) is not waited for.
        if (!sent_.empty() || interrupt_requested()) ::kill(worker.pid, SIGKILL);
        close_fd(worker.audio);
        while (::waitpid(worker.pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        worker.pid = -1;
    }
}

bool ProcessSynthesizer::wants_more_ahead(std::size_t prepared) const {
    // Two chunks queued per worker keep every worker busy; one sentence is always wanted so the
    // narrator knows what follows the current one.
    return prepared < 1 || sent_.size() < 2 * workers_.size();
}

void ProcessSynthesizer::prepare(const Sentence& sentence) {
    building_.push_back(sentence.spoken);
    building_bytes_ += sentence.spoken.size();
    if (chunks_sent_ == 0 || building_bytes_ >= kChunkBytes) send_building_chunk();
}

void ProcessSynthesizer::send_building_chunk() {
    if (building_.empty()) return;
    const std::size_t index = assignment_.assign(building_bytes_);
    const Worker& worker = workers_[index];
    ++chunks_sent_;
    std::string message;
    const auto count = static_cast<uint32_t>(building_.size());
    message.append(reinterpret_cast<const char*>(&count), sizeof count);
    for (const std::string& utterance : building_) {
        const auto length = static_cast<uint32_t>(utterance.size());
        message.append(reinterpret_cast<const char*>(&length), sizeof length);
        message += utterance;
    }
    if (!write_all(worker.requests, message.data(), message.size())) worker_failed(worker, "it stopped taking work");
    sent_.push_back({index, building_.size()});
    building_.clear();
    building_bytes_ = 0;
}

void ProcessSynthesizer::read_sample_rate(const Worker& worker) const {
    if (worker.sample_rate > 0) return;
    int32_t rate = 0;
    if (!worker.reader->read_exact(&rate, sizeof rate)) worker_failed(worker, "it did not start");
    if (rate == kWorkerFailed) rethrow_worker_error(worker);
    if (rate <= 0) worker_failed(worker, "it did not start");
    worker.sample_rate = rate;
}

// The worker's own error, with its exit code: a bad voice is a usage error in any process.
void ProcessSynthesizer::rethrow_worker_error(const Worker& worker) const {
    int32_t code = 0;
    uint32_t length = 0;
    std::string message;
    if (!worker.reader->read_exact(&code, sizeof code) || !worker.reader->read_exact(&length, sizeof length) ||
        length > (1u << 16))
        worker_failed(worker, "it ended unexpectedly");
    message.resize(length);
    if (!worker.reader->read_exact(message.data(), length)) worker_failed(worker, "it ended unexpectedly");
    throw Error(static_cast<ExitCode>(code), message);
}

int ProcessSynthesizer::sample_rate() const {
    read_sample_rate(workers_.front());
    return workers_.front().sample_rate;
}

void ProcessSynthesizer::worker_failed(const Worker& worker, const std::string& why) const {
    if (interrupt_requested()) throw Interrupted("interrupted");
    throw EngineError("synthesis worker " + std::to_string(worker.pid) + " failed: " + why);
}

int64_t ProcessSynthesizer::speak(const Sentence&, const SpeechEngine::SampleConsumer& consume) {
    if (sent_.empty()) send_building_chunk();
    if (sent_.empty()) throw std::logic_error("speak() without prepare()");
    Chunk& chunk = sent_.front();
    const Worker& worker = workers_[chunk.worker];
    read_sample_rate(worker);

    int64_t samples = 0;
    int16_t spare = 0;
    for (;;) {
        int32_t n = 0;
        if (!worker.reader->read_exact(&n, sizeof n)) {
            if (interrupt_requested()) return samples;
            worker_failed(worker, "it ended unexpectedly");
        }
        if (n == kEndOfSentence) break;
        if (n == kWorkerFailed) rethrow_worker_error(worker);
        if (n < 0) worker_failed(worker, "it sent garbage");
        for (auto left = static_cast<std::size_t>(n); left > 0;) {
            const std::span<const int16_t> piece = worker.reader->read_samples(left, spare);
            if (piece.empty()) {
                if (interrupt_requested()) return samples;
                worker_failed(worker, "it ended unexpectedly");
            }
            left -= piece.size();
            samples += static_cast<int64_t>(piece.size());
            // A consumer that stops (Ctrl-C) ends the reading: the workers are stopped, not drained.
            if (!consume(piece)) return samples;
        }
    }
    if (--chunk.unspoken == 0) sent_.pop_front();
    return samples;
}

}  // namespace nangdok
