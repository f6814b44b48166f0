#!/usr/bin/env python3
"""Draws the obligation evaluation samples from provisions.tsv with fixed seeds.
Stratum A: provisions holding a cue character or word; stratum B: provisions holding a
false-friend word. usage: sample.py PROVISIONS SEED N_A N_B OUT [EXCLUDE_FILE...]
(PROVISIONS: the list list_provisions.py writes)"""
import random, sys
CUE = ["應", "得", "須", "禁止", "不予", "不適用", "不在此限", "毋"]
FRIENDS = ["所得", "取得", "獲得", "應變", "因應", "對應", "相應", "反應", "供應", "應用", "支應",
           "應考", "應收", "應付", "應有部分", "應繼分", "須知", "無須", "得標", "心得", "使得", "值得"]
provisions = sys.argv[1]
seed, na, nb, out = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
exclude = set()
for f in sys.argv[6:]:
    for line in open(f, encoding="utf-8"):
        if line.startswith("P\t"):
            p = line.split("\t")
            exclude.add((p[1], p[2]))
rows = [l.rstrip("\n").split("\t") for l in open(provisions, encoding="utf-8")]
a = [r for r in rows if any(c in r[6] for c in CUE) and (r[0], r[1]) not in exclude]
b = [r for r in rows if any(c in r[6] for c in FRIENDS) and (r[0], r[1]) not in exclude]
rng = random.Random(seed)
pick_a = rng.sample(a, na)
chosen = {(r[0], r[1]) for r in pick_a}
b = [r for r in b if (r[0], r[1]) not in chosen]
pick_b = rng.sample(b, nb)
with open(out, "w", encoding="utf-8") as w:
    w.write(f"# obligations evaluation sample: seed {seed}, {na} provisions with a cue, {nb} with a false-friend word\n")
    w.write(f"# drawn by sample.py from every provision of the 2024-10-11 national corpus ({len(rows)} provisions)\n")
    for r in pick_a + pick_b:
        w.write("\t".join(["P", r[0], r[1], r[2] + " " + r[3], r[6]]) + "\n")
print(len(a), len(b))
