#!/usr/bin/env python3
"""Checks for the technical-vocabulary cross-language sets
(crosslingual-terms-dev.tsv, crosslingual-terms-holdout.tsv).

Usage: python3 config/eval/check_crosslingual_terms.py [TSV ...] [--corpus CORPUS_DAYS_DIR]
Defaults: both TSVs next to this script, /work/shared/corpus/days.
Prints every violation; exit status 1 if there is any, 0 otherwise.

Format: UTF-8, LF only, header `qid<TAB>kind<TAB>query<TAB>relevant<TAB>korean_or_english`,
5 columns, no stray whitespace, qids `<kind>-tNNN` (dev) / `<kind>-thNN` (holdout) numbered
1, 2, .. per kind, kind in {en2ko, ko2en}, rows sorted by kind (en2ko first) then by the digest
date of the relevant paper, exactly one relevant arXiv id per row, present in the corpus, no id
twice (across all files checked) and no id that occurs in any other *.tsv of this folder
(crosslingual-dev/holdout, related-pairs etc. included). Expected row counts per kind for the
two known file names (dev 30/20, holdout 20/10).

en2ko (English query, target summary in Korean):
- content words: Latin-letter runs of the query (hyphens split words), lowercased, minus stop
  words and single letters; 2..4 of them; no Hangul in the query.
- (a) no content word matches the target's title or any Latin-letter word of its summary
  (crude stemmer of check_crosslingual.py; equal stems, or one stem a prefix of the other when
  the shorter has >= 4 letters);
- (b) every content word occurs in the titles of >= 3 other corpus papers (a title word whose
  stem equals the query word's stem, or starts with it when that stem has >= 4 letters);
- (c) column 5 is `word=korean; word=korean ...`, one entry per content word (no missing,
  no extra), each Korean word (several allowed, separated by `,`) occurs in the target summary.
ko2en (Korean query, target title in English):
- content words: whitespace tokens, all Hangul, one trailing particle stripped
  (은/는/이/가/을/를/의/에/로/으로/와/과, not for nouns in NOSTRIP); 2..4 of them.
- (a) no content word occurs in the target summary (as written, or with all whitespace removed);
- (b) every content word occurs in the summaries of >= 3 other papers (same test);
- (c) column 5 is `korean=english; ...`, one entry per content word, each English word (several
  allowed, separated by `,`) occurs in the target title, case-insensitively, at a word start.
The template labels (What's New / Technical Details / Performance Highlights) are not summary text.
Whether a query has a single best answer is not checkable here; it was judged by hand.
"""
import collections
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_crosslingual as cc  # noqa: E402  (reuse stemmer, corpus loader, stop words)

DEFAULT_TSVS = [os.path.join(HERE, "crosslingual-terms-dev.tsv"),
                os.path.join(HERE, "crosslingual-terms-holdout.tsv")]
