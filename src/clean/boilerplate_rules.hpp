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

// Whole lines that are page chrome wherever they appear: screen-reader labels, toolbars, comment
// widgets, dialogs. Several end like sentences ("…습니다."), which is why they must be listed.
inline constexpr std::string_view kUiLines[] = {
    // accessibility / layout labels
    "상단영역", "본문영역", "하단영역", "도구모음", "기자정보, 기사등록일", "기자정보,기사등록일", "본문 바로가기",
    "본문바로가기", "메인 메뉴로 바로가기", "주요서비스 바로가기", "매체정보 바로가기", "기사검색 바로가기", "현재위치",
    "스크롤 이동 상태바", "전체메뉴", "전체메뉴 버튼", "메뉴닫기", "메뉴", "검색", "검색어를 입력하세요", "로그인",
    "회원가입", "로그아웃", "마이페이지", "홈", "HOME", "TOP", "맨위로", "위로", "이전", "다음", "더보기", "전체보기",
    // toolbars
    "SNS 기사보내기", "기사보내기", "공유하기", "공유", "URL 복사", "URL복사", "링크 복사", "링크복사", "링크 복사하기",
    "스크랩", "기사 스크랩", "기사스크랩", "스크랩하기", "인쇄", "인쇄하기", "프린트", "클린뷰", "글자크기 설정",
    "글자 크기 설정", "글자크기", "글자 크기", "글자크기 변경하기", "글자 크기 조절", "본문 글씨 줄이기",
    "본문 글씨 키우기", "크기", "글꼴", "본문듣기", "듣기", "설정", "번역", "이전 기사", "다음 기사", "목록",
    "뒤로가기", "기사원문", "보내기", "구독", "구독하기", "댓글", "페이스북", "트위터", "카카오톡", "카카오스토리",
    "네이버블로그", "밴드", "메일", "URL", "가 작게", "가 보통", "가 크게",
    // summary boxes' own notices
    "자동 요약 결과가 어땠나요?", "만족", "보통", "불만족",
    // comment widget and dialogs
    "로그인 후 댓글작성이 가능합니다.", "로그인 하시겠습니까?", "댓글을 삭제 하시겠습니까?", "이미 참여하셨습니다.",
    "이미 신고 접수한 게시물입니다.", "신고사유", "신고접수가 완료되었습니다. 담당자가 확인후 신속히 처리하도록 하겠습니다.",
    "차단해제 하시겠습니까?", "사용자 차단 시 현재 사용자의 게시물을 보실 수 없습니다.", "닫기", "확인", "취소",
    "확인 취소", "예 아니오", "댓글을 입력해 주세요", "많이 본 댓글 순", "최신순", "공감순",
    // Naver article page
    "PICK 안내", "해당 언론사가 주요기사로 직접 선정한 기사입니다.", "언론사 편집판 바로가기", "설정을 저장하시겠습니까?",
    "좋아요 평가하기 공감", "나눔고딕 폰트가 설치되어있지 않습니다.", "나눔 폰트를 설치하러 가시겠습니까?",
    "기사 섹션 분류 안내", "이 기사를 추천합니다", "이 기사를 모바일 메인으로 추천", "좋아요 싫어요 후속기사 원해요",
    // image viewer, ads
    "텍스트 음성 변환 서비스 사용하기", "이동 통신망을 이용하여 음성을 재생하면 별도의 데이터 통화료가 부과될 수 있습니다.",
    "본문듣기 시작", "말하는 속도", "성별", "기사 본문 전체보기", "글자 크기 변경하기", "SNS 보내기", "기자 페이지", "기자 구독", "기사 모음",
    "이미지 확대", "기사 이미지 확대 보기", "사진 확대", "확대보기", "ADVERTISEMENT", "광고", "AD",
    // the same chrome on pages in English (HTML pages often carry it between paragraphs)
    "Advertisement", "advertisement", "Advert", "Comments", "comments", "previous post", "next post",
};

