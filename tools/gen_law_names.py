#!/usr/bin/env python3
"""Writes grammar/law_names.tsv and grammar/law_headings.tsv from the shared corpus.

usage: tools/gen_law_names.py SHARED_CORPUS [GRAMMAR_DIR]

SHARED_CORPUS is the folder of moj/ch.tar.xz, moj/aliases.json and
moj-2019/FalVMingLing-20190222.tar.xz; GRAMMAR_DIR (default: grammar/ beside
this tool) holds law_aliases.tsv and receives the two tables.

law_names.tsv: every name a citation or a lookup may give a law, one a line,
`pcode<TAB>kind<TAB>name`, a law's official name first. Each name is written
once, for the law it names:
  name      the official name of a law in force (ch/index.json)
  repealed  the official name of a repealed law
  former    a name the law had before (LawHistories: 原名稱：X；新名稱：Y, and
            the name in the 2019 dump where it differs)
  short     a short name: corpus/moj/aliases.json, grammar/law_aliases.tsv,
            and the official name without 中華民國 (中華民國刑法 → 刑法)
  base      the official name without the note that tells versions apart
            (會計師查核簽證財務報表規則（90.12.19訂定） → 會計師查核簽證財務報表規則)
When two laws would share a name, the kind earlier in this list wins, then a
law in force over a repealed one, then (base names) the later version.

law_headings.tsv: the titled parts (編) of every law that has them, and the
chapters (章) inside them, so that 民法繼承編 and 刑法瀆職罪章 resolve when the
law is not loaded: `pcode<TAB>eid<TAB>title`.
"""
import json
import os
import re
import sys
import tarfile

KINDS = ['name', 'repealed', 'former', 'short', 'base']
ROC = '中華民國'
DIGITS = {'零': 0, '〇': 0, '一': 1, '二': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6,
          '七': 7, '八': 8, '九': 9}
UNITS = {'十': 10, '百': 100, '千': 1000}


