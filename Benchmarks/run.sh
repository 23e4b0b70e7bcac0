#!/usr/bin/env bash
# alertpress vs Hugo, in one command:   Benchmarks/run.sh [N]        (N case files, default 10000)
#
# 1. generates the corpus (Benchmarks/generate.py N) into Benchmarks/work/N<N>/ (git-ignored),
# 2. builds alertpress in release (scripts/build-release.sh),
# 3. measures, each REPEAT times (default 3), with /usr/bin/time -v (wall clock + peak RSS):
#    (a) alertpress clean build (site + feeds + search index + flyers) into an empty out dir
#    (b) hugo clean build of the same cases
#    (c) alertpress rebuild into the existing out dir after editing one case file
#    (d) flyers: two 20-case corpora that differ only in their campaigns' paper sizes (every paper
#        and large print vs a4 only); the time difference over the extra PDF pages is the cost of
#        a flyer page (a 0-case corpus cannot be used: alertpress refuses to build one, see BENCHMARKS.md)
#    (e) alertpress check (load + validate + enrich, nothing rendered), to split content vs render
# 4. prints a table (and writes results.md / results.tsv in the work dir).
#
# Environment: REPEAT=3, WORK=<dir>, TIMEOUT=<seconds per run, default 1800>, SKIP_SWIFT_BUILD=1,
#              SKIP_HUGO=1, SKIP_FLYERS=1, KEEP_CORPUS=1 (reuse the corpus already in WORK),
#              KEEP_TEMPLATES=1 (reuse the binary + Templates snapshot already in WORK),
#              SKIP_NOOP=1, SKIP_CHECK=1 (for large N, where every alertpress run is long),
#              GEN_ARGS="--hosts 50" (extra generate.py options),
#              HUGO_RELATED=0|1 (also time Hugo with related cases; default 1 up to N=10000),
#              KEEP_OUTPUT=1 (keep the built sites in WORK/outputs), SETTLE_SECONDS=370 (the wait
#              after deleting an earlier run's outputs, see below).
# The machine is shared: look at the load averages printed with the results.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(dirname "$HERE")"
N="${1:-10000}"
REPEAT="${REPEAT:-3}"
TIMEOUT="${TIMEOUT:-1800}"
WORK="${WORK:-$HERE/work/N$N}"
NOW=2026-11-21
TEMPLATES="$WORK/Templates"   # a snapshot taken right after the release build, so binary and templates match

need() { # command, Debian package
    command -v "$1" >/dev/null 2>&1 && return 0
    [ -x "$1" ] && return 0
    if [ "$(id -u)" = 0 ]; then
        echo "installing $2 ..." >&2
        apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$2" >/dev/null 2>&1; }
    fi
    command -v "$1" >/dev/null 2>&1 || [ -x "$1" ] || { echo "missing $1 (Debian package $2)" >&2; exit 2; }
}
need /usr/bin/time time
need python3 python3
[ -n "${SKIP_HUGO:-}" ] || need hugo hugo
need pdfinfo poppler-utils

mkdir -p "$WORK"
TSV="$WORK/results.tsv"
printf 'label\trun\twall_s\tmaxrss_kb\tuser_s\tsys_s\texit\n' > "$TSV"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "${KEEP_CORPUS:-}" ] && [ -d "$WORK/Alerts" ]; then
    echo "== reusing the corpus in $WORK (KEEP_CORPUS)"
else
    echo "== generating N=$N into $WORK"
    python3 "$HERE/generate.py" "$N" "$WORK" ${GEN_ARGS:-} | tee "$WORK/generate.log"
fi

echo "== scripts/build-release.sh ${SKIP_SWIFT_BUILD:+--no-build}"
BIN="$("$REPO/scripts/build-release.sh" ${SKIP_SWIFT_BUILD:+--no-build} 2> >(tail -3 >&2))"
[ -x "$BIN" ] || { echo "no alertpress binary at $BIN" >&2; exit 2; }
# Others edit Templates/ and Sources/ while this runs: freeze the templates that go with this
# binary for the whole run (and keep a copy of the binary too).
if [ -z "${KEEP_TEMPLATES:-}" ] || [ ! -d "$TEMPLATES" ]; then
    rm -rf "$TEMPLATES" && cp -r "$REPO/Templates" "$TEMPLATES"
    cp -p "$BIN" "$WORK/alertpress"