// Whole-line patterns for chrome whose wording varies (counters, slots, lists of share targets).
inline constexpr std::string_view kUiPatterns[] = {
    R"(^\d+\s*/\s*\d+$)",                                           // "0 / 300" character counter
    R"(^\d+개의 댓글$)", R"(^(기사 )?댓글 \d+$)",
    R"(^(좋아요|훈훈해요|슬퍼요|화나요|후속기사 원해요|추천해요|감동이에요|놀랐어요|싫어요)\s*\d*$)",
    R"(^[A-Za-z가-힣0-9]+_(PC|MO|M|AOS|IOS)$)",                     // ad-slot names such as 컴패션_PC
    R"(^(페이스북|트위터|카카오톡|카카오스토리|네이버블로그|밴드|X\(트위터\))\(으\)로 기사보내기)",
    R"(^SNS 기사보내기)", R"(^공유하기 (페이스북|카카오톡|X))",
    R"(^글자\s?크기 설정 가 작게)", R"(^가[1-5]단계$)",
    R"(^이 기사는 언론사에서 .{1,20} 섹션으로 분류했습니다\.?$)",
    R"(^기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다)",
    R"(^(성별|속도) 선택하기)", R"(^기사제공 \S+$)", R"(^\S+ 기사제공$)",
    R"(^(키워드\s?Tags|#\S+(\s+#\S+)+$))",                          // tag clouds
    R"(^\s?다른기사 보기$)",
    R"(^(구독자|응원수|구독|조회수|조회)\s?[\d,]+$)",
    R"(^[^\p{L}\p{N}]+$)",                                         // markup residue or separators: "*/?>", "----"
};

// A summary box: the label is dropped, and so are the indented or bulleted lines that follow it.
inline constexpr std::string_view kSummaryLabels[] = {
    R"(^(AI ?기사요약|AI ?요약|요약봇(beta)?|(본문 )?요약봇(도움말)?|요약|기사 ?요약|3줄 ?요약|한눈에 보는 기사)$)",
    R"(^\*?\s?AI ?기술로 자동 요약된 내용입니다)",
    R"(^\*?\s?자동 추출 기술로 요약된 내용입니다)",
    R"(^\*?\s?본 (요약|서비스)은 .{0,40}(자동|AI).{0,40}$)",
};

// Photo captions and credits: the whole line goes, even when it holds full sentences.
inline constexpr std::string_view kCaptionLines[] = {
    R"([\[<](사진|그래픽|자료|영상|표|사진제공|이미지|일러스트|출처)\s*[=:]?\s*[^\]>]{1,40}[\]>]\s*$)",
    R"(^[(\[]?(사진|그래픽|자료사진|사진제공|이미지 제공|출처)\s*[=:].{1,40}[)\]]?$)",
    R"(/\s?(연합뉴스|뉴스1|뉴시스|AP|AFP|EPA|로이터|UPI|신화|게티이미지(코리아)?|게티이미지뱅크|독자 제공|인스타그램 캡처|[^\s/.]{2,20}\s?제공)\s*$)",
    R"([.!?”"’']\s?/\s?[^\s/.]{2,20}(\s[^\s/.]{1,10})?\s*$)",  // "…포획됐다. /경기도소방재난본부"
    R"([.!?”"’]\s*[^.!?]{1,30}\s(제공|캡처|화면 캡처|자료사진)\.?$)",  // "…게재됐다. 보배드림 캡처"
    R"(^[^.!?]{1,30}\s(제공|캡처|화면 캡처)$)",                    // a credit alone: "문화재청 제공"
    R"((\[중앙포토\]|\[뉴시스\]|(AFP|EPA|AP|로이터|UPI)=연합뉴스)\.?$)",
    R"(^\[사진\]\s*[ⓒ©]\S+)",
    R"(^▲\s?)",                                                                // "▲ 시민들이 …" photo caption
    R"(^[ⓒ©]\s?[가-힣A-Za-z]{1,12}$)",                                           // a photographer's credit "ⓒ 홍길동"
    R"([.!?”"’]\s?[ⓒ©]\s?[^.!?ⓒ©]{1,30}$)",                                     // "…모습. ⓒ 홍길동"
    R"(\d{4}\.\d{1,2}\.\d{1,2}\.?\s+[A-Za-z0-9._+\-]+@[A-Za-z0-9.\-]+$)",  // Yonhap photo stamp "2022.12.7 uwg806@yna.co.kr"
    R"(\((사진|그래픽|자료사진|사진제공)\s*[=:][^)]{1,40}\)\s*$)",              // "…읽는 시민. (사진=서울시 제공)"
    R"(\[[^\]]{0,20}(사진|자료사진|포토|제공|캡처)[^\]]{0,20}\]\s*$)",         // "[연합뉴스 자료사진]", "[서울시 제공]"
    R"(\[(AP|AFP|EPA|로이터|UPI|신화|EPA)=연합뉴스\]\s*$)",
    // "…모습. 연합뉴스", "…있다. AFP 연합뉴스": a wire or stock credit after the caption's sentence.
    R"([.!?”"’]\s((AP|AFP|EPA|로이터|UPI|신화)\s?)?(연합뉴스|뉴시스|뉴스1|게티이미지뱅크|게티이미지코리아|게티이미지|셔터스톡|픽사베이|Getty Images|AP|AFP|EPA|로이터)\.?$)",
};