def numeral(s):
    """一百二十 → 120; Arabic digits as they are; None when not a number."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    total, digit = 0, 0
    for ch in s:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in UNITS:
            total += (digit or 1) * UNITS[ch]
            digit = 0
        else:
            return None
    return total + digit


def read_tar(path):
    """Every JSON file of a tar.xz: name → object."""
    out = {}
    with tarfile.open(path, 'r:xz') as tar:
        for m in tar:
            if m.isfile() and m.name.endswith('.json'):
                data = tar.extractfile(m).read().decode('utf-8-sig')
                out[os.path.basename(m.name)[:-5]] = json.loads(data)
    return out


FORMER = re.compile(r'原名稱[：；:;](.+?)(?:[；：;:，,]新名稱|[）)])')


def former_names(history):
    flat = re.sub(r'\s+', '', history or '')
    return [m.group(1) for m in FORMER.finditer(flat)]


def note_year(name):
    """The ROC year of the note in 「X（90.12.19訂定）」, or 0."""
    m = re.search(r'[（(]\D*(\d+)', name)
    return int(m.group(1)) if m else 0


class Names:
    def __init__(self):
        self.owner = {}  # name → (rank tuple, pcode, kind)
        self.lines = {}  # pcode → [(kind, name)]

    def offer(self, pcode, kind, name, in_force, year=0):
        name = name.strip()
        if len(name) < 2 or '\t' in name or '\n' in name:
            return
        rank = (KINDS.index(kind), 0 if in_force else 1, -year)
        have = self.owner.get(name)
        if have is None or rank < have[0]:
            self.owner[name] = (rank, pcode, kind)


def headings(pcode, law, out):
    """The 編 of a law in the current format and the 章 inside them."""
    part = None
    for a in law.get('LawArticles', []):
        if a.get('ArticleType') != 'C':
            continue
        text = a.get('ArticleContent', '').strip()
        m = re.match(r'^第\s*([零〇一二兩三四五六七八九十百]+)\s*(編|章)(?:\s*之\s*([一二三四五六七八九十]+))?\s*(.*)$', text)
        if not m:
            continue
        n = numeral(m.group(1))
        num = f'{n}-{numeral(m.group(3))}' if m.group(3) else f'{n}'
        title = re.sub(r'\s+', '', m.group(4))
        if m.group(2) == '編':
            part = f'part_{num}'
            if title and not title.startswith('（'):
                out.append((pcode, part, title))
        elif part and title and not title.startswith('（'):
            out.append((pcode, f'{part}__chp_{num}', title))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    shared = sys.argv[1]
    grammar = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), '..', 'grammar')
    ch = read_tar(os.path.join(shared, 'moj', 'ch.tar.xz'))
    index = ch.pop('index')
    old = read_tar(os.path.join(shared, 'moj-2019', 'FalVMingLing-20190222.tar.xz'))
    aliases = json.load(open(os.path.join(shared, 'moj', 'aliases.json'), encoding='utf-8'))
    hand = []
    for line in open(os.path.join(grammar, 'law_aliases.tsv'), encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            pcode, name = line.rstrip('\n').split('\t')
            hand.append((pcode, name))

    names = Names()
    in_force = {}
    for pcode, name in index.items():
        law = ch.get(pcode)
        repealed = (law or {}).get('LawAbandonNote') == '廢' or (
            law is None and old.get(pcode, {}).get('廢止註記') == '廢')
        in_force[pcode] = not repealed
        names.offer(pcode, 'repealed' if repealed else 'name', name, not repealed)
    for pcode, name in index.items():
        f = in_force[pcode]
        for former in former_names((ch.get(pcode) or {}).get('LawHistories')):
            names.offer(pcode, 'former', former, f)
        before = old.get(pcode)
        if before:
            for former in former_names(before.get('沿革內容')):
                names.offer(pcode, 'former', former, f)
            if before.get('法規名稱') and before['法規名稱'] != name:
                names.offer(pcode, 'former', before['法規名稱'], f)
        if name.startswith(ROC) and len(name) > len(ROC) + 1:
            names.offer(pcode, 'short', name[len(ROC):], f)
        for paren in ('（', '('):
            if paren in name and not name.startswith(paren):
                names.offer(pcode, 'base', name[:name.index(paren)], f, note_year(name))
    for pcode, short in list(aliases.items()) + [(p, [n]) for p, n in hand]:
        for n in short:
            if pcode in index:
                names.offer(pcode, 'short', n, in_force[pcode])
            else:
                print(f'warning: {pcode} ({n}) is not in index.json', file=sys.stderr)

    by_law = {}
    for name, (rank, pcode, kind) in names.owner.items():
        by_law.setdefault(pcode, []).append((rank[0], kind, name))
    out = ['# law_names — every name a citation or a lookup may give a law of 全國法規資料庫',
           '# (the 2024-10-11 dump, corpus/moj/ch/index.json): official names, former names',
           '# (LawHistories, the 2019 dump), short names (corpus/moj/aliases.json,',
           '# grammar/law_aliases.tsv, names without 中華民國) and names without a version note.',
           '# Written by tools/gen_law_names.py; do not edit (edit law_aliases.tsv and rerun).',
           '# One name a line: pcode, kind, name (tab separated); a law\'s official name first.',
           '# kind: name (in force), repealed, former, short, base; each name is listed once.',
           '# Example: C0000001 name 中華民國刑法 / C0000001 short 刑法']
    count = 0
    for pcode in sorted(by_law):
        rows = sorted(by_law[pcode])
        if rows[0][0] > 1:  # the official name lost to another law's: still first
            rows.insert(0, (0, 'repealed' if not in_force[pcode] else 'name', index[pcode]))
        for _, kind, name in rows:
            out.append(f'{pcode}\t{kind}\t{name}')
            count += 1
    with open(os.path.join(grammar, 'law_names.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')

    heads = []
    for pcode in sorted(index):
        if pcode in ch:
            headings(pcode, ch[pcode], heads)
    have = {p for p, _, _ in heads}
    for pcode in sorted(old):  # laws held out of the 2024 dump: their 2019 text
        if pcode in index and pcode not in ch and pcode not in have:
            law = {'LawArticles': [{'ArticleType': 'C', 'ArticleContent': a['編章節']}
                                   for a in old[pcode].get('法規內容', []) if '編章節' in a]}
            headings(pcode, law, heads)
    with open(os.path.join(grammar, 'law_headings.tsv'), 'w', encoding='utf-8') as f:
        f.write('# law_headings — the titled parts (編) of the laws of 全國法規資料庫 and the\n'
                '# chapters (章) inside them, so that 民法繼承編 and 刑法瀆職罪章 resolve\n'
                '# when the law is not loaded. Written by tools/gen_law_names.py; do not edit.\n'
                '# One heading a line: pcode, eId, title (tab separated).\n'
                '# Example: B0000001 part_5 繼承\n')
        for pcode, eid, title in heads:
            f.write(f'{pcode}\t{eid}\t{title}\n')
    print(f'{count} names of {len(index)} laws; {len(heads)} titled headings', file=sys.stderr)


if __name__ == '__main__':
    main()
