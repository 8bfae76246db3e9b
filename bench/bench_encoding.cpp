// One core's speed, as a real-time factor (seconds of audio per second of CPU), of synthesis and of
// each encoder we ship, on the example article's speech: the numbers that bound how much a
// compressed format can cost next to WAV (docs/benchmarks.md, "Output formats").
//
// With both cores busy, writing a format costs about 1 + (encoder CPU) / (synthesis CPU) times
// the wall time of WAV, however the work is spread; so a format within 1.5x of WAV needs an
// encoder at least twice as fast as synthesis. The alternatives benchmarked here (a 16 kHz MP3,
// a 16 kHz Opus) are settings we could switch to, measured to show what they would buy.
#include <benchmark/benchmark.h>

#include <lame/lame.h>
#include <opus/opus.h>
#include <samplerate.h>

#include <fstream>
#include <sstream>

#include "formats/mp3_file_sink.hpp"
#include "formats/opus_file_sink.hpp"
#include "formats/resampler.hpp"
#include "formats/wav_file_sink.hpp"
#include "clean/clean.hpp"
#include "pipeline/text_pipeline.hpp"
#include "synth/speech_engine.hpp"

namespace {

using nangdok::SpeechEngine;

std::vector<nangdok::Sentence> example_sentences() {
    std::ifstream in(std::string(NANGDOK_SOURCE_DIR) + "/examples/seoul-dubai.txt");
    std::stringstream bytes;
    bytes << in.rdbuf();
    return nangdok::article_sentences(nangdok::clean_article(bytes.str()));
}

SpeechEngine& engine() {
    SpeechEngine& engine = SpeechEngine::instance();
    nangdok::VoiceChoice korean;
    korean.name = korean.espeak_name = "ko";
    engine.select_voice(korean);
    return engine;
}

const std::vector<int16_t>& example_speech() {
    static const std::vector<int16_t> speech = [] {
        std::vector<int16_t> samples;
        for (const auto& sentence : example_sentences())
            engine().synthesize(sentence.spoken, [&](std::span<const int16_t> block) {
                samples.insert(samples.end(), block.begin(), block.end());
                return true;
            });
        return samples;
    }();
    return speech;
}

void report_realtime(benchmark::State& state, std::size_t samples_per_iteration) {
    const double audio_seconds = static_cast<double>(samples_per_iteration) / 22050.0;
    state.counters["x_realtime"] =
        benchmark::Counter(audio_seconds * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_Synthesis(benchmark::State& state) {
    const auto sentences = example_sentences();
    std::size_t samples = 0;
    for (auto _ : state) {
        samples = 0;
        for (const auto& sentence : sentences)
            samples += static_cast<std::size_t>(engine().synthesize(sentence.spoken, [](auto) { return true; }));
    }
    report_realtime(state, samples);
}

template <class Sink>
void BM_ShippedSink(benchmark::State& state) {
    const std::vector<int16_t>& speech = example_speech();
    for (auto _ : state) {
        Sink sink("/dev/null");  // a device: written directly, as a pipe would be
        sink.start(nangdok::AudioFormat{22050, 1}, "제목");
        for (std::size_t done = 0; done < speech.size(); done += 4096)
            sink.write(std::span<const int16_t>(speech).subspan(done, std::min<std::size_t>(4096, speech.size() - done)));
        sink.finish();
    }
    report_realtime(state, speech.size());
}

std::vector<int16_t> resampled_to_16k(const std::vector<int16_t>& speech) {
    nangdok::Resampler resampler(22050, 16000, nangdok::Resampler::Converter::linear);
    const std::vector<float>& out = resampler.process(speech, true);
    std::vector<int16_t> samples(out.size());
    src_float_to_short_array(out.data(), samples.data(), static_cast<int>(out.size()));
    return samples;
}

// LAME at 16 kHz (MPEG-2), the same 8 kHz band as our 22.05 kHz MP3, on input resampled outside
// the timing: the encoder's share alone.
void BM_Lame16kEncoderOnly(benchmark::State& state) {
    const std::vector<int16_t> input = resampled_to_16k(example_speech());
    std::vector<unsigned char> out(input.size() * 5 / 4 + 7200);
    for (auto _ : state) {
        lame_t lame = lame_init();
        lame_set_in_samplerate(lame, 16000);
        lame_set_out_samplerate(lame, 16000);
        lame_set_num_channels(lame, 1);
        lame_set_mode(lame, MONO);
        lame_set_VBR(lame, vbr_mtrh);
        lame_set_VBR_quality(lame, 9.999f);
        lame_set_lowpassfreq(lame, 7900);
        lame_set_quality(lame, 7);
        lame_init_params(lame);
        int bytes = lame_encode_buffer(lame, input.data(), input.data(), static_cast<int>(input.size()), out.data(),
                                       static_cast<int>(out.size()));
        bytes += lame_encode_flush(lame, out.data(), static_cast<int>(out.size()));
        benchmark::DoNotOptimize(bytes);
        lame_close(lame);
    }
    report_realtime(state, example_speech().size());
}

// Opus (CELT, complexity 0, 32 kbit/s) at 16 kHz, encoder only.
void BM_Opus16kEncoderOnly(benchmark::State& state) {
    const std::vector<int16_t> input = resampled_to_16k(example_speech());
    unsigned char packet[1500];
    for (auto _ : state) {
        int error = 0;
        OpusEncoder* encoder = opus_encoder_create(16000, 1, OPUS_APPLICATION_RESTRICTED_LOWDELAY, &error);
        opus_encoder_ctl(encoder, OPUS_SET_BITRATE(32000));
        opus_encoder_ctl(encoder, OPUS_SET_COMPLEXITY(0));
        for (std::size_t done = 0; done + 320 <= input.size(); done += 320)
            benchmark::DoNotOptimize(opus_encode(encoder, input.data() + done, 320, packet, sizeof packet));
        opus_encoder_destroy(encoder);
    }
    report_realtime(state, example_speech().size());
}

BENCHMARK(BM_Synthesis)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ShippedSink<nangdok::WavFileSink>)->Name("BM_WavSink")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ShippedSink<nangdok::Mp3FileSink>)->Name("BM_Mp3Sink")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ShippedSink<nangdok::OpusFileSink>)->Name("BM_OpusSink")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Lame16kEncoderOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Opus16kEncoderOnly)->Unit(benchmark::kMillisecond);

}  // namespace
