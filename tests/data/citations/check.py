#!/usr/bin/env python3
"""Check a hand-labelled citation file (GUIDE.md format).

usage: check.py FILE.tsv [UNLABELLED.tsv]
  CSQ_CORPUS_CH: the unpacked ch/ folder of ../shared/corpus/moj/ch.tar.xz (default: the
  build's corpus-cache, build/corpus-cache/ch); CSQUERY: the csquery binary (default
  build/csquery), both from the project's root.

Errors (exit 1):
  - a line that is not a comment, an A row (4 fields) or a T row (8 fields);
  - a T row before any A row;
  - a citing eid that is not a node of the article (the article's nodes come from
    `csquery -f CORPUS/PCODE.json --json 第N條`, never from its citation output);
  - `as written` not found at `offset` (code points) in that node's own text;
  - a target law that is neither a pcode of index.json nor `?NAME`;
  - a target eid that is malformed; a part outside the known list;
  - with UNLABELLED: A rows differing from it (order, content).
Warnings: a target eid not found in the target law (a dangling citation: fine when the
note says so), duplicate T rows.
"""
import json, os, re, subprocess, sys
from functools import lru_cache

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..')
CORPUS = os.environ.get('CSQ_CORPUS_CH', os.path.join(ROOT, 'build', 'corpus-cache', 'ch'))
CSQ = os.environ.get('CSQUERY', os.path.join(ROOT, 'build', 'csquery'))
PARTS = {'', 'proviso', 'first_sentence', 'second_sentence', 'each_subparagraph',
         'each_paragraph', 'each_item'}
EID = re.compile(r'^((art_[0-9]+(-[0-9]+)*(__[a-z]+_[0-9]+(~[0-9]+)?)*)'
                 r'|((part|chp|sec|subsec|subsubsec)_[0-9]+(-[0-9]+)?(~[0-9]+)?'
                 r'(__(part|chp|sec|subsec|subsubsec)_[0-9]+(-[0-9]+)?(~[0-9]+)?)*)'
                 r'|(att_[a-z]+(_[0-9]+)?)|\?)?$')

index = json.load(open(f'{CORPUS}/index.json', encoding='utf-8'))

def walk(n, out):
    out[n['eid']] = n['text']
    for c in n.get('children', []):
        walk(c, out)

@lru_cache(None)
def article_nodes(pcode, art):
    m = re.match(r'^art_(\d+)(?:-(\d+))?$', art)
    if not m:
        return None
    cite = f'第{m.group(1)}條' + (f'之{m.group(2)}' if m.group(2) else '')
    r = subprocess.run([CSQ, '-f', f'{CORPUS}/{pcode}.json', '--json', cite],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return None
    out = {}
    for n in json.loads(r.stdout)['nodes']:
        walk(n, out)
    return out

@lru_cache(None)
def law_nodes(pcode):
    path = f'{CORPUS}/{pcode}.json'
    if not os.path.exists(path):
        return None
    r = subprocess.run([CSQ, '-f', path, '--json'], capture_output=True, text=True)
    if r.returncode != 0:
        return None
    out = {}
    for n in json.loads(r.stdout)['nodes']:
        walk(n, out)
    return out

def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    errors, warnings = [], []
    a_rows, cur, seen = [], None, set()
    n_t = 0
    kinds = {'same-law provision': 0, 'other-law provision': 0, 'whole law': 0,
             'annex': 0, 'unresolved ?': 0}
    for ln_no, ln in enumerate(open(path, encoding='utf-8'), 1):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'):
            continue
        f = ln.split('\t')
        where = f'{path}:{ln_no}'
        if f[0] == 'A':
            if len(f) != 4:
                errors.append(f'{where}: A row needs 4 fields'); continue
            cur = (f[1], f[2])
            a_rows.append(tuple(f))
            nodes = article_nodes(*cur)
            if nodes is None:
                errors.append(f'{where}: article {cur} not found')
            continue
        if f[0] != 'T':
            errors.append(f'{where}: unknown row type {f[0]!r}'); continue
        if len(f) != 8:
            errors.append(f'{where}: T row needs 8 fields, has {len(f)}'); continue
        if cur is None:
            errors.append(f'{where}: T row before any A row'); continue
        n_t += 1
        _, eid, off, written, law, teid, part, note = f
        nodes = article_nodes(*cur) or {}
        if eid not in nodes or not (eid == cur[1] or eid.startswith(cur[1] + '__')):
            errors.append(f'{where}: citing eid {eid} is not a node of {cur[0]} {cur[1]}')
        else:
            try:
                o = int(off)
            except ValueError:
                errors.append(f'{where}: offset {off!r} is not an integer'); o = None
            if o is not None:
                text = nodes[eid]
                if o < 0 or text[o:o + len(written)] != written or not written:
                    errors.append(f'{where}: {written!r} not at offset {o} of {eid}: '
                                  f'{text[max(0, o - 5):o + len(written) + 5]!r}')
        if law.startswith('?'):
            if len(law) < 2:
                errors.append(f'{where}: ?NAME without a name')
        elif law not in index:
            errors.append(f'{where}: target law {law} not in index.json')
        if not EID.match(teid):
            errors.append(f'{where}: malformed target eid {teid!r}')
        if part not in PARTS:
            errors.append(f'{where}: unknown part {part!r}')
        if teid == '?' and not note:
            errors.append(f'{where}: unresolved target without a note')
        key = (cur, eid, off, law, teid, part)
        if key in seen:
            warnings.append(f'{where}: duplicate T row')
        seen.add(key)
        # target existence (warning only)
        if not law.startswith('?') and law in index and teid and teid != '?' \
                and not teid.startswith('att_'):
            ln_nodes = law_nodes(law)
            if ln_nodes is not None and teid not in ln_nodes:
                warnings.append(f'{where}: target {law}/{teid} does not exist'
                                + (' (noted)' if note else ' (NO NOTE)'))
        # tally
        if law.startswith('?') or teid == '?':
            kinds['unresolved ?'] += 1
        elif teid.startswith('att_'):
            kinds['annex'] += 1
        elif teid == '':
            kinds['whole law'] += 1
        elif law == cur[0]:
            kinds['same-law provision'] += 1
        else:
            kinds['other-law provision'] += 1
    if len(sys.argv) > 2:
        want = [tuple(l.rstrip('\n').split('\t')) for l in open(sys.argv[2], encoding='utf-8')
                if l.startswith('A\t')]
        if want != a_rows:
            errors.append(f'A rows differ from {sys.argv[2]}')
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('error:', e)
    print(f'{path}: {len(a_rows)} articles, {n_t} T rows; ' +
          ', '.join(f'{k} {v}' for k, v in kinds.items()) +
          f'; {len(errors)} errors, {len(warnings)} warnings')
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
