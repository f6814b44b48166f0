#!/usr/bin/env python3
"""The JSON of `csquery --json refs …` and `csquery --json cited-by …`
validates against docs/schema/csquery-refs.schema.json, and its offsets
point at the citation in the citing text.

Run by ctest as:
    python3 tests/test_refs_schema.py CSQUERY_BINARY SOURCE_DIR SHARED_CORPUS_DIR

Fails (never skips) when jsonschema (apt-get install python3-jsonschema) or
the shared corpus is missing. The last line is `N passed, M failed`.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklist import Checklist  # noqa: E402

CHECKS = Checklist()
check = CHECKS.check



def main():
    if len(sys.argv) != 4:
        print("usage: test_refs_schema.py CSQUERY_BINARY SOURCE_DIR SHARED_CORPUS_DIR")
        print("0 passed, 1 failed")
        return 1
    binary, source, shared = sys.argv[1:]
    try:
        import jsonschema
    except ImportError:
        print("FAIL: python3 jsonschema is missing (apt-get install python3-jsonschema)")
        print("0 passed, 1 failed")
        return 1
    schema = json.load(open(os.path.join(source, "docs/schema/csquery-refs.schema.json")))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    key = os.path.join(shared, "moj/key/ch")
    rules = ["-f", os.path.join(key, "A0030303.json")]
    acts = rules + ["-f", os.path.join(shared, "act-2025/A0030297.md"),
                    "-f", os.path.join(key, "A0030297.json")]
    every_key = []
    for name in sorted(os.listdir(key)):
        every_key += ["-f", os.path.join(key, name)]
    env = dict(os.environ, CSQUERY_DB="/nonexistent/csquery.db")
    runs = [
        ("built-in refs 第5條", ["refs", "第5條"], 2),
        ("built-in refs 第4條", ["refs", "第4條"], 4),
        ("built-in refs 第4條至第6條", ["refs", "第4條至第6條"], 1),
        ("built-in cited-by 資通安全管理法第16條", ["cited-by", "資通安全管理法第16條"], 1),
        ("built-in cited-by 本法第16條第1項", ["cited-by", "本法第16條第1項"], 1),
        ("rules + both acts refs 第6條", acts + ["refs", "第6條"], 1),
        ("rules + both acts cited-by 本法第16條", acts + ["cited-by", "本法第16條"], 1),
        ("2025 act refs 第3條", ["-f", os.path.join(shared, "act-2025/A0030297.md"), "refs", "第3條"], 1),
        ("key laws refs --dangling", every_key + ["refs", "--dangling"], 0),
        ("國家機密保護法 refs 第3條至第40條 (本章, 第N章 among them)",
         ["-f", os.path.join(key, "I0060003.json"), "refs", "第3條至第40條"], 10),
    ]
    for name, args, at_least in runs:
        r = subprocess.run([binary, "--json"] + args, capture_output=True, text=True, env=env)
        if not check(name + ": exit 0", r.returncode == 0, r.stderr.strip()):
            continue
        doc = json.loads(r.stdout)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        check(name + ": validates", not errors,
              "; ".join("%s: %s" % (list(e.path), e.message) for e in errors[:3]))
        check(name + ": %d+ citations" % at_least, len(doc) >= at_least, "%d" % len(doc))
        for c in doc:
            if "from_text" in c:
                span = c["from_text"][c["start"]:c["end"]]
                check(name + ": offsets of 「%s」" % c["text"], span == c["text"], span)
    # The rules cite the 2018 act, which holds 第16條第1項, even with the
    # 2025 act loaded first.
    r = subprocess.run([binary, "--json"] + acts + ["refs", "第5條"], capture_output=True,
                       text=True, env=env)
    t = json.loads(r.stdout)[0]["targets"][1]
    check("本法第十六條第一項 links the 2018 act",
          t["law"] == "A0030297" and t.get("version") == "2018-06-06" and t["exists"] is True,
          json.dumps(t, ensure_ascii=False))
    return CHECKS.summary()


if __name__ == "__main__":
    sys.exit(main())
