// The encoding a page declares in its own markup: <meta charset="…"> or
// <meta http-equiv="Content-Type" content="text/html; charset=…">, found by the HTML standard's
// byte prescan (comments and other tags are stepped over, attribute values may be quoted), and
// the charset parameter of a Content-Type value. Both return the label as written, lower-cased;
// empty when there is none.
#pragma once

#include <string>
#include <string_view>

namespace nangdok {

std::string declared_meta_charset(std::string_view bytes);

// "text/html; charset=EUC-KR" → "euc-kr".
std::string charset_from_content_type(std::string_view content_type);

}  // namespace nangdok
