// Encoding labels a page may declare (<meta charset>, http-equiv, an HTTP Content-Type), mapped
// to the ICU converter that decodes them. From the WHATWG Encoding Standard's label table, for the
// encodings Korean and Western news pages use; a label not listed here is passed to ICU as is.
// EUC-KR is read as CP949 (windows-949), its superset, as browsers do; Latin-1 as windows-1252.
#pragma once

#include <string_view>
#include <utility>

namespace nangdok::html_tables {

inline constexpr std::pair<std::string_view, std::string_view> kCharsetLabels[] = {
    {"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"}, {"unicode11utf8", "UTF-8"},
    {"unicode20utf8", "UTF-8"}, {"x-unicode20utf8", "UTF-8"},
    // A page's own bytes cannot declare UTF-16 (they would not be readable ASCII): the standard
    // reads that label in a <meta> as UTF-8.
    {"utf-16", "UTF-8"}, {"utf-16le", "UTF-8"}, {"utf-16be", "UTF-8"},
    {"euc-kr", "windows-949"}, {"cseuckr", "windows-949"}, {"csksc56011987", "windows-949"},
    {"iso-ir-149", "windows-949"}, {"korean", "windows-949"}, {"ks_c_5601-1987", "windows-949"},
    {"ks_c_5601-1989", "windows-949"}, {"ksc5601", "windows-949"}, {"ksc_5601", "windows-949"},
    {"windows-949", "windows-949"}, {"cp949", "windows-949"}, {"x-windows-949", "windows-949"},
    {"uhc", "windows-949"},
    {"ascii", "windows-1252"}, {"us-ascii", "windows-1252"}, {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"}, {"iso88591", "windows-1252"}, {"iso_8859-1", "windows-1252"},
    {"latin1", "windows-1252"}, {"l1", "windows-1252"}, {"cp1252", "windows-1252"},
    {"windows-1252", "windows-1252"}, {"x-cp1252", "windows-1252"}, {"cp819", "windows-1252"},
    {"ibm819", "windows-1252"}, {"csisolatin1", "windows-1252"}, {"ansi_x3.4-1968", "windows-1252"},
    {"gb2312", "GBK"}, {"gbk", "GBK"}, {"x-gbk", "GBK"}, {"chinese", "GBK"}, {"csgb2312", "GBK"},
    {"gb18030", "gb18030"}, {"big5", "Big5-HKSCS"}, {"big5-hkscs", "Big5-HKSCS"},
    {"shift_jis", "windows-31j"}, {"sjis", "windows-31j"}, {"ms932", "windows-31j"},
    {"windows-31j", "windows-31j"}, {"euc-jp", "EUC-JP"}, {"iso-2022-jp", "ISO-2022-JP"},
};

}  // namespace nangdok::html_tables
