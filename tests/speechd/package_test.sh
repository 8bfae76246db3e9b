#!/bin/sh
# `cpack -G DEB` makes nangdok_VERSION_amd64.deb holding the program, the voices, the man page, the
# speech-dispatcher module and its configuration (a conffile), with library dependencies found by
# dpkg-shlibdeps; `cmake --install --prefix /usr` installs the same files; and the unpacked
# program and module work from where the package puts them.
set -eu
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
version=$(sed -n 's/^project(nangdok VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../../CMakeLists.txt")
deb="$work/out/nangdok_${version}_amd64.deb"
[ -f "$deb" ] || { ls "$work/out"; fail "no $deb"; }

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' | grep -v '/$' | sort >"$work/package.list"
for file in /usr/bin/nangdok /usr/share/nangdok/voices/default.voice /usr/share/nangdok/voices/female.voice \
            /usr/share/nangdok/voices/clear.voice /usr/share/man/man1/nangdok.1.gz \
            /usr/lib/speech-dispatcher-modules/sd_nangdok /etc/speech-dispatcher/modules/nangdok.conf; do
  grep -qx "$file" "$work/package.list" || { cat "$work/package.list"; fail "the package lacks $file"; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for library in libespeak-ng1 libportaudio2 libicu libsndfile1 libc6 espeak-ng-data; do
  echo "$depends" | grep -q "$library" || fail "Depends lacks $library: $depends"
done
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles | grep -qx /etc/speech-dispatcher/modules/nangdok.conf ||
  fail "nangdok.conf is not a conffile"

# cmake --install puts the same files in the same places.
DESTDIR="$work/destdir" cmake --install "$build_dir" --prefix /usr >/dev/null
(cd "$work/destdir" && find . -type f | sed 's|^\./|/|' | sort) >"$work/install.list"
diff "$work/package.list" "$work/install.list" || fail "cmake --install and the package differ (< package, > install)"

# Unpacked, the program finds its voices and the module answers speech-dispatcher.
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/nangdok" voices | grep -q "^default	nangdok	" || fail "the packaged nangdok lists no voices"
printf 'INIT\nLIST VOICES\nQUIT\n' |
  "$work/root/usr/lib/speech-dispatcher-modules/sd_nangdok" "$work/root/etc/speech-dispatcher/modules/nangdok.conf" \
  >"$work/module.out" 2>"$work/module.err" || { cat "$work/module.err"; fail "the packaged module failed"; }
for line in "299 OK LOADED SUCCESSFULLY" "200-default	ko	none" "200-clear	ko	none" "210 OK QUIT"; do
  grep -qx "$line" "$work/module.out" || { cat "$work/module.out" "$work/module.err"; fail "module: no '$line'"; }
done
echo "the package holds and runs nangdok and sd_nangdok: $(wc -l <"$work/package.list") files"
