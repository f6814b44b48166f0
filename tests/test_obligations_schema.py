#!/usr/bin/env python3
"""The JSON of `csquery --json obligations …` and `csquery --json define …`
validates against docs/schema/csquery-obligations.schema.json, and every
span cuts its text out of the provision's own text.

Run by ctest as:
    python3 tests/test_obligations_schema.py CSQUERY_BINARY SOURCE_DIR SHARED_CORPUS_DIR

Fails (never skips) when jsonschema (apt-get install python3-jsonschema) or
the shared corpus is missing. The last line is `N passed, M failed`.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklist import Checklist  # noqa: E402
import tempfile

CHECKS = Checklist()
check = CHECKS.check



def texts_by_eid(binary, files, env):
    """eId → the node's own text, from `csquery --json` (the whole law)."""
    r = subprocess.run([binary, "--json"] + files, capture_output=True, text=True, env=env)
    out = {}

    def walk(nodes):
        for n in nodes:
            out[n["eid"]] = n.get("text", "")
            walk(n.get("children", []))

    for line in [r.stdout]:
        walk(json.loads(line)["nodes"])
    return out


def run(binary, args, env):
    r = subprocess.run([binary, "--json"] + args, capture_output=True, text=True, env=env)
    return r.returncode, (json.loads(r.stdout) if r.returncode == 0 else None), r.stderr


def flat(doc):
    """The obligations of an answer, law after law."""
    return [o for law in doc["laws"] for o in law["obligations"]]


