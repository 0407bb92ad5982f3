#!/usr/bin/env python3
"""Sanity checks for config/eval/dailypapers-dev.tsv.

Usage: python3 config/eval/check_devset.py [TSV] [CORPUS_DAYS_DIR]
Defaults: the TSV next to this script, /work/shared/corpus/days.
Exit status 0 when every check passes.
"""
import collections
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "dailypapers-dev.tsv")
DAYS = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/corpus/days"
MINIMUMS = {"ko": 30, "en": 25, "mixed": 25, "author": 20, "variant": 60}
MIN_ROWS = 170

corpus_ids = set()
for path in glob.glob(os.path.join(DAYS, "*.md")):
    with open(path, encoding="utf-8") as f:
        corpus_ids.update(re.findall(r"^### \[.*\]\(https://arxiv\.org/abs/([^)\s]+)\)", f.read(), re.M))

errors = []
with open(TSV, encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
if not lines or lines[0] != "qid\tkind\tquery\trelevant":
    errors.append("bad or missing header")
rows = lines[1:]
qids = collections.Counter()
kinds = collections.Counter()
for n, line in enumerate(rows, start=2):
    cols = line.split("\t")
    if len(cols) != 4:
        errors.append(f"line {n}: {len(cols)} columns")
        continue
    qid, kind, query, relevant = cols
    qids[qid] += 1
    kinds[kind] += 1
    if kind not in MINIMUMS:
        errors.append(f"line {n}: unknown kind {kind!r}")
    if not query.strip() or query != query.strip():
        errors.append(f"line {n}: empty query or stray whitespace")
    ids = relevant.split(",")
    for i in ids:
        if i not in corpus_ids:
            errors.append(f"line {n}: relevant id {i!r} not in corpus")
for qid, c in qids.items():
    if c > 1:
        errors.append(f"duplicate qid {qid}")
if len(rows) < MIN_ROWS:
    errors.append(f"only {len(rows)} rows (< {MIN_ROWS})")
for kind, minimum in MINIMUMS.items():
    if kinds[kind] < minimum:
        errors.append(f"kind {kind}: {kinds[kind]} rows (< {minimum})")

print(f"corpus ids: {len(corpus_ids)}, rows: {len(rows)}, kinds: {dict(kinds)}")
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
