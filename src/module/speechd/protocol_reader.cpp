#include "speechd/protocol_reader.hpp"

#include <array>

namespace nangdok::speechd {
namespace {

struct CommandWord {
    std::string_view word;
    RequestKind kind;
};

constexpr std::array kCommands{
    CommandWord{"INIT", RequestKind::init},           CommandWord{"SPEAK", RequestKind::speak},
    CommandWord{"CHAR", RequestKind::character},      CommandWord{"KEY", RequestKind::key},
    CommandWord{"SOUND_ICON", RequestKind::sound_icon}, CommandWord{"STOP", RequestKind::stop},
    CommandWord{"PAUSE", RequestKind::pause},         CommandWord{"SET", RequestKind::set},
    CommandWord{"AUDIO", RequestKind::audio},         CommandWord{"LOGLEVEL", RequestKind::loglevel},
    CommandWord{"LIST VOICES", RequestKind::list_voices}, CommandWord{"QUIT", RequestKind::quit},
};

bool takes_text(RequestKind kind) {
    return kind == RequestKind::speak || kind == RequestKind::character || kind == RequestKind::key ||
           kind == RequestKind::sound_icon;
}

bool takes_settings(RequestKind kind) {
    return kind == RequestKind::set || kind == RequestKind::audio || kind == RequestKind::loglevel;
}

// The acknowledgement speech-dispatcher 0.11 modules send before a block's lines.
std::string block_reply(RequestKind kind) {
    switch (kind) {
        case RequestKind::set: return "203 OK RECEIVING SETTINGS";
        case RequestKind::audio: return "207 OK RECEIVING AUDIO SETTINGS";
        case RequestKind::loglevel: return "207 OK RECEIVING LOGLEVEL SETTINGS";
        default: return "202 OK RECEIVING MESSAGE";
    }
}

void add_text_line(Request& request, std::string_view line) {
    // A leading dot was doubled by the server so that it cannot end the block.
    if (!line.empty() && line.front() == '.') line.remove_prefix(1);
    ++request.text_lines;
    if (request.text_too_long) return;
    const std::size_t needed = request.text.size() + (request.text_lines > 1 ? 1 : 0) + line.size();
    if (needed > kMaxTextBytes) {
        request.text_too_long = true;
        return;
    }
    if (request.text_lines > 1) request.text += '\n';
    request.text += line;
}

void add_setting_line(Request& request, std::string_view line) {
    const std::size_t equals = line.find('=');
    if (equals == std::string_view::npos || equals == 0 || equals + 1 == line.size()) {
        request.bad_syntax = true;
        return;
    }
    request.settings.emplace_back(std::string(line.substr(0, equals)), std::string(line.substr(equals + 1)));
}

}  // namespace

RequestReader::Step RequestReader::feed(std::string_view line) {
    Step step;
    if (block_) {
        if (line == ".") {
            step.request = std::move(*block_);
            block_.reset();
        } else if (takes_text(block_->kind)) {
            add_text_line(*block_, line);
        } else {
            add_setting_line(*block_, line);
        }
        return step;
    }

    Request request;
    if (line.starts_with("DEBUG")) {
        request.kind = RequestKind::debug;
        request.text = std::string(line);
        step.request = std::move(request);
        return step;
    }
    for (const CommandWord& command : kCommands)
        if (line == command.word) request.kind = command.kind;
    if (takes_text(request.kind) || takes_settings(request.kind)) {
        step.reply = block_reply(request.kind);
        block_ = std::move(request);
    } else {
        step.request = std::move(request);
    }
    return step;
}

std::string_view request_name(RequestKind kind) {
    for (const CommandWord& command : kCommands)
        if (command.kind == kind) return command.word;
    return kind == RequestKind::debug ? "DEBUG" : "unknown";
}

}  // namespace nangdok::speechd
