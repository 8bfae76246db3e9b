// The cleaner's knowledge of Korean news pages, as data: a new outlet or widget is one line here.
//
// Every entry applies to one line after normalisation (NFC, entities decoded, spaces folded,
// leading bullet markers removed). Patterns are ICU regular expressions (UTF-8 source, compiled
// once). Sources: ../shared/data/clean/patterns.md (KPF ntrust-worker, jusText, trafilatura,
// per-outlet observations). Where a rule may fire is decided by its kind, not by its wording:
// see LineKind in line_rules.hpp.
//
// Adding a pattern: one that starts with '^' is tried at the line start; any other is searched
// only in the last 64 characters of the line (for speed), so write it to end with '$'. A table
// with hints (k…Hints) is skipped for lines holding none of them: keep the hints in step.
#pragma once

#include <string_view>

namespace nangdok::clean_rules {

// Longest line (in UTF-16 units, about characters) each kind of chrome can be; longer lines are
// prose and skip those rules. Captions and tail lines have no limit: captions hold sentences, and
// a broadcast sign-off can end a long paragraph.
inline constexpr int kMaxUiChars = 120;
inline constexpr int kMaxSummaryLabelChars = 160;
inline constexpr int kMaxBylineChars = 100;
inline constexpr int kMaxDateChars = 100;
inline constexpr int kMaxCopyrightChars = 200;
inline constexpr int kMaxListHeaderChars = 100;
inline constexpr int kMaxSpokenBylineChars = 80;

}  // namespace nangdok::clean_rules

// The tables themselves, compiled from data/ (see data/tables.cmake).
#include "clean/data/ui_lines.hpp"  // kUiLines
#include "clean/data/ui_patterns.hpp"  // kUiPatterns
#include "clean/data/summary_labels.hpp"  // kSummaryLabels
#include "clean/data/caption_lines.hpp"  // kCaptionLines
#include "clean/data/inline_credits.hpp"  // kInlineCredits
#include "clean/data/speaker_titles.hpp"  // kSpeakerTitles
#include "clean/data/ui_label_endings.hpp"  // kUiLabelEndings
#include "clean/data/caption_hints.hpp"  // kCaptionHints
#include "clean/data/byline_lines.hpp"  // kBylineLines
#include "clean/data/byline_hints.hpp"  // kBylineHints
#include "clean/data/date_lines.hpp"  // kDateLines
#include "clean/data/copyright_lines.hpp"  // kCopyrightLines
#include "clean/data/copyright_hints.hpp"  // kCopyrightHints
#include "clean/data/tail_anchors.hpp"  // kTailAnchors
#include "clean/data/ui_words.hpp"  // kUiWords
#include "clean/data/headline_suffixes.hpp"  // kHeadlineSuffixes
#include "clean/data/tail_lines.hpp"  // kTailLines
#include "clean/data/broadcast_signoff_hints.hpp"  // kBroadcastSignoffHints
#include "clean/data/broadcast_signoffs.hpp"  // kBroadcastSignoffs
#include "clean/data/list_headers.hpp"  // kListHeaders
#include "clean/data/sentence_prefixes.hpp"  // kSentencePrefixes
#include "clean/data/glued_signoffs.hpp"  // kGluedSignoffs
#include "clean/data/list_item_markers.hpp"  // kListItemMarkers
#include "clean/data/bullet_markers.hpp"  // kBulletMarkers
#include "clean/data/metadata_words.hpp"  // kMetadataWords
#include "clean/data/ui_notice_endings.hpp"  // kUiNoticeEndings
#include "clean/data/interface_nouns.hpp"  // kInterfaceNouns
#include "clean/data/spoken_bylines.hpp"  // kSpokenBylines
#include "clean/data/headline_prefixes.hpp"  // kHeadlinePrefixes
#include "clean/data/linking_adverbs.hpp"  // kLinkingAdverbs
