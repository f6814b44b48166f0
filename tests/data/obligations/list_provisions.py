#!/usr/bin/env python3
"""Lists every provision with own text of the national corpus as TSV:
pcode, eid, law name, cite, level, status, text. Uses csquery's tree (csquery -f X --json).
usage: list_provisions.py CSQUERY CORPUS_DIR OUT (CORPUS_DIR: ch.tar.xz unpacked, one JSON a law)"""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
CSQ, CH = sys.argv[1], sys.argv[2]
def walk(nodes, law, out):
    for n in nodes:
        if n["kind"] in ("paragraph", "subparagraph", "item", "subitem") and n["text"]:
            out.append((law["id"], n["eid"], law["name"], n["cite"], law.get("level",""), law.get("status",""), n["text"]))
        walk(n.get("children", []), law, out)
def one(f):
    r = subprocess.run([CSQ, "-f", os.path.join(CH, f), "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        return []
    d = json.loads(r.stdout)
    out = []
    walk(d["nodes"], d["law"], out)
    return out
files = sorted(f for f in os.listdir(CH) if f.endswith(".json") and f != "index.json")
with ThreadPoolExecutor(4) as ex, open(sys.argv[3], "w") as w:
    for rows in ex.map(one, files):
        for r in rows:
            if "\t" in r[6] or "\n" in r[6]:
                continue
            w.write("\t".join(r) + "\n")
