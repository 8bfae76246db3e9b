#include "clean/body_run.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "clean/boilerplate_rules.hpp"

namespace nangdok {
namespace {

std::size_t first_prose(const LayoutLines& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].prose) return i;
    return lines.size();
}

constexpr int kShortSentenceWeight = 5;

// How much a line argues for or against being inside the article body.
int body_weight(const LayoutLine& line) {
    if (line.empty) return 0;
    if (line.prose) return line.signals.characters;
    switch (line.kind) {
        case LineKind::list_header:
        case LineKind::tail_anchor: return -100;
        case LineKind::tail:
        case LineKind::signoff:
        case LineKind::copyright: return -50;
        case LineKind::byline:
        case LineKind::date: return -30;
        case LineKind::spoken_byline: return -5;
        case LineKind::text:
            if (line.dropped) break;
            // A notice about the page weighs as much against the body as a sentence would for it:
            // a cluster of them (Daum's font dialog) splits the summary box from the article.
            if (line.suspect) return -std::clamp(line.signals.characters, 10, 60);
            // A short finished sentence ("그는 웃었다.") takes its neighbours' class, as short
            // blocks do in jusText: a small weight keeps it when it touches the body.
            if (line.signals.sentence_endings >= 1 && line.signals.ends_like_sentence && line.signals.words >= 2)
                return kShortSentenceWeight;
            return -std::clamp(line.signals.characters / 2, 3, 20);
        default: break;
    }
    return -10;
}

// The contiguous stretch with the highest total weight (Kadane): prose adds its length, chrome
// between paragraphs costs a little, bylines, tails and list headers cost a lot.
BodyRun best_body_run(const LayoutLines& lines, std::size_t limit) {
    BodyRun best, current;
    long best_sum = 0, sum = 0;
    for (std::size_t i = 0; i < limit; ++i) {
        const int w = body_weight(lines[i]);
        if (sum <= 0) {
            if (w <= 0) continue;
            sum = 0;
            current.begin = i;
        }
        sum += w;
        if (sum > best_sum) {
            best_sum = sum;
            best = {current.begin, i + 1};
        }
    }
    return best;
}

// A related-article box in the middle of the article (header, then other stories' headlines)
// costs the run more than a short lead or closing paragraph weighs, so Kadane alone would cut
// that paragraph off. The run is extended over such a box to the prose beyond it; any other line
// (metadata, copyright, an unknown short line) stops the extension.
BodyRun extend_over_related_boxes(const LayoutLines& lines, BodyRun run, std::size_t limit) {
    auto gap_kind_allowed = [&](const LayoutLine& line) {
        return line.empty || (line.dropped && (line.kind == LineKind::text || line.kind == LineKind::ui ||
                                               line.kind == LineKind::caption || line.kind == LineKind::list_header));
    };
    for (bool moved = true; moved && run.found();) {
        moved = false;
        bool saw_header = false;
        for (std::size_t i = run.begin; i-- > 0;) {
            const LayoutLine& line = lines[i];
            if (line.prose && saw_header) {
                run.begin = i;
                moved = true;
                break;
            }
            if (!gap_kind_allowed(line)) break;
            saw_header = saw_header || line.kind == LineKind::list_header;
        }
        saw_header = false;
        for (std::size_t i = run.end; i < limit; ++i) {
            const LayoutLine& line = lines[i];
            if (line.prose && saw_header) {
                run.end = i + 1;
                moved = true;
                break;
            }
            if (!gap_kind_allowed(line)) break;
            saw_header = saw_header || line.kind == LineKind::list_header;
        }
    }
    return run;
}

// A list that closes the article ("△ 1일: 개막식 △ 2일: …") has no sentence endings, so Kadane
// leaves it out; items marked as list items right after the body belong to it.
bool starts_like_list_item(const std::string& text) {
    for (std::string_view marker : clean_rules::kListItemMarkers)
        if (text.starts_with(marker)) return true;
    const std::size_t digits = text.find_first_not_of("0123456789");
    return digits > 0 && digits <= 2 && digits < text.size() && (text[digits] == '.' || text[digits] == ')');
}

BodyRun extend_over_closing_list(const LayoutLines& lines, BodyRun run, std::size_t limit) {
    if (!run.found()) return run;
    for (std::size_t i = run.end; i < limit; ++i) {
        const LayoutLine& line = lines[i];
        if (line.empty) continue;
        if (line.dropped || !starts_like_list_item(line.text())) break;
        run.end = i + 1;
    }
    return run;
}

bool starts_with_linking_adverb(std::string_view text) {
    return std::any_of(std::begin(clean_rules::kLinkingAdverbs), std::end(clean_rules::kLinkingAdverbs),
                       [&](std::string_view adverb) {
                           return text.starts_with(adverb) && text.size() > adverb.size() && text[adverb.size()] == ' ';
                       });
}

