#include "normalize/hanja.hpp"

#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <unordered_map>

#include "core/utf8.hpp"
#include "normalize/hanja_news_table.hpp"

namespace nangdok::normalize {

struct HanjaDictionary::Impl {
    std::unordered_map<std::string, std::string> readings;
    std::size_t longest_key = 0;  // bytes
};

namespace {

constexpr std::size_t kMaxWordChars = 6;

// The dictionary lists every reading of a character; the one its gloss ends with is its main
// reading (北: "달아날" for 배, "북녘 북, 달아날 북" for 북), so it wins over the others.
bool gloss_names_reading(std::string_view gloss, std::string_view reading) {
    const std::size_t comma = gloss.find(',');
    const std::string_view first_sense = gloss.substr(0, comma);
    return first_sense.ends_with(reading) && first_sense.size() > reading.size();
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.remove_suffix(1);
    return s;
}

const HanjaDictionary& installed_dictionary() {
    static const HanjaDictionary dictionary = [] {
        const char* override_path = std::getenv("NANGDOK_HANJA_DICTIONARY");
        std::ifstream in{override_path != nullptr ? std::string(override_path) : std::string(kLibhangulHanjaPath),
                         std::ios::binary};
        if (!in) return HanjaDictionary::parse({});
        std::ostringstream text;
        text << in.rdbuf();
        return HanjaDictionary::parse(text.str());
    }();
    return dictionary;
}

std::string_view news_reading(std::string_view hanja_char) {
    for (const HanjaEntry& entry : kNewsHanja)
        if (entry.hanja == hanja_char) return entry.reading;
    return {};
}

// The initial sound law (두음 법칙): a word does not start with ㄹ, nor with ㄴ before i or y.
// The dictionary lists both 녀성 and 여성 for 女性; the word-initial form is the one said.
void apply_initial_sound_law(std::string& reading) {
    if (reading.size() < 3) return;
    const char32_t cp = decode_utf8_char(std::string_view(reading).substr(0, 3));
    if (cp < 0xAC00 || cp > 0xD7A3) return;
    const int index = static_cast<int>(cp - 0xAC00);
    int initial = index / (21 * 28);
    const int medial = (index / 28) % 21, final = index % 28;
    // ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
    const bool i_or_y =
        medial == 2 || medial == 3 || medial == 6 || medial == 7 || medial == 12 || medial == 17 || medial == 20;
    constexpr int kNieun = 2, kRieul = 5, kIeungInitial = 11;
    if (initial == kRieul)
        initial = i_or_y ? kIeungInitial : kNieun;
    else if (initial == kNieun && i_or_y)
        initial = kIeungInitial;
    else
        return;
    const auto syllable = static_cast<char32_t>(0xAC00 + (initial * 21 + medial) * 28 + final);
    std::string encoded;
    encoded += static_cast<char>(0xE0 | (syllable >> 12));
    encoded += static_cast<char>(0x80 | ((syllable >> 6) & 0x3F));
    encoded += static_cast<char>(0x80 | (syllable & 0x3F));
    reading.replace(0, 3, encoded);
}

std::string said_at_word_start(std::string_view reading) {
    std::string out(reading);
    apply_initial_sound_law(out);
    return out;
}

}  // namespace

HanjaDictionary HanjaDictionary::parse(std::string_view text) {
    auto impl = std::make_shared<Impl>();
    std::unordered_map<std::string, bool> reading_is_main;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = trim(text.substr(start, end - start));
        start = end + 1;
        if (line.empty() || line.front() == '#') continue;
        const std::size_t first = line.find(':');
        const std::size_t second = first == std::string_view::npos ? first : line.find(':', first + 1);
        if (second == std::string_view::npos) continue;
        const std::string_view reading = line.substr(0, first);
        const std::string hanja(line.substr(first + 1, second - first - 1));
        const std::string_view gloss = line.substr(second + 1);
        if (reading.empty() || hanja.empty()) continue;
        const bool main = gloss_names_reading(gloss, reading);
        auto [it, inserted] = impl->readings.emplace(hanja, std::string(reading));
        if (inserted) {
            reading_is_main[hanja] = main;
        } else if (main && !reading_is_main[hanja]) {
            it->second = std::string(reading);
            reading_is_main[hanja] = true;
        } else if (main && it->second != reading && said_at_word_start(reading) == it->second) {
            // 樂 is listed as 낙 and as 락: keep 락, which the initial sound law turns into 낙 where a
            // word begins, and which is said inside a word or a name (쾌락, 樂-STAR).
            it->second = std::string(reading);
        }
        impl->longest_key = std::max(impl->longest_key, hanja.size());
    }
    HanjaDictionary dictionary;
    dictionary.impl_ = std::move(impl);
    return dictionary;
}

bool HanjaDictionary::empty() const { return !impl_ || impl_->readings.empty(); }

std::pair<std::string, std::size_t> HanjaDictionary::longest_prefix(std::string_view run) const {
    if (empty()) return {"", 0};
    // Candidate lengths at character boundaries, longest first.
    std::size_t ends[kMaxWordChars];
    std::size_t count = 0, at = 0;
    while (at < run.size() && count < kMaxWordChars) {
        at += utf8_char_length(run, at);
        ends[count++] = at;
    }
    for (std::size_t k = count; k-- > 0;) {
        if (ends[k] > impl_->longest_key) continue;
        auto it = impl_->readings.find(std::string(run.substr(0, ends[k])));
        if (it != impl_->readings.end()) return {it->second, ends[k]};
    }
    return {"", 0};
}

bool hanja_dictionary_available() { return !installed_dictionary().empty(); }

namespace {

std::string read_hanja_run(std::string_view run) {
    std::string out;
    std::size_t i = 0;
    while (i < run.size()) {
        const std::size_t len = utf8_char_length(run, i);
        const std::string_view rest = run.substr(i);
        // A lone headline abbreviation reads from the news table; inside a longer run a dictionary
        // word wins (北韓 → 북한), and the table only covers characters no word starts with.
        const std::string_view news = news_reading(run.substr(i, len));
        const bool lone = len == rest.size();
        if (!news.empty() && lone) {
            out += news;
            i += len;
            continue;
        }
        const auto [reading, consumed] = installed_dictionary().longest_prefix(rest);
        if (consumed > len || (consumed == len && news.empty())) {
            out += reading;
            i += consumed;
            continue;
        }
        if (!news.empty()) out += news;
        i += len;
    }
    return out;
}

}  // namespace

std::string read_hanja(std::string_view run, bool word_initial) {
    // Headline abbreviations are said as the table has them (露 is 러 for Russia, not 노).
    if (const std::string_view news = news_reading(run); !news.empty()) return std::string(news);
    std::string out = read_hanja_run(run);
    if (word_initial) apply_initial_sound_law(out);
    return out;
}

}  // namespace nangdok::normalize
