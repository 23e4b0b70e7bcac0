#!/usr/bin/env python3
"""Checks every feed of a built alertpress site with feedparser (the client most readers
build on) and by reading the files themselves:

* every `feed.xml`, `atom.xml` and `feed.json`, in every language and folder, parses with
  `bozo == 0`; the whole-site feeds (`<lang>/feed.xml` …) have at least one entry;
* every entry has a title, an absolute https link under the site's base URL, an id and a
  published date;
* JSON Feed: `version` is https://jsonfeed.org/version/1.1 and every URL field is absolute;
* no relative URL anywhere in a feed: channel/entry links, `href`/`src`/`url` attributes and
  the links inside entry HTML.

Usage: check_feeds.py <site-dir> <base-url>
Prints one `PASS …` or `FAIL …` line per feed; exits 1 when any failed.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urlsplit

import feedparser

FEED_NAMES = ("feed.xml", "atom.xml", "feed.json")
# feedparser 6.0.x (the current release) has no JSON Feed parser; later versions do.
FEEDPARSER_READS_JSON = hasattr(feedparser, "parsers") and any(
    name.startswith("json") for name in getattr(feedparser.parsers, "__all__", []) + dir(feedparser.parsers))
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "cite", "action", "poster", "data", "xlink:href") and value is not None:
                self.urls.append(f"<{tag} {name}=\"{value}\">")
            elif name == "srcset" and value:
                self.urls += [f"<{tag} srcset> {part.split()[0]}" for part in value.split(",") if part.strip()]


def html_urls(fragment):
    parser = Links()
    parser.feed(fragment or "")
    parser.close()
    return parser.urls


def url_of(described):
    match = re.search(r"=\"(.*)\">$", described)
    return match.group(1) if match else described.split()[-1]


def is_absolute(url):
    parts = urlsplit(url.strip())
    return bool(parts.scheme) and (parts.scheme in ("mailto", "tel", "urn", "tag") or bool(parts.netloc))


def xml_urls(path):
    """URL-bearing values of an RSS or Atom file: link texts, guids that are permalinks,
    href/url/src/domain attributes, and the links inside HTML payloads."""
    found = []
    tree = ET.parse(path)
    for element in tree.iter():
        tag = element.tag.split("}")[-1]
        for name, value in element.attrib.items():
            if name.split("}")[-1] in ("href", "url", "src", "domain", "uri") or name == "{http://www.w3.org/XML/1998/namespace}base":
                found.append((f"<{tag} {name.split('}')[-1]}>", value))
        text = (element.text or "").strip()
        if tag in ("link", "docs", "uri", "icon", "logo", "comments") and text:
            found.append((f"<{tag}>", text))
        if tag == "guid" and element.get("isPermaLink", "true") == "true" and text:
            found.append(("<guid isPermaLink>", text))
        if tag == "id" and text and not text.startswith(("urn:", "tag:")):
            found.append(("<id>", text))
        html_payload = tag in ("description", "encoded") or (tag in ("content", "summary", "subtitle", "rights", "title")
                                                             and element.get("type") in ("html", "xhtml"))
        if html_payload:
            content = "".join(element.itertext()) if element.get("type") != "xhtml" else ET.tostring(element, encoding="unicode")
            found += [(f"{tag} HTML {d.split(' ')[0]}>", url_of(d)) for d in html_urls(content)]
    return found


def json_urls(value, trail="$"):
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            here = f"{trail}.{key}"
            if isinstance(item, str) and (key.endswith("url") or key in ("icon", "favicon", "avatar", "next_url", "image", "banner_image")):
                found.append((here, item))
            elif key == "content_html" and isinstance(item, str):
                found += [(f"{here} {d.split(' ')[0]}>", url_of(d)) for d in html_urls(item)]
            else:
                found += json_urls(item, here)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += json_urls(item, f"{trail}[{index}]")
    return found


def json_entries(path, problems):
    """JSON Feed items in feedparser's shape (title, link, id, published_parsed), read with
    the json module under the rules of JSON Feed 1.1 (dates are RFC 3339)."""
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except ValueError as error:
        problems.append(f"not JSON: {error}")
        return []
    entries = []
    for item in document.get("items", []) if isinstance(document, dict) else []:
        date = item.get("date_published") or ""
        entries.append({"title": item.get("title"), "link": item.get("url"), "id": item.get("id"),
                        "published_parsed": bool(RFC3339.match(date))})
    return entries


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    site = os.path.abspath(sys.argv[1])
    base = sys.argv[2].rstrip("/")
    languages = [""] + sorted(name + "/" for name in os.listdir(site)
                              if os.path.isfile(os.path.join(site, name, "index.html")) and os.path.isfile(os.path.join(site, name, "feed.xml")))
    feeds = []
    for root, dirs, files in os.walk(site):
        dirs.sort()
        for name in sorted(files):
            if name in FEED_NAMES:
                feeds.append(os.path.relpath(os.path.join(root, name), site).replace(os.sep, "/"))
    whole_site = {lang + name for lang in languages for name in FEED_NAMES}
    failures = 0
    for lang in languages:
        for name in FEED_NAMES:
            if lang + name not in feeds:
                failures += 1
                print(f"FAIL {lang}{name}: missing (every language has RSS, Atom and JSON feeds)")

    for rel in feeds:
        path = os.path.join(site, rel)
        problems = []
        if rel.endswith(".json") and not FEEDPARSER_READS_JSON:
            entries = json_entries(path, problems)
        else:
            # Served as application/feed+json, feedparser (≥ 6.1) reads JSON Feed; on disk it must be told.
            headers = {"content-type": "application/feed+json"} if rel.endswith(".json") else None
            parsed = feedparser.parse(path, response_headers=headers)
            if parsed.bozo:
                problems.append(f"feedparser: bozo=1: {parsed.get('bozo_exception')!r}")
            if parsed.get("version", "") == "":
                problems.append("feedparser does not recognise the format")
            entries = parsed.entries
        if rel in whole_site and not entries:
            problems.append("whole-site feed has no entry")
        for index, entry in enumerate(entries):
            label = f"entry {index + 1}"
            if not (entry.get("title") or "").strip():
                problems.append(f"{label}: no title")
            link = entry.get("link") or ""
            if not link.startswith("https://") or not link.startswith(base + "/"):
                problems.append(f"{label}: link {link!r} is not an absolute https URL under {base}/")
            if not (entry.get("id") or "").strip():
                problems.append(f"{label}: no id")
            if not entry.get("published_parsed"):
                problems.append(f"{label}: no published date")
        try:
            if rel.endswith(".json"):
                with open(path, encoding="utf-8") as handle:
                    document = json.load(handle)
                if document.get("version") != JSON_FEED_VERSION:
                    problems.append(f"version is {document.get('version')!r}, not {JSON_FEED_VERSION}")
                for key in ("title", "items"):
                    if key not in document:
                        problems.append(f"no top-level {key}")
                for key in ("home_page_url", "feed_url"):
                    if not str(document.get(key, "")).startswith(base + "/"):
                        problems.append(f"{key} {document.get(key)!r} is not under {base}/")
                for index, item in enumerate(document.get("items", [])):
                    if not item.get("id") or not item.get("url") or not item.get("date_published"):
                        problems.append(f"item {index + 1}: missing id, url or date_published")
                    if "content_html" not in item and "content_text" not in item:
                        problems.append(f"item {index + 1}: no content_html or content_text")
                urls = json_urls(document)
            else:
                urls = xml_urls(path)
        except (ValueError, ET.ParseError) as error:
            problems.append(f"does not parse: {error}")
            urls = []
        relative = [f"{where}: {url!r}" for where, url in urls if not is_absolute(url)]
        if relative:
            problems.append(f"{len(relative)} relative URL(s):")
            problems += ["  " + item for item in relative[:15]]
        kind = {"feed.json": "JSON Feed" + ("" if FEEDPARSER_READS_JSON else " read by json: feedparser 6.0 has no JSON parser"),
                "atom.xml": "Atom"}.get(os.path.basename(rel), "RSS")
        label = f"{rel} ({kind}, {len(entries)} entries, {len(urls)} URLs)"
        if problems:
            failures += 1
            print(f"FAIL {label}")
            for problem in problems[:40]:
                print(f"    {problem}")
        else:
            print(f"PASS {label}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
