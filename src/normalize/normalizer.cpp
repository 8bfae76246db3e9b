#include "normalize/normalizer.hpp"

#include "clean/line_tools.hpp"

namespace nangdok {

std::string normalize_for_speech(std::string_view sentence) { return fold_spaces(sentence); }

}  // namespace nangdok
