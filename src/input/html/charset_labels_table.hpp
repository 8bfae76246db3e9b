// Encoding labels a page may declare (<meta charset>, http-equiv, an HTTP Content-Type), mapped
// to the ICU converter that decodes them. From the WHATWG Encoding Standard's label table, for the
// encodings Korean and Western news pages use; a label not listed here is passed to ICU as is.
// EUC-KR is read as CP949 (windows-949), its superset, as browsers do; Latin-1 as windows-1252.
#pragma once

#include <string_view>
#include <utility>

// The tables themselves, compiled from data/html/ (see data/input_tables.cmake).
#include "html/data/charset_labels.hpp"
