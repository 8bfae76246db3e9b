# Every data table, and what it becomes in C++: nangdok_data_table (cmake/DataTables.cmake) compiles
# data/<TSV> into the header <stage>/data/<name>.hpp of the text layer, an array named NAME whose
# elements are TYPE (or one column's type). COLUMNS names the TSV's header columns and their kinds:
# str (text), u32 (text the code reads as code points), char (one character), int, and - (a note for
# people, not compiled); '?' marks a column that may be empty. data/README.md says how to add rows.

# --------------------------------------------------------------------------------------------------
# Cleaning: what page chrome looks like (ICU regular expressions and words). See clean/boilerplate_rules.hpp
# for how each kind of rule is applied.

# Whole lines that are page chrome wherever they appear: screen-reader labels, toolbars, comment
# widgets, dialogs. Several end like sentences ("…습니다."), which is why they must be listed.
nangdok_data_table(nangdok_text TSV clean/ui_lines.tsv NAMESPACE nangdok::clean_rules NAME kUiLines
  COLUMNS "line:str note:-")

# Whole-line patterns for chrome whose wording varies (counters, slots, lists of share targets).
nangdok_data_table(nangdok_text TSV clean/ui_patterns.tsv NAMESPACE nangdok::clean_rules NAME kUiPatterns
  COLUMNS "pattern:str note:-")

# A summary box: the label is dropped, and so are the indented or bulleted lines that follow it.
nangdok_data_table(nangdok_text TSV clean/summary_labels.tsv NAMESPACE nangdok::clean_rules NAME kSummaryLabels
  COLUMNS "pattern:str")

# Photo captions and credits: the whole line goes, even when it holds full sentences.
nangdok_data_table(nangdok_text TSV clean/caption_lines.tsv NAMESPACE nangdok::clean_rules NAME kCaptionLines
  COLUMNS "pattern:str note:-")

# Credits inside a body sentence are cut out of it, the sentence stays.
nangdok_data_table(nangdok_text TSV clean/inline_credits.tsv NAMESPACE nangdok::clean_rules NAME kInlineCredits
  COLUMNS "pattern:str note:-")

# Endings of toolbar and link labels ("…서비스 사용하기", "전체 보기"): such a line is never taken as
# the headline or deck, even when no table lists it.
nangdok_data_table(nangdok_text TSV clean/ui_label_endings.tsv NAMESPACE nangdok::clean_rules NAME kUiLabelEndings
  COLUMNS "ending:str")

# Titles that follow a name in a script's speaker tag ("홍길동 대변인", "홍길동 앵커 (2024년 3월 2일)").
nangdok_data_table(nangdok_text TSV clean/speaker_titles.tsv NAMESPACE nangdok::clean_rules NAME kSpeakerTitles
  COLUMNS "title:str")

# A caption or credit line always holds one of these; lines without any skip the caption rules.
nangdok_data_table(nangdok_text TSV clean/caption_hints.tsv NAMESPACE nangdok::clean_rules NAME kCaptionHints
  COLUMNS "hint:str")

# Byline lines (metadata: kept for --json, never read aloud).
nangdok_data_table(nangdok_text TSV clean/byline_lines.tsv NAMESPACE nangdok::clean_rules NAME kBylineLines
  COLUMNS "pattern:str note:-")

# A byline always holds one of these words or separators.
nangdok_data_table(nangdok_text TSV clean/byline_hints.tsv NAMESPACE nangdok::clean_rules NAME kBylineHints
  COLUMNS "hint:str")

# Date lines of the article header.
nangdok_data_table(nangdok_text TSV clean/date_lines.tsv NAMESPACE nangdok::clean_rules NAME kDateLines
  COLUMNS "pattern:str")

# The publisher's copyright line: from the first one after the body has begun, the rest is tail.
nangdok_data_table(nangdok_text TSV clean/copyright_lines.tsv NAMESPACE nangdok::clean_rules NAME kCopyrightLines
  COLUMNS "pattern:str")

# A copyright line always holds one of these.
nangdok_data_table(nangdok_text TSV clean/copyright_hints.tsv NAMESPACE nangdok::clean_rules NAME kCopyrightHints
  COLUMNS "hint:str")