fi
[ -x "$WORK/alertpress" ] && BIN="$WORK/alertpress"
BIN_ID="$(sha256sum "$BIN" | cut -c1-12), built $(date -u -r "$BIN" '+%Y-%m-%d %H:%M UTC')"
echo "== alertpress binary $BIN_ID"

# measure LABEL RUN command... : one timed run, appended to results.tsv
measure() {
    local label="$1" run="$2"; shift 2
    local tf="$WORK/time-$label-$run.txt" log="$WORK/log-$label-$run.txt" rc=0
    /usr/bin/time -v -o "$tf" timeout --signal=KILL "$TIMEOUT" "$@" >"$log" 2>&1 || rc=$?
    python3 - "$tf" "$label" "$run" "$rc" >>"$TSV" <<'PY'
import re, sys
path, label, run, rc = sys.argv[1:]
text = open(path).read()
def field(name):
    m = re.search(re.escape(name) + r".*?:\s*([\d:.]+)\s*$", text, re.M)
    return m.group(1) if m else "0"
wall = field("Elapsed (wall clock) time")
parts = [float(p) for p in wall.split(":")]
seconds = 0.0
for p in parts:
    seconds = seconds * 60 + p
print(f"{label}\t{run}\t{seconds:.3f}\t{field('Maximum resident set size')}\t{field('User time (seconds)')}\t{field('System time (seconds)')}\t{rc}")
PY
    tail -1 "$TSV" | awk -F'\t' '{printf "   %-22s run %s: %8.2f s  %8.0f MB  (user %s s, sys %s s, exit %s)\n", $1, $2, $3, $4/1024, $5, $6, $7}'
    if [ "$rc" != 0 ]; then echo "   !! exit $rc; last lines of $log:"; tail -5 "$log" | sed 's/^/      /'; fi
}

# Pre-flight: the taxonomy copied from the repository's Alerts/ must itself be valid (it is being
# edited by others; a broken copy would make every alertpress run fail in the same way).
python3 "$HERE/generate.py" 0 "$WORK/preflight" --no-hugo >/dev/null
if ! "$BIN" check --alerts "$WORK/preflight/Alerts" --templates "$TEMPLATES" --now "$NOW" >"$WORK/preflight.log" 2>&1; then
    echo "!! the taxonomy copied from $REPO/Alerts does not pass alertpress check:" >&2
    grep -v ': warning: ' "$WORK/preflight.log" | sed -n 1,10p >&2
    [ -n "${KEEP_CORPUS:-}" ] || exit 1
    echo "   (KEEP_CORPUS set: carrying on with the corpus already in $WORK)" >&2
fi

# Every timed build writes into a folder of its own under $OUT, and nothing is deleted while the
# runs are timed. ext4 without a journal (as on the benchmark machine: /sys/fs/ext4/<dev>/journal_task
# says <none>) will not reuse an inode freed less than 60 s ago, or 360 s if its inode-table block is
# dirty, and every new file scans past each such inode: a build right after deleting a 10,000-page
# site spent up to 11 s of system time in `recently_deleted`, whichever tool it measured. So the
# outputs of an earlier run are deleted first, and then the runs wait SETTLE_SECONDS (default 370).
OUT="$WORK/outputs"
STALE=()
for old in "$OUT" "$WORK/out-ap" "$WORK/out-hugo" "$WORK/out-hugo-related" "$WORK/.out-ap.staging" "$WORK/.out-ap.previous" \
           "$WORK/flyers-on/out" "$WORK/flyers-off/out" "$WORK/hugo/resources"; do
    [ -e "$old" ] && STALE+=("$old")
done
if [ "${#STALE[@]}" -gt 0 ]; then
    echo "== deleting the outputs of an earlier run, then waiting ${SETTLE_SECONDS:-370} s for the file system to settle"
    rm -rf "${STALE[@]}"
    sync
    sleep "${SETTLE_SECONDS:-370}"
fi
mkdir -p "$OUT"
# Before each timed build: the disk first writes out what the builds before wrote (Hugo's gigabyte
# of output), so that no build is timed against another's writeback.
quiesce() { sync; sleep 3; }

