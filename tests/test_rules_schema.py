#!/usr/bin/env python3
"""`csquery export --format rules` writes JSON Lines that validate against
docs/schema/csquery-rules.schema.json and say what the law says: each
clause is the exact slice of its provision's text, the exceptions and
definitions named are real, the ids unique.

Run by ctest as:
    python3 tests/test_rules_schema.py CSQUERY_BINARY SOURCE_DIR SHARED_CORPUS_DIR

Fails (never skips) when jsonschema or the shared corpus is missing. The
last line is `N passed, M failed`.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklist import Checklist  # noqa: E402

CHECKS = Checklist()


def check(ok, name, detail=""):
    return CHECKS.check(name, bool(ok), str(detail) if detail else "")


def texts(binary, files, env):
    """eid → text of every provision of each law, from `csquery --json`."""
    out = {}

    def walk(law, nodes):
        for n in nodes:
            out[(law, n["eid"])] = n["text"]
            walk(law, n.get("children", []))
    for f in files:
        doc = json.loads(subprocess.run([binary, "--json", "-f", f], capture_output=True,
                                        text=True, env=env, check=True).stdout)
        walk(doc["law"]["id"], doc["nodes"])
    return out


def main():
    if len(sys.argv) != 4:
        print("usage: test_rules_schema.py CSQUERY_BINARY SOURCE_DIR SHARED_CORPUS_DIR")
        print("0 passed, 1 failed")
        return 1
    binary, source, shared = sys.argv[1:]
    try:
        import jsonschema
    except ImportError:
        print("FAIL: python3 jsonschema is missing (apt-get install python3-jsonschema)")
        print("0 passed, 1 failed")
        return 1
    key = os.path.join(shared, "moj", "key", "ch")
    if not os.path.isdir(key):
        print("FAIL: the shared corpus is missing: " + shared)
        print("0 passed, 1 failed")
        return 1
    schema = json.load(open(os.path.join(source, "docs/schema/csquery-rules.schema.json")))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    env = dict(os.environ, CSQUERY_DB="/nonexistent/csquery.db")
    files = [os.path.join(key, n) for n in sorted(os.listdir(key))]
    args = [binary]
    for f in files:
        args += ["-f", f]
    p = subprocess.run(args + ["export", "--format", "rules"], capture_output=True, text=True,
                       env=env)
    check(p.returncode == 0, "export --format rules: exit 0", p.stderr.strip())
    rules = [json.loads(line) for line in p.stdout.splitlines()]
    check(len(rules) > 400, f"rules of the key laws: {len(rules)}")
    errors = [e.message for r in rules for e in validator.iter_errors(r)]
    check(not errors, "every line validates", "; ".join(errors[:3]))
    ids = {r["id"] for r in rules}
    check(len(ids) == len(rules), "ids are unique")
    text = texts(binary, files, env)
    bad = [r["id"] for r in rules if text[(r["law"], r["eid"])][r["start"]:r["end"]] != r["text"]]
    check(not bad, "each clause is the slice of its provision", bad[:5])
    exc = [e for r in rules for e in r["exceptions"]]
    check(len(exc) >= 10, f"rules with the exceptions that qualify them: {len(exc)}")
    check(all(e["id"] in ids for e in exc), "each exception is itself a rule")
    by_id = {r["id"]: r for r in rules}
    check(all(by_id[e["id"]]["modality"] == "exception" for e in exc),
          "each exception's modality is exception")
    defs = [d for r in rules for d in r["definitions"]]
    check(all(d["term"] in text[(d["law"], d["eid"])] for d in defs),
          f"each definition stands where it says ({len(defs)})")
    check(all(any(d["term"] in r["text"] for d in r["definitions"]) for r in rules
              if r["definitions"]), "a rule's definitions are of terms in its clause")
    r = by_id.get("A0030303@2021-08-23/art_4__para_1/1")
    check(r and r["bearer"]["text"] == "各機關" and r["modality"] == "shall" and
          {"受託業務", "各機關"} <= {d["term"] for d in r["definitions"]},
          "the rules' §4¶1: 各機關 shall, with 受託業務 and 各機關 defined", r)
    check(p.stdout.startswith("{") and "\n[" not in p.stdout, "JSON Lines, one object a line")
    return CHECKS.summary()


if __name__ == "__main__":
    sys.exit(main())