# The start of a comment section or of the portal's own footer: once the body has had a few
# paragraphs, the rest of the page is not the article (like the copyright line).
nangdok_data_table(nangdok_text TSV clean/tail_anchors.tsv NAMESPACE nangdok::clean_rules NAME kTailAnchors
  COLUMNS "pattern:str")

# Words that make up toolbars and share bars; a line made only of them, or of words glued from
# them (글자크기조정), is chrome ("바로가기 본문 글씨 줄이기 본문 글씨 키우기", "뒤로가기 인쇄하기 목록 Tweet").
nangdok_data_table(nangdok_text TSV clean/ui_words.tsv NAMESPACE nangdok::clean_rules NAME kUiWords
  COLUMNS "word:str")

# Site suffixes of a page title used as the headline: "제목 | 한빛일보", "제목 < 산업 < 기사본문 - AI타임스".
nangdok_data_table(nangdok_text TSV clean/headline_suffixes.tsv NAMESPACE nangdok::clean_rules NAME kHeadlineSuffixes
  COLUMNS "pattern:str")

# A byline printed before the title on the same line ("한빛일보 = 홍길동 기자 | 제목"): cut from the
# headline. Patterns start with '^'.
nangdok_data_table(nangdok_text TSV clean/headline_prefixes.tsv NAMESPACE nangdok::clean_rules NAME kHeadlinePrefixes
  COLUMNS "pattern:str note:-")

# Adverbs that open a body sentence (특히, 한편, 이어): a page copied short that stops right after one
# ("특히 MS투") still ends in the article's text.
nangdok_data_table(nangdok_text TSV clean/linking_adverbs.tsv NAMESPACE nangdok::clean_rules NAME kLinkingAdverbs
  COLUMNS "word:str")

# Lines that end the article wherever they stand after the body: contacts, tips, promos, notices.
nangdok_data_table(nangdok_text TSV clean/tail_lines.tsv NAMESPACE nangdok::clean_rules NAME kTailLines
  COLUMNS "pattern:str note:-")

# A broadcast reporter's sign-off, alone or ending the last paragraph.
nangdok_data_table(nangdok_text TSV clean/broadcast_signoff_hints.tsv NAMESPACE nangdok::clean_rules NAME kBroadcastSignoffHints
  COLUMNS "hint:str")

nangdok_data_table(nangdok_text TSV clean/broadcast_signoffs.tsv NAMESPACE nangdok::clean_rules NAME kBroadcastSignoffs
  COLUMNS "pattern:str")

# Headers of related-article, most-read and ranking lists: the header and the short headline-like
# lines under it go.
nangdok_data_table(nangdok_text TSV clean/list_headers.tsv NAMESPACE nangdok::clean_rules NAME kListHeaders
  COLUMNS "pattern:str")

# Prefixes cut from a kept sentence: wire datelines and broadcast speaker markers.
nangdok_data_table(nangdok_text TSV clean/sentence_prefixes.tsv NAMESPACE nangdok::clean_rules NAME kSentencePrefixes
  COLUMNS "pattern:str note:-")

# A sign-off glued to the last sentence is cut from the reporter's name on.
nangdok_data_table(nangdok_text TSV clean/glued_signoffs.tsv NAMESPACE nangdok::clean_rules NAME kGluedSignoffs
  COLUMNS "pattern:str note:-")

# Markers of list items written into the article text (kept in the text: the normalizer reads
# them as pauses). '■' and '▶' are left out: outlets use them for related-article lists.
nangdok_data_table(nangdok_text TSV clean/list_item_markers.tsv NAMESPACE nangdok::clean_rules NAME kListItemMarkers
  COLUMNS "marker:str")

# Bullet markers a linearised page puts before list items; removed before any rule runs.
nangdok_data_table(nangdok_text TSV clean/bullet_markers.tsv NAMESPACE nangdok::clean_rules NAME kBulletMarkers
  COLUMNS "marker:str")

# --------------------------------------------------------------------------------------------------
# Segmentation: the words that decide whether a sentence ends.

# Words that continue the sentence when they follow a closing quote or bracket after a space:
# `"…했다." 라고 말했다`, `'…잇다!' 를 주제로`. Compared with the whole next word. Left out on
# purpose: words that also start sentences (이 "this", 그, 한 "one", 만 "full age", 할).
nangdok_data_table(nangdok_text TSV segment/particles_after_quote.tsv NAMESPACE nangdok::segment_words NAME kParticlesAfterQuote
  COLUMNS "word:str")

