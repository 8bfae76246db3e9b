#!/bin/sh
# `cmake --install` into a fresh prefix with a long, capitalised path: the installed binary must
# find its voices under share/nangdok/voices and speak with each of them.
set -eu
build_dir=$1
prefix=$(mktemp -d)/Install-Prefix-With-A-Long-Name/And-Capitals
trap 'rm -rf "$(dirname "$(dirname "$prefix")")"' EXIT
cmake --install "$build_dir" --prefix "$prefix" >/dev/null
nangdok="$prefix/bin/nangdok"
for voice in default female clear; do
  "$nangdok" voices | grep -q "^$voice	nangdok	" || { echo "voice $voice not listed"; exit 1; }
  echo "설치된 목소리로 읽는다." | "$nangdok" read -q --voice "$voice" -o "$prefix/$voice.wav"
  size=$(wc -c < "$prefix/$voice.wav")
  [ "$size" -gt 44100 ] || { echo "voice $voice gave only $size bytes"; exit 1; }
done
echo "installed binary speaks with every shipped voice"
