#!/usr/bin/env python3
"""The csquery database in the sqlite3 shell, through the loadable
extension (docs/database.md, "In other tools"):

  * without it, MATCH fails with "no such tokenizer: csquery"; with
    `.load`, it works, by the path SQLite completes with .so;
  * MATCH finds the rows `csquery search --exact` finds, for phrases, one
    character, several terms;
  * csq_bm25 is bm25: -bm25() to the last digit for short provisions;
  * highlight() marks a phrase exactly where it stands;
  * the tokenizer indexes new tables too;
  * the examples of docs/database.md run as they are written;
  * the module exports its entry point alone and carries no SQLite.

Run by ctest as:
    python3 tests/test_sqlite_extension.py CSQUERY_BINARY EXTENSION SOURCE_DIR SHARED_CORPUS_DIR
(EXTENSION: the path of sqlite3/csquery.so)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklist import Checklist  # noqa: E402

CHECKS = Checklist()
check = CHECKS.check


def fail_setup(message):
    print("FAIL: " + message)
    print("0 passed, 1 failed")
    sys.exit(1)


def sqlite(db, *statements, load=None):
    """Runs the sqlite3 shell on db; (exit status, stdout lines, stderr)."""
    args = [SQLITE3, "-batch", "-bail", db]
    if load:
        args.append(".load " + load)
    p = subprocess.run(args + list(statements), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL, timeout=300)
    return p.returncode, p.stdout.decode("utf-8", "replace").splitlines(), p.stderr.decode()


def csquery_total(binary, db, query):
    p = subprocess.run([binary, "--db", db, "--json", "search", "--exact", query],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    return json.loads(p.stdout)["total"] if p.stdout else -1


def doc_examples(source_dir):
    """The sqlite> statements of docs/database.md, continuation lines joined."""
    text = open(os.path.join(source_dir, "docs", "database.md"), encoding="utf-8").read()
    statements = []
    for line in text.splitlines():
        m = re.match(r"^\s+sqlite> (.*)$", line)
        c = re.match(r"^\s+\.\.\.> (.*)$", line)
        if m:
            statements.append(m.group(1))
        elif c and statements:
            statements[-1] += "\n" + c.group(1)
    return statements


SQLITE3 = None


def main(argv):
    global SQLITE3
    if len(argv) != 5:
        fail_setup("usage: test_sqlite_extension.py CSQUERY_BINARY EXTENSION SOURCE_DIR SHARED_CORPUS_DIR")
    binary, extension, source_dir, corpus_dir = argv[1:]
    SQLITE3 = shutil.which("sqlite3")
    if not SQLITE3:
        fail_setup("the sqlite3 shell is missing: run tools/setup.sh (apt-get install sqlite3)")
    key_dir = os.path.join(corpus_dir, "moj", "key", "ch")
    if not os.path.isdir(key_dir):
        fail_setup("the shared corpus is missing at %s" % corpus_dir)
    load = extension[:-3] if extension.endswith(".so") else extension

    p = subprocess.run(["nm", "-D", "--defined-only", extension], stdout=subprocess.PIPE)
    exported = [l.split()[-1] for l in p.stdout.decode().splitlines() if l.strip()]
    check("the extension exports sqlite3_csquery_init alone", exported == ["sqlite3_csquery_init"],
          repr(exported[:10]))
    p = subprocess.run(["readelf", "-d", extension], stdout=subprocess.PIPE)
    check("the extension carries no SQLite of its own (no libsqlite3 needed)",
          b"libsqlite3" not in p.stdout, p.stdout.decode()[:300])

    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "csquery.db")
        p = subprocess.run([binary, "--db", db, "import", key_dir], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
        if p.returncode != 0:
            fail_setup("import of the key laws: " + p.stderr.decode())

        match = "SELECT count(*) FROM nodes_fts WHERE nodes_fts MATCH '資通安全事件';"
        status, out, err = sqlite(db, match)
        check("without the extension: no such tokenizer: csquery",
              status != 0 and "no such tokenizer: csquery" in err, err)
        status, out, err = sqlite(db, match, load=load)
        check(".load %s (SQLite adds .so) and MATCH works" % os.path.basename(load),
              status == 0 and out and int(out[0]) > 0, err)

        for query in ["資通安全事件", "通報", "罰", "資通安全 通報", "主管機關 委外", "第十六條",
                      "中央目的事業主管機關", "資安"]:
            status, out, err = sqlite(db, "SELECT count(*) FROM nodes_fts WHERE nodes_fts MATCH "
                                      "'%s';" % query, load=load)
            rows = int(out[0]) if status == 0 and out else -1
            total = csquery_total(binary, db, query)
            check("MATCH '%s' finds what csquery search --exact finds (%d)" % (query, total),
                  rows == total and (total > 0 or query == "資安"), "sqlite3 %d, csquery %d %s" %
                  (rows, total, err))

        status, out, err = sqlite(
            db, ".mode tabs",
            "SELECT csq_bm25(nodes_fts), -bm25(nodes_fts), length(n.text) FROM nodes_fts "
            "JOIN nodes n ON n.node_key = nodes_fts.rowid WHERE nodes_fts MATCH '資通安全 通報';",
            load=load)
        rows = [tuple(float(x) for x in line.split("\t")) for line in out]
        short = [(a, b) for a, b, n in rows if n < 100]
        exact = all(abs(a - b) <= 1e-9 * max(1, abs(b)) for a, b in short)
        near = all(abs(a - b) <= 0.05 * abs(b) for a, b, _ in rows)
        check("csq_bm25 = -bm25() for short provisions (%d of %d rows), within 5 %% for all" %
              (len(short), len(rows)), status == 0 and rows and short and exact and near, err)

        status, out, err = sqlite(
            db, "SELECT highlight(nodes_fts, 0, '[', ']') FROM nodes_fts "
            "WHERE nodes_fts MATCH '資通安全事件 通報';", load=load)
        marked = [m for line in out for m in re.findall(r"\[([^\]]*)\]", line)]
        check("highlight() marks each phrase exactly (%d marks)" % len(marked),
              status == 0 and marked and set(marked) <= {"資通安全事件", "通報"}, repr(sorted(set(marked))))

        status, out, err = sqlite(
            ":memory:", "CREATE VIRTUAL TABLE notes USING fts5(body, tokenize='csquery');",
            "INSERT INTO notes VALUES ('資通安全管理法'), ('個人資料保護法'), ('ＩＳＯ 27001');",
            "SELECT count(*) FROM notes WHERE notes MATCH '通安';",
            "SELECT count(*) FROM notes WHERE notes MATCH '安通';",
            "SELECT count(*) FROM notes WHERE notes MATCH 'iso';", load=load)
        check("the tokenizer indexes a new table (通安 1, 安通 0, full-width ＩＳＯ as iso 1)",
              status == 0 and out == ["1", "0", "1"], repr(out) + err)

        statements = doc_examples(source_dir)
        check("docs/database.md has sqlite> examples", len(statements) >= 4, repr(statements))
        for s in statements:
            if s.startswith(".load"):
                continue
            status, out, err = sqlite(db, s, load=load)
            check("docs/database.md: %s … runs and answers" % " ".join(s.split())[:60],
                  status == 0 and out and not err, err)
    return CHECKS.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