# Connective endings that cannot end a sentence: an ellipsis after them is a pause, not an end
# (`했지만… 결국`). Matched against the end of the word before the ellipsis.
nangdok_data_table(nangdok_text TSV segment/connective_endings.tsv NAMESPACE nangdok::segment_words NAME kConnectiveEndings
  COLUMNS "word:str")

# Syllables that end a Korean sentence. Only used where a period has no space on either side
# between Hangul: `초청한다.강연회는` ends a sentence, `초.중.고` and `읽기.쓰기` are lists.
nangdok_data_table(nangdok_text TSV segment/sentence_final_syllables.tsv NAMESPACE nangdok::segment_words NAME kSentenceFinalSyllables
  COLUMNS "word:str")

# Latin abbreviations that take a period but do not end a sentence (`Dr. 김`, `Inc. 는`). Single
# letters (initials such as `J.P.`, `U.S.`, `Z.`) are recognised without a list.
nangdok_data_table(nangdok_text TSV segment/latin_abbreviations.tsv NAMESPACE nangdok::segment_words NAME kLatinAbbreviations
  COLUMNS "word:str")

# Connective endings that close a clause: a long sentence pauses best after them (see
# utterance_cutter.hpp). Matched against the end of a word.
# Not -도록: `적용하도록 규정한` is one phrase.
nangdok_data_table(nangdok_text TSV segment/clause_endings.tsv NAMESPACE nangdok::segment_words NAME kClauseEndings
  COLUMNS "word:str")

# Verbs that make one phrase with the -고 before them: 갖고 있다, 하고 싶다, 먹고 나서, 하고 말았다.
nangdok_data_table(nangdok_text TSV segment/auxiliaries_after_go.tsv NAMESPACE nangdok::segment_words NAME kAuxiliariesAfterGo
  COLUMNS "word:str")

# Nouns (and the conjunction 그리고) that end in 고, so that "고 " after them is no connective
# ending to pause after.
nangdok_data_table(nangdok_text TSV segment/nouns_ending_in_go.tsv NAMESPACE nangdok::segment_words NAME kNounsEndingInGo
  COLUMNS "word:str")

# Syllables after which 요 is the polite ending (`맛있어요`, `좋네요`, `오세요`, `아니요`); nouns
# ending in 요 (주요, 필요, 중요, 수요, 개요) have other syllables before it. 가 is left out because
# 가요 "songs" ends many compounds (`인기가요`, `한국가요`).
nangdok_data_table(nangdok_text TSV segment/syllables_before_polite_yo.tsv NAMESPACE nangdok::segment_words NAME kSyllablesBeforePoliteYo
  COLUMNS "word:str")

# Words ending in a polite-looking 요 that are nouns: `고요` "stillness".
nangdok_data_table(nangdok_text TSV segment/nouns_like_polite_yo.tsv NAMESPACE nangdok::segment_words NAME kNounsLikePoliteYo
  COLUMNS "word:str")

# Words that carry on a sentence after a final-looking ending: `아닐까 싶습니다`, `될까 두려웠고`,
# `할까 봐`, `이냐 아니냐`. Compared with the start of the next word.
nangdok_data_table(nangdok_text TSV segment/continuing_word_starts.tsv NAMESPACE nangdok::segment_words NAME kContinuingWordStarts
  COLUMNS "word:str")

# Particles that end a noun phrase: when a long stretch has no connective ending, it pauses after
# one of them rather than at whatever space overflows eSpeak NG's clause buffer: the adverbial
# ones first (회의에서), then topic and subject (결과는), then object (기록을, whose verb is near).
# Matched against the end of a word of two syllables or more.
nangdok_data_table(nangdok_text TSV segment/phrase_particles_strong.tsv NAMESPACE nangdok::segment_words NAME kPhraseParticlesStrong
  COLUMNS "word:str")
nangdok_data_table(nangdok_text TSV segment/phrase_particles_subject.tsv NAMESPACE nangdok::segment_words NAME kPhraseParticlesSubject
  COLUMNS "word:str")
nangdok_data_table(nangdok_text TSV segment/phrase_particles_object.tsv NAMESPACE nangdok::segment_words NAME kPhraseParticlesObject
  COLUMNS "word:str")

