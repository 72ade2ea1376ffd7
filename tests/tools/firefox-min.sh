#!/usr/bin/env bash
# `npm run test:firefox-min`: the Firefox e2e suite against the oldest Firefox the manifest
# accepts (strict_min_version 140.0), so the declared minimum is checked, not assumed.
# Firefox ESR 140 comes from Debian's package archive: downloaded with apt-get, unpacked with
# dpkg -x into .cache/ (never installed), and handed to the suite through FIREFOX_PATH.
# The system Firefox supplies the shared libraries; `apt-get install firefox-esr` brings them.
set -euo pipefail
cd "$(dirname "$0")/../.."

series="${FIREFOX_MIN_SERIES:-140}"
cache=".cache/firefox-esr-${series}"
version="$(apt-cache madison firefox-esr | awk -v s="${series}." 'index($3, s) == 1 { print $3; exit }')"
if [ -z "$version" ]; then
  echo "firefox-min: no firefox-esr ${series}.* in the package lists (run: apt-get update)" >&2
  exit 1
fi

binary="$cache/$version/usr/lib/firefox-esr/firefox-esr"
if [ ! -x "$binary" ]; then
  echo "firefox-min: fetching firefox-esr $version into $cache/"
  rm -rf "$cache" && mkdir -p "$cache/$version"
  (cd "$cache" && apt-get download -q "firefox-esr=$version")
  dpkg -x "$cache"/firefox-esr_*.deb "$cache/$version"
  rm -f "$cache"/firefox-esr_*.deb
fi
echo "firefox-min: $("$binary" --version 2>/dev/null) at $binary"

npx wxt build -b firefox --mv3
FIREFOX_PATH="$PWD/$binary" npx vitest run --project e2e-firefox "$@"
