#!/usr/bin/env python3
"""The JSON that `csquery --json` writes validates against
docs/schema/csquery-provisions.schema.json, and says what the law says.

Run by ctest as:
    python3 tests/test_json_schema.py CSQUERY_BINARY SOURCE_DIR SHARED_CORPUS_DIR

Fails (never skips) when the jsonschema package or the shared corpus is
missing. The last line is `N passed, M failed`; the exit status is 0 only
when nothing failed.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklist import Checklist  # noqa: E402

USAGE = "usage: test_json_schema.py CSQUERY_BINARY SOURCE_DIR SHARED_CORPUS_DIR"

# The laws of <shared corpus>/moj/key/ch read with -f (whole law, no query).
KEY_LAWS = ["A0030303", "A0030297", "A0020041", "A0030308", "I0060003", "T0020001"]

CHECKS = Checklist()
check = CHECKS.check


def fail_setup(message):
    print("FAIL: " + message)
    print("0 passed, 1 failed")
    sys.exit(1)



def run(binary, args):
    """Runs csquery; returns (exit status, stdout, stderr) as text."""
    try:
        p = subprocess.run([binary] + args, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        return -1, "", str(e)
    return (p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"))


def walk(nodes, parent=None):
    """Every node with its parent, depth first."""
    for n in nodes:
        yield n, parent
        yield from walk(n.get("children", []), n)


def run_json(validator, binary, args):
    """Runs `csquery --json ARGS`, checks exit status 0, JSON syntax and the
    schema. Returns the document, or None when a check failed."""
    label = "csquery --json " + " ".join(args)
    status, out, err = run(binary, ["--json"] + args)
    if not check(label + ": exit status 0", status == 0,
                 "exit status %d, stderr: %s" % (status, err.strip())):
        return None
    try:
        doc = json.loads(out)
    except ValueError as e:
        check(label + ": output is JSON", False, str(e))
        return None
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    detail = ""
    if errors:
        e = errors[0]
        detail = "%d schema errors; first at /%s: %s" % (
            len(errors), "/".join(str(p) for p in e.absolute_path), e.message[:300])
    if not check(label + ": validates against the schema", not errors, detail):
        return None
    return doc


def check_tree(label, doc):
    """Facts every tree has: unique eIds, and the parts of an article (and
    nested headings) extend their parent's eId."""
    seen = set()
    dupes = []
    bad_prefix = []
    for n, parent in walk(doc["nodes"]):
        if n["eid"] in seen:
            dupes.append(n["eid"])
        seen.add(n["eid"])
        if parent is not None and n["kind"] != "article" and \
                not n["eid"].startswith(parent["eid"] + "__"):
            bad_prefix.append(n["eid"] + " under " + parent["eid"])
    check(label + ": eIds are unique", not dupes, ", ".join(dupes[:5]))
    check(label + ": eIds extend their parent's", not bad_prefix,
          ", ".join(bad_prefix[:5]))


