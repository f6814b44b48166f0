#!/usr/bin/env python3
"""actor_lexicon.py — the lexicon of bearers, built from the corpus itself.

Reads every law of the national corpus (the official JSON of ch.tar.xz, one
file a law) and counts the names that stand as the subject right before a
cue, alone in their comma segment: 交通部民用航空局應…, 發卡機構行銷時 …, 代檢
機構得… . A name counts when it ends like a bearer (an ending of
grammar/actors.tsv: 機關 機構 人員 部 署 局 處 院 會 公所 法院 …, not a
notsuffix), is two to fourteen characters long, holds no 之 or condition
word (依 於 經 如 …) and opens with no reference or topic (前項, 本法, 第…, 該,
其). A name is kept when it stands so at least MIN times (default 4) in at
least two laws, or 2 * MIN times in one.

usage: actor_lexicon.py CH_DIR ACTORS_TSV [MIN] > grammar/actor_lexicon.tsv
       actor_lexicon.py --unknown CH_DIR ACTORS_TSV [MIN]
  --unknown lists, for reading by hand, the names that stand so at least MIN
  times (default 3) but are neither known (actors.tsv actor, actor_lexicon.tsv)
  nor end like a bearer: 資源教室, 航空器, 法警, and the things among them
  (核子反應器, 設備). Those read as a person, a body or a craft that acts went
  into actors.tsv (session 31).
"""
import collections
import json
import os
import re
import sys

CUES = ("應", "得", "須", "不得", "必須", "並應", "亦應", "均應", "始得", "方得", "不應", "仍應",
        "另應", "即應", "僅得", "亦得", "並得", "均得", "仍得")
# Condition and frame words a name does not hold, and openings it does not have.
NOT_IN = ("之", "的", "於", "依", "經", "如", "若", "因", "對", "除", "為", "未", "非", "以", "在",
          "時", "後", "前", "者應", "有關", "所定", "規定", "情形", "期間", "或", "及", "與", "、",
          "並", "但", "即", "其", "該", "應", "得", "須", "不", "無", "每", "凡", "自", "由", "向",
          "將", "就", "擬", "認", "受理", "辦理", "申請", "執行", "實施", "進行", "處理", "檢附")
NOT_OPENING = ("前", "本", "第", "該", "其", "各該", "同", "上開", "上述", "下列", "左列", "此",
               "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "（", "(",
               # a joined clause (且報名者), a state or a thing, not a person (情節重大者,
               # 情形特殊者; 非流動者應改列基金: assets)
               "且", "情節", "情形", "流動", "非流動")
# A …者 name of two characters is a piece of a longer word (勞動者 → 動者) or a
# case (違者): none is kept but an ending of its own (業者).
SHORTEST_ZHE = 3
CJK = re.compile(r"^[\u3400-\u9fff（）]+$")


def suffixes(actors_tsv):
    suf, notsuf = [], []
    for line in open(actors_tsv, encoding="utf-8"):
        kind, _, word = line.rstrip("\n").partition("\t")
        if kind == "suffix":
            suf.append(word)
        elif kind == "notsuffix":
            notsuf.append(word)
    return suf, notsuf


def texts(law):
    for a in law.get("LawArticles", []):
        if a.get("ArticleType") == "A":
            yield a.get("ArticleContent", "")


def segments(text):
    for seg in re.split(r"[，。；：\r\n]", text):
        seg = re.sub(r"^[\s　]*(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十百]+）|\d+\.)", "", seg)
        yield seg.strip(" 　")


def name_before_cue(seg):
    for cue in CUES:
        at = seg.find(cue)
        if at > 0:
            return seg[:at]
    return None


def keep(name, suf, notsuf):
    if not (2 <= len(name) <= 14) or not CJK.match(name):
        return False
    if any(w in name for w in NOT_IN) or name.startswith(NOT_OPENING):
        return False
    if any(name.endswith(w) for w in notsuf):
        return False
    if name.endswith("者") and len(name) < SHORTEST_ZHE and name not in suf:
        return False
    return any(name.endswith(w) and len(name) > len(w) or name == w for w in suf)


def known_names(actors_tsv):
    names = set()
    for path in (actors_tsv, os.path.join(os.path.dirname(actors_tsv), "actor_lexicon.tsv")):
        for line in open(path, encoding="utf-8"):
            kind, _, rest = line.rstrip("\n").partition("\t")
            if kind in ("actor", "lexicon"):
                names.add(rest.split("\t")[0])
    return names


def unknown(name, suf, notsuf, known):
    """A name alone before a cue, of no condition, that no list knows."""
    if not (2 <= len(name) <= 10) or not CJK.match(name) or name in known:
        return False
    if any(w in name for w in NOT_IN) or name.startswith(NOT_OPENING):
        return False
    return not keep(name, suf, notsuf)


def count_names(ch, accept):
    count, laws = collections.Counter(), collections.defaultdict(set)
    for f in sorted(os.listdir(ch)):
        if not f.endswith(".json") or f == "index.json":
            continue
        law = json.load(open(os.path.join(ch, f), encoding="utf-8-sig"))
        for text in texts(law):
            for seg in segments(text):
                name = name_before_cue(seg)
                if name and accept(name):
                    count[name] += 1
                    laws[name].add(f)
    return count, laws


def list_unknown(ch, actors_tsv, least):
    suf, notsuf = suffixes(actors_tsv)
    known = known_names(actors_tsv)
    count, laws = count_names(ch, lambda n: unknown(n, suf, notsuf, known))
    print("# names alone before a cue that no list knows: NAME<TAB>times<TAB>laws")
    for n, c in sorted(count.items(), key=lambda x: (-x[1], x[0])):
        if c >= least:
            print(f"{n}\t{c}\t{len(laws[n])}")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--unknown":
        if len(sys.argv) < 4:
            sys.exit(__doc__)
        list_unknown(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 3)
        return
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    ch, actors_tsv = sys.argv[1], sys.argv[2]
    least = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    suf, notsuf = suffixes(actors_tsv)
    count, laws = count_names(ch, lambda n: keep(n, suf, notsuf))
    kept = [n for n, c in count.items() if (c >= least and len(laws[n]) >= 2) or c >= 2 * least]
    kept.sort(key=lambda n: (-count[n], n))
    print("# actor_lexicon.tsv — bearers found in the corpus itself by tools/actor_lexicon.py:")
    print("# names that stand as the subject right before a cue, alone in their comma")
    print("# segment (交通部民用航空局應…), end like a bearer and hold no condition word;")
    print(f"# kept when seen {least}+ times in two laws or {2 * least}+ in one (national corpus,")
    print("# ch.tar.xz of 2024-10-11). KIND<TAB>NAME<TAB>times seen. Do not edit by hand:")
    print("# add to actors.tsv, or change the tool and run it again.")
    for n in kept:
        print(f"lexicon\t{n}\t{count[n]}")


main()
