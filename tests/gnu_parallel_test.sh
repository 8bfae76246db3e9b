#!/bin/sh
# A batch spread with GNU parallel, as docs/distributed.md tells: `-S :` is this machine as a
# "remote" login, the same code path GNU parallel uses for other machines (without ssh here).
set -eu
nangdok=$1
command -v parallel >/dev/null || { echo "GNU parallel is not installed (package parallel)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in one two three; do
  printf '%s 기사\n서울시가 첨단산업의 중동 진출을 지원한다.\n' "$name" > "$work/$name.txt"
done
cd "$work"
ls ./*.txt | parallel --will-cite -S : --halt now,fail=1 "$nangdok" read -q -j 1 {} -o {.}.mp3
for name in one two three; do
  size=$(wc -c < "$work/$name.mp3")
  [ "$size" -gt 1000 ] || { echo "$name.mp3 is only $size bytes"; exit 1; }
done
echo "GNU parallel converted 3 articles"
