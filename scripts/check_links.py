#!/usr/bin/env python3
"""Checks a built alertpress site without a network:

* every internal link, stylesheet, script and `#anchor` in every HTML page resolves to an
  existing file (and id) inside the site; canonical and hreflang URLs under the site's
  base URL resolve to a built page;
* no `<script>` other than the search script (external, from assets/search.js), no `on*=`
  event-handler attributes, no `<iframe>`/`<object>`/`<embed>`, and no `javascript:` anywhere
  in the site (any text file, raw or after entity decoding in HTML attributes).

Usage: check_links.py <site-dir> [base-url]
Prints one `PASS …` or `FAIL …` line per check (details indented under failures); exits 1
when any check failed.
"""
import html
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

URL_ATTRIBUTES = {("a", "href"), ("area", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
                  ("source", "src"), ("iframe", "src"), ("form", "action"), ("video", "src"), ("audio", "src"),
                  ("use", "href"), ("image", "href"), ("object", "data"), ("embed", "src")}
FORBIDDEN_ELEMENTS = {"iframe", "object", "embed", "frame", "frameset"}
ALLOWED_SCRIPT = "assets/search.js"
TEXT_SUFFIXES = (".html", ".xml", ".json", ".js", ".css", ".txt", ".svg")


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.urls = []          # (tag, attribute, value, line, rel)
        self.scripts = []       # (src or None, line)
        self.handlers = []      # (tag, attribute, line)
        self.forbidden = []     # (tag, line)
        self.js_urls = []       # (tag, attribute, value, line)
        self.in_script = False
        self.script_text = ""

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        values = dict(attrs)
        for name, value in attrs:
            value = value or ""
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if name.startswith("on"):
                self.handlers.append((tag, name, line))
            if (tag, name) in URL_ATTRIBUTES or name in ("xlink:href", "formaction", "poster", "background"):
                self.urls.append((tag, name, value, line, (values.get("rel") or "").lower().split()))
            compact = re.sub(r"[\s\x00-\x1f]+", "", value).lower()
            if compact.startswith(("javascript:", "vbscript:")) or "javascript:" in compact and name in ("style", "srcdoc"):
                self.js_urls.append((tag, name, value, line))
        if tag == "script":
            self.scripts.append((values.get("src"), line))
            self.in_script = True
            self.script_text = ""
        if tag in FORBIDDEN_ELEMENTS:
            self.forbidden.append((tag, line))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self.in_script = False

    def handle_endtag(self, tag):
        if tag == "script":
            if self.script_text.strip() and self.scripts:
                self.scripts[-1] = ("<inline>", self.scripts[-1][1])
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.script_text += data


def local_target(site, page_rel, url):
    """The site-relative file an internal URL points at, or None when it leaves the site."""
    parts = urlsplit(url)
    base = "https://site.invalid/" + page_rel
    resolved = urlsplit(urljoin(base, parts.path or ""))
    if resolved.netloc != "site.invalid":
        return None
    path = unquote(resolved.path).lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    elif os.path.isdir(os.path.join(site, path)):
        path += "/index.html"
    return os.path.normpath(path)


def escapes_root(page_rel, url):
    depth = page_rel.count("/")
    path = urlsplit(url).path
    ups = 0
    for segment in path.split("/"):
        if segment == "..":
            ups += 1
        elif segment not in ("", "."):
            break
    return ups > depth


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    site = os.path.abspath(sys.argv[1])
    base_url = sys.argv[2].rstrip("/") if len(sys.argv) > 2 else ""
    pages = {}
    text_files = []
    for root, dirs, files in os.walk(site):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(root, name)
            rel = os.path.relpath(full, site).replace(os.sep, "/")
            if name.endswith(TEXT_SUFFIXES):
                text_files.append((rel, full))
            if name.endswith(".html"):
                parser = Page()
                with open(full, encoding="utf-8") as handle:
                    parser.feed(handle.read())
                parser.close()
                pages[rel] = parser

    failures = 0

    def report(ok, label, details):
        nonlocal failures
        if ok:
            print(f"PASS {label}")
        else:
            failures += 1
            print(f"FAIL {label}")
            for detail in details[:40]:
                print(f"    {detail}")
            if len(details) > 40:
                print(f"    … and {len(details) - 40} more")

    # Links and anchors, page by page.
    for rel, page in sorted(pages.items()):
        problems = []
        count = 0
        for tag, attribute, url, line, rels in page.urls:
            url = url.strip()
            if url == "":
                problems.append(f"{rel}:{line}: <{tag} {attribute}> is empty")
                continue
            scheme = urlsplit(url).scheme.lower()
            if scheme:
                # Absolute URLs into this site: pages named by canonical/hreflang links and
                # resources (stylesheets, feeds, scripts, images) must be built files.
                if base_url and (url + "/").startswith(base_url + "/") and tag in ("link", "script", "img"):
                    count += 1
                    target = local_target(site, "", url[len(base_url):].lstrip("/") or "./")
                    if target is None or not os.path.isfile(os.path.join(site, target)):
                        problems.append(f"{rel}:{line}: <{tag} {attribute}=\"{url}\"> is not a built file")
                continue
            if url.startswith("//"):
                continue
            count += 1
            if escapes_root(rel, url):
                problems.append(f"{rel}:{line}: {url} leaves the site root")
                continue
            fragment = unquote(urlsplit(url).fragment)
            if url.startswith("#"):
                target_rel = rel
            else:
                target_rel = local_target(site, rel, url)
                if target_rel is None or not os.path.isfile(os.path.join(site, target_rel)):
                    problems.append(f"{rel}:{line}: <{tag} {attribute}=\"{url}\"> → {target_rel}: no such file")
                    continue
            if fragment:
                target = pages.get(target_rel)
                if target is None or fragment not in target.ids:
                    problems.append(f"{rel}:{line}: {url}: no id=\"{fragment}\" in {target_rel}")
        report(not problems, f"links: {rel} ({count} internal links)", problems)

    # Scripts, handlers, embedded frames.
    bad_scripts, handlers, frames, js = [], [], [], []
    for rel, page in sorted(pages.items()):
        for src, line in page.scripts:
            if src is None or src == "<inline>":
                bad_scripts.append(f"{rel}:{line}: inline <script>")
                continue
            target = local_target(site, rel, src) if not urlsplit(src).scheme and not src.startswith("//") else None
            if target != ALLOWED_SCRIPT:
                bad_scripts.append(f"{rel}:{line}: <script src=\"{src}\"> is not {ALLOWED_SCRIPT}")
        handlers += [f"{rel}:{line}: <{tag} {name}=…>" for tag, name, line in page.handlers]
        frames += [f"{rel}:{line}: <{tag}>" for tag, line in page.forbidden]
        js += [f"{rel}:{line}: <{tag} {name}=\"{value[:60]}\">" for tag, name, value, line in page.js_urls]
    pattern = re.compile(r"(?:java|vb)script\s*:", re.IGNORECASE)
    for rel, full in text_files:
        with open(full, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        for candidate in (text, html.unescape(text), html.unescape(html.unescape(text))):
            match = pattern.search(candidate)
            if match:
                line = candidate.count("\n", 0, match.start()) + 1
                snippet = candidate[max(0, match.start() - 30):match.end() + 30].replace("\n", " ")
                js.append(f"{rel}:{line}: …{snippet}…")
                break
        if rel.endswith((".xml", ".json")):
            decoded = html.unescape(text)
            if re.search(r"<\s*script\b", decoded, re.IGNORECASE):
                bad_scripts.append(f"{rel}: <script> in feed content")
            if re.search(r"<\s*(iframe|object|embed)\b", decoded, re.IGNORECASE):
                frames.append(f"{rel}: embedded frame in feed content")
            for match in re.finditer(r"<[a-zA-Z][^>]*\s(on[a-z]+)\s*=", decoded):
                handlers.append(f"{rel}: {match.group(1)}= in feed content")
    report(not bad_scripts, f"scripts: only {ALLOWED_SCRIPT}, external ({len(pages)} pages)", bad_scripts)
    report(not handlers, "no on*= event-handler attributes", handlers)
    report(not frames, "no <iframe>, <object> or <embed>", frames)
    report(not js, f"no javascript: URLs ({len(text_files)} text files)", js)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
