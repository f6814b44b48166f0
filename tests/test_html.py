#!/usr/bin/env python3
"""The HTML edition in a real browser: Debian's headless Chromium, driven by
chromedriver over the W3C WebDriver protocol (plain HTTP to 127.0.0.1).

Exports the key laws of <shared corpus>/moj/key/ch as an HTML edition, then
in Chromium: opens every page and checks that every link on it resolves (the
file exists and, after #, the id is on that page, as Chromium reads the
DOM), that no page has a script, that the stylesheet applies; takes
screenshots of the seed's page (資通安全管理法施行細則) on a phone and a
desktop and prints it to PDF, into BUILD_DIR/exports/ (look at them), and
checks the phone page does not scroll sideways and that obligations are
marked by modality. tools/check_links.py checks the same links without a
browser.

Run by ctest as:
    python3 tests/test_html.py CSQUERY_BINARY SOURCE_DIR SHARED_CORPUS_DIR BUILD_DIR

Fails (never skips) when chromium, chromedriver or the shared corpus is
missing (tools/setup.sh installs them). The last line is `N passed, M failed`.
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklist import Checklist  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import check_links  # noqa: E402

CHECKS = Checklist()


def check(ok, name, detail=""):
    return CHECKS.check(name, bool(ok), str(detail) if detail else "")


SEED_PAGE = "A0030303@2021-08-23.html"
ACT_PAGE = "A0030297@2018-06-06.html"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def fail_setup(message):
    print("FAIL: " + message)
    print("0 passed, 1 failed")
    sys.exit(1)


class Driver:
    """A chromedriver on a free port of 127.0.0.1 and one session in it."""

    def __init__(self, profile):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc = subprocess.Popen(["chromedriver", f"--port={self.port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 20
        while True:
            try:
                self.call("GET", "/status")
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": shutil.which("chromium"),
                                   "args": CHROMIUM_ARGS + [f"--user-data-dir={profile}"]}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data,
                                     method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.loads(r.read())["value"]

    def do(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def open(self, url):
        self.do("POST", "/url", {"url": url})

    def js(self, script):
        return self.do("POST", "/execute/sync", {"script": script, "args": []})

    def size(self, width, height):
        self.do("POST", "/window/rect", {"width": width, "height": height})

    def screenshot(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.do("GET", "/screenshot")))
        return os.path.getsize(path)

    def print_pdf(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.do("POST", "/print", {"background": False})))
        return path

    def close(self):
        try:
            self.call("DELETE", f"/session/{self.session}")
        finally:
            self.proc.terminate()
            self.proc.wait(timeout=20)


def export(binary, shared, out):
    key = os.path.join(shared, "moj", "key", "ch")
    args = [binary]
    for name in sorted(os.listdir(key)):
        args += ["-f", os.path.join(key, name)]
    p = subprocess.run(args + ["export", "--format", "html", "--out", out],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    check(p.returncode == 0, "csquery export --format html", p.stderr.decode()[-500:])
    return sorted(n for n in os.listdir(out) if n.endswith(".html"))


def page_facts(driver, folder, name):
    """Links and ids of one page as Chromium reads them."""
    driver.open("file://" + urllib.parse.quote(os.path.join(folder, name)))
    return driver.js(
        "return {links: [...document.querySelectorAll('a[href], link[href]')].map(a => a.href),"
        " ids: [...document.querySelectorAll('[id]')].map(e => e.id),"
        " scripts: document.scripts.length,"
        " sheets: document.styleSheets.length,"
        " maxWidth: getComputedStyle(document.body).maxWidth};")


def links_resolve(driver, folder, pages):
    facts = {name: page_facts(driver, folder, name) for name in pages}
    total, broken = 0, []
    for name, f in facts.items():
        check(f["scripts"] == 0, f"{name}: no script")
        check(f["sheets"] == 1 and f["maxWidth"] != "none", f"{name}: the stylesheet applies")
        for href in f["links"]:
            total += 1
            url = urllib.parse.urlsplit(href)
            path = urllib.parse.unquote(url.path)
            target = os.path.basename(path)
            if url.scheme != "file" or os.path.dirname(path) != folder:
                broken.append((name, href))
            elif target.endswith(".css"):
                if not os.path.isfile(path):
                    broken.append((name, href))
            elif target not in facts or (url.fragment and
                                         urllib.parse.unquote(url.fragment)
                                         not in facts[target]["ids"]):
                broken.append((name, href))
    check(total > 1000, f"links on the pages: {total}")
    check(not broken, f"every link resolves in Chromium ({len(broken)} broken)", broken[:10])
    return facts


def versioned_links(facts):
    rules = facts.get(SEED_PAGE, {"links": []})["links"]
    act = facts.get(ACT_PAGE, {"links": []})["links"]
    check(any(h.endswith(ACT_PAGE.replace("@", "%40") + "#art_22") or
              h.endswith(ACT_PAGE + "#art_22") for h in rules),
          "本法第二十二條 links the 2018 act's page, §22")
    check(any("A0030303" in h and h.endswith("#art_3__para_1") for h in act),
          "the act's §16¶5 lists the rules' §3¶1 among those citing it")


def look(driver, folder, shots):
    os.makedirs(shots, exist_ok=True)
    url = "file://" + urllib.parse.quote(os.path.join(folder, SEED_PAGE))
    if not check(os.path.isfile(os.path.join(folder, SEED_PAGE)), "the seed's page exists"):
        return
    driver.size(390, 844)
    driver.open(url)
    sideways = driver.js("return document.documentElement.scrollWidth - window.innerWidth;")
    check(sideways <= 0, f"the phone page does not scroll sideways ({sideways}px)")
    phone = driver.screenshot(os.path.join(shots, "seed-phone.png"))
    check(phone > 20000, f"phone screenshot has content ({phone} bytes)")
    styles = driver.js(
        "const s = c => { const e = document.querySelector('.obl.' + c);"
        " return e ? getComputedStyle(e).textDecorationStyle : null; };"
        " return [s('shall'), s('may'), s('shall_not')];")
    check(styles[0] == "solid" and styles[1] == "dotted",
          f"obligations are marked by modality: {styles}")
    driver.size(1280, 1000)
    driver.open(url + "#art_4__para_1")
    desktop = driver.screenshot(os.path.join(shots, "seed-desktop.png"))
    check(desktop > 40000, f"desktop screenshot has content ({desktop} bytes)")
    pdf = driver.print_pdf(os.path.join(shots, "seed-print.pdf"))
    with open(pdf, "rb") as f:
        data = f.read()
    check(data.startswith(b"%PDF") and data.count(b"/Type /Page") >= 2,
          f"printed to PDF ({len(data)} bytes)")


def main():
    if len(sys.argv) != 5:
        fail_setup("usage: test_html.py CSQUERY_BINARY SOURCE_DIR SHARED_CORPUS_DIR BUILD_DIR")
    binary, _source, shared, build = sys.argv[1:]
    if not os.path.isdir(os.path.join(shared, "moj", "key", "ch")):
        fail_setup(f"the shared corpus is missing: {shared}")
    for tool in ("chromium", "chromedriver"):
        if not shutil.which(tool):
            fail_setup(f"{tool} is missing: run tools/setup.sh (apt-get install chromium "
                       "chromium-driver)")
    work = tempfile.mkdtemp(prefix="csq_test_html_")
    try:
        site = os.path.join(work, "site")
        pages = export(binary, shared, site)
        check(SEED_PAGE in pages and "index.html" in pages and len(pages) == 11,
              f"one page per law and the index: {len(pages)}")
        n, links, broken, scripts = check_links.check(site)
        check(not broken and not scripts, f"check_links: {links} links, {len(broken)} broken")
        driver = Driver(os.path.join(work, "profile"))
        try:
            facts = links_resolve(driver, site, pages)
            versioned_links(facts)
            look(driver, site, os.path.join(build, "exports"))
        finally:
            driver.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(CHECKS.summary())


if __name__ == "__main__":
    main()