def main(argv):
    if len(argv) != 4:
        fail_setup(USAGE)
    binary, source_dir, corpus_dir = argv[1], argv[2], argv[3]

    try:
        import jsonschema
    except ImportError:
        fail_setup("the Python package jsonschema is missing: apt-get install "
                   "python3-jsonschema (or pip install jsonschema) for %s" % sys.executable)

    if not os.access(binary, os.X_OK):
        fail_setup("%s is not an executable csquery binary" % binary)
    schema_path = os.path.join(source_dir, "docs", "schema", "csquery-provisions.schema.json")
    try:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
    except (OSError, ValueError) as e:
        fail_setup("cannot read the schema %s: %s" % (schema_path, e))
    key_dir = os.path.join(corpus_dir, "moj", "key", "ch")
    act_2025 = os.path.join(corpus_dir, "act-2025", "A0030297.md")
    missing = [p for p in [os.path.join(key_dir, l + ".json") for l in KEY_LAWS] + [act_2025]
               if not os.path.isfile(p)]
    if missing:
        fail_setup("the shared corpus is missing (%s); it should be at %s "
                   "(configure with -DCSQ_SHARED_CORPUS=DIR)" % (", ".join(missing), corpus_dir))

    cls = jsonschema.validators.validator_for(schema)
    try:
        cls.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        fail_setup("the schema itself is invalid: %s" % e.message)
    validator = cls(schema, format_checker=getattr(cls, "FORMAT_CHECKER", None))

    # ---- the built-in corpus: 資通安全管理法施行細則 ----
    doc = run_json(validator, binary, ["第4條", "第1項"])
    if doc:
        law = doc["law"]
        check("built-in law is A0030303 of 2021-08-23, 命令, in force",
              (law["id"], law["name"], law["version"], law["level"], law["status"]) ==
              ("A0030303", "資通安全管理法施行細則", "2021-08-23", "命令", "in force"),
              repr(law))
        nodes = doc["nodes"]
        check("第4條 第1項 selects one node", len(nodes) == 1, "%d nodes" % len(nodes))
        n = nodes[0]
        check("第4條 第1項 is art_4__para_1, 第4條第1項, a paragraph",
              (n["kind"], n["num"], n["eid"], n["cite"]) ==
              ("paragraph", "1", "art_4__para_1", "第4條第1項"),
              repr((n["kind"], n["num"], n["eid"], n["cite"])))
        check("第4條 第1項 text is its lead-in",
              n["text"].startswith("各機關依本法第九條規定委外辦理") and n["text"].endswith("應注意下列事項："),
              repr(n["text"][:60]))
        kids = n["children"]
        check("第4條 第1項 has 9 children of kind subparagraph",
              len(kids) == 9 and all(c["kind"] == "subparagraph" for c in kids),
              repr([c["kind"] for c in kids]))
        check("第4條 第1項 subparagraphs are numbered 1..9 with eIds and cites",
              [(c["num"], c["eid"], c["cite"]) for c in kids] ==
              [(str(i), "art_4__para_1__subpara_%d" % i, "第4條第1項第%d款" % i)
               for i in range(1, 10)],
              repr([(c["num"], c["eid"], c["cite"]) for c in kids][:3]))
        check("subparagraph text keeps its marker 五、",
              len(kids) >= 5 and kids[4]["text"].startswith("五、受託業務包括客製化資通系統開發者"),
              repr(kids[4]["text"][:30]) if len(kids) >= 5 else "")

    same = {}
    for q in (["第4條", "第1項"], ["第四條第一項"], ["第４條　第１項"], ["4條1項"]):
        status, out, _ = run(binary, ["--json"] + q)
        same[" ".join(q)] = out if status == 0 else "exit status %d" % status
    outs = list(same.values())
    check("第4條 第1項 = 第四條第一項 = 第４條　第１項 = 4條1項",
          outs[0].startswith("{") and all(o == outs[0] for o in outs), repr({k: v[:40] for k, v in same.items()}))

    doc = run_json(validator, binary, ["第4條"])
    if doc:
        n = doc["nodes"][0]
        check("第4條 is an article with empty text and 3 paragraphs",
              (len(doc["nodes"]), n["kind"], n["eid"], n["cite"], n["text"]) ==
              (1, "article", "art_4", "第4條", "") and
              [c["eid"] for c in n["children"]] ==
              ["art_4__para_1", "art_4__para_2", "art_4__para_3"],
              repr((n["kind"], n["eid"], [c["eid"] for c in n["children"]])))
        check_tree("第4條", doc)

    doc = run_json(validator, binary, ["第4條至第6條"])
    if doc:
        check("第4條至第6條 selects art_4, art_5, art_6",
              [n["eid"] for n in doc["nodes"]] == ["art_4", "art_5", "art_6"],
              repr([n["eid"] for n in doc["nodes"]]))

    doc = run_json(validator, binary, ["第2條後段"])
    if doc:
        n = doc["nodes"][0]
        part = n.get("part", {})
        check("第2條後段 is art_2__para_1 with its second sentence as a part",
              n["eid"] == "art_2__para_1" and part.get("name") == "second_sentence" and
              n["text"][part.get("start", 0):part.get("end", 0)] == part.get("text") and
              part.get("text", "").startswith("所稱情報機關"),
              repr(part))

    doc = run_json(validator, binary, ["第4條", "第5條"])
    if doc:
        check("第4條 第5條 selects art_4 and art_5",
              [n["eid"] for n in doc["nodes"]] == ["art_4", "art_5"],
              repr([n["eid"] for n in doc["nodes"]]))

    doc = run_json(validator, binary, ["第3條第2款"])
    if doc:
        n = doc["nodes"][0]
        check("第3條第2款 (one paragraph) is art_3__para_1__subpara_2, cited 第3條第2款",
              (n["kind"], n["eid"], n["cite"], n["text"]) ==
              ("subparagraph", "art_3__para_1__subpara_2", "第3條第2款", "二、發生原因。"),
              repr((n["kind"], n["eid"], n["cite"], n["text"])))

    doc = run_json(validator, binary, [])
    if doc:
        arts = [n for n, _ in walk(doc["nodes"]) if n["kind"] == "article"]
        check("the whole built-in law has 13 articles, 第1條 to 第13條",
              [a["cite"] for a in arts] == ["第%d條" % i for i in range(1, 14)],
              repr([a["cite"] for a in arts]))
        check_tree("built-in law", doc)

    status, out, err = run(binary, ["--json", "第4條", "第9項"])
    check("第4條 第9項: exit status 1, nothing on stdout, stderr says 第4條 has 3 項",
          status == 1 and out == "" and "第4條 has 3 項" in err,
          "exit status %d, stdout %r, stderr %r" % (status, out[:80], err.strip()))
    status, out, err = run(binary, ["--json", "no such thing"])
    check("a malformed query: exit status 2, nothing on stdout",
          status == 2 and out == "" and "names no provision" in err,
          "exit status %d, stdout %r, stderr %r" % (status, out[:80], err.strip()))

    # ---- whole laws from the shared corpus ----
    for pcode in KEY_LAWS:
        path = os.path.join(key_dir, pcode + ".json")
        with open(path, encoding="utf-8-sig") as f:
            source = json.load(f)
        doc = run_json(validator, binary, ["-f", path])
        if not doc:
            continue
        label = "-f moj/key/ch/%s.json" % pcode
        check(label + ": law id and name from the file",
              doc["law"]["id"] == pcode and doc["law"]["name"] == source["LawName"].strip(),
              repr(doc["law"]))
        want = sum(1 for a in source["LawArticles"] if a.get("ArticleType") == "A")
        got = sum(1 for n, _ in walk(doc["nodes"]) if n["kind"] == "article")
        check(label + ": %d articles, as in LawArticles" % want, got == want, "got %d" % got)
        check_tree(label, doc)

    doc = run_json(validator, binary, ["-f", os.path.join(key_dir, "A0020041.json"), "第25條之1"])
    if doc:
        n = doc["nodes"][0]
        check("國家情報工作法 第25條之1 is art_25-1, num 25-1, with 2 paragraphs",
              (n["eid"], n["num"], n["cite"], len(n["children"])) ==
              ("art_25-1", "25-1", "第25條之1", 2),
              repr((n["eid"], n["num"], n["cite"], len(n["children"]))))

    # two laws in one query: the second's nodes say their law
    doc = run_json(validator, binary, ["-f", os.path.join(key_dir, "A0020041.json"), "-f",
                                       os.path.join(key_dir, "J0080037.json"),
                                       "第1條、電子簽章法第2條"])
    if doc:
        first, second = doc["nodes"][0], doc["nodes"][-1]
        check("第1條、電子簽章法第2條: the second node carries 電子簽章法 as its law",
              doc["law"]["id"] == "A0020041" and "law" not in first and
              second.get("law", {}).get("id") == "J0080037" and second["eid"] == "art_2",
              repr((doc["law"]["id"], second.get("law"), second["eid"])))

    doc = run_json(validator, binary, ["-f", act_2025])
    if doc:
        law = doc["law"]
        check("act-2025/A0030297.md: 資通安全管理法 of 2025-09-24",
              (law["id"], law["name"], law["version"]) == ("A0030297", "資通安全管理法", "2025-09-24"),
              repr(law))
        arts = [n for n, _ in walk(doc["nodes"]) if n["kind"] == "article"]
        check("act-2025/A0030297.md: 35 articles", len(arts) == 35, "got %d" % len(arts))
        check_tree("act-2025/A0030297.md", doc)

    doc = run_json(validator, binary, ["-f", act_2025, "第3條"])
    if doc:
        n = doc["nodes"][0]
        check("act-2025 第3條 is one paragraph of subparagraphs",
              n["eid"] == "art_3" and len(n["children"]) == 1 and
              len(n["children"][0]["children"]) > 0 and
              all(c["kind"] == "subparagraph" for c in n["children"][0]["children"]),
              repr((n["eid"], len(n["children"]))))

    # Two laws loaded: a name in front of the article picks the other law.
    doc = run_json(validator, binary, ["-f", os.path.join(key_dir, "A0030303.json"),
                                       "-f", os.path.join(key_dir, "A0030297.json"),
                                       "資通安全管理法第16條第1項"])
    if doc:
        check("資通安全管理法第16條第1項 with two laws loaded names A0030297",
              doc["law"]["id"] == "A0030297" and doc["nodes"][0]["eid"] == "art_16__para_1",
              repr((doc["law"]["id"], doc["nodes"][0]["eid"])))

    check_search(binary, source_dir, jsonschema)
    return CHECKS.summary()


def check_search(binary, source_dir, jsonschema):
    """`csquery --json search` on the built-in corpus validates against its
    schema, counts what a plain search counts, and marks the hits."""
    path = os.path.join(source_dir, "docs", "schema", "csquery-search.schema.json")
    try:
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
    except (OSError, ValueError) as e:
        check("search schema readable", False, str(e))
        return
    validator = jsonschema.validators.validator_for(schema)(schema)
    status, out, err = run(binary, ["--json", "search", "受託者", "--limit", "3"])
    if not check("search 受託者 exits 0", status == 0, err):
        return
    doc = json.loads(out)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    check("search 受託者 validates", not errors, errors[0].message if errors else "")
    check("search 受託者: 10 provisions of the seed hold it, 3 shown",
          doc["every_term"] == 10 and doc["total"] == 10 and doc["count"] == 3
          and len(doc["hits"]) == 3, repr((doc["total"], doc["every_term"], doc["listed"])))
    check("search 受託者: every snippet marks it, but a list's item shown after its lead-in",
          all("«受託者»" in h["snippet"] or h["listed"] for h in doc["hits"]), "")
    status, out, err = run(binary, ["--json", "search", "，"])
    check("search of punctuation alone exits 2", status == 2, err)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
