#!/usr/bin/env python3
"""Scores csquery's full-text search against the judged relevance set (tests/data/search/).

usage: search_judged.py --csquery BIN --db DB [--set dev|fresh] [--goal 0.60] [--check]
                        [--unjudged FILE] [--json FILE] [-q]

For each need it runs `BIN --db DB --json search --limit 10 QUERY...` (the query split on
spaces, as a user types it) and computes
  nDCG@10  gain 2^grade - 1, discount 1/log2(rank + 1); the ideal DCG is built from the
           need's ten best judged grades; a hit never judged gains 0 and is listed
  P@10     hits of grade >= 1 among the ten places, divided by 10
  first2   rank (1..10) of the first grade-2 hit, '-' when none is in the top ten
and per set the mean nDCG@10, the mean P@10, the median first-core rank (a need without a
grade-2 hit in its top ten counts as 11, shown as '>10'), how many needs have a core hit in
their top ten and how many in their top three.

With --check it exits 1 when the dev needs miss the goal: a mean nDCG@10 below --goal, or
the first core provision in the top three for half of them or fewer. The fresh needs are
reported, never checked: nothing is tuned on them. --unjudged FILE writes the hits that were
never judged (need, rank, pcode, eid, law and cite) for someone to read and grade.
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "search")
# The sets: dev (tuned on), fresh (measured once, then seen), fresh2 and fresh3 (needs written
# and judged on 2026-12-03 by readers who had not seen the ranking; fresh2 measured before and
# after that day's work, fresh3 once after it; fresh4 and fresh5 on 2026-12-03, each measured
# once on the ranking of its day before it was seen; fresh6 to fresh13 the same way, each
# measured once blind: tests/data/search/README.md).
SETS = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42", "fresh43", "fresh44", "fresh45", "fresh46", "fresh47", "fresh48", "fresh49", "fresh50", "fresh51", "fresh52", "fresh53", "fresh54", "fresh55", "fresh56", "fresh57", "fresh58", "fresh59", "fresh60", "fresh61", "fresh62", "fresh63", "fresh64", "fresh65", "fresh66", "fresh67", "fresh68", "fresh69", "fresh70", "fresh71", "fresh72", "fresh73", "fresh74", "fresh75", "fresh76")
NEEDS = ("needs.tsv", "needs-fresh2.tsv", "needs-fresh3.tsv", "needs-fresh4.tsv", "needs-fresh5.tsv",
         "needs-fresh6.tsv", "needs-fresh7.tsv",
         "needs-fresh8.tsv", "needs-fresh9.tsv", "needs-fresh10.tsv", "needs-fresh11.tsv", "needs-fresh12.tsv", "needs-fresh13.tsv", "needs-fresh14.tsv", "needs-fresh15.tsv", "needs-fresh16.tsv", "needs-fresh17.tsv", "needs-fresh18.tsv", "needs-fresh19.tsv", "needs-fresh20.tsv", "needs-fresh21.tsv", "needs-fresh22.tsv", "needs-fresh23.tsv", "needs-fresh24.tsv", "needs-fresh25.tsv", "needs-fresh26.tsv", "needs-fresh27.tsv", "needs-fresh28.tsv", "needs-fresh29.tsv", "needs-fresh30.tsv", "needs-fresh31.tsv", "needs-fresh32.tsv", "needs-fresh33.tsv", "needs-fresh34.tsv", "needs-fresh35.tsv", "needs-fresh36.tsv", "needs-fresh37.tsv", "needs-fresh38.tsv", "needs-fresh39.tsv", "needs-fresh40.tsv", "needs-fresh41.tsv", "needs-fresh42.tsv", "needs-fresh43.tsv", "needs-fresh44.tsv", "needs-fresh45.tsv", "needs-fresh46.tsv", "needs-fresh47.tsv", "needs-fresh48.tsv", "needs-fresh49.tsv", "needs-fresh50.tsv", "needs-fresh51.tsv", "needs-fresh52.tsv", "needs-fresh53.tsv", "needs-fresh54.tsv", "needs-fresh55.tsv", "needs-fresh56.tsv", "needs-fresh57.tsv", "needs-fresh58.tsv", "needs-fresh59.tsv", "needs-fresh60.tsv", "needs-fresh61.tsv", "needs-fresh62.tsv", "needs-fresh63.tsv", "needs-fresh64.tsv", "needs-fresh65.tsv", "needs-fresh66.tsv", "needs-fresh67.tsv", "needs-fresh68.tsv", "needs-fresh69.tsv", "needs-fresh70.tsv", "needs-fresh71.tsv", "needs-fresh72.tsv", "needs-fresh73.tsv", "needs-fresh74.tsv", "needs-fresh75.tsv", "needs-fresh76.tsv")
JUDGMENTS = ("judgments.tsv", "judgments-fresh2.tsv", "judgments-fresh3.tsv", "judgments-fresh4.tsv",
             "judgments-fresh5.tsv", "judgments-fresh6.tsv",
             "judgments-fresh7.tsv", "judgments-fresh8.tsv",
             "judgments-fresh9.tsv", "judgments-fresh10.tsv", "judgments-fresh11.tsv", "judgments-fresh12.tsv", "judgments-fresh13.tsv", "judgments-fresh14.tsv", "judgments-fresh15.tsv", "judgments-fresh16.tsv", "judgments-fresh17.tsv", "judgments-fresh18.tsv", "judgments-fresh19.tsv", "judgments-fresh20.tsv", "judgments-fresh21.tsv", "judgments-fresh22.tsv", "judgments-fresh23.tsv", "judgments-fresh24.tsv", "judgments-fresh25.tsv", "judgments-fresh26.tsv", "judgments-fresh27.tsv", "judgments-fresh28.tsv", "judgments-fresh29.tsv", "judgments-fresh30.tsv", "judgments-fresh31.tsv", "judgments-fresh32.tsv", "judgments-fresh33.tsv", "judgments-fresh34.tsv", "judgments-fresh35.tsv", "judgments-fresh36.tsv", "judgments-fresh37.tsv", "judgments-fresh38.tsv", "judgments-fresh39.tsv", "judgments-fresh40.tsv", "judgments-fresh41.tsv", "judgments-fresh42.tsv", "judgments-fresh43.tsv", "judgments-fresh44.tsv", "judgments-fresh45.tsv", "judgments-fresh46.tsv", "judgments-fresh47.tsv", "judgments-fresh48.tsv", "judgments-fresh49.tsv", "judgments-fresh50.tsv", "judgments-fresh51.tsv", "judgments-fresh52.tsv", "judgments-fresh53.tsv", "judgments-fresh54.tsv", "judgments-fresh55.tsv", "judgments-fresh56.tsv", "judgments-fresh57.tsv", "judgments-fresh58.tsv", "judgments-fresh59.tsv", "judgments-fresh60.tsv", "judgments-fresh61.tsv", "judgments-fresh62.tsv", "judgments-fresh63.tsv", "judgments-fresh64.tsv", "judgments-fresh65.tsv", "judgments-fresh66.tsv", "judgments-fresh67.tsv", "judgments-fresh68.tsv", "judgments-fresh69.tsv", "judgments-fresh70.tsv", "judgments-fresh71.tsv", "judgments-fresh72.tsv", "judgments-fresh73.tsv", "judgments-fresh74.tsv", "judgments-fresh75.tsv", "judgments-fresh76.tsv")


def rows(path):
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def read_needs(path):
    return [{"id": r[0], "set": r[1], "query": r[2], "desc": r[3]} for r in rows(path)]


def read_judgments(path):
    judged = {}
    for r in rows(path):
        key = (r[1], r[2])
        if key in judged.setdefault(r[0], {}):
            sys.exit(f"search_judged.py: {r[0]} {r[1]} {r[2]} is judged twice in {path}")
        if r[3] not in ("0", "1", "2"):
            sys.exit(f"search_judged.py: grade {r[3]!r} of {r[0]} {r[1]} {r[2]} is not 0, 1 or 2")
        judged[r[0]][key] = int(r[3])
    return judged


def search(csquery, db, query, limit=10):
    cmd = [csquery, "--db", db, "--json", "search", "--limit", str(limit)] + query.split()
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"search_judged.py: {' '.join(cmd)} failed ({r.returncode}): {r.stderr.strip()}")
    out = r.stdout.strip()
    return json.loads(out).get("hits", []) if out else []


def dcg(grades):
    return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def score_need(judged, hits):
    grades, unjudged = [], []
    for rank, h in enumerate(hits[:10], 1):
        g = judged.get((h["law"], h["eid"]))
        if g is None:
            unjudged.append((rank, h))
            g = 0
        grades.append(g)
    ideal = dcg(sorted(judged.values(), reverse=True)[:10])
    return {
        "ndcg": dcg(grades) / ideal if ideal > 0 else 0.0,
        "p10": sum(1 for g in grades if g >= 1) / 10,
        "first2": next((i for i, g in enumerate(grades, 1) if g == 2), None),
        "grades": grades,
        "unjudged": unjudged,
        "n_judged": len(judged),
        "n_core": sum(1 for g in judged.values() if g == 2),
    }


def summary(name, rs):
    firsts = [r["first2"] or 11 for r in rs]
    med = statistics.median(firsts)
    top3 = sum(1 for f in firsts if f <= 3)
    s = {
        "ndcg": statistics.mean(r["ndcg"] for r in rs),
        "p10": statistics.mean(r["p10"] for r in rs),
        "top3": top3,
        "count": len(rs),
    }
    print(f"{name:5}: {len(rs)} needs  mean nDCG@10 {s['ndcg']:.3f}  mean P@10 {s['p10']:.3f}  "
          f"median first-core rank {'>10' if med > 10 else f'{med:g}'}  core hit in top 10: "
          f"{sum(1 for r in rs if r['first2'])}/{len(rs)}  in top 3: {top3}/{len(rs)}  "
          f"unjudged hits: {sum(len(r['unjudged']) for r in rs)}")
    return s


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csquery", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--needs", action="append",
                    help="a needs file (repeatable; default: needs.tsv and needs-fresh2 … fresh6)")
    ap.add_argument("--judgments", action="append",
                    help="a judgments file (repeatable; default: judgments.tsv, "
                         "judgments-fresh2 … fresh6)")
    ap.add_argument("--set", choices=SETS, help="score only this set")
    ap.add_argument("--goal", type=float, default=0.60, help="the dev needs' mean nDCG@10 goal")
    ap.add_argument("--check", action="store_true", help="exit 1 when dev misses the goal")
    ap.add_argument("--unjudged", help="write the hits never judged to this file")
    ap.add_argument("--json", help="write per-need results as JSON to this file")
    ap.add_argument("-q", "--quiet", action="store_true", help="do not list unjudged hits")
    a = ap.parse_args()
    if not os.path.exists(a.db):
        sys.exit(f"search_judged.py: no database at {a.db}")

    judgments = {}
    for path in a.judgments or [os.path.join(DATA, f) for f in JUDGMENTS]:
        judgments.update(read_judgments(path))
    results = []
    print(f"{'need':5} {'set':5} {'nDCG@10':>7} {'P@10':>5} {'1st2':>4}  grades(top10)  "
          f"judged/core  query")
    needs = [n for path in a.needs or [os.path.join(DATA, f) for f in NEEDS]
             for n in read_needs(path)]
    for n in needs:
        if a.set and n["set"] != a.set:
            continue
        s = score_need(judgments.get(n["id"], {}), search(a.csquery, a.db, n["query"]))
        s.update(id=n["id"], set=n["set"], query=n["query"])
        results.append(s)
        print(f"{n['id']:5} {n['set']:5} {s['ndcg']:7.3f} {s['p10']:5.2f} "
              f"{s['first2'] or '-':>4}  {''.join(map(str, s['grades'])) or '(none)':<13}  "
              f"{s['n_judged']:4d}/{s['n_core']:<4d}  {n['query']}")
        if not a.quiet:
            for rank, h in s["unjudged"]:
                print(f"        unjudged #{rank}: {h['law']} {h['eid']} {h.get('law_name', '')} "
                      f"{h.get('cite', '')}")
    print()
    sets = {}
    for name in SETS:
        rs = [r for r in results if r["set"] == name]
        if rs:
            sets[name] = summary(name, rs)
    if a.unjudged:
        with open(a.unjudged, "w", encoding="utf-8") as w:
            for r in results:
                for rank, h in r["unjudged"]:
                    w.write(f"{r['id']}\t{rank}\t{h['law']}\t{h['eid']}\t"
                            f"{h.get('law_name', '')} {h.get('cite', '')}\n")
    if a.json:
        for r in results:
            r["unjudged"] = [{"rank": k, "law": h["law"], "eid": h["eid"]} for k, h in r["unjudged"]]
        with open(a.json, "w", encoding="utf-8") as w:
            json.dump(results, w, ensure_ascii=False, indent=1)
    dev = sets.get("dev")
    if a.check and dev:
        ok = dev["ndcg"] >= a.goal and dev["top3"] * 2 > dev["count"]
        print(f"goal: dev mean nDCG@10 >= {a.goal:.2f} and the first core provision in the top 3 "
              f"for most dev needs: {'met' if ok else 'MISSED'}")
        return 0 if ok else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
