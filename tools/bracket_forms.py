#!/usr/bin/env python3
"""bracket_forms.py — the words the statutes write with a bracketed alternative
inside, built from the corpus itself.

The statutes fold two words into one by writing the other one's characters in
brackets: 廢（污）水 is 廢水 and 污水, 董（理）事會 is 董事會 and 理事會, 上市（櫃）公司 is
上市公司 and 上櫃公司, 機關（構） is 機關 and 機構. A search for 廢水 finds none of the
201 provisions that write 廢（污）水: the bracket stands between 廢 and 水. This tool
reads every article of the national corpus (the official JSON of ch.tar.xz, one
file a law) and writes, for each such form seen MIN times or more (default 3), the
words it stands for, each as a WORD<TAB>FORM pair that search widens a term by
(grammar/bracket_forms.tsv, read as grammar/abbreviations.tsv is: a term that
holds WORD is also searched with WORD replaced by FORM).

A form is a run of Han characters A, a bracket of one or two Han characters B, and
the run C after it; the words are read within two characters of A and of C, and
not past a character that joins or frames words (或 及 之 為 …):
  - B added: A + C (廢水 of 廢（污）水, 董事會 of 董（理）事會);
  - B instead of A's last characters: A[:-len(B)] + B + C (污水, 理事會, 上櫃公司, 機構).
A word of one character is none, nor one that B added with nothing after it reads
(機關 of 機關（構）: the form holds it as written). A word the statutes write as
itself far more often than in the form is none: a search finds it already, and a
phrase more for every term that holds it costs time (機構, written 36,000 times,
against 6,192 機關（構）; 董事會 against 董（理）事會). Kept: a word written as itself
at most RATIO (5) times as often as its form. A word that several forms stand for
keeps the two seen most.

usage: bracket_forms.py CH_DIR [MIN] > grammar/bracket_forms.tsv
"""
import collections
import json
import os
import re
import sys

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
FORM = re.compile(rf"([{HAN}]+)\s*[（(]\s*([{HAN}]{{1,2}})\s*[）)]\s*([{HAN}]*)")
WINDOW = 2  # characters of A and of C a word is read within
KEEP_PER_WORD = 2
RATIO = 5  # times a word may stand as itself for each time its form stands
# Characters that join or frame words, never inside one a form is read in: 或縣（市）,
# 機關（構）之 (the words are 縣政府 and 機構, not 或市 or 機構之).
FRAME = set("或及與在之的為由於向對依各其該本並且、")


def texts(law):
    for a in law.get("LawArticles", []):
        if a.get("ArticleType") == "A":
            yield a.get("ArticleContent", "")


def words(a, b, c):
    """(word, form) pairs of one bracketed form A（B）C."""
    a = a[-WINDOW:]
    if len(a) == WINDOW and a[0] in FRAME:
        a = a[1:]
    after = ""
    for ch in c[:WINDOW]:
        if ch in FRAME:
            break
        after += ch
    form = f"{a}（{b}）{after}"
    if after:
        yield a + after, form
    if len(a) >= len(b):
        yield a[: len(a) - len(b)] + b + after, form


def all_texts(ch):
    for f in sorted(os.listdir(ch)):
        if f.endswith(".json") and f != "index.json":
            yield from texts(json.load(open(os.path.join(ch, f), encoding="utf-8-sig")))


def count_forms(ch):
    count = collections.Counter()
    for text in all_texts(ch):
        for m in FORM.finditer(text):
            for word, form in words(*m.groups()):
                if len(word) >= 2:
                    count[(word, form)] += 1
    return count


def count_written(ch, wanted):
    """How often each wanted word stands as itself in the text."""
    by_start = collections.defaultdict(list)
    for w in wanted:
        by_start[w[:2]].append(w)
    count = collections.Counter()
    for text in all_texts(ch):
        for i in range(len(text) - 1):
            for w in by_start.get(text[i : i + 2], ()):
                if text.startswith(w, i):
                    count[w] += 1
    return count


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    ch = sys.argv[1]
    least = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    forms = {k: n for k, n in count_forms(ch).items() if n >= least}
    written = count_written(ch, {word for word, _ in forms})
    by_word = collections.defaultdict(list)
    for (word, form), n in forms.items():
        if written[word] <= RATIO * n:
            by_word[word].append((n, form))
    print("# bracket_forms.tsv — words the statutes write with a bracketed alternative inside,")
    print("# found in the corpus by tools/bracket_forms.py: WORD<TAB>FORM<TAB>times the form")
    print(f"# stands so (national corpus, ch.tar.xz of 2024-10-11; forms seen {least}+ times, words")
    print(f"# written as themselves at most {RATIO} times as often).")
    print("# A search term that holds WORD is also searched with WORD replaced by FORM:")
    print("# 廢水 → 廢（污）水, 上櫃公司 → 上市（櫃）公司, 骨骸 → 骨灰（骸）. Do not edit by hand:")
    print("# change the tool and run it again.")
    for word in sorted(by_word):
        for n, form in sorted(by_word[word], key=lambda x: (-x[0], x[1]))[:KEEP_PER_WORD]:
            print(f"{word}\t{form}\t{n}")


main()
