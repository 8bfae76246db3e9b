#include "speechd/module_server.hpp"

#include <cstdio>
#include <sstream>
#include <unistd.h>

#include <espeak-ng/speak_lib.h>

#include "core/errors.hpp"
#include "decode/decode.hpp"
#include "speechd/engine_worker.hpp"
#include "speechd/line_reader.hpp"
#include "speechd/module_wire.hpp"
#include "speechd/output_channel.hpp"
#include "speechd/voice_setup.hpp"

#ifndef NANGDOK_VERSION
#define NANGDOK_VERSION "unknown"
#endif

namespace nangdok::speechd {
namespace {

std::string line(std::string_view text) { return std::string(text) + "\n"; }

MessageKind message_kind(RequestKind kind) {
    switch (kind) {
        case RequestKind::character: return MessageKind::character;
        case RequestKind::key: return MessageKind::key;
        case RequestKind::sound_icon: return MessageKind::sound_icon;
        default: return MessageKind::text;
    }
}

}  // namespace

std::string decode_message(const std::string& bytes) {
    try {
        return decode_article_bytes(bytes, "message").text;
    } catch (const InputError&) {
    }
    std::string kept;
    kept.reserve(bytes.size());
    std::string_view rest(bytes);
    while (!rest.empty()) {
        const std::size_t bad = find_invalid_utf8(rest);
        kept.append(rest.substr(0, bad));
        if (bad == std::string_view::npos) break;
        rest.remove_prefix(bad + 1);
    }
    std::erase(kept, '\0');
    try {
        return decode_article_bytes(kept, "message").text;
    } catch (const InputError&) {
        return {};
    }
}

ModuleServer::ModuleServer(int in_fd, int out_fd, std::filesystem::path config_file)
    : in_fd_(in_fd), out_fd_(out_fd), config_file_(std::move(config_file)) {}

ModuleServer::~ModuleServer() {
    shut_down();
    if (debug_file_ != nullptr) std::fclose(debug_file_);
}

void ModuleServer::shut_down() {
    if (channel_) channel_->stop();
    if (engine_) engine_->shutdown();
    if (channel_) channel_->close();
}

int ModuleServer::run() {
    LineReader input(in_fd_);
    const std::optional<std::string> first = input.next();
    if (!first) return 2;
    if (*first != "INIT") {
        std::fprintf(stderr, "sd_nangdok: the server's first command was not INIT; is this speech-dispatcher?\n");
        return 3;
    }
    std::string status;
    if (!start(status)) {
        const std::string answer = multiline_reply(399, {status}, "ERR CANT INIT MODULE");
        if (::write(out_fd_, answer.data(), answer.size()) < 0) return 1;
        return 1;
    }
    channel_->send_reply(multiline_reply(299, {status}, "OK LOADED SUCCESSFULLY"));

    RequestReader reader;
    while (const std::optional<std::string> text = input.next()) {
        RequestReader::Step step = reader.feed(*text);
        if (step.reply) send(*step.reply);
        if (!step.request) continue;
        if (debug_file_ != nullptr || config_.debug || log_level_ >= 5) log(std::string("command ") + std::string(request_name(step.request->kind)));
        if (step.request->kind == RequestKind::quit) {
            channel_->stop();
            send(replies::quit);
            shut_down();
            return 0;
        }
        handle(*step.request);
    }
    if (reader.inside_block()) log("standard input closed in the middle of a command");
    channel_->stop();
    send(replies::module_closed);
    shut_down();
    return 2;
}

bool ModuleServer::start(std::string& status) {
    try {
        config_ = load_module_config(config_file_);
        for (const std::string& warning : config_.warnings) log(warning);
        channel_ = std::make_unique<OutputChannel>(out_fd_, std::chrono::milliseconds(config_.audio_ahead_ms));
        voices_ = std::make_unique<VoicePicker>(config_);
        engine_ = std::make_unique<EngineWorker>(*channel_, *voices_, config_);
        engine_->start();
        // The decode stage's first call loads ICU's converters and normalization data (about
        // 30 ms): paid here rather than by the first message.
        decode_message("<speak>준비 ready</speak>");
    } catch (const std::exception& error) {
        status = std::string("nangdok: ") + error.what();
        return false;
    }
    const char* espeak_version = espeak_Info(nullptr);
    status = std::string("nangdok ") + NANGDOK_VERSION + " with eSpeak NG " + (espeak_version ? espeak_version : "") +
             ": Korean through nangdok's text stages, other languages through eSpeak NG";
    return true;
}

void ModuleServer::send(std::string_view text) { channel_->send_reply(line(text)); }

void ModuleServer::log(const std::string& message) const {
    std::FILE* out = debug_file_ != nullptr ? debug_file_ : stderr;
    std::fprintf(out, "sd_nangdok: %s\n", message.c_str());
    std::fflush(out);
}

void ModuleServer::handle(const Request& request) {
    switch (request.kind) {
        case RequestKind::speak:
        case RequestKind::character:
        case RequestKind::key:
        case RequestKind::sound_icon: speak(request); break;
        case RequestKind::stop: channel_->stop(); break;
        case RequestKind::pause: channel_->pause(); break;
        case RequestKind::set: set(request); break;
        case RequestKind::audio: audio(request); break;
        case RequestKind::loglevel: loglevel(request); break;
        case RequestKind::debug: debug(request); break;
        case RequestKind::list_voices: list_voices(); break;
        default: send(replies::unknown_command); break;  // unknown, or INIT a second time
    }
}

void ModuleServer::speak(const Request& request) {
    if (request.kind != RequestKind::speak && request.text_lines > 1) return send(replies::more_than_one_line);
    if (request.text_too_long || request.text_lines == 0 || channel_->active()) return send(replies::cant_speak);
    std::string text = decode_message(request.text);
    // CHAR sends " " (or "space") for the space bar: keep it, it has a name.
    if (request.kind == RequestKind::character && text.empty() && !request.text.empty()) text = " ";
    if (text.empty()) return send(replies::cant_speak);
    const MessageId id = next_message_++;
    channel_->start_message(id);
    send(replies::speaking);
    engine_->submit(SpeakJob{id, message_kind(request.kind), std::move(text), settings_});
}

void ModuleServer::set(const Request& request) {
    bool bad_value = false;
    for (const auto& [name, value] : request.settings)
        if (apply_setting(settings_, name, value) != SettingResult::ok) {
            bad_value = true;
            log("SET " + name + "=" + value + ": not a valid setting");
        }
    send(request.bad_syntax ? replies::bad_syntax : bad_value ? replies::bad_value : replies::settings_received);
}

void ModuleServer::audio(const Request& request) {
    if (request.bad_syntax) return send(replies::bad_syntax);
    for (const auto& [name, value] : request.settings)
        if (name == "audio_output_method" && value != "server")
            return channel_->send_reply(multiline_reply(
                300, {"nangdok plays through speech-dispatcher's own audio output only, not '" + value + "'"},
                "MODULE ERROR"));
    send(replies::audio_initialized);
}

void ModuleServer::loglevel(const Request& request) {
    if (request.bad_syntax) return send(replies::bad_syntax);
    for (const auto& [name, value] : request.settings)
        if (name == "log_level") log_level_ = std::atoi(value.c_str());
    send(replies::loglevel_set);
}

void ModuleServer::debug(const Request& request) {
    std::istringstream words(request.text);
    std::string command, state, file;
    words >> command >> state >> file;
    if (command != "DEBUG" || (state != "ON" && state != "OFF") || (state == "ON" && file.empty()))
        return send(replies::bad_syntax);
    if (state == "ON") {
        std::FILE* opened = std::fopen(file.c_str(), "a");
        if (opened == nullptr) return send("303 CANT OPEN CUSTOM DEBUG FILE");
        if (debug_file_ != nullptr) std::fclose(debug_file_);
        debug_file_ = opened;
    } else if (debug_file_ != nullptr) {
        std::fclose(debug_file_);
        debug_file_ = nullptr;
    }
    send("200 OK DEBUGGING " + state);
}

void ModuleServer::list_voices() {
    std::vector<std::string> lines;
    for (const VoiceListEntry& voice : voices_->voices()) lines.push_back(voice.name + "\t" + voice.language + "\tnone");
    if (lines.empty()) return send(replies::cant_list_voices);
    channel_->send_reply(multiline_reply(200, lines, "OK VOICE LIST SENT"));
}

}  // namespace nangdok::speechd