// Credits inside a body sentence are cut out of it, the sentence stays.
inline constexpr std::string_view kInlineCredits[] = {
    R"(\s?[(\[<](사진|그래픽|자료사진|사진제공)\s*[=:][^)\]>]{1,60}[)\]>])",
    R"(\s?\((사진|그래픽)\s*제공\s*[=:]?[^)]{0,40}\))",
};

// Endings of toolbar and link labels ("…서비스 사용하기", "전체 보기"): such a line is never taken as
// the headline or deck, even when no table lists it.
inline constexpr std::string_view kUiLabelEndings[] = {"하기", "보기", "가기", "닫기", "열기", "듣기", "설정", "조절", "복사"};

// A caption or credit line always holds one of these; lines without any skip the caption rules.
inline constexpr std::string_view kCaptionHints[] = {"]", ">", "/", "제공", "캡처", "자료사진", "연합뉴스", "사진",
                                                     "그래픽", "출처", "@", "▲", "ⓒ", "©"};

// Byline lines (metadata: kept for --json, never read aloud).
inline constexpr std::string_view kBylineLines[] = {
    R"(^[가-힣]{2,4}\s*(선임|수석|전문|객원|인턴|수습|대기자|논설)?\s?기자(\s*구독(하기)?)?$)",
    R"(^[가-힣]{2,4}\s*(특파원|논설위원|칼럼니스트|편집위원|기상캐스터|앵커|PD|통신원|객원기자)$)",
    R"(^기자명\s+[가-힣]{2,4}\s*(기자|특파원|선임기자|객원기자))",
    R"(^\[?\s*([가-힣]+[=/ ])?[가-힣]{2,4}(·[가-힣]{2,4})*\s*([가-힣]{0,10})?\s*(기자|특파원|논설위원|칼럼니스트|PD|인턴기자|객원기자|전문기자)\s*(/\s*)?\(?[A-Za-z0-9._+\-]*@[A-Za-z0-9.\-]+\)?\s*\]?$)",
    R"(^(글|정리|사진|영상취재|영상편집|촬영기자|그래픽|취재)\s*[=:]\s*[가-힣]{2,4}(\s*(기자|PD))?$)",
    R"(^(칼럼니스트|기자|객원기자)\s+[가-힣]{2,4}\s+[A-Za-z0-9._+\-]+@[A-Za-z0-9.\-]+$)",
    R"(^\[[^\]]{0,30}\s?[가-힣]{2,4}\s?(기자|특파원)\]$)",                       // "[한빛일보 홍길동 기자]"
};

