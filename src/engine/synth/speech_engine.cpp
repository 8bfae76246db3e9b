#include "synth/speech_engine.hpp"

#include <cerrno>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <optional>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include "core/errors.hpp"
#include "synth/engine_input.hpp"
#include "sink/unique_fd.hpp"
#include "synth/espeak_data.hpp"

namespace nangdok {
namespace {

std::string status_message(espeak_ng_STATUS status) {
    char message[512] = {};
    espeak_ng_GetStatusCodeMessage(status, message, sizeof message);
    return message;
}

struct SynthCall {
    const SpeechEngine::SampleConsumer* consume;
    int64_t samples = 0;
    bool stopped = false;
    std::exception_ptr error;  // thrown by `consume`; rethrown once eSpeak has returned
};

int on_audio(short* wav, int count, espeak_EVENT* events) {
    if (wav == nullptr || count <= 0 || events == nullptr) return 0;
    auto* call = static_cast<SynthCall*>(events->user_data);
    if (call == nullptr || call->stopped) return 1;
    call->samples += count;
    // An exception must not unwind through eSpeak's C frames.
    try {
        if ((*call->consume)(std::span<const int16_t>(wav, static_cast<std::size_t>(count)))) return 0;
    } catch (...) {
        call->error = std::current_exception();
    }
    call->stopped = true;
    return 1;
}

// eSpeak NG 1.51 copies a voice path into a 60-byte buffer and lowercases it, so voice files are
// loaded from a short, lowercase path: an unnamed file (O_TMPFILE) reached as /proc/self/fd/<n>,
// which a killed process cannot leave behind; where that is refused, a named copy in
// /tmp/nangdok-<pid>/ that lives for the instant eSpeak NG reads it.
bool write_all(int fd, const std::string& text) {
    for (std::size_t done = 0; done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

void load_voice_from_text(const std::string& voice_text, const std::string& voice_name) {
    static int counter = 0;
    for (const char* base : {"/tmp", "/dev/shm", "/var/tmp"}) {
        std::optional<espeak_ng_STATUS> status;
        if (UniqueFd unnamed(::open(base, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600)); unnamed) {
            if (!write_all(unnamed.get(), voice_text)) continue;
            status = espeak_ng_SetVoiceByFile(("/proc/self/fd/" + std::to_string(unnamed.get())).c_str());
        } else {
            const std::string dir = std::string(base) + "/nangdok-" + std::to_string(::getpid());
            if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) continue;
            const std::string path = dir + "/v" + std::to_string(++counter);
            UniqueFd named(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
            const bool written = named && write_all(named.get(), voice_text) && named.close() == 0;
            if (written) status = espeak_ng_SetVoiceByFile(path.c_str());
            ::unlink(path.c_str());
            ::rmdir(dir.c_str());
            if (!written) continue;
        }
        if (*status != ENS_OK)
            throw UsageError("voice " + voice_name + ": eSpeak NG cannot load it (" + status_message(*status) + ")");
        return;
    }
    throw EngineError("voice " + voice_name + ": no writable temporary folder (/tmp, /dev/shm, /var/tmp) to load it from");
}

}  // namespace

SpeechEngine& SpeechEngine::instance() {
    // Never destroyed: terminating eSpeak NG can deadlock, and the process ends anyway.
    static SpeechEngine* engine = new SpeechEngine();
    return *engine;
}

SpeechEngine::SpeechEngine() : owner_(std::this_thread::get_id()) {
    locate_espeak_data();
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS status = espeak_ng_Initialize(&context);
    if (status != ENS_OK) {
        espeak_ng_ClearErrorContext(&context);
        throw EngineError("eSpeak NG cannot start: " + status_message(status) +
                          " (is the espeak-ng-data package installed?)");
    }
    status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (status != ENS_OK) throw EngineError("eSpeak NG output setup failed: " + status_message(status));
    sample_rate_ = espeak_ng_GetSampleRate();
    if (sample_rate_ <= 0) throw EngineError("eSpeak NG reported no sample rate");
    espeak_SetSynthCallback(&on_audio);
}

void SpeechEngine::check_thread() const {
    if (std::this_thread::get_id() != owner_)
        throw std::logic_error("eSpeak NG used from a second thread; it is not thread-safe");
}

void SpeechEngine::select_voice(const VoiceChoice& voice) {
    check_thread();
    const std::string key = voice.kind == VoiceChoice::Kind::voice_file ? "file:" + voice.espeak_text
                                                                         : "name:" + voice.espeak_name;
    if (key == current_voice_key_) return;
    if (voice.kind == VoiceChoice::Kind::voice_file) {
        load_voice_from_text(voice.espeak_text, voice.name);
    } else if (espeak_ng_STATUS status = espeak_ng_SetVoiceByName(voice.espeak_name.c_str()); status != ENS_OK) {
        throw UsageError("voice " + voice.name + ": eSpeak NG cannot load it (" + status_message(status) + ")");
    }
    current_voice_key_ = key;
    prosody_applied_ = false;  // a voice change resets eSpeak's speed and pitch
}

void SpeechEngine::set_prosody(const ProsodySettings& prosody) {
    check_thread();
    if (prosody_applied_ && prosody.rate_wpm == prosody_.rate_wpm && prosody.pitch == prosody_.pitch &&
        prosody.volume == prosody_.volume)
        return;
    espeak_ng_SetParameter(espeakRATE, prosody.rate_wpm, 0);
    espeak_ng_SetParameter(espeakPITCH, prosody.pitch, 0);
    espeak_ng_SetParameter(espeakVOLUME, prosody.volume, 0);
    prosody_ = prosody;
    prosody_applied_ = true;
}

int64_t SpeechEngine::synthesize(std::string_view utterance, const SampleConsumer& consume) {
    check_thread();
    if (current_voice_key_.empty()) {
        VoiceChoice fallback;
        fallback.name = fallback.espeak_name = "ko";
        select_voice(fallback);
    }
    if (!prosody_applied_) set_prosody(prosody_);
    const std::string text = engine_input(utterance);
    if (text.find_first_not_of(" \n") == std::string::npos) return 0;
    SynthCall call{&consume, 0, false, nullptr};
    espeak_ng_STATUS status = espeak_ng_Synthesize(text.c_str(), 0, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                                                   nullptr, &call);
    if (call.error) std::rethrow_exception(call.error);
    if (status != ENS_OK && !(status == ENS_SPEECH_STOPPED && call.stopped))
        throw EngineError("eSpeak NG failed to synthesize: " + status_message(status));
    return call.samples;
}

}  // namespace nangdok
