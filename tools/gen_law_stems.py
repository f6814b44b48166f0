#!/usr/bin/env python3
"""Writes grammar/law_stems.tsv: the stems of laws' short names, for search.

usage: tools/gen_law_stems.py SHARED_CORPUS [GRAMMAR_DIR]

A lawyer who writes 職安法 for 職業安全衛生法 types 職安 for 職業安全衛生 (職安
教育訓練), 勞基 for 勞動基準. For every short name of grammar/law_names.tsv that
ends in 法, as the law's name does, the stem (the short name without 法) widens
a search term to the stem of the law's name (職安 → 職業安全衛生), as
grammar/abbreviations.tsv does. A stem is left out when it names more than one
law, is part of the long stem already (採購 in 政府採購), has fewer than two
characters, is the stem of a 辦法, or is a word the statutes write: when more
than MAX_USES articles of the 2024-10-11 dump (SHARED_CORPUS/moj/ch.tar.xz) hold
it other than before 法 署 所 會 局 (行程 is an itinerary, 投保 to insure, 遺贈 a bequest,
中標 to win a bid: none widens).
"""
import json
import os
import sys
import tarfile

MAX_USES = 12
# After a stem, these end a name that the stem abbreviates (職安法, 職安署, 證交所):
# such a use is the abbreviation, not a word of its own.
NAME_ENDS = set('法署所會局')


def texts(path):
    """Every article's text of the dump."""
    with tarfile.open(path, 'r:xz') as tar:
        for m in tar:
            if not m.isfile() or not m.name.endswith('.json') or m.name.endswith('index.json'):
                continue
            law = json.load(tar.extractfile(m))
            for a in law.get('LawArticles', []):
                if a.get('ArticleType') == 'A':
                    yield a.get('ArticleContent', '')


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    shared = sys.argv[1]
    grammar = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), '..', 'grammar')
    official, shorts = {}, {}
    for line in open(os.path.join(grammar, 'law_names.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        pcode, kind, name = line.rstrip('\n').split('\t')
        if kind in ('name', 'repealed'):
            official.setdefault(pcode, name)
        elif kind == 'short':
            shorts.setdefault(pcode, []).append(name)
    stems = {}
    for pcode, names in shorts.items():
        full = official.get(pcode, '')
        for short in names:
            if not (short.endswith('法') and full.endswith('法')) or '辦法' in (short[-2:], full[-2:]):
                continue
            stem, long_stem = short[:-1], full[:-1]
            if len(stem) >= 2 and len(long_stem) >= 2 and stem not in long_stem:
                stems.setdefault(stem, set()).add(long_stem)
    stems = {s: next(iter(l)) for s, l in stems.items() if len(l) == 1}
    uses = dict.fromkeys(stems, 0)
    for text in texts(os.path.join(shared, 'moj', 'ch.tar.xz')):
        for s in stems:
            at = text.find(s)
            while at >= 0 and text[at + len(s):at + len(s) + 1] in NAME_ENDS:
                at = text.find(s, at + 1)
            uses[s] += at >= 0
    kept = sorted(s for s in stems if uses[s] <= MAX_USES)
    with open(os.path.join(grammar, 'law_stems.tsv'), 'w', encoding='utf-8') as f:
        f.write('# law_stems — the stems of laws\' short names, which widen a search term as\n'
                '# grammar/abbreviations.tsv does: STEM<TAB>THE LAW NAME\'S STEM<TAB>ARTICLES\n'
                '# THAT HOLD THE STEM. Written by tools/gen_law_stems.py from law_names.tsv\n'
                '# and the corpus; do not edit. Example: 職安 → 職業安全衛生 (職安法).\n')
        for s in kept:
            f.write(f'{s}\t{stems[s]}\t{uses[s]}\n')
    print(f'{len(kept)} stems of {len(stems)}', file=sys.stderr)


if __name__ == '__main__':
    main()