def main():
    if len(sys.argv) != 4:
        print("usage: test_obligations_schema.py CSQUERY_BINARY SOURCE_DIR SHARED_CORPUS_DIR")
        print("0 passed, 1 failed")
        return 1
    binary, source, shared = sys.argv[1:]
    try:
        import jsonschema
    except ImportError:
        print("FAIL: python3 jsonschema is missing (apt-get install python3-jsonschema)")
        print("0 passed, 1 failed")
        return 1
    schema = json.load(open(os.path.join(source, "docs/schema/csquery-obligations.schema.json")))
    jsonschema.Draft202012Validator.check_schema(schema)
    obligations = jsonschema.Draft202012Validator(schema)
    definitions = jsonschema.Draft202012Validator(
        {"$defs": schema["$defs"], "$ref": "#/$defs/definitions"})
    actors = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/actors"})
    env = dict(os.environ, CSQUERY_DB="/nonexistent/csquery.db")
    key = os.path.join(shared, "moj/key/ch")
    act = ["-f", os.path.join(key, "A0030297.json")]
    builtin_text = texts_by_eid(binary, [], env)
    act_text = texts_by_eid(binary, act, env)
    runs = [
        ("built-in obligations", [], builtin_text, 25),
        ("built-in obligations --actor 受託者", ["--actor", "受託者"], builtin_text, 5),
        ("built-in obligations --actor 公務機關 (各機關 too)", ["--actor", "公務機關"], builtin_text, 5),
        ("built-in obligations --modality may", ["--modality", "may"], builtin_text, 5),
        ("built-in obligations 第4條", ["第4條"], builtin_text, 13),
        ("act obligations", act, act_text, 35),  # 37: 其他應遵行事項之辦法 is none
        ("built-in obligations --actor 受託 --actor-match contains",
         ["--actor", "受託", "--actor-match", "contains"], builtin_text, 6),
        ("built-in obligations --text 通知 --modality shall", ["--text", "通知", "--modality", "shall"],
         builtin_text, 1),
    ]
    for name, args, text, at_least in runs:
        args = args[:2] + ["obligations"] + args[2:] if args[:1] == ["-f"] else ["obligations"] + args
        rc, doc, err = run(binary, args, env)
        if not check(name + ": exit 0", rc == 0, err.strip()):
            continue
        errors = list(obligations.iter_errors(doc))
        check(name + ": validates", not errors, "; ".join(e.message for e in errors[:3]))
        check(name + ": %d+ obligations" % at_least, len(flat(doc)) >= at_least, "%d" % len(flat(doc)))
        check(name + ": the total is the count (one law, no limit)",
              doc["total"] == doc["count"] == len(flat(doc)), "%d" % doc["total"])
        check(name + ": looked at the one law loaded", doc["looked_at"]["laws"] == 1
              and doc["looked_at"]["database"] is None, json.dumps(doc["looked_at"]))
        bad = []
        for o in flat(doc):
            own = text[o["eid"]]
            for part in ("clause", "cue", "action", "condition"):
                p = o[part]
                if p and own[p["start"]:p["end"]] != p["text"]:
                    bad.append("%s %s" % (o["eid"], part))
            a = o["actor"]
            if a and a["start"] is not None and own[a["start"]:a["end"]] != a["text"]:
                bad.append("%s actor" % o["eid"])
        check(name + ": spans cut their text", not bad, ", ".join(bad[:5]))
    # Exceptions name the statement they qualify, and it is in the list.
    rc, doc, err = run(binary, ["obligations"], env)
    if check("built-in obligations: exit 0", rc == 0, err.strip()):
        keys = {(o["eid"], o["cue"]["start"]) for o in flat(doc)}
        refs = [o["qualifies"] for o in flat(doc) if o["qualifies"]]
        check("built-in obligations: exceptions qualify statements of the list",
              refs and all((q["eid"], q["cue"]["start"]) in keys for q in refs),
              json.dumps(refs[:3], ensure_ascii=False))
    # --explain: every cue, the statement it became or its rule.
    cues = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/cues"})
    for name, args, text, rules in [
        ("built-in --explain 第11條", ["obligations", "--explain", "第11條"], builtin_text,
         {"statement", "false_friend", "attributive"}),
        ("act --explain 第3條", act + ["obligations", "--explain", "第3條"], act_text,
         {"definition"}),
    ]:
        rc, doc, err = run(binary, args, env)
        if not check(name + ": exit 0", rc == 0, err.strip()):
            continue
        errors = list(cues.iter_errors(doc))
        check(name + ": validates", not errors, "; ".join(e.message for e in errors[:3]))
        bad = [c["eid"] for c in doc
               if text[c["eid"]][c["cue"]["start"]:c["cue"]["end"]] != c["cue"]["text"]]
        check(name + ": cue spans cut their text", not bad, ", ".join(bad[:5]))
        check(name + ": rules " + " ".join(sorted(rules)),
              rules <= {c["rule"] for c in doc}, " ".join(sorted({c["rule"] for c in doc})))
        check(name + ": a statement exactly where the rule is statement",
              all((c["rule"] == "statement") == (c["statement"] is not None) for c in doc))
    rc, doc, err = run(binary, ["obligations", "--modality", "often"], env)
    check("--modality often: exit 2", rc == 2, err.strip())
    rc, doc, err = run(binary, ["obligations", "--actor", "無此機關"], env)
    check("--actor 無此機關: exit 1", rc == 1, err.strip())
    for name, args, text, term, uses in [
        ("define 核心資通系統", ["define", "核心資通系統"], builtin_text, "核心資通系統", 2),
        ("define 軍事機關", ["define", "軍事機關"], builtin_text, "軍事機關", 0),
        ("act define 資通系統", act + ["define", "資通系統"], act_text, "資通系統", 5),
    ]:
        rc, doc, err = run(binary, args, env)
        if not check(name + ": exit 0", rc == 0, err.strip()):
            continue
        errors = list(definitions.iter_errors(doc))
        check(name + ": validates", not errors, "; ".join(e.message for e in errors[:3]))
        d = doc[0]
        own = text[d["eid"]]
        check(name + ": term span", own[d["term_span"]["start"]:d["term_span"]["end"]] == term)
        check(name + ": meaning span",
              own[d["meaning_span"]["start"]:d["meaning_span"]["end"]] == d["meaning"])
        check(name + ": used in %d+ provisions" % uses, len(d["used_in"]) >= uses,
              "%d" % len(d["used_in"]))
    rc, doc, err = run(binary, ["define", "核心資通系統"], env)
    check("核心資通系統 scope is 第6條第1項第6款",
          rc == 0 and doc[0]["scope"]["provisions"] == ["A0030303/art_6__para_1__subpara_6"],
          json.dumps(doc and doc[0]["scope"], ensure_ascii=False))
    # The database: the law (and, for define, its parent act) read back from it.
    with tempfile.TemporaryDirectory() as tmp:
        db = ["--db", os.path.join(tmp, "csquery.db")]
        r = subprocess.run([binary] + db + ["import", key], capture_output=True, text=True)
        if check("import the key laws: exit 0", r.returncode == 0, r.stderr.strip()):
            rc, doc, err = run(binary, db + ["obligations", "--actor", "受託者"], env)
            # every law of the database, not only the primary one: the rules' 第4條第1項第1款,
            # 第2款, 第5款 (its first and third duties), 第6款, and what other key laws hold
            rules = [g for g in doc["laws"] if g["law"] == "A0030303"] if rc == 0 else []
            check("database obligations --actor 受託者: across the 10 laws, the rules' 5, valid",
                  rc == 0 and doc["looked_at"]["laws"] == 10 and len(rules) == 1
                  and len(rules[0]["obligations"]) == 5 and doc["total"] == len(flat(doc))
                  and not list(obligations.iter_errors(doc)), err)
            rc, doc, err = run(binary, db + ["obligations", "--actor", "受託者", "--limit", "2"], env)
            check("database obligations --limit 2: 2 shown, the total kept, valid",
                  rc == 0 and doc["count"] == 2 and len(flat(doc)) == 2 and doc["total"] >= 5
                  and not list(obligations.iter_errors(doc)), err)
            rc, doc, err = run(binary, db + ["actors", "受託"], env)
            check("database actors 受託: 受託者 with 5+ obligations, valid",
                  rc == 0 and any(a["name"] == "受託者" and a["obligations"] >= 5 for a in doc["actors"])
                  and not list(actors.iter_errors(doc)), err)
            rc, doc, err = run(binary, db + ["define", "資通系統"], env)
            check("database define 資通系統 (the parent act's 第3條)",
                  rc == 0 and doc[0]["eid"] == "art_3__para_1__subpara_1"
                  and not list(definitions.iter_errors(doc)), err)
    rc, doc, err = run(binary, ["define", "無此用詞"], env)
    check("define 無此用詞: exit 1", rc == 1, err.strip())
    return CHECKS.summary()


if __name__ == "__main__":
    sys.exit(main())