# Words that close an adverbial clause or phrase (…하는 가운데, …한 반면, …을 통해): a pause after one
# is as natural as after a particle that ends a noun phrase. Compared with the whole word.
nangdok_data_table(nangdok_text TSV segment/pause_after_words.tsv NAMESPACE nangdok::segment_words NAME kPauseAfterWords
  COLUMNS "word:str")

# Forms of 하다 and 되다 that finish the phrase before them (…을 대상으로 한 연구, …으로 된): no pause
# goes before one. Compared with the whole next word.
nangdok_data_table(nangdok_text TSV segment/light_verb_words.tsv NAMESPACE nangdok::segment_words NAME kLightVerbWords
  COLUMNS "word:str")

# How a native number said in words begins (스무, 서른아홉, 다섯): after 에서 or 부터 one goes on with
# a range (스무 살에서 서른 살), no place to pause. Compared with the start of the next word.
nangdok_data_table(nangdok_text TSV segment/native_number_starts.tsv NAMESPACE nangdok::segment_words NAME kNativeNumberStarts
  COLUMNS "word:str")

# Verb forms ending in the adnominal -는 (있는, 하는, 라는), which modify the noun after them, and
# conjunctions ending in 는 (또는): no topic 는 to pause after. Matched against the end of a word.
nangdok_data_table(nangdok_text TSV segment/adnominal_endings.tsv NAMESPACE nangdok::segment_words NAME kAdnominalEndings
  COLUMNS "word:str")

# Bound nouns and auxiliaries that lean on the word before them (열리고 있다, 할 수, 관련된 것): no
# pause goes before a word that starts with one, nor between X와 and 함께. Compared with the start
# of the next word.
nangdok_data_table(nangdok_text TSV segment/bound_words.tsv NAMESPACE nangdok::segment_words NAME kBoundWords
  COLUMNS "word:str")

# --------------------------------------------------------------------------------------------------
# Normalization: what is said for letters, units, counters, hanja and symbols.

# Exact entries are tried first, then the word in lower case against the lower-case entries.
nangdok_data_table(nangdok_text TSV normalize/latin_lexicon.tsv NAMESPACE nangdok::normalize NAME kLatinLexicon TYPE "LexiconEntry"
  COLUMNS "written:str spoken:str group:-")

# Korean names of the Latin letters, A to Z.
nangdok_data_table(nangdok_text TSV normalize/letter_names.tsv NAMESPACE nangdok::normalize NAME kLetterNames
  COLUMNS "letter:- name:str")

# Letter pairs an English word may begin or end with; capitals that fit them are read as a word
# (KOREA, BEST), the others letter by letter (OECD, NCAA, FOMC).
nangdok_data_table(nangdok_text TSV normalize/english_initial_vowel_pairs.tsv NAMESPACE nangdok::normalize NAME kEnglishInitialVowelPairs
  COLUMNS "letters:str")

nangdok_data_table(nangdok_text TSV normalize/english_initial_clusters.tsv NAMESPACE nangdok::normalize NAME kEnglishInitialClusters
  COLUMNS "letters:str")

nangdok_data_table(nangdok_text TSV normalize/english_final_clusters.tsv NAMESPACE nangdok::normalize NAME kEnglishFinalClusters
  COLUMNS "letters:str")

# English ordinals, said in English inside English titles (The 2nd Album → 더 세컨드 앨범).
nangdok_data_table(nangdok_text TSV normalize/english_ordinals.tsv NAMESPACE nangdok::normalize NAME kEnglishOrdinals TYPE "std::pair<std::string_view, std::string_view>"
  COLUMNS "number:str spoken:str")

# Parts of host names, read after 닷 (naver.com → 네이버 닷 컴). Other parts of three letters or
# fewer are spelled (co.kr → 씨오 닷 케이알).
nangdok_data_table(nangdok_text TSV normalize/domain_parts.tsv NAMESPACE nangdok::normalize NAME kDomainParts TYPE "LexiconEntry"
  COLUMNS "written:str spoken:str")

# Matched case-sensitively, longest first at the match site (m2 before m, kWh before kW).
nangdok_data_table(nangdok_text TSV normalize/units.tsv NAMESPACE nangdok::normalize NAME kUnits TYPE "UnitEntry"
  COLUMNS "written:str spoken:str spoken_before:str?")