ap_build() { "$BIN" build --alerts "$1" --templates "$TEMPLATES" --out "$2" --now "$NOW" --quiet; }

echo "== (a) alertpress clean build"
for i in $(seq "$REPEAT"); do
    quiesce
    measure ap-clean "$i" "$BIN" build --alerts "$WORK/Alerts" --templates "$TEMPLATES" --out "$OUT/ap-$i" --now "$NOW" --quiet
done
AP_OUT="$OUT/ap-$REPEAT"

if [ -z "${SKIP_HUGO:-}" ]; then
    echo "== (b) hugo clean build"
    for i in $(seq "$REPEAT"); do
        rm -f "$WORK/hugo/.hugo_build.lock"
        quiesce
        measure hugo-clean "$i" hugo --quiet --source "$WORK/hugo" --destination "$OUT/hugo-$i"
    done
    # The same site plus 3 related cases per case page (as alertpress has); quadratic in Hugo.
    if [ "${HUGO_RELATED:-$([ "$N" -le 10000 ] && echo 1 || echo 0)}" = 1 ]; then
        for i in $(seq "$REPEAT"); do
            rm -f "$WORK/hugo/.hugo_build.lock"
            quiesce
            measure hugo-related "$i" env HUGO_PARAMS_RELATED=true hugo --quiet --source "$WORK/hugo" --destination "$OUT/hugo-related-$i"
        done
    fi
fi

echo "== (c) alertpress rebuild after editing one case file"
if [ ! -f "$AP_OUT/.alertpress-manifest" ]; then   # the last clean run failed: one more, untimed
    AP_OUT="$OUT/ap-untimed"; ap_build "$WORK/Alerts" "$AP_OUT" >/dev/null 2>&1 || true
fi
quiesce
if [ -f "$AP_OUT/.alertpress-manifest" ]; then
    CASE="$(find "$WORK/Alerts/cases" -name '*.md' ! -name '*.zh.md' | sort | awk -v n="$N" 'NR==int(n/4)+1')"
    [ -n "$CASE" ] || CASE="$(find "$WORK/Alerts/cases" -name '*.md' | sort | sed -n 1p)"  # sed reads to the end: no SIGPIPE under pipefail
    if [ -n "$CASE" ]; then
        cp "$CASE" "$WORK/edited-case.orig"
        # an untouched rebuild first, so the edited run starts from a site built from this exact content
        [ -n "${SKIP_NOOP:-}" ] || measure ap-noop 1 "$BIN" build --alerts "$WORK/Alerts" --templates "$TEMPLATES" --out "$AP_OUT" --now "$NOW" --quiet
        for i in $(seq "$REPEAT"); do
            printf '\nUpdate %s: the bank has since returned part of the money to the victim.\n' "$i" >>"$CASE"
            find "$AP_OUT" -type f -printf '%i %P\n' | sort >"$WORK/inodes-before.txt"
            quiesce
            measure ap-incremental "$i" "$BIN" build --alerts "$WORK/Alerts" --templates "$TEMPLATES" --out "$AP_OUT" --now "$NOW" --quiet
            find "$AP_OUT" -type f -printf '%i %P\n' | sort >"$WORK/inodes-after.txt"
            echo "   files rewritten: $(comm -13 "$WORK/inodes-before.txt" "$WORK/inodes-after.txt" | wc -l) of $(wc -l <"$WORK/inodes-after.txt") (edited ${CASE#$WORK/})"
        done
        cp "$WORK/edited-case.orig" "$CASE"
    fi
fi

if [ -z "${SKIP_CHECK:-}" ]; then
    echo "== (e) alertpress check (content stages only)"
    for i in $(seq "$REPEAT"); do
        measure ap-check "$i" "$BIN" check --alerts "$WORK/Alerts" --templates "$TEMPLATES" --now "$NOW"
    done
fi

PDFS=0; PDF_PAGES=0
if [ -d "$AP_OUT" ]; then
    PDFS="$(find "$AP_OUT" -name '*.pdf' | wc -l)"
    PDF_PAGES="$(find "$AP_OUT" -name '*.pdf' -print0 | xargs -0 -r -n1 pdfinfo 2>/dev/null | awk '/^Pages:/ {s += $2} END {print s + 0}')"
