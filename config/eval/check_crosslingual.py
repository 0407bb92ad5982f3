#!/usr/bin/env python3
"""Checks for the cross-language known-item sets (crosslingual-dev.tsv, crosslingual-holdout.tsv).

Usage: python3 config/eval/check_crosslingual.py [TSV ...] [--corpus CORPUS_DAYS_DIR]
Defaults: both TSVs next to this script, /work/shared/corpus/days.
Exit status 0 when every check passes, 1 otherwise (violations are printed).

Format checks: header `qid<TAB>kind<TAB>query<TAB>relevant`, 4 columns, LF endings, unique qids,
kind in {en2ko, ko2en}, 2-5 words per query, exactly one relevant id per row, present in the corpus,
no id twice, and no id that occurs in another *.tsv set in this folder.

Language rule (the point of these sets: the query and the target share no surface words):
- en2ko: English query. Each content word (stop words dropped, >= 3 letters) is stemmed; it is
  a hit if its stem matches the stem of any word of the target's English title or of any
  Latin-letter word of its summary (equal stems, or one stem a prefix of the other when the
  shorter has >= 4 letters). At most one hit is allowed. The template section labels
  (**What's New**, **Technical Details**, **Performance Highlights**) are not counted as
  summary text.
- ko2en: Korean query. Each Hangul word, stripped of one trailing common particle, is a hit if
  it occurs as a substring of the target's summary (as written, or with all spaces removed).
  Latin words in a ko2en query (e.g. "LLM") are hits if they occur in the target summary (same
  stem rule). At most one hit in total is allowed.
For both kinds a query whose every word is a hit also fails.
"""
import collections
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TSVS = [os.path.join(HERE, "crosslingual-dev.tsv"), os.path.join(HERE, "crosslingual-holdout.tsv")]
KINDS = {"en2ko", "ko2en"}
HEADER = "qid\tkind\tquery\trelevant"

STOP = set("""
a an the of for in on to with without by from via and or not no as at into onto over under than then
is are be been being it its this that these those what which who how why when where do does did
using use used based vs versus per about across between through their our your my we you they i
""".split())

# section labels written by the digest template in most summaries since 2024-06; not paper content
HEADERS = re.compile(r"\*+(What's New|What\u2019s New|Technical Details|Performance Highlights)\*+:?")

PARTICLES = ["으로", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과"]

# longest first; stripping stops when fewer than 3 letters would remain
SUFFIXES = sorted("""
ational ization izations isation ations ation ators ator ities ity iveness fulness ousness
ments ment nesses ness ings ing edly ed ers er ies ied es s ly ive ives ional al ics ic
ists ist isms ism able ible ance ence ants ents ant ent ous
""".split(), key=len, reverse=True)


def stem(word):
    w = word.lower()
    for _ in range(2):
        for suf in SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[: -len(suf)]
                if suf in ("ies", "ied"):
                    w += "y"
                break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w.endswith("y"):
        w = w[:-1]
    return w


def stems_match(a, b):
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short)


def latin_words(text):
    return re.findall(r"[A-Za-z]+", text)


def content_words(query):
    return [w for w in latin_words(query) if len(w) >= 3 and w.lower() not in STOP]


def strip_particle(word):
    for p in PARTICLES:
        if word.endswith(p) and len(word) - len(p) >= 2:
            return word[: -len(p)]
    return word