# Currency signs and codes written before the amount: ₩2000 → 이천 원, US$ 5 → 오 달러.
nangdok_data_table(nangdok_text TSV normalize/currency_prefixes.tsv NAMESPACE nangdok::normalize NAME kCurrencyPrefixes TYPE "UnitEntry"
  COLUMNS "written:str spoken:str spoken_before:str?")

# Hangul units of large amounts that stay after the digits of a money amount (₩30억 → 삼십억 원).
nangdok_data_table(nangdok_text TSV normalize/large_number_words.tsv NAMESPACE nangdok::normalize NAME kLargeNumberWords
  COLUMNS "word:str")

# Counted with native numbers: 세 개, 다섯 명, 열두 시, 스무 살.
nangdok_data_table(nangdok_text TSV normalize/native_counters.tsv NAMESPACE nangdok::normalize NAME kNativeCounters
  COLUMNS "word:str")

# Counted with Sino-Korean numbers; listed so that they beat a shorter native counter (개월 over 개)
# and so that a range can repeat them (6~7일 → 육 일에서 칠 일).
nangdok_data_table(nangdok_text TSV normalize/sino_counters.tsv NAMESPACE nangdok::normalize NAME kSinoCounters
  COLUMNS "word:str")

# Particles that begin with a counter's syllable: after a number they are not that counter
# (2부터 is not 2부).
nangdok_data_table(nangdok_text TSV normalize/particles_not_counters.tsv NAMESPACE nangdok::normalize NAME kParticlesNotCounters
  COLUMNS "word:str")

# What may follow a counter in its word (3 개월간, 5 명이, 2 회째): a counter written apart from its
# number must be followed by one of these or nothing, or the word is a noun that only starts like
# a counter (15 개발자, 2024 시즌).
nangdok_data_table(nangdok_text TSV normalize/particles_after_counter.tsv NAMESPACE nangdok::normalize NAME kParticlesAfterCounter
  COLUMNS "word:str")

# 대 counts vehicles and machines natively (차량 세 대) but is Sino before these words, which make
# it the ordinal of a term of office (19대 대통령, 21대 국회).
nangdok_data_table(nangdok_text TSV normalize/ordinal_dae_nouns.tsv NAMESPACE nangdok::normalize NAME kOrdinalDaeNouns
  COLUMNS "word:str")

# Counted in English numbers, as baseball is called: 원아웃, 투 볼 노 스트라이크 (zero is 노).
nangdok_data_table(nangdok_text TSV normalize/english_number_counters.tsv NAMESPACE nangdok::normalize NAME kEnglishNumberCounters
  COLUMNS "word:str")

# Loanwords after which a number is English (빅4 → 빅 포, 톱10 → 톱 텐), up to twenty.
nangdok_data_table(nangdok_text TSV normalize/english_number_heads.tsv NAMESPACE nangdok::normalize NAME kEnglishNumberHeads
  COLUMNS "word:str")

# Hangul names that end in a number said their own way (뉴스1 → 뉴스원), looked up before the digits
# are read.
nangdok_data_table(nangdok_text TSV normalize/numbered_names.tsv NAMESPACE nangdok::normalize NAME kNumberedNames TYPE "std::pair<std::string_view, std::string_view>"
  COLUMNS "written:str spoken:str")

# Counters of a section of something numbered: after a dash they number a part of the first number
# (형사12-1부 → 십이의 일 부, 2-3단지 → 이의 삼 단지), not a range.
nangdok_data_table(nangdok_text TSV normalize/section_counters.tsv NAMESPACE nangdok::normalize NAME kSectionCounters
  COLUMNS "word:str")

# Words for people that make 2030, 4050 two decades of age (2030 여성 → 이공삼공 여성), not a year.
nangdok_data_table(nangdok_text TSV normalize/generation_words.tsv NAMESPACE nangdok::normalize NAME kGenerationWords
  COLUMNS "word:str")

# Measured sides: x or × between two of them is 곱하기 (가로x세로); between other words it joins two
# names in a collaboration (나이키X사카이 → 나이키 엑스 사카이).
nangdok_data_table(nangdok_text TSV normalize/dimension_words.tsv NAMESPACE nangdok::normalize NAME kDimensionWords
  COLUMNS "word:str")