fi

if [ -z "${SKIP_FLYERS:-}" ]; then
    echo "== (d) flyers: 20 cases, campaigns on every paper + large print vs a4 only"
    if [ -z "${KEEP_CORPUS:-}" ] || [ ! -d "$WORK/flyers-on/Alerts" ]; then
        python3 "$HERE/generate.py" 20 "$WORK/flyers-on" --no-hugo --flyers heavy >/dev/null
        python3 "$HERE/generate.py" 20 "$WORK/flyers-off" --no-hugo --flyers light >/dev/null
    fi
    for i in $(seq "$REPEAT"); do
        measure flyers-on "$i" "$BIN" build --alerts "$WORK/flyers-on/Alerts" --templates "$TEMPLATES" --out "$OUT/flyers-on-$i" --now "$NOW" --quiet
        measure flyers-off "$i" "$BIN" build --alerts "$WORK/flyers-off/Alerts" --templates "$TEMPLATES" --out "$OUT/flyers-off-$i" --now "$NOW" --quiet
    done
    pages() { [ -d "$1" ] && find "$1" -name '*.pdf' -print0 | xargs -0 -r -n1 pdfinfo 2>/dev/null | awk '/^Pages:/ {s += $2} END {print s + 0}' || echo 0; }
    FLY_ON_PDFS="$(find "$OUT/flyers-on-$REPEAT" -name '*.pdf' 2>/dev/null | wc -l)"
    FLY_OFF_PDFS="$(find "$OUT/flyers-off-$REPEAT" -name '*.pdf' 2>/dev/null | wc -l)"
    FLY_ON_PAGES="$(pages "$OUT/flyers-on-$REPEAT")"; FLY_OFF_PAGES="$(pages "$OUT/flyers-off-$REPEAT")"
else
    FLY_ON_PDFS=0; FLY_OFF_PDFS=0; FLY_ON_PAGES=0; FLY_OFF_PAGES=0
fi

LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg)"
AP_FILES="$( [ -d "$AP_OUT" ] && find "$AP_OUT" -type f | wc -l || echo 0)"
AP_HTML="$( [ -d "$AP_OUT" ] && find "$AP_OUT" -name '*.html' | wc -l || echo 0)"
HUGO_FILES="$( [ -d "$OUT/hugo-$REPEAT" ] && find "$OUT/hugo-$REPEAT" -type f | wc -l || echo 0)"
HUGO_HTML="$( [ -d "$OUT/hugo-$REPEAT" ] && find "$OUT/hugo-$REPEAT" -name '*.html' | wc -l || echo 0)"

python3 - "$TSV" "$WORK/results.md" <<PY
import statistics, sys
from collections import defaultdict
tsv, out = sys.argv[1], sys.argv[2]
rows = defaultdict(list)
for line in open(tsv).read().splitlines()[1:]:
    label, run, wall, rss, user, sys_, rc = line.split("\t")
    rows[label].append(dict(wall=float(wall), rss=int(rss), cpu=float(user) + float(sys_), ok=rc == "0"))
def med(label, key):
    vals = [r[key] for r in rows.get(label, []) if r["ok"]]
    return statistics.median(vals) if vals else None