// A byline always holds one of these words or separators.
inline constexpr std::string_view kBylineHints[] = {"기자", "특파원", "위원", "니스트", "캐스터", "앵커", "PD", "통신원",
                                                    "=", ":"};

// Date lines of the article header.
inline constexpr std::string_view kDateLines[] = {
    R"(^(입력|수정|기사입력|최종수정|등록|승인|발행일|업데이트|게재|송고|작성|Posted|Updated)\s*[:：]?\s*\[?\s*\d{4}\s?[.\-/년]\s?\d{1,2}\s?[.\-/월]\s?\d{1,2}.{0,60}$)",
    R"(^\d{4}년\s?\d{1,2}월\s?\d{1,2}일\s?(\([월화수목금토일]\))?(\s*\d{1,2}:\d{2})?$)",
    R"(^\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?\s*(\(?[월화수목금토일]\)?)?\s*(오전|오후)?\s*(\d{1,2}:\d{2}(:\d{2})?)?$)",
    R"(^\d{4}/\d{2}/\d{2} \d{2}:\d{2} 송고$)",
};

// The publisher's copyright line: from the first one after the body has begun, the rest is tail.
inline constexpr std::string_view kCopyrightLines[] = {
    R"(^[\[<〈(\-※\s]*(ⓒ|©|\([cC]\)|Copyrights?|COPYRIGHT))",
    R"(^[\[<〈(\-\s]*저작권자?\s?(ⓒ|©|\([cC]\)|:))",
    R"(^[\[<〈]\s*저작권자)",
    R"(^.{0,80}(무단\s*(전재|복제|게재|배포)|전재\s*및)[^.]{0,40}(재배포|배포|수집|AI\s*학습|재판매).{0,30}금지.{0,20}$)",
    R"(^.{0,40}(ⓒ|©).{0,60}(무단|금지|Reserved|reserved))",
    R"(All [Rr]ights? [Rr]eserved\.?\s*$)",
};

// A copyright line always holds one of these.
inline constexpr std::string_view kCopyrightHints[] = {"ⓒ", "©", "(c)", "(C)", "opyright", "OPYRIGHT", "저작권", "금지",
                                                       "eserved"};

// The start of a comment section or of the portal's own footer: once the body has had a few
// paragraphs, the rest of the page is not the article (like the copyright line).
inline constexpr std::string_view kTailAnchors[] = {
    R"(^(댓글|전체 ?댓글|댓글 ?쓰기|댓글 ?\d+|\d+개의 댓글|댓글을 입력해 주세요|의견 ?쓰기|독자 ?의견|이 기사를 추천합니다|기사 섹션 분류 안내|이 기사는 언론사에서 .{1,20} 섹션으로 분류했습니다\.?)$)",
};

// Words that make up toolbars and share bars; a line made only of them, or of words glued from
// them (글자크기조정), is chrome ("바로가기 본문 글씨 줄이기 본문 글씨 키우기", "뒤로가기 인쇄하기 목록 Tweet").
inline constexpr std::string_view kUiWords[] = {
    "바로가기", "본문", "글씨", "줄이기", "키우기", "공유", "공유하기", "페이스북", "트위터", "X(트위터)", "카카오톡",
    "카카오스토리", "네이버블로그", "밴드", "메일", "이메일", "URL", "복사", "링크", "인쇄", "인쇄하기", "프린트",
    "스크랩", "기사보내기", "보내기", "SNS", "뒤로가기", "목록", "Tweet", "글자크기", "글자", "크기", "설정", "가",
    "작게", "보통", "크게", "닫기", "댓글", "좋아요", "싫어요", "구독", "구독하기", "구독중", "듣기", "본문듣기",
    "번역", "이전", "다음", "보기", "더보기", "확대", "축소", "기사원문", "추천", "공감", "비공감", "신고", "취소",
    "확인", "저장", "글꼴", "폰트", "음성", "재생", "정지", "속도", "느림", "빠름", "남성", "여성", "선택하기",
    "가1단계", "가2단계", "가3단계", "가4단계", "가5단계", "시작", "|", "/", "·", "조정", "기사", "북마크",
    "저장하기", "인쇄버튼", "텍스트", "기사듣기", "프린트하기",
};

