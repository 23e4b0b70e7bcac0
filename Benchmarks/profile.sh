#!/usr/bin/env bash
# Where alertpress's time goes:   Benchmarks/profile.sh [N_CALLGRIND=500] [N_PERF=10000]
#
# - `perf stat -e instructions` is not supported on this VM (no PMU), so the instruction-exact
#   profile is callgrind. Valgrind 3.19 (Debian 12) cannot run `alertpress build`: it cannot read
#   the toolchain's DWARF 5 (worked around by stripping debug info, symbols stay) and then dies
#   with an internal SIGSEGV when libdispatch starts its worker threads. `alertpress check`
#   (load + validate + enrich, i.e. everything before rendering) runs fine under it, so callgrind
#   profiles `check` on an N_CALLGRIND-case corpus.
# - The whole build (rendering, feeds, flyers, writing) is sampled with `perf record -e cpu-clock`
#   (a software clock, which works without a PMU) on an N_PERF-case corpus.
# Uses the binary and Templates snapshot that run.sh left in Benchmarks/work/N<N_PERF>/ when there
# is one, else the current release build.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(dirname "$HERE")"
NCG="${1:-500}"
NPERF="${2:-10000}"
OUT="$HERE/work/profile"
mkdir -p "$OUT"
for pkg in valgrind:valgrind perf:linux-perf; do
    command -v "${pkg%%:*}" >/dev/null || apt-get install -y "${pkg#*:}" >/dev/null
done

SNAP="$HERE/work/N$NPERF"
if [ -x "$SNAP/alertpress" ] && [ -d "$SNAP/Templates" ]; then
    BIN="$SNAP/alertpress"; TEMPLATES="$SNAP/Templates"
else
    BIN="$("$REPO/scripts/build-release.sh" 2>/dev/null)"; TEMPLATES="$REPO/Templates"
fi
echo "== binary $(sha256sum "$BIN" | cut -c1-12)"
objcopy --strip-debug "$BIN" "$OUT/alertpress-nodebug"

echo "== callgrind: alertpress check, N=$NCG"
[ -d "$OUT/N$NCG/Alerts" ] || python3 "$HERE/generate.py" "$NCG" "$OUT/N$NCG" --no-hugo >/dev/null
valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.check.N$NCG" \
    "$OUT/alertpress-nodebug" check --alerts "$OUT/N$NCG/Alerts" --templates "$TEMPLATES" --now 2026-11-21 \
    >"$OUT/callgrind.log" 2>&1 || true
grep 'refs' "$OUT/callgrind.log" || { tail -20 "$OUT/callgrind.log"; exit 1; }
callgrind_annotate --inclusive=yes "$OUT/callgrind.check.N$NCG" 2>/dev/null | swift demangle --simplified \
    | grep -E 'Resolver|Decoder|Tagger|Enricher|Markdown|Summary|SourceText|YAMLReader|PersonalData|Defang|Loader|Regex.init|range<A>\(of' \
    | sed -n 1,30p | cut -c1-160 | tee "$OUT/callgrind-top.txt"

echo "== perf (cpu-clock sampling): alertpress build, N=$NPERF"
[ -d "$SNAP/Alerts" ] || python3 "$HERE/generate.py" "$NPERF" "$SNAP" --no-hugo >/dev/null
rm -rf "$OUT/out-perf"
perf record -e cpu-clock -F 199 -g -o "$OUT/perf.data" \
    "$BIN" build --alerts "$SNAP/Alerts" --templates "$TEMPLATES" --out "$OUT/out-perf" --now 2026-11-21 --quiet 2>&1 | tail -1
perf report -i "$OUT/perf.data" --children --sort symbol --stdio -g none 2>/dev/null | grep '%' | swift demangle --simplified \
    | grep -E 'SiteBuilder|ContentPipeline|SiteRenderer|FeedContent|TemplateRenderer|Mirror|Enricher|Tagger|Resolver|TemplateLibrary|SiteWriter|Flyers|PreparedChannel|getTypeByMangledName' \
    | sed -n 1,40p | cut -c1-160 | tee "$OUT/perf-top.txt"
rm -rf "$OUT/out-perf"
