#!/usr/bin/env python3
"""check_house.py — the shape of src/, checked on every test run.

  * data flows one way: a file of a stage includes the headers of its own
    stage and of earlier ones only (base → reading → citations → deontic →
    store → import → query → render → main.c);
  * no file is long: a .c or private header of src/ has at most 600 lines
    (csquery.h, the one public header, at most 1400: it is the whole API and its documentation, as sqlite3.h is);
  * no Chinese is buried in code: no string literal of a .c file of src/
    holds a CJK character (words and messages live in grammar/words.tsv and
    grammar/messages.tsv; comments may quote the law).

usage: check_house.py SRC_DIR       exit 0 when the house is in order
"""
import os
import re
import sys

STAGES = ["base", "reading", "citations", "deontic", "store", "import", "query", "render"]
MAX_LINES, MAX_PUBLIC_HEADER_LINES = 600, 1400


def stage_of(rel):
    """The stage index of a path under src/ (main.c is last)."""
    top = rel.split("/")[0]
    if top in STAGES:
        return STAGES.index(top)
    return len(STAGES)  # main.c, csquery.h


def is_cjk(cp):
    return (0x2E80 <= cp <= 0x9FFF or 0x3000 <= cp <= 0x303F or 0xF900 <= cp <= 0xFAFF
            or 0xFE30 <= cp <= 0xFE4F or 0xFF00 <= cp <= 0xFFEF or 0x20000 <= cp <= 0x2FFFF)


def literal_bytes(body):
    """The bytes a C string literal's body stands for (escapes decoded)."""
    out, i = bytearray(), 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode()
            i += 1
            continue
        nxt = body[i + 1]
        if nxt == "x":
            m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
            out.append(int(m.group(0), 16) & 0xFF)
            i += 2 + len(m.group(0))
        elif nxt in "01234567":
            m = re.match(r"[0-7]{1,3}", body[i + 1:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += 1 + len(m.group(0))
        else:
            out += {"n": b"\n", "t": b"\t", "r": b"\r", "0": b"\0"}.get(nxt, nxt.encode())
            i += 2
    return bytes(out)


def string_literals(src):
    """(line, body) of every string literal outside comments."""
    i, n = 0, len(src)
    while i < n:
        if src.startswith("/*", i):
            i = src.index("*/", i + 2) + 2
        elif src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src[i] == "'":
            j = i + 1
            while src[j] != "'":
                j += 2 if src[j] == "\\" else 1
            i = j + 1
        elif src[i] == '"':
            j = i + 1
            while src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            yield src.count("\n", 0, i) + 1, src[i + 1:j]
            i = j + 1
        else:
            i += 1


def check(src_dir):
    problems = []
    for root, _, files in os.walk(src_dir):
        for name in sorted(files):
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, src_dir)
            text = open(path, encoding="utf-8").read()
            lines = text.count("\n")
            limit = MAX_PUBLIC_HEADER_LINES if rel == "csquery.h" else MAX_LINES
            if lines > limit:
                problems.append(f"{rel}: {lines} lines (at most {limit})")
            for m in re.finditer(r'^\s*#\s*include\s+"([^"]+)"', text, re.M):
                inc = m.group(1)
                if "/" in inc and stage_of(inc) > stage_of(rel):
                    line = text.count("\n", 0, m.start()) + 1
                    problems.append(f"{rel}:{line}: includes {inc}, a later stage")
            if name.endswith(".c"):
                for line, body in string_literals(text):
                    s = literal_bytes(body).decode("utf-8", errors="replace")
                    if any(is_cjk(ord(ch)) for ch in s):
                        problems.append(f"{rel}:{line}: Chinese in a string literal: \"{body}\"")
    return problems


def main():
    problems = check(sys.argv[1])
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