// Site suffixes of a page title used as the headline: "제목 | 한빛일보", "제목 < 산업 < 기사본문 - AI타임스".
inline constexpr std::string_view kHeadlineSuffixes[] = {
    R"(\s[|｜]\s[^|｜]{1,40}$)",
    R"(\s:\s네이버 (뉴스|스포츠|연예|엔터)$)",
    R"(\s<\s[^<]{1,20}(\s<\s[^<]{1,20})*\s-\s.{1,30}$)",
    R"(\s-\s(연합뉴스|조선일보|중앙일보|동아일보|한겨레|경향신문|한국일보|매일경제|한국경제|뉴스1|뉴시스|머니투데이|(SBS|KBS|MBC|JTBC) 뉴스|YTN|조선비즈|서울신문|국민일보|세계일보|문화일보|헤럴드경제|아시아경제|이데일리|파이낸셜뉴스|노컷뉴스|오마이뉴스)$)",
};

// Lines that end the article wherever they stand after the body: contacts, tips, promos, notices.
inline constexpr std::string_view kTailLines[] = {
    R"(^[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$)",        // e-mail only
    R"(^\(?끝\)?$)",
    R"(^▶?\s*제보는 (카카오톡|카톡) \S+$)",
    R"(^■\s*제보하기)", R"(^(기사제보 및 보도자료|기사 ?문의나 제보는|연합뉴스TV 기사문의 및 제보))",
    R"(^▶.{0,60}(구독|바로가기|친구추가|채널|더보기|무료만화|최신 뉴스|두고 두고 읽는 뉴스|팩플|그게머니|그래픽텔링|클릭|다운로드|신청))",
    R"(^☞)",
    R"(^▶\s*(DAUM|Daum|NAVER|Naver|네이버|다음)에서)",
    R"(^[가-힣]+ 관련뉴스해당 언론사에서 선정하며)",
    R"(^본 콘텐츠의 저작권은 제공처 또는 네이버에 있으며)",  // Naver's footer reads as a sentence
    R"(^※\s*(이 기사는|본 기사는|우울감 등|필자는|외부 필자의|이 콘텐츠는).{0,200}$)",
    R"(^\[이 기사는 .{0,120}(작성했습니다|작성됐습니다)\.?\]$)",
    R"(^지금까지\s.{0,30}(기자|특파원)였습니다\.$)",
    R"(^\(?(영상취재|영상편집|촬영기자|그래픽|자막뉴스 제작|화면제공|영상제공)\s*[:ㅣ|].{0,80}$)",
    R"(^(광고제휴문의|보도기사문의|개인정보(취급|처리)방침|이용약관|청소년보호정책))",
    R"(^(사업자등록번호|등록번호|발행인|편집인|대표이사)\s*[:：])",
    R"(^\[\s*(발행인|등록번호|등록년월일)\s*:)",
};

// A broadcast reporter's sign-off, alone or ending the last paragraph.
inline constexpr std::string_view kBroadcastSignoffHints[] = {"입니다"};
inline constexpr std::string_view kBroadcastSignoffs[] = {
    R"((KBS|SBS|MBC|YTN|MBN|JTBC|채널A|TV조선|연합뉴스TV|KTV|OBS|CBS|TBS|EBS)\s?(뉴스\s?)?[가-힣]{2,4}(\[[^\]]{1,40}\])?입니다\.\s*$)",
};