# Words for a sentence or a term after which N월 counts months (징역 6월 → 징역 육 월), not June.
nangdok_data_table(nangdok_text TSV normalize/term_words.tsv NAMESPACE nangdok::normalize NAME kTermWords
  COLUMNS "word:str")

# Machines and vehicles: N대 after one of them counts it natively (전투기 48대 → 마흔여덟 대); N대
# written apart before a noun is otherwise "the N great" (5대 은행 → 오 대 은행).
nangdok_data_table(nangdok_text TSV normalize/machine_nouns.tsv NAMESPACE nangdok::normalize NAME kMachineNouns
  COLUMNS "word:str")

# 도 after a minus is a temperature (영하 오 도) unless one of these words nearby makes it an angle.
nangdok_data_table(nangdok_text TSV normalize/angle_words.tsv NAMESPACE nangdok::normalize NAME kAngleWords
  COLUMNS "word:str")

# 번 counts occurrences natively (세 번) but labels things with Sino numbers before these words
# (1번 출구, 3번 타자).
nangdok_data_table(nangdok_text TSV normalize/number_label_nouns.tsv NAMESPACE nangdok::normalize NAME kNumberLabelNouns
  COLUMNS "word:str")

nangdok_data_table(nangdok_text TSV normalize/news_hanja.tsv NAMESPACE nangdok::normalize NAME kNewsHanja TYPE "HanjaEntry"
  COLUMNS "hanja:str reading:str")

# Particles and endings whose form depends on the sound before them: the first form follows a
# consonant, the second a vowel; those that begin with 으 take the second form after ㄹ too
# (서울로). When what is said differs from what is written (a bracket skipped, digits or letters
# read aloud), the particle is chosen again from the last syllable said.
nangdok_data_table(nangdok_text TSV normalize/particle_forms.tsv NAMESPACE nangdok::normalize NAME kParticleForms TYPE "std::pair<std::string_view, std::string_view>"
  COLUMNS "after_consonant:str after_vowel:str")

# Brackets (normalize/brackets.hpp): what a bracket right after a word holds decides whether it
# is said. A date after one of these words repeats the day it names (모레(9일)는 → 모레는).
nangdok_data_table(nangdok_text TSV normalize/relative_day_words.tsv NAMESPACE nangdok::normalize NAME kRelativeDayWords
  COLUMNS "word:str")

# Labels before a code in brackets (모델명 65F9000, 종목코드 005930): the bracket is not said.
nangdok_data_table(nangdok_text TSV normalize/code_labels.tsv NAMESPACE nangdok::normalize NAME kCodeLabels
  COLUMNS "word:str")

# Abbreviations written in brackets after the word they abbreviate (0.25%포인트(P)): when the
# word just said ends with the spoken form, the bracket is a gloss.
nangdok_data_table(nangdok_text TSV normalize/bracket_abbreviations.tsv NAMESPACE nangdok::normalize NAME kBracketAbbreviations TYPE "std::pair<std::string_view, std::string_view>"
  COLUMNS "written:str spoken:str")

# Forms of 하다 and 되다: glued to a bracket read as an aside (설문조사(…)한 결과), they go back to
# the word before it (설문조사한, …, 결과); anything else glued there joins the aside's last word.
nangdok_data_table(nangdok_text TSV normalize/light_verb_forms.tsv NAMESPACE nangdok::normalize NAME kLightVerbForms
  COLUMNS "word:str")

# Titles after a name (김모 씨, 이모 군): an age bracketed beside a titled name is said before it.
nangdok_data_table(nangdok_text TSV normalize/person_titles.tsv NAMESPACE nangdok::normalize NAME kPersonTitles
  COLUMNS "word:str")

# Titles written apart after a name (오승윤 화백, 김철수 교수): an age bracketed between the name and
# one of them is said before the name (예순여섯 살 오승윤 화백), as for 씨.
nangdok_data_table(nangdok_text TSV normalize/titles_after_name.tsv NAMESPACE nangdok::normalize NAME kTitlesAfterName
  COLUMNS "word:str")

# Short words of a profile in brackets beside a name (A(50대·남)씨 → 오십 대 남성 에이 씨).
nangdok_data_table(nangdok_text TSV normalize/profile_words.tsv NAMESPACE nangdok::normalize NAME kProfileWords TYPE "std::pair<std::string_view, std::string_view>"
  COLUMNS "written:str spoken:str")