def load_corpus(days):
    papers = {}
    for path in sorted(glob.glob(os.path.join(days, "*.md"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for block in re.split(r"^### ", text, flags=re.M)[1:]:
            m = re.match(r"\[(.*)\]\(https://arxiv\.org/abs/([^)\s]+)\)", block)
            if not m:
                continue
            title, pid = m.group(1), m.group(2)
            body = block[m.end():]
            am = re.search(r"^Authors: .*$", body, re.M)
            summary = body[am.end():] if am else body
            summary = re.sub(r"!\[\]\([^)]*\)", "", summary)
            summary = re.sub(r"^Vote: \d+\s*$", "", summary, flags=re.M)
            summary = HEADERS.sub("", summary)
            p = papers.setdefault(pid, {"title": title, "summary": ""})
            p["summary"] += "\n" + summary
    return papers


def en_hits(query, paper):
    target_stems = {stem(w) for w in latin_words(paper["title"]) + latin_words(paper["summary"])}
    hits = []
    for w in content_words(query):
        s = stem(w)
        if any(stems_match(s, t) for t in target_stems):
            hits.append(w)
    return hits


def ko_hits(query, paper):
    summ = paper["summary"]
    nospace = re.sub(r"\s+", "", summ)
    hits = []
    for w in query.split():
        if re.search(r"[가-힣]", w):
            core = strip_particle(re.sub(r"[^가-힣]", "", w))
            if core and (core in summ or core in nospace):
                hits.append(w)
    latin_q = " ".join(re.findall(r"[A-Za-z]+", query))
    hits += en_hits(latin_q, paper) if latin_q else []
    return hits


def check(tsv, papers):
    errors = []
    with open(tsv, "rb") as f:
        raw = f.read()
    if b"\r" in raw:
        errors.append("CR characters (need LF line endings)")
    lines = raw.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != HEADER:
        errors.append("bad or missing header")
    qids = collections.Counter()
    kinds = collections.Counter()
    ids = collections.Counter()
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"line {n}: {len(cols)} columns")
            continue
        qid, kind, query, relevant = cols
        qids[qid] += 1
        kinds[kind] += 1
        ids[relevant] += 1
        if kind not in KINDS:
            errors.append(f"line {n}: unknown kind {kind!r}")
            continue
        if not query.strip() or query != query.strip():
            errors.append(f"line {n}: empty query or stray whitespace")
        if "," in relevant or relevant not in papers:
            errors.append(f"line {n}: relevant {relevant!r} is not one corpus id")
            continue
        paper = papers[relevant]
        if kind == "en2ko":
            if re.search(r"[가-힣]", query):
                errors.append(f"line {n}: en2ko query contains Hangul")
            words = content_words(query)
            hits = en_hits(query, paper)
        else:
            if not re.search(r"[가-힣]", query):
                errors.append(f"line {n}: ko2en query has no Hangul")
            words = query.split()
            hits = ko_hits(query, paper)
        if not 2 <= len(query.split()) <= 5:
            errors.append(f"line {n}: {len(query.split())} words (want 2-5)")
        if len(hits) > 1 or (words and len(hits) >= len(words)):
            errors.append(f"line {n}: {qid} {query!r} -> {relevant}: words found in target: {hits}")
    for qid, c in qids.items():
        if c > 1:
            errors.append(f"duplicate qid {qid}")
    for rid, c in ids.items():
        if c > 1:
            errors.append(f"relevant id {rid} used by {c} rows")
    return errors, kinds, len(lines) - 1


def parse_args(argv, default_tsvs):
    """The corpus days folder (--corpus DIR) and the TSV files named, or the default ones."""
    days = "/work/shared/corpus/days"
    tsvs = []
    i = 0
    while i < len(argv):
        if argv[i] == "--corpus":
            days = argv[i + 1]
            i += 2
        else:
            tsvs.append(argv[i])
            i += 1
    return days, tsvs or default_tsvs


def main(argv):
    days, tsvs = parse_args(argv, DEFAULT_TSVS)
    papers = load_corpus(days)
    total = 0
    seen = collections.defaultdict(list)
    for tsv in tsvs:
        errors, kinds, nrows = check(tsv, papers)
        with open(tsv, encoding="utf-8") as f:
            for line in f.read().split("\n")[1:]:
                cols = line.split("\t")
                if len(cols) == 4:
                    seen[cols[3]].append(os.path.basename(tsv))
        print(f"{os.path.basename(tsv)}: corpus ids {len(papers)}, rows {nrows}, kinds {dict(kinds)}")
        for e in errors:
            print("ERROR", e)
        total += len(errors)
    # targets must be new papers: no arXiv id that occurs in the other *.tsv sets of this folder
    others = {}
    for path in glob.glob(os.path.join(HERE, "*.tsv")):
        if os.path.basename(path).startswith("crosslingual-"):
            continue
        with open(path, encoding="utf-8") as f:
            for rid in re.findall(r"\b\d{4}\.\d{4,5}\b", f.read()):
                others[rid] = os.path.basename(path)
    for rid, files in seen.items():
        if rid in others:
            print("ERROR", f"relevant id {rid} is already used in {others[rid]}")
            total += 1
    for rid, files in seen.items():
        if len(set(files)) > 1:
            print("ERROR", f"relevant id {rid} in several files: {sorted(set(files))}")
            total += 1
    print("OK" if not total else f"{total} error(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
