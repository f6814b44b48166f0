#!/usr/bin/env python3
"""agreement.py — how far two readers agree on the same provisions.

usage: agreement.py SAMPLE.tsv LABELS_A.py LABELS_B.py

SAMPLE.tsv is a set as labels_to_tsv.py writes it (its P lines number the provisions 1, 2, …);
LABELS_A.py and LABELS_B.py hold LABELS = {n: [(modality, cue, bearer, bearer_full, …)]}, the
format of the *-labels.py files. Over the provisions both label, it matches their statements by
cue (offsets within two characters), and prints how many match, how many have the same modality,
and on how many of the statements A gives a written bearer B gives the same one (or A's fuller
form): the figure test_obligations_eval reports for csquery, with reader B in its place.

Session 34: fresh31-labels.py (readers a and b) against fresh31-reader-x-labels.py (a third
reader, provisions 1-60, blind to the first): 69 statements matched, the same modality on 69,
the same bearer on 39 of 40.
"""
import re
import runpy
import sys


def texts(sample):
    out = {}
    for line in open(sample, encoding="utf-8"):
        if line.startswith("P\t"):
            out[len(out) + 1] = line.rstrip("\n").split("\t")[4]
    return out


def offset(text, marked):
    left, cue, right = re.match(r"(.*)\[(.*)\](.*)", marked).groups()
    return text.find(left + cue + right) + len(left)


def name(bearer):
    if not bearer:
        return ""
    m = re.match(r"\^?(.*)\[(.*)\](.*)", bearer)
    return m.group(2) if m else bearer


def main(sample, a_file, b_file):
    text = texts(sample)
    a = runpy.run_path(a_file)["LABELS"]
    b = runpy.run_path(b_file)["LABELS"]
    matched = same_modality = written = same_bearer = only_a = only_b = 0
    differ = []
    for n in sorted(set(a) & set(b)):
        t = text[n]
        xs = {offset(t, s[1]): s for s in a[n]}
        ys = {offset(t, s[1]): s for s in b[n]}
        for at, s in xs.items():
            near = [o for o in ys if abs(o - at) <= 2]
            if not near:
                only_a += 1
                continue
            y = ys[near[0]]
            matched += 1
            same_modality += s[0] == y[0]
            want, full, got = name(s[2]), name(s[3]) if len(s) > 3 else "", name(y[2])
            if want:
                written += 1
                if got == want or (full and got == full):
                    same_bearer += 1
                else:
                    differ.append((n, want, got))
        only_b += sum(1 for o in ys if not any(abs(o - at) <= 2 for at in xs))
    print(f"statements matched {matched}, same modality {same_modality}, only A {only_a}, only B {only_b}")
    print(f"written bearer (A): {written}, B the same: {same_bearer}"
          + (f" ({100 * same_bearer / written:.1f} %)" if written else ""))
    for n, want, got in differ:
        print(f"  provision {n}: A 「{want}」, B 「{got}」")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
