#!/usr/bin/env python3
"""Turns hand labels (a labels.py file of the readers, LABELS = {n: [(modality, cue, bearer,
bearer_full, carried, note), ...]}) into an evaluation set in GUIDE.md's file format.

usage: labels_to_tsv.py UNLABELLED OUT LABELS.py [LABELS.py ...]
  UNLABELLED: what sample.py wrote (P rows, provisions numbered from 1 in file order)
  LABELS.py:  the readers' files; together they must label every provision once

A cue is written 'left[CUE]right': left+CUE+right occurs exactly once in the text, and the cue's
offset is where CUE begins. A bearer is '' (none written), 'X' (its last occurrence before the
cue, else its first after), 'left[X]right' (unique) or '^[X]' (at offset 0). Offsets are in code
points. Stops with the provision's number on any label that does not resolve."""
import re
import runpy
import sys

BRACKET = re.compile(r"^(.*)\[(.+?)\](.*)$", re.S)


def unique(text, context, n, what):
    """Where the bracketed part of `context` begins in text, the context occurring once."""
    if context.startswith("^["):
        word = context[2:-1]
        if not text.startswith(word):
            sys.exit(f"provision {n}: {what} {context!r} is not at offset 0")
        return 0, word
    m = BRACKET.match(context)
    if not m:
        return None, context
    left, word, right = m.groups()
    whole = left + word + right
    at = text.find(whole)
    if at < 0 or text.find(whole, at + 1) >= 0:
        sys.exit(f"provision {n}: {what} {context!r} does not occur exactly once")
    return at + len(left), word


def bearer_offset(text, bearer, cue_at, n):
    at, word = unique(text, bearer, n, "bearer")
    if at is not None:
        return at, word
    before = text.rfind(word, 0, cue_at)
    at = before if before >= 0 else text.find(word, cue_at)
    if at < 0:
        sys.exit(f"provision {n}: bearer {word!r} does not occur")
    return at, word


def main():
    unlabelled, out, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    labels = {}
    for f in files:
        for n, rows in runpy.run_path(f)["LABELS"].items():
            if n in labels:
                sys.exit(f"provision {n} is labelled twice")
            labels[n] = rows
    head, provisions = [], []
    for line in open(unlabelled, encoding="utf-8"):
        if line.startswith("P\t"):
            provisions.append(line.rstrip("\n"))
        elif line.startswith("#") and not provisions:
            head.append(line.rstrip("\n"))
    missing = [n for n in range(1, len(provisions) + 1) if n not in labels]
    if missing or len(labels) != len(provisions):
        sys.exit(f"provisions not labelled: {missing}, labels: {len(labels)}")
    with open(out, "w", encoding="utf-8") as w:
        for line in head:
            w.write(line + "\n")
        w.write("# labelled by hand by reading each text; guideline GUIDE.md\n")
        for n, p in enumerate(provisions, 1):
            w.write(p + "\n")
            text = p.split("\t")[4]
            for modality, cue, bearer, full, carried, note in labels[n]:
                cue_at, cue_word = unique(text, cue, n, "cue")
                if cue_at is None:
                    sys.exit(f"provision {n}: cue {cue!r} has no [CUE]")
                b_at, b_word = bearer_offset(text, bearer, cue_at, n) if bearer else ("", "")
                fields = [modality, str(cue_at), cue_word, b_word, str(b_at), full, carried,
                          " ".join(note.split())]
                w.write("S\t" + "\t".join(fields) + "\n")


main()
