#!/bin/sh
# The man page renders without a warning (as lintian checks it), and it documents every option of
# every command (taken from each command's --help), every environment variable and exit code the
# README lists, and the speech-dispatcher module and its files.
set -eu
page=$1 nangdok=$2 readme=$3
fail() { echo "FAIL: $*"; exit 1; }
[ -s "$page" ] || fail "no man page at $page (is scdoc installed?)"

warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "man reports: $warnings"

text=$(LC_ALL=C.UTF-8 MANWIDTH=1000 man -l "$page" 2>/dev/null)
has() { printf '%s\n' "$text" | grep -qF -- "$1"; }
for command in read clean sentences normalize voices devices; do
  has "nangdok $command" || has "*$command*" || fail "command $command is missing"
  for option in $("$nangdok" "$command" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
    has "$option" || fail "option $option of $command is missing"
  done
done
for variable in $(sed -n 's/^| `\([A-Z_]*\)` |.*/\1/p' "$readme"); do
  has "$variable" || fail "environment variable $variable is missing"
done
for code in $(sed -n '/^## Exit codes/,/^## /s/^| \([0-9]*\) |.*/\1/p' "$readme"); do
  printf '%s\n' "$text" | sed -n '/^EXIT STATUS/,/^EXAMPLES/p' | grep -qx "       $code" || fail "exit code $code is missing"
done
for thing in sd_nangdok /usr/lib/speech-dispatcher-modules/sd_nangdok /etc/speech-dispatcher/modules/nangdok.conf \
             /usr/share/nangdok/voices AddModule "spd-say -o nangdok -l ko" Orca; do
  has "$thing" || fail "$thing is missing"
done
echo "the man page renders cleanly and covers every option"
