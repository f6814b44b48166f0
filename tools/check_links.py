#!/usr/bin/env python3
"""Checks that every link of an HTML edition resolves: each href of every
page (a, link) names a file of the edition and, after #, an id on that page.

    tools/check_links.py DIR        (csquery export --format html --out DIR)

Prints the pages, links and broken links (the first 20 of them), and exits 1
when any link is broken. Used by tests/test_html.py and by hand on the whole
national edition (docs/exports.md).
"""
import html.parser
import os
import sys
import urllib.parse


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.scripts = set(), [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag in ("a", "link") and "href" in a:
            self.links.append(a["href"])
        if tag == "script":
            self.scripts += 1


def read(path):
    p = Page()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return p


def check(folder):
    """(pages, links, broken, scripts): broken is a list of (page, href)."""
    pages = {n: read(os.path.join(folder, n)) for n in sorted(os.listdir(folder))
             if n.endswith(".html")}
    links, broken, scripts = 0, [], 0
    for name, page in pages.items():
        scripts += page.scripts
        for href in page.links:
            links += 1
            url = urllib.parse.urlsplit(href)
            if url.scheme or url.netloc:
                broken.append((name, href))  # the edition links nothing outside
                continue
            target = urllib.parse.unquote(url.path) or name
            if target.endswith(".css"):
                ok = os.path.isfile(os.path.join(folder, target))
            else:
                frag = urllib.parse.unquote(url.fragment)
                ok = target in pages and (not frag or frag in pages[target].ids)
            if not ok:
                broken.append((name, href))
    return len(pages), links, broken, scripts


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_links.py DIR")
    pages, links, broken, scripts = check(sys.argv[1])
    print(f"{pages} pages, {links} links, {len(broken)} broken, {scripts} scripts")
    for page, href in broken[:20]:
        print(f"  {page}: {href}")
    sys.exit(1 if broken or scripts or pages == 0 else 0)


if __name__ == "__main__":
    main()
