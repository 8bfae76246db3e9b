#include "normalize/number_words.hpp"

#include "normalize/concat.hpp"

#include <array>
#include <memory>

#include <unicode/fieldpos.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace nangdok::normalize {
namespace {

constexpr std::array<std::string_view, 10> kSinoDigits{"영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"};

// One formatter per thread: building it parses ICU's rule text, far too slow to do per number, and
// ICU formatters are not safe to share between threads.
const icu::RuleBasedNumberFormat* spellout() {
    thread_local std::unique_ptr<icu::RuleBasedNumberFormat> formatter = [] {
        UErrorCode status = U_ZERO_ERROR;
        auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("ko"), status);
        return U_SUCCESS(status) ? std::move(f) : nullptr;
    }();
    return formatter.get();
}

std::string format_with(std::string_view digits, const char16_t* rule_set) {
    const std::string_view value_digits = strip_leading_zeros(digits);
    if (value_digits.size() > kMaxCardinalDigits) return digit_by_digit(value_digits, "영");
    const auto* formatter = spellout();
    if (formatter == nullptr) return digit_by_digit(value_digits, "영");
    int64_t value = 0;
    for (char c : value_digits) value = value * 10 + (c - '0');
    icu::UnicodeString out;
    icu::FieldPosition position;
    UErrorCode status = U_ZERO_ERROR;
    formatter->format(value, icu::UnicodeString(rule_set), out, position, status);
    if (U_FAILURE(status)) return digit_by_digit(value_digits, "영");
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

}  // namespace

std::string_view strip_leading_zeros(std::string_view digits) {
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    return digits.empty() ? std::string_view("0") : digits;
}

long long small_value(std::string_view digits, std::size_t max_digits) {
    digits = strip_leading_zeros(digits);
    if (digits.size() > max_digits) return -1;
    long long value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

std::string sino_cardinal(std::string_view digits) { return format_with(digits, u"%spellout-cardinal-sinokorean"); }

std::string native_attributive(std::string_view digits) {
    return format_with(digits, u"%spellout-cardinal-native-attributive");
}

std::string native_ordinal_count(std::string_view digits) {
    return format_with(digits, u"%spellout-ordinal-native-count");
}

std::string digit_by_digit(std::string_view digits, std::string_view zero) {
    std::string out;
    out.reserve(digits.size() * 3);
    for (char c : digits) {
        if (c < '0' || c > '9') continue;
        out += c == '0' ? zero : kSinoDigits[static_cast<std::size_t>(c - '0')];
    }
    return out;
}

std::string decimal_reading(std::string_view integer_digits, std::string_view fraction_digits) {
    std::string out = sino_cardinal(integer_digits);
    if (!fraction_digits.empty()) out += concat(" 점 ", digit_by_digit(fraction_digits, "영"));
    return out;
}

std::string english_number(std::string_view digits) {
    static constexpr std::array<std::string_view, 21> kNames{
        "제로",   "원",     "투",   "쓰리", "포",     "파이브", "식스",   "세븐",   "에잇",   "나인",  "텐",
        "일레븐", "트웰브", "써틴", "포틴", "피프틴", "식스틴", "세븐틴", "에이틴", "나인틴", "트웬티"};
    const long long value = small_value(digits, 2);
    if (value >= 0 && value <= 20 && !(digits.size() > 1 && digits.front() == '0'))
        return std::string(kNames[static_cast<std::size_t>(value)]);
    return sino_cardinal(digits);
}

}  // namespace nangdok::normalize