HEADER = "qid\tkind\tquery\trelevant\tkorean_or_english"
KINDS = ("en2ko", "ko2en")
EXPECTED = {
    "crosslingual-terms-dev.tsv": {"en2ko": 30, "ko2en": 20},
    "crosslingual-terms-holdout.tsv": {"en2ko": 20, "ko2en": 10},
}
QID = {"dev": re.compile(r"^(en2ko|ko2en)-t(\d{3})$"), "holdout": re.compile(r"^(en2ko|ko2en)-th(\d{2})$")}
STOP = cc.STOP | set("one two three any all more less most few many very can".split())
PARTICLES = ["으로", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과"]
# nouns that end in a particle-like syllable and must stay whole
NOSTRIP = set("전문가 예술가 평가 대가 결과 효과 회로 경로 차이 길이 깊이 높이 놀이 정의 회의 동의 "
              "플레이 디스플레이 마이크로 매크로".split())
MIN_OTHER = 3


def load_corpus(days):
    """id -> {title, summary, date}; date = first digest date of the id."""
    papers = cc.load_corpus(days)
    for path in sorted(glob.glob(os.path.join(days, "*.md"))):
        date = os.path.basename(path)[:-3]
        with open(path, encoding="utf-8") as f:
            for pid in re.findall(r"^### \[.*\]\(https://arxiv\.org/abs/([^)\s]+)\)", f.read(), re.M):
                if pid in papers and "date" not in papers[pid]:
                    papers[pid]["date"] = date
    for p in papers.values():
        p["nospace"] = re.sub(r"\s+", "", p["summary"])
        p["tstems"] = {cc.stem(w) for w in cc.latin_words(p["title"])}
        p["sstems"] = {cc.stem(w) for w in cc.latin_words(p["summary"])}
    return papers


def en_content_words(query):
    return [w.lower() for w in re.findall(r"[A-Za-z]+", query) if len(w) >= 2 and w.lower() not in STOP]


def ko_content_words(query):
    words = []
    for tok in query.split():
        if tok in NOSTRIP:
            words.append(tok)
            continue
        core = tok
        for p in PARTICLES:
            if tok.endswith(p) and len(tok) - len(p) >= 2:
                core = tok[: -len(p)]
                break
        words.append(core)
    return words


def title_has_prefix(stems, s):
    return any(t == s or (len(s) >= 4 and t.startswith(s)) for t in stems)


def in_summary(word, p):
    return word in p["summary"] or re.sub(r"\s+", "", word) in p["nospace"]


def parse_map(col, errors, where):
    entries = {}
    for part in col.split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            errors.append(f"{where}: bad map entry {part!r} (want word=translation)")
            continue
        key, val = (x.strip() for x in part.split("=", 1))
        vals = [v.strip() for v in val.split(",") if v.strip()]
        if not key or not vals:
            errors.append(f"{where}: empty key or value in {part!r}")
            continue
        if key.lower() in entries:
            errors.append(f"{where}: duplicate map key {key!r}")
        entries[key.lower()] = vals
    return entries


class Counters:
    def __init__(self, papers):
        self.papers = papers
        self._title = {}
        self._summ = {}

    def titles_with(self, stem):
        if stem not in self._title:
            self._title[stem] = {pid for pid, p in self.papers.items() if title_has_prefix(p["tstems"], stem)}
        return self._title[stem]

    def summaries_with(self, word):
        if word not in self._summ:
            self._summ[word] = {pid for pid, p in self.papers.items() if in_summary(word, p)}
        return self._summ[word]


def check_en2ko(where, query, pid, p, col, ctr, errors):
    if re.search(r"[가-힣]", query):
        errors.append(f"{where}: en2ko query contains Hangul")
    words = en_content_words(query)
    if not 2 <= len(words) <= 4:
        errors.append(f"{where}: {len(words)} content words {words} (want 2-4)")
    mapping = parse_map(col, errors, where)
    for w in words:
        s = cc.stem(w)
        if any(cc.stems_match(s, t) for t in p["tstems"]):
            errors.append(f"{where}: (a) {w!r} matches a word of the target title")
        if any(cc.stems_match(s, t) for t in p["sstems"]):
            errors.append(f"{where}: (a) {w!r} occurs in Latin letters in the target summary")
        n = len(ctr.titles_with(s) - {pid})
        if n < MIN_OTHER:
            errors.append(f"{where}: (b) {w!r} is in only {n} other titles (want >= {MIN_OTHER})")
        if w not in mapping:
            errors.append(f"{where}: (c) no Korean entry for {w!r}")
            continue
        for k in mapping[w]:
            if not re.search(r"[가-힣]", k):
                errors.append(f"{where}: (c) entry for {w!r} is not Korean: {k!r}")
            elif not in_summary(k, p):
                errors.append(f"{where}: (c) Korean {k!r} (for {w!r}) not in the target summary")
    for key in mapping:
        if key not in words:
            errors.append(f"{where}: (c) map key {key!r} is not a content word of the query")


def check_ko2en(where, query, pid, p, col, ctr, errors):
    toks = query.split()
    for t in toks:
        if not re.fullmatch(r"[가-힣]+", t):
            errors.append(f"{where}: ko2en token {t!r} is not all Hangul")
    words = ko_content_words(query)
    if not 2 <= len(words) <= 4:
        errors.append(f"{where}: {len(words)} content words {words} (want 2-4)")
    mapping = parse_map(col, errors, where)
    title = p["title"].lower()
    for k in words:
        if in_summary(k, p):
            errors.append(f"{where}: (a) {k!r} occurs in the target summary")
        n = len(ctr.summaries_with(k) - {pid})
        if n < MIN_OTHER:
            errors.append(f"{where}: (b) {k!r} is in only {n} other summaries (want >= {MIN_OTHER})")
        if k.lower() not in mapping:
            errors.append(f"{where}: (c) no English entry for {k!r}")
            continue
        for e in mapping[k.lower()]:
            if not re.search(r"(?<![a-z])" + re.escape(e.lower()), title):
                errors.append(f"{where}: (c) English {e!r} (for {k!r}) not in the target title")
    for key in mapping:
        if key not in [w.lower() for w in words]:
            errors.append(f"{where}: (c) map key {key!r} is not a content word of the query")


def check_file(tsv, papers, ctr):
    errors = []
    name = os.path.basename(tsv)
    flavour = "holdout" if "holdout" in name else "dev"
    with open(tsv, "rb") as f:
        raw = f.read()
    if b"\r" in raw:
        errors.append(f"{name}: CR characters (need LF line endings)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"{name}: not UTF-8 ({exc})"], collections.Counter(), []
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    lines = [ln.rstrip("\r") for ln in text.split("\n")]  # CR already reported above
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != HEADER:
        errors.append(f"{name}: bad or missing header")
    kinds = collections.Counter()
    ids = []
    seen_qids = set()
    last = None  # (kind index, date)
    for n, line in enumerate(lines[1:], start=2):
        where = f"{name}:{n}"
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"{where}: {len(cols)} columns (want 5)")
            continue
        if any(c != c.strip() or not c for c in cols):
            errors.append(f"{where}: empty column or stray whitespace")
        qid, kind, query, pid, col = (c.strip() for c in cols)
        if kind not in KINDS:
            errors.append(f"{where}: unknown kind {kind!r}")
            continue
        kinds[kind] += 1
        m = QID[flavour].match(qid)
        if not m or m.group(1) != kind or int(m.group(2)) != kinds[kind]:
            want = f"{kind}-t{kinds[kind]:03d}" if flavour == "dev" else f"{kind}-th{kinds[kind]:02d}"
            errors.append(f"{where}: qid {qid!r}, expected {want!r}")
        if qid in seen_qids:
            errors.append(f"{where}: duplicate qid {qid}")
        seen_qids.add(qid)
        if "," in pid or pid not in papers:
            errors.append(f"{where}: relevant {pid!r} is not exactly one corpus id")
            continue
        ids.append(pid)
        p = papers[pid]
        key = (KINDS.index(kind), p.get("date", ""))
        if last is not None and key < last:
            errors.append(f"{where}: not sorted by kind, then date ({kind} {p.get('date')})")
        last = key
        if kind == "en2ko":
            check_en2ko(where, query, pid, p, col, ctr, errors)
        else:
            check_ko2en(where, query, pid, p, col, ctr, errors)
    if name in EXPECTED:
        for kind, want in EXPECTED[name].items():
            if kinds[kind] != want:
                errors.append(f"{name}: {kinds[kind]} {kind} rows (want {want})")
    return errors, kinds, ids


def main(argv):
    days, tsvs = cc.parse_args(argv, DEFAULT_TSVS)
    papers = load_corpus(days)
    ctr = Counters(papers)
    total = 0
    where_id = collections.defaultdict(list)
    for tsv in tsvs:
        errors, kinds, ids = check_file(tsv, papers, ctr)
        for pid in ids:
            where_id[pid].append(os.path.basename(tsv))
        print(f"{os.path.basename(tsv)}: corpus ids {len(papers)}, rows {sum(kinds.values())}, kinds {dict(kinds)}")
        for e in errors:
            print("ERROR", e)
        total += len(errors)
    for pid, files in where_id.items():
        if len(files) > 1:
            print("ERROR", f"relevant id {pid} used {len(files)} times ({', '.join(files)})")
            total += 1
    # targets must be new: no arXiv id that occurs anywhere in the other *.tsv files of this folder
    others = {}
    checked = {os.path.abspath(t) for t in tsvs} | {os.path.abspath(t) for t in DEFAULT_TSVS}
    for path in sorted(glob.glob(os.path.join(HERE, "*.tsv"))):
        if os.path.abspath(path) in checked:
            continue
        with open(path, encoding="utf-8") as f:
            for rid in re.findall(r"\b\d{4}\.\d{4,5}\b", f.read()):
                others.setdefault(rid, os.path.basename(path))
    for pid in where_id:
        if pid in others:
            print("ERROR", f"relevant id {pid} already occurs in {others[pid]}")
            total += 1
    print("OK" if not total else f"{total} error(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
