#include "support/reference_audio.hpp"

#include <cmath>
#include <cstring>

#include "formats/wav_format.hpp"
#include "support/run_process.hpp"

namespace nangdok::test_support {

std::vector<int16_t> read_reference(const std::string& text, const std::vector<std::string>& options) {
    TempDir dir;
    std::vector<std::string> args{"read", "--no-clean", "-q", "-j", "1", "--text", text, "-o", dir / "ref.wav"};
    args.insert(args.end(), options.begin(), options.end());
    if (run_nangdok(args).exit_code != 0) return {};
    const std::string bytes = read_file(dir / "ref.wav");
    const auto info = parse_wav_header(bytes);
    if (!info) return {};
    std::vector<int16_t> samples((bytes.size() - info->data_offset) / 2);
    std::memcpy(samples.data(), bytes.data() + info->data_offset, samples.size() * 2);
    return samples;
}

bool within(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance * std::abs(b); }

}  // namespace nangdok::test_support
