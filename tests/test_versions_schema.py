#!/usr/bin/env python3
"""The JSON of `csquery --json diff`, `--json history` and `--json laws`
validates against docs/schema/csquery-diff.schema.json and
csquery-history.schema.json; the diff's spans slice the provisions' texts
to the text of each run.

Run by ctest as:
    python3 tests/test_versions_schema.py CSQUERY_BINARY SOURCE_DIR SHARED_CORPUS_DIR

Fails (never skips) when jsonschema or the shared corpus is missing.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklist import Checklist  # noqa: E402

CHECKS = Checklist()
check = CHECKS.check


def run(binary, args):
    env = dict(os.environ, CSQUERY_DB="/nonexistent/csquery.db")
    p = subprocess.run([binary, "--json"] + args, capture_output=True, env=env)
    return p.returncode, p.stdout.decode("utf-8", "replace")


def spans_slice(doc):
    """Every run's span slices its text out of from's or to's text."""
    for art in doc["articles"]:
        for row in art["provisions"]:
            for e in row["edits"]:
                side = row["to"] if e["op"] == "insert" else row["from"]
                start, end = e["to"] if e["op"] == "insert" else e["from"]
                if side["text"][start:end] != e["text"]:
                    return False
    return True


def main():
    if len(sys.argv) != 4:
        print("0 passed, 1 failed")
        return 1
    binary, source, shared = sys.argv[1:]
    try:
        import jsonschema
    except ImportError:
        print("FAIL: python3 jsonschema is missing (apt-get install python3-jsonschema)")
        print("0 passed, 1 failed")
        return 1
    schemas = {}
    for name in ("diff", "history", "laws"):
        schemas[name] = json.load(open(os.path.join(source, "docs/schema/csquery-%s.schema.json" % name)))
        jsonschema.Draft202012Validator.check_schema(schemas[name])
    acts = ["-f", os.path.join(shared, "moj/key/ch/A0030297.json"),
            "-f", os.path.join(shared, "act-2025/A0030297.md")]
    rules = ["-f", os.path.join(shared, "moj/key/ch/A0030303.json")]

    rc, out = run(binary, acts + ["diff", "資通安全管理法"])
    check("diff of the act exits 0", rc == 0)
    doc = json.loads(out)
    check("diff of the act validates", not list(jsonschema.Draft202012Validator(schemas["diff"]).iter_errors(doc)))
    check("diff of the act: 2018-06-06 → 2025-09-24", doc["from"]["version"] == "2018-06-06" and doc["to"]["version"] == "2025-09-24")
    check("diff of the act: every span slices its run's text", spans_slice(doc))
    moved = [a for a in doc["articles"] if a["moved"]]
    check("diff of the act: 第6條 moved to 第32條", any(a["from"]["cite"] == "第6條" and a["to"]["cite"] == "第32條" for a in moved))

    rc, out = run(binary, acts + ["diff", "資通安全管理法", "2018-06-06", "2025-09-24"])
    check("diff with both dates", rc == 0 and json.loads(out)["summary"] == doc["summary"])

    rc, out = run(binary, rules + ["history", "資通安全管理法施行細則"])
    check("history exits 0", rc == 0)
    hist = json.loads(out)
    check("history validates", not list(jsonschema.Draft202012Validator(schemas["history"]).iter_errors(hist)))
    amended = [a for ev in hist["amendments"] for a in ev["actions"] if a["kind"] == "amended"]
    check("history: 修正 第6、7、13條", any(a["articles"] == ["6", "7", "13"] for a in amended))

    rc, out = run(binary, acts + ["laws"])
    doc = json.loads(out)
    versions = doc["laws"]
    check("laws lists both versions of the act", rc == 0 and len(versions) == 2 and doc["count"] == 2)
    check("laws validates", not list(jsonschema.Draft202012Validator(schemas["laws"]).iter_errors(doc)))
    check("laws: superseded, in force", [v["status"] for v in versions] == ["superseded", "in force"])
    return CHECKS.summary()


if __name__ == "__main__":
    sys.exit(main())