# Korean surnames: a word of two to four syllables that starts with one is taken for a name, so a
# bare number in brackets after it is an age (김근식(54)).
nangdok_data_table(nangdok_text TSV normalize/surnames.tsv NAMESPACE nangdok::normalize NAME kSurnames
  COLUMNS "surname:str")

# Numbers that are names, with a reading of their own (38선 → 삼팔선, 4대강 → 사대강).
nangdok_data_table(nangdok_text TSV normalize/fixed_number_words.tsv NAMESPACE nangdok::normalize NAME kFixedNumberWords TYPE "std::pair<std::string_view, std::string_view>"
  COLUMNS "written:str spoken:str")

# Words after which a number is a code read digit by digit (예약 번호는 907 → 구공칠).
nangdok_data_table(nangdok_text TSV normalize/code_signals.tsv NAMESPACE nangdok::normalize NAME kCodeSignals
  COLUMNS "word:str")

# Service numbers said digit by digit (119 → 일일구, 1339번 → 일삼삼구 번), as their callers do,
# unless a counter makes them a quantity (119명).
nangdok_data_table(nangdok_text TSV normalize/service_numbers.tsv NAMESPACE nangdok::normalize NAME kServiceNumbers
  COLUMNS "number:str note:-")

# Words after which a three- or four-digit number is a number to call (국번없이 1339, 콜센터 109).
nangdok_data_table(nangdok_text TSV normalize/service_number_cues.tsv NAMESPACE nangdok::normalize NAME kServiceNumberCues
  COLUMNS "word:str")

# Words after "N번으로" that make N a number to call (109번으로 전화하면, 1339번을 누르면).
nangdok_data_table(nangdok_text TSV normalize/calling_words.tsv NAMESPACE nangdok::normalize NAME kCallingWords
  COLUMNS "word:str")

# Words after a dotted month.day that make it a named date (6.25 전쟁, 3.1절), not a decimal.
nangdok_data_table(nangdok_text TSV normalize/named_date_words.tsv NAMESPACE nangdok::normalize NAME kNamedDateWords
  COLUMNS "word:str")

# Weekday abbreviations in brackets after a date: (화) → 화요일; 공 is a public holiday.
nangdok_data_table(nangdok_text TSV normalize/weekday_names.tsv NAMESPACE nangdok::normalize NAME kWeekdayNames TYPE "std::pair<std::string_view, std::string_view>"
  COLUMNS "written:str spoken:str")

# How symbols are said: a word (said with a space around it), a pause (said, then a space), or
# silence (nothing said, a space).
nangdok_data_table(nangdok_text TSV normalize/symbols.tsv NAMESPACE nangdok::normalize NAME kSymbols TYPE "SymbolEntry"
  COLUMNS "symbol:char said:str? spacing:str group:-")

# The names of the consonant letters; clusters that never stand alone (ㄳ, ㄺ …) have none.
nangdok_data_table(nangdok_text TSV normalize/consonant_names.tsv NAMESPACE nangdok::normalize NAME kConsonantNames TYPE "std::pair<std::string_view, std::string_view>"
  COLUMNS "letter:str name:str?")

# How each vowel letter is said.
nangdok_data_table(nangdok_text TSV normalize/vowel_sounds.tsv NAMESPACE nangdok::normalize NAME kVowelSounds TYPE "std::pair<std::string_view, std::string_view>"
  COLUMNS "letter:str sound:str")

# --------------------------------------------------------------------------------------------------
# Pronunciation: closed classes of Korean grammar and the pronunciation lexicon.

nangdok_data_table(nangdok_text TSV pronounce/stem_endings.tsv NAMESPACE nangdok::pronounce NAME kStemEndings
  COLUMNS "word:u32")

# Ending beginnings no common Sino-Korean syllable after ㄹ shares.
nangdok_data_table(nangdok_text TSV pronounce/plain_ending_starts_after_rieul.tsv NAMESPACE nangdok::pronounce NAME kPlainEndingStartsAfterRieul
  COLUMNS "word:u32")

# Particles and endings whose first syllable Sino-Korean words share (철도, 물자): only the
# whole rest of the word tells.
nangdok_data_table(nangdok_text TSV pronounce/plain_tails_after_rieul.tsv NAMESPACE nangdok::pronounce NAME kPlainTailsAfterRieul
  COLUMNS "word:u32")

