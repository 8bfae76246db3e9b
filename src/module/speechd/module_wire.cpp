#include "speechd/module_wire.hpp"

#include <bit>
#include <charconv>
#include <cstring>
#include <stdexcept>

namespace nangdok::speechd {
namespace {

constexpr char kEscape = 0x7d;
constexpr char kFlip = 0x20;

int field_value(std::string_view line, std::string_view prefix) {
    int value = 0;
    const std::string_view digits = line.substr(prefix.size());
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size())
        throw std::runtime_error("bad audio field: " + std::string(line));
    return value;
}

}  // namespace

std::string multiline_reply(int code, const std::vector<std::string>& lines, std::string_view last) {
    const std::string number = std::to_string(code);
    std::string out;
    for (const std::string& line : lines) out += number + "-" + line + "\n";
    out += number + " " + std::string(last) + "\n";
    return out;
}

std::string index_mark_event(std::string_view name) {
    std::string clean;
    for (char c : name)
        if (c != '\n' && c != '\r') clean += c;
    return "700-" + clean + "\n700 INDEX MARK\n";
}

std::string audio_event(std::span<const int16_t> samples, int sample_rate, int channels) {
    const std::size_t frames = channels > 0 ? samples.size() / static_cast<std::size_t>(channels) : 0;
    std::string out = "705-bits=16\n705-num_channels=" + std::to_string(channels) +
                      "\n705-sample_rate=" + std::to_string(sample_rate) + "\n705-num_samples=" +
                      std::to_string(frames) + "\n705-big_endian=" +
                      (std::endian::native == std::endian::big ? "1" : "0") + "\n705-AUDIO";
    out += '\0';
    const auto* bytes = reinterpret_cast<const char*>(samples.data());
    const std::size_t size = frames * static_cast<std::size_t>(channels) * sizeof(int16_t);
    out.reserve(out.size() + size + size / 64 + 16);
    for (std::size_t i = 0; i < size; ++i) {
        if (bytes[i] == '\n' || bytes[i] == kEscape) {
            out += kEscape;
            out += static_cast<char>(bytes[i] ^ kFlip);
        } else {
            out += bytes[i];
        }
    }
    out += "\n705 AUDIO\n";
    return out;
}

std::optional<ModuleMessage> ModuleOutputParser::next() {
    if (buffer_.compare(pos_, 4, "705-") == 0) return next_audio();
    ModuleMessage message;
    std::size_t at = pos_;
    while (true) {
        const std::size_t eol = buffer_.find('\n', at);
        if (eol == std::string::npos) return std::nullopt;
        const std::string_view line(buffer_.data() + at, eol - at);
        if (line.size() < 4 || (line[3] != '-' && line[3] != ' '))
            throw std::runtime_error("not a reply line: " + std::string(line));
        message.code = std::string(line.substr(0, 3));
        message.lines.emplace_back(line.substr(4));
        at = eol + 1;
        if (line[3] == ' ') break;
    }
    pos_ = at;
    if (pos_ > 1 << 20) buffer_.erase(0, pos_), pos_ = 0;
    return message;
}

std::optional<ModuleMessage> ModuleOutputParser::next_audio() {
    ModuleMessage message;
    message.code = "705";
    std::size_t at = pos_;
    int frames = -1;
    while (true) {  // the parameter lines, up to "705-AUDIO" NUL
        if (buffer_.compare(at, 10, std::string_view("705-AUDIO\0", 10)) == 0) {
            at += 10;
            break;
        }
        const std::size_t eol = buffer_.find('\n', at);
        if (eol == std::string::npos) return std::nullopt;
        const std::string_view line(buffer_.data() + at, eol - at);
        if (line.starts_with("705-num_channels=")) message.channels = field_value(line, "705-num_channels=");
        else if (line.starts_with("705-sample_rate=")) message.sample_rate = field_value(line, "705-sample_rate=");
        else if (line.starts_with("705-num_samples=")) frames = field_value(line, "705-num_samples=");
        else if (line != "705-bits=16" && line != "705-big_endian=0" && line != "705-big_endian=1")
            throw std::runtime_error("unexpected audio line: " + std::string(line));
        at = eol + 1;
    }
    const std::size_t data_end = buffer_.find('\n', at);
    if (data_end == std::string::npos) return std::nullopt;
    if (buffer_.compare(data_end + 1, 10, "705 AUDIO\n") != 0) {
        if (buffer_.size() < data_end + 11) return std::nullopt;
        throw std::runtime_error("audio not closed by \"705 AUDIO\"");
    }
    std::string bytes;
    for (std::size_t i = at; i < data_end; ++i) {
        if (buffer_[i] == kEscape) {
            if (++i == data_end) throw std::runtime_error("audio ends in an escape");
            bytes += static_cast<char>(buffer_[i] ^ kFlip);
        } else {
            bytes += buffer_[i];
        }
    }
    if (frames < 0 || message.channels <= 0 ||
        bytes.size() != static_cast<std::size_t>(frames) * static_cast<std::size_t>(message.channels) * 2)
        throw std::runtime_error("audio size does not match num_samples");
    message.samples.resize(bytes.size() / 2);
    std::memcpy(message.samples.data(), bytes.data(), bytes.size());
    pos_ = data_end + 11;
    if (pos_ > 1 << 20) buffer_.erase(0, pos_), pos_ = 0;
    return message;
}

}  // namespace nangdok::speechd