// A page copied short stops in the middle of the last paragraph; that fragment is still the
// article's text, and so are the one or two finished sentences (an interview's question, a
// subhead's answer) that Kadane left between it and the run. They count only at the very end of
// the page, with nothing else after the run but captions and widgets: a sign-off, a date or a
// list header among them ends the article.
BodyRun extend_over_cut_last_paragraph(const LayoutLines& lines, BodyRun run) {
    constexpr int kMinFragmentChars = 5;
    constexpr std::size_t kMaxTrailingLines = 3;
    if (!run.found()) return run;
    std::vector<std::size_t> trailing;
    for (std::size_t i = run.end; i < lines.size(); ++i) {
        const LayoutLine& line = lines[i];
        if (line.empty) continue;
        if (line.dropped && (line.kind == LineKind::caption || line.kind == LineKind::ui || line.reason == Reason::label))
            continue;
        if (line.dropped || line.kind != LineKind::text || line.suspect || trailing.size() == kMaxTrailingLines) return run;
        trailing.push_back(i);
    }
    if (trailing.empty()) return run;
    const LayoutLine& fragment = lines[trailing.back()];
    // Cut before its first particle, a fragment still reads as a sentence's start when it has three
    // words ("이광술 전 시애") or opens with a linking adverb ("특히 MS투"), and stops on a letter as
    // a cut does; two words alone may be a byline cut short ("홍길동 한빛닷").
    constexpr int kMinWordsWithoutParticle = 3;
    const std::string_view text = fragment.text();
    const auto last = static_cast<unsigned char>(text.empty() ? '.' : text.back());
    const bool stops_on_a_letter = last >= 0x80 || std::isalnum(last);
    const bool reads_as_text = fragment.signals.particle_words >= 1 ||
                               (stops_on_a_letter && (fragment.signals.words >= kMinWordsWithoutParticle ||
                                                      starts_with_linking_adverb(text)));
    if (fragment.signals.characters < kMinFragmentChars || !reads_as_text) return run;
    // Before the fragment: finished sentences, or a short subhead.
    constexpr int kMaxSubheadChars = 40;
    for (std::size_t k = 0; k + 1 < trailing.size(); ++k) {
        const ProseSignals& s = lines[trailing[k]].signals;
        if (!s.ends_like_sentence && (s.characters > kMaxSubheadChars || s.truncated)) return run;
    }
    run.end = trailing.back() + 1;
    return run;
}

// Metadata among the first lines of the run closes the head, not a quotation: "headline /
// byline / body" when the headline ends like a sentence ("…아무도 못덤볐다").
BodyRun skip_head_above_metadata(const LayoutLines& lines, BodyRun run) {
    constexpr int kHeadLines = 2;
    int seen = 0;
    for (std::size_t i = run.begin; i < run.end && seen < kHeadLines; ++i) {
        if (lines[i].empty) continue;
        if (lines[i].kind == LineKind::byline || lines[i].kind == LineKind::date) {
            // The run then starts where the prose does, as Kadane's would.
            run.begin = i + 1;
            while (run.begin < run.end && !lines[run.begin].prose) ++run.begin;
            return run;
        }
        ++seen;
    }
    return run;
}

}  // namespace

// The publisher's copyright line after the body has begun, or a comment section or a
// broadcaster's sign-off on a line of its own after a few paragraphs of it: from there on
// everything is tail (tip lines, teasers that repeat the whole report, other stories).
std::size_t tail_start(const LayoutLines& lines) {
    constexpr int kProseBeforeComments = 2, kMaxSignoffLineChars = 40;
    int prose_seen = 0;
    for (std::size_t i = first_prose(lines); i < lines.size(); ++i) {
        const LayoutLine& line = lines[i];
        if (line.kind == LineKind::copyright) return i;
        if (line.glued_tail_at != std::string::npos) return i + 1;
        if (line.kind == LineKind::tail_anchor && prose_seen >= kProseBeforeComments) return i;
        if (line.kind == LineKind::signoff && prose_seen >= kProseBeforeComments &&
            line.signals.characters <= kMaxSignoffLineChars)
            return i;
        if (lines[i].prose) ++prose_seen;
    }
    return lines.size();
}

BodyRun find_body_run(const LayoutLines& lines, std::size_t limit) {
    BodyRun run = skip_head_above_metadata(lines, best_body_run(lines, limit));
    run = extend_over_closing_list(lines, extend_over_related_boxes(lines, run, limit), limit);
    return limit == lines.size() ? extend_over_cut_last_paragraph(lines, run) : run;
}

}  // namespace nangdok
