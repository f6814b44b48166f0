#!/usr/bin/env python3
"""seeds.py — the seed corpora and the dictionary of the fuzz harnesses.

    tools/fuzz/seeds.py SOURCE_DIR OUT_DIR

writes OUT_DIR/<harness>/<n> (one input a file) from what the repository
already holds: the law files of tests/golden and corpus/ (read, store), the
queries of the README, the grammar's comments and the tests (lookup,
cited_by, search), the sentences of the tests and the seed law (extract),
and OUT_DIR/csquery.dict from grammar/words.tsv, grammar/actors.tsv and the
markers and JSON keys the readers look for.
"""
import hashlib
import os
import re
import sys

HAN = re.compile(r"[\u3400-\u9fff]")
C_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def c_strings(path):
    """The string literals of a C file that hold Chinese, unescaped."""
    out = []
    with open(path, encoding="utf-8") as f:
        for m in C_STRING.finditer(f.read()):
            s = m.group(1)
            if not HAN.search(s):
                continue
            escapes = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\"}
            out.append(re.sub(r"\\(.)", lambda e: escapes.get(e.group(1), e.group(0)), s))
    return out


def comment_examples(path):
    """Runs of Chinese (with digits and brackets) in a grammar file's comments."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.lstrip().startswith("#"):
                out += re.findall(r"[\u3400-\u9fff0-9０-９（）()、，。：「」之\-]{2,}", line)
    return out


def write(out_dir, name, inputs, most=300):
    """One input a file; at most `most`, taken evenly: a harness runs every
    seed before it fuzzes, and CI gives each a minute."""
    folder = os.path.join(out_dir, name)
    os.makedirs(folder, exist_ok=True)
    for old in os.listdir(folder):
        os.unlink(os.path.join(folder, old))
    seen = set()
    inputs = [i for i in inputs if i]
    if len(inputs) > most:
        inputs = [inputs[k * len(inputs) // most] for k in range(most)]
    for data in inputs:
        if isinstance(data, str):
            data = data.encode("utf-8")
        key = hashlib.sha1(data).hexdigest()
        if key in seen or not data:
            continue
        seen.add(key)
        with open(os.path.join(folder, key), "wb") as f:
            f.write(data)
    return len(seen)


def dict_entry(word):
    data = word.encode("utf-8")
    body = "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else "\\x%02X" % b
                   for b in data)
    return '"%s"\n' % body


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)

    def path(*parts):
        return os.path.join(src, *parts)

    def read_bytes(p):
        with open(p, "rb") as f:
            return f.read()

    tests = [path("tests", f) for f in sorted(os.listdir(path("tests"))) if f.endswith(".c")]
    golden = [path("tests", "golden", f) for f in sorted(os.listdir(path("tests", "golden")))
              if not f.endswith(".tree") and os.path.isfile(path("tests", "golden", f))]
    laws = golden + [path("corpus", f) for f in sorted(os.listdir(path("corpus")))
                     if f.endswith(".txt")]
    spec = path("tests", "spec")
    spec_lines = []
    if os.path.isdir(spec):
        for f in sorted(os.listdir(spec)):
            with open(os.path.join(spec, f), encoding="utf-8") as h:
                spec_lines += [l.split("\t")[0].strip() for l in h  # the text of each case
                               if HAN.search(l) and not l.startswith(("#", "→", "@"))]

    strings = [s for t in tests for s in c_strings(t)]
    queries = [s for s in strings if len(s) < 80 and re.search("[條条款項目]", s)]
    with open(path("README.md"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s+csquery (?:-f \S+ )*(?:--\S+ )*(?:refs |cited-by )?([^\s-]\S*(?: 第\S+)*)",
                         line)
            if m and HAN.search(m.group(1)):
                queries.append(m.group(1))
    grammar = [path("grammar", f) for f in sorted(os.listdir(path("grammar")))
               if f.endswith(".pcre")]
    examples = [e for g in grammar for e in comment_examples(g)]
    sentences = [s for s in strings if len(s) >= 6] + spec_lines + examples
    with open(path("corpus", "資通安全管理法施行細則.txt"), encoding="utf-8") as f:
        sentences += [l.strip() for l in f if len(l.strip()) > 4]
    search_terms = [s for s in c_strings(path("tests", "test_search.c")) if len(s) < 60]

    counts = {
        "read": write(out, "read", [read_bytes(p) for p in laws]),
        "store": write(out, "store", [read_bytes(p) for p in laws]),
        "lookup": write(out, "lookup", queries + [e for e in examples if "條" in e]),
        "cited_by": write(out, "cited_by", queries + [e for e in examples if "法" in e]),
        "search": write(out, "search", [bytes([i % 256]) + t.encode("utf-8")
                                        for i, t in enumerate(search_terms + examples[:50])]),
        "extract": write(out, "extract", sentences),
    }

    words = set()
    with open(path("grammar", "words.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                words.update(w for w in line.rstrip("\n").split("\t")[1:] if w)
    with open(path("grammar", "actors.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                parts = line.rstrip("\n").split("\t")
                words.update(w for p in parts[1:] for w in re.split(r"[ ,]", p) if w)
    words.update(["第", "條", "項", "款", "目", "之", "、", "（一）", "(1)", "1.", "一、", "十", "百",
                  "千", "至", "本法", "本細則", "同法", "前項", "前條", "各款", "但書", "準用", "依",
                  "規定", "應", "得", "不得", "不在此限", "所稱", "指", "謂", "以下簡稱", "附表",
                  "章", "節", "編", "第 1 條", "第 1-1 條", "法規名稱：", "修正日期：", "法規類別：",
                  "廢止", "\n", "\r\n", "\u3000", "\ufeff", "\"LawName\"", "\"LawArticles\"",
                  "\"ArticleType\"", "\"ArticleNo\"", "\"ArticleContent\"", "\"LawURL\"",
                  "pcode=", "\"Laws\"", "\"LawModifiedDate\"", "\"LawLevel\"",
                  "\"LawAbandonNote\"", "\"A\"", "\"C\"", "{", "}", "[", "]", "\\u0000",
                  "\\ud800", "-", "－", "\"", "OR", "AND", "NEAR", "*", "^"])
    with open(os.path.join(out, "csquery.dict"), "w", encoding="ascii") as f:
        f.write("# cue words and markers of grammar/ and the readers (tools/fuzz/seeds.py)\n")
        for w in sorted(words):
            f.write(dict_entry(w))
    print("fuzz seeds: " + ", ".join("%s %d" % kv for kv in counts.items()) +
          ", dictionary %d words" % len(words))


if __name__ == "__main__":
    main()
