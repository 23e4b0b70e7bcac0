#!/usr/bin/env bash
# The whole test suite: unit and golden tests, then the shipped bulletin built twice
# (byte-identical) and checked by real clients (HTML validator, feed parser, sitemap schema, PDF tools).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test

swift build --build-tests
# A log of this run's own: a fixed path can belong to another user's run on a shared host.
log="$(mktemp -t alertpress-swift-test.XXXXXX)"
swift test --skip-build 2>&1 | tee "$log"
echo "test log: $log"

shared="${ALERTPRESS_SHARED:-../shared}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
now=2026-11-21
swift build --product alertpress
.build/debug/alertpress check --now "$now" --strict
.build/debug/alertpress build --now "$now" --out "$work/site-a"
.build/debug/alertpress build --now "$now" --out "$work/site-b" --quiet
if ! diff -r "$work/site-a" "$work/site-b" >/dev/null; then
  echo "error: two builds with the same clock differ" >&2; diff -rq "$work/site-a" "$work/site-b" >&2; exit 1
fi
echo "reproducible: two builds are byte-identical"
# The release program (optimised, with the Swift runtime linked in) makes the same site.
alertpress="$(scripts/build-release.sh)"
"$alertpress" build --now "$now" --out "$work/site-release" --quiet
if ! diff -r -x '.alertpress-*' "$work/site-a" "$work/site-release" >/dev/null; then
  echo "error: the release build differs from the debug build" >&2; diff -rq -x '.alertpress-*' "$work/site-a" "$work/site-release" >&2; exit 1
fi
echo "release: the release program builds the same site"
scripts/validate-site.sh "$work/site-a" "$shared/schemas"
