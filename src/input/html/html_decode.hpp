// Decode stage for HTML: a page's bytes in, its markup as UTF-8 out.
//
// The encoding comes from, in order: a byte order mark; the charset the transport gave (an HTTP
// Content-Type); the page's own <meta charset> or http-equiv declaration; detection (UTF-8 when
// the bytes are valid UTF-8, else CP949 when they read as Korean, else UTF-8 when only a few bytes
// break it, else windows-1252). A declared
// charset the bytes contradict loses to what the bytes are (a page declaring EUC-KR whose bytes
// are valid UTF-8 is read as UTF-8), and the result says so in `note`. Never throws for bytes:
// a byte no encoding explains becomes U+FFFD, as in a browser.
#pragma once

#include <string>
#include <string_view>

namespace nangdok {

struct DecodedHtml {
    std::string html;      // UTF-8 (may hold U+FFFD and NUL; the parser copes with both)
    std::string encoding;  // what was used: "UTF-8", "CP949", "windows-1252", "UTF-16LE", …
    std::string declared;  // the label the page or the transport declared, as written; empty if none
    std::string note;      // for the user when the declaration was overruled or bytes replaced; else empty
};

DecodedHtml decode_html_bytes(std::string_view bytes, std::string_view transport_charset = {});

}  // namespace nangdok
