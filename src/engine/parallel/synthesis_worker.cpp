#include "parallel/synthesis_worker.hpp"

#include <csignal>
#include <exception>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>

#include "core/errors.hpp"
#include "parallel/pipe_io.hpp"
#include "parallel/process_synthesizer.hpp"
#include "synth/speech_engine.hpp"

namespace nangdok {
namespace {

void report_failure(int audio_fd, ExitCode code, const std::string& message) {
    const int32_t failed = kWorkerFailed;
    const auto exit_code = static_cast<int32_t>(code);
    const auto length = static_cast<uint32_t>(message.size());
    write_all(audio_fd, &failed, sizeof failed);
    write_all(audio_fd, &exit_code, sizeof exit_code);
    write_all(audio_fd, &length, sizeof length);
    write_all(audio_fd, message.data(), message.size());
}

bool read_chunk(int fd, std::vector<std::string>& utterances) {
    uint32_t count = 0;
    if (!read_exact(fd, &count, sizeof count)) return false;
    utterances.assign(count, {});
    for (std::string& utterance : utterances) {
        uint32_t length = 0;
        if (!read_exact(fd, &length, sizeof length)) return false;
        utterance.resize(length);
        if (!read_exact(fd, utterance.data(), length)) return false;
    }
    return true;
}

}  // namespace

void run_synthesis_worker(int requests_fd, int audio_fd, const WorkerSetup& setup) {
    // Ctrl-C reaches the whole process group; the parent decides what it means and stops us.
    std::signal(SIGINT, SIG_IGN);
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGPIPE, SIG_IGN);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    try {
        SpeechEngine& engine = SpeechEngine::instance();
        engine.select_voice(setup.voice);
        engine.set_prosody(setup.prosody);
        const int32_t rate = engine.sample_rate();
        if (!write_all(audio_fd, &rate, sizeof rate)) ::_exit(0);

        std::vector<std::string> utterances;
        BufferedPipeWriter out(audio_fd);
        bool parent_listening = true;
        while (parent_listening && read_chunk(requests_fd, utterances)) {
            for (const std::string& utterance : utterances) {
                engine.synthesize(utterance, [&](std::span<const int16_t> samples) {
                    const auto n = static_cast<int32_t>(samples.size());
                    parent_listening = out.write(&n, sizeof n) && out.write(samples.data(), samples.size_bytes());
                    return parent_listening;
                });
                const int32_t end = kEndOfSentence;
                if (!parent_listening || !out.write(&end, sizeof end)) {
                    parent_listening = false;
                    break;
                }
            }
            // The parent may be waiting for this chunk's last sentence.
            parent_listening = parent_listening && out.flush();
        }
        ::_exit(0);
    } catch (const Error& error) {
        report_failure(audio_fd, error.code(), error.what());
        ::_exit(1);
    } catch (const std::exception& error) {
        report_failure(audio_fd, ExitCode::engine, error.what());
        ::_exit(1);
    }
}

}  // namespace nangdok
