// Synthesis in N worker processes, each with its own eSpeak NG (the library is not thread-safe,
// but separate processes scale: two finish a text 1.93x faster than one).
//
// Sentences are grouped into chunks (contiguous runs of about 15 s of speech), each handed to the
// worker given the least text so far (chunk_assignment.hpp); the parent reads each sentence's audio back in order and streams it on. A
// worker streams its audio into a 1 MiB pipe, so it can work about one chunk ahead of the parent
// without holding audio in its own memory. Chunks depend only on the text, so the output is the
// same on every run for a given input, voice and number of workers.
//
// Workers are forked by the constructor, which must run before this process starts any thread or
// initialises eSpeak NG. They ignore Ctrl-C (the parent decides), die with the parent, and are
// stopped by the destructor. A worker that fails ends the reading with EngineError.
#pragma once

#include <deque>
#include <string>
#include <sys/types.h>
#include <vector>

#include <memory>

#include "parallel/chunk_assignment.hpp"
#include "parallel/pipe_io.hpp"
#include "narration/synthesizer.hpp"
#include "synth/voice_catalog.hpp"

namespace nangdok {

struct WorkerSetup {
    VoiceChoice voice;
    ProsodySettings prosody;
};

class ProcessSynthesizer : public Synthesizer {
public:
    ProcessSynthesizer(int workers, const WorkerSetup& setup);
    ~ProcessSynthesizer() override;
    ProcessSynthesizer(const ProcessSynthesizer&) = delete;
    ProcessSynthesizer& operator=(const ProcessSynthesizer&) = delete;

    bool wants_more_ahead(std::size_t prepared) const override;
    void prepare(const Sentence& sentence) override;
    int64_t speak(const Sentence& sentence, const SpeechEngine::SampleConsumer& consume) override;
    int sample_rate() const override;

private:
    struct Worker {
        pid_t pid = -1;
        int requests = -1;  // parent writes chunks here
        int audio = -1;     // and reads audio back from here, through `reader`
        std::unique_ptr<BufferedPipeReader> reader;
        mutable int sample_rate = 0;  // sent first by the worker once its engine is up
    };
    struct Chunk {
        std::size_t worker = 0;
        std::size_t unspoken = 0;  // sentences of this chunk not yet read back
    };

    void send_building_chunk();
    void read_sample_rate(const Worker& worker) const;
    [[noreturn]] void worker_failed(const Worker& worker, const std::string& why) const;
    [[noreturn]] void rethrow_worker_error(const Worker& worker) const;
    void stop_workers();

    std::vector<Worker> workers_;
    std::deque<Chunk> sent_;               // in order; front is being spoken
    std::vector<std::string> building_;    // utterances of the chunk not yet sent
    std::size_t building_bytes_ = 0;
    std::size_t chunks_sent_ = 0;
    ChunkAssignment assignment_;
};

}  // namespace nangdok