// Headers of related-article, most-read and ranking lists: the header and the short headline-like
// lines under it go.
inline constexpr std::string_view kListHeaders[] = {
    R"(^(관련기사|관련 기사|키워드 관련기사|연관기사|함께 본 기사|함께 보면 좋은 기사|추천기사|에디터 ?픽|많이 본 (뉴스|기사|칼럼)|실시간 인기|랭킹뉴스|주요뉴스|분야별 주요뉴스|언론사별 가장 많이 본 뉴스|기사 모아보기|이 시각 (주요|인기) ?뉴스|트렌드뉴스|집중분석|인기기사|최신기사|포토뉴스|오늘의 주요뉴스|(이 )?기자의 다른 기사|기자 프로필|다른 기사 보기|이 기사와 함께 많이 본 뉴스)(\s.{0,20})?$)",
    R"(^(▶\s*)?(관련기사|관련 기사)\s*(▶|:)?.{0,80}$)",
};

// Prefixes cut from a kept sentence: wire datelines and broadcast speaker markers.
inline constexpr std::string_view kSentencePrefixes[] = {
    // "(서울=연합뉴스) 홍길동 기자 =", "[서울=뉴시스] 박민수 기자 =", "【서울=뉴시스】": a dateline ends in
    // '=', which a column label such as "[컬처매거진=김지은의 문화산책]" does not.
    R"(^[(\[【][가-힣]+(/[가-힣]+)?=[가-힣A-Za-z0-9]{2,12}[)\]】]\s*([가-힣]{2,4}(·[가-힣]{2,4})*\s*)*(기자|특파원|기자들)?\s*=\s*)",
    R"(^[(\[【][가-힣]+(/[가-힣]+)?=[가-힣A-Za-z0-9]{0,10}(뉴스|뉴스1|뉴시스|통신|뉴스TV|일보|신문|경제|데일리|투데이)[)\]】]\s*(?=[가-힣]))",  // no name
    R"(^\[(머니투데이|아시아경제|헤럴드경제|디지털타임스|이데일리|파이낸셜뉴스|스포츠서울|매일경제|한국경제|서울경제|아주경제|뉴스핌)[^\]]{0,40}(기자|특파원)\]\s*)",
    R"(^\[(한겨레|동아일보|경향신문|한국일보|세계일보|신동아|the300)\]\s*)",
    R"(^\[[가-힣A-Za-z0-9 ]{2,20}\s[가-힣]{2,4}\s?(기자|특파원)\]\s*)",           // "[한빛일보 홍길동 기자] …"
    R"(^\[(앵커|기자|리포트|인터뷰|앵커멘트|클로징)\]\s*)",
    R"(^◀\s*(앵커|리포트|캐스터|인터뷰|기자)\s*▶\s*)",
    R"(^【\s*앵커멘트\s*】\s*)",
    R"(^<(앵커|기자)>\s*)",
};

// A sign-off glued to the last sentence is cut from the reporter's name on.
inline constexpr std::string_view kGluedSignoffs[] = {
    R"((?<=[.!?”"’])\s+[가-힣]{2,4}\s?(기자|특파원)\s*$)",                          // "…말했다. 홍길동 기자"
    R"(\s+[가-힣]{2,4}\s?(기자|특파원)\s*[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+\s*$)",
};

// Markers of list items written into the article text (kept in the text: the normalizer reads
// them as pauses). '■' and '▶' are left out: outlets use them for related-article lists.
inline constexpr std::string_view kListItemMarkers[] = {"△", "○", "◇", "◆", "●", "①", "②", "③", "④", "⑤",
                                                        "⑥", "⑦", "⑧", "⑨", "⑩"};

// Bullet markers a linearised page puts before list items; removed before any rule runs.
inline constexpr std::string_view kBulletMarkers[] = {"•", "·", "◦", "‣", "▪", "*", "-"};

}  // namespace nangdok::clean_rules
