#include "subtitles/manifest.hpp"

#include <nlohmann/json.hpp>

#include "subtitles/timestamp.hpp"

namespace nangdok {

std::string format_manifest(const std::string& title, int sample_rate, const std::vector<ManifestEntry>& entries) {
    nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
    for (const ManifestEntry& entry : entries) {
        const SentenceMark& m = entry.mark;
        nlohmann::ordered_json sentence{{"index", m.index},
                                        {"paragraph", m.paragraph},
                                        {"text", m.text},
                                        {"spoken", m.spoken},
                                        {"start_ms", samples_to_ms(m.start_sample, sample_rate)},
                                        {"end_ms", samples_to_ms(m.end_sample, sample_rate)},
                                        {"start_sample", m.start_sample},
                                        {"end_sample", m.end_sample}};
        if (!entry.file.empty()) sentence["file"] = entry.file;
        sentences.push_back(std::move(sentence));
    }
    nlohmann::ordered_json manifest{{"title", title}, {"sample_rate", sample_rate}, {"sentences", std::move(sentences)}};
    return manifest.dump(2) + "\n";
}

}  // namespace nangdok