nangdok_data_table(nangdok_text TSV pronounce/rieul_endings.tsv NAMESPACE nangdok::pronounce NAME kRieulEndings
  COLUMNS "word:u32")

nangdok_data_table(nangdok_text TSV pronounce/particles.tsv NAMESPACE nangdok::pronounce NAME kParticles
  COLUMNS "word:u32")

# Each dependent noun with the particles and endings it takes after it, besides none; "*" for those
# that are never anything but dependent (것, 듯). Narrow on purpose: after an object particle 을/를
# the next word may be 수가 (number), 바로 (straight), 적은 (few), 법으로 (law).
nangdok_data_table(nangdok_text TSV pronounce/dependent_nouns.tsv NAMESPACE nangdok::pronounce NAME kDependentNouns TYPE "DependentNoun"
  COLUMNS "noun:u32 tails:u32")

# Nouns that stand after a clause (갈 곳, 할 경우, 볼 생각): after the adnominal -(으)ㄹ written
# apart their first consonant is tense (제27항: 갈 곳 → 갈꼳), like a dependent noun's.
nangdok_data_table(nangdok_text TSV pronounce/bound_nouns.tsv NAMESPACE nangdok::pronounce NAME kBoundNouns
  COLUMNS "noun:u32")

# Nouns in ㄹ that come before those nouns as the first half of a compound, not as an adnominal
# (내일 계획, 겨울 방법): no tensing after them.
nangdok_data_table(nangdok_text TSV pronounce/nouns_in_rieul.tsv NAMESPACE nangdok::pronounce NAME kNounsInRieul
  COLUMNS "word:u32")

nangdok_data_table(nangdok_text TSV pronounce/light_verbs.tsv NAMESPACE nangdok::pronounce NAME kLightVerbs
  COLUMNS "word:u32")

nangdok_data_table(nangdok_text TSV pronounce/nouns_in_hal.tsv NAMESPACE nangdok::pronounce NAME kNounsInHal
  COLUMNS "word:u32")

nangdok_data_table(nangdok_text TSV pronounce/native_nouns.tsv NAMESPACE nangdok::pronounce NAME kNativeNouns
  COLUMNS "word:u32")

nangdok_data_table(nangdok_text TSV pronounce/rieul_giyeok_nouns.tsv NAMESPACE nangdok::pronounce NAME kRieulGiyeokNouns
  COLUMNS "syllable:char")

nangdok_data_table(nangdok_text TSV pronounce/native_prefixes.tsv NAMESPACE nangdok::pronounce NAME kNativePrefixes
  COLUMNS "syllable:char")

nangdok_data_table(nangdok_text TSV pronounce/pronunciation_lexicon.tsv NAMESPACE nangdok::pronounce NAME kPronunciationLexicon
  COLUMNS "entry:u32 rule:-")

# A broadcast's spoken byline: the anchor handing over to the reporter ("…, 홍길동 기자입니다",
# "… 홍길동 기자가 취재했습니다."). It is dropped wherever it stands, at a small cost to the body run
# (it sits between the anchor's lead and the report).
nangdok_data_table(nangdok_text TSV clean/spoken_bylines.tsv NAMESPACE nangdok::clean_rules NAME kSpokenBylines
  COLUMNS "pattern:str note:-")

# Words of the article's metadata: a short line holding a date or a time and one of these (or
# little else) is a byline or date line however it is laid out ("정창현 기자 승인 2023.08.06 11:18").
nangdok_data_table(nangdok_text TSV clean/metadata_words.tsv NAMESPACE nangdok::clean_rules NAME kMetadataWords
  COLUMNS "word:str")

# Notices that address the reader about the page end like sentences ("이 글자크기로 변경됩니다.",
# "본문 보기를 권장합니다."): a line that ends with one of these endings and names one of the
# interface nouns below is chrome when it stands at the edge of the article.
nangdok_data_table(nangdok_text TSV clean/ui_notice_endings.tsv NAMESPACE nangdok::clean_rules NAME kUiNoticeEndings
  COLUMNS "ending:str")
nangdok_data_table(nangdok_text TSV clean/interface_nouns.tsv NAMESPACE nangdok::clean_rules NAME kInterfaceNouns
  COLUMNS "noun:str")
