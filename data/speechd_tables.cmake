# The speech-dispatcher module's tables (see data/tables.cmake for the columns' kinds). Included by
# src/module/speechd/CMakeLists.txt, so that they compile into the module's own library.

# How each punctuation mark is named, and from which punctuation mode on (some, most, all) it is read.
nangdok_data_table(nangdok_speechd TSV speechd/punctuation_names.tsv NAMESPACE nangdok::speechd NAME kMarks TYPE "Mark"
  COLUMNS "mark:str name:str read_from:str")

# The names of the keys speech-dispatcher sends with KEY.
nangdok_data_table(nangdok_speechd TSV speechd/key_names.tsv NAMESPACE nangdok::speechd NAME kKeyNames TYPE "KeyName"
  COLUMNS "key:str name:str")