def fmt_s(v): return "n/a" if v is None else f"{v:.2f} s"
def fmt_mb(v): return "n/a" if v is None else f"{v / 1024:.0f} MB"
def ratio(a, b, spec="{:.2f}x"): return "n/a" if a is None or b in (None, 0) else spec.format(a / b)
lines = []
p = lines.append
p(f"N = $N case files · repeats = $REPEAT (median of successful runs) · load average {'$LOAD_START'} at start, {'$LOAD_END'} at end · nproc $(nproc)")
p(f"alertpress binary sha256 $BIN_ID · $(date -u '+%Y-%m-%d %H:%M UTC')")
p("")
p("| measurement | wall (median) | all runs (s) | CPU user+sys | peak RSS | notes |")
p("|---|---|---|---|---|---|")
notes = {
    "ap-clean": "alertpress: site + feeds + search + flyers; $AP_FILES files ($AP_HTML HTML), $PDFS PDFs / $PDF_PAGES pages",
    "hugo-clean": "hugo $(hugo version 2>/dev/null | awk '{print $2}'): $HUGO_FILES files ($HUGO_HTML HTML)",
    "hugo-related": "the same Hugo site + 3 related cases per case page (.Related on scam_types/tactics)",
    "ap-noop": "alertpress rebuild, nothing changed",
    "ap-incremental": "alertpress rebuild after editing one case",
    "ap-check": "alertpress check: load + validate + enrich, flyers laid out (not drawn)",
    "flyers-on": "20 cases, campaigns on a4/a5/letter + large print: $FLY_ON_PDFS PDFs / $FLY_ON_PAGES pages",
    "flyers-off": "20 cases, campaigns on a4 only: $FLY_OFF_PDFS PDFs / $FLY_OFF_PAGES pages",
}
for label in ["ap-clean", "hugo-clean", "hugo-related", "ap-noop", "ap-incremental", "ap-check", "flyers-on", "flyers-off"]:
    if label not in rows: continue
    runs = " / ".join(f"{r['wall']:.2f}" + ("" if r["ok"] else "(failed)") for r in rows[label])
    p(f"| {label} | {fmt_s(med(label, 'wall'))} | {runs} | {fmt_s(med(label, 'cpu'))} | {fmt_mb(med(label, 'rss'))} | {notes[label]} |")
p("")
ap_w, hu_w, ap_m, hu_m = med("ap-clean", "wall"), med("hugo-clean", "wall"), med("ap-clean", "rss"), med("hugo-clean", "rss")
inc = med("ap-incremental", "wall")
p("| ratio | value | target | met? |")
p("|---|---|---|---|")
def met(v, limit): return "n/a" if v is None else ("yes" if v <= limit else "**no**")
r1 = None if ap_w is None or not hu_w else ap_w / hu_w
r2 = None if ap_m is None or not hu_m else ap_m / hu_m
r3 = None if inc is None or not ap_w else inc / ap_w
p(f"| alertpress / hugo wall time | {ratio(ap_w, hu_w)} | <= 0.25x | {met(r1, 0.25)} |")
p(f"| alertpress / hugo peak memory | {ratio(ap_m, hu_m)} | <= 0.5x | {met(r2, 0.5)} |")
hr_w, hr_m = med("hugo-related", "wall"), med("hugo-related", "rss")
if hr_w is not None:
    p(f"| alertpress / hugo-with-related wall time | {ratio(ap_w, hr_w)} | (<= 0.25x) | {met(None if ap_w is None else ap_w / hr_w, 0.25)} |")
    p(f"| alertpress / hugo-with-related peak memory | {ratio(ap_m, hr_m)} | (<= 0.5x) | {met(None if ap_m is None else ap_m / hr_m, 0.5)} |")
p(f"| incremental / clean (alertpress) | {'n/a' if r3 is None else f'{r3 * 100:.1f} %'} | <= 5 % | {met(r3, 0.05)} |")
on, off, on_cpu, off_cpu = med("flyers-on", "wall"), med("flyers-off", "wall"), med("flyers-on", "cpu"), med("flyers-off", "cpu")
pages = int("$FLY_ON_PAGES" or 0) - int("$FLY_OFF_PAGES" or 0)
all_pages = int("$PDF_PAGES" or 0)
if on is not None and off is not None and pages:
    ms = (on - off) * 1000 / pages
    cpu_ms = (on_cpu - off_cpu) * 1000 / pages
    p(f"| flyers, wall ms per PDF page | {ms:.0f} ms wall, {cpu_ms:.0f} ms CPU (difference over {pages} extra pages) | <= 100 ms | {met(ms, 100)} |")
    if ap_w and all_pages:
        share = ms * all_pages / 1000
        p(f"| flyers' share of the clean build | ~{share / ap_w * 100:.1f} % (~{share:.1f} s for {all_pages} pages of {ap_w:.2f} s) | | |")
text = "\n".join(lines) + "\n"
open(out, "w").write(text)
print(text)
PY

# The outputs are deleted now, so that the next run has none to delete and wait for (KEEP_OUTPUT=1
# keeps them in $OUT). Inodes freed here count as recently deleted for the next six minutes.
[ -n "${KEEP_OUTPUT:-}" ] || rm -rf "$OUT"
