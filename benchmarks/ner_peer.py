#!/usr/bin/env python3
"""Named kinds against the peer: ``underthesea.ner`` on the same articles, same scorer.

    python benchmarks/ner_peer.py                      # ../shared/eval/dev
    python benchmarks/ner_peer.py DIR --json out/ner_peer.json

underthesea's CRF tags (ORG, LOC, PER) are mapped to ``body``, ``location`` and ``person`` records
with offsets aligned back onto the text, and both systems are scored by ../shared/eval/score.py
(named kinds match on span overlap of at least half the shorter span). Also reports the time each
takes per article.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / ".." / "shared" / "eval" / "dev"
SCORER = ROOT / ".." / "shared" / "eval" / "score.py"
TAG_KIND = {"ORG": "body", "LOC": "location", "PER": "person"}
KINDS = ("body", "location", "person")


def load_scorer():
    spec = importlib.util.spec_from_file_location("vnr_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def peer_records(text: str) -> list[dict]:
    """underthesea.ner over each line, its BIO entities turned into records with offsets in ``text``."""
    from underthesea import ner

    records: list[dict] = []
    line_start = 0
    for line in text.split("\n"):
        if line.strip():
            pos, current = line_start, None
            for token, _pos, _chunk, tag in ner(line):
                at = text.find(token, pos, line_start + len(line))
                if at < 0:  # underthesea changed the token's spelling: skip it, keep aligning
                    current = None
                    continue
                end = at + len(token)
                pos = end
                kind = TAG_KIND.get(tag[2:]) if tag != "O" else None
                if kind and tag.startswith("I-") and current and current["kind"] == kind:
                    current["end"] = end
                elif kind:
                    current = {"kind": kind, "start": at, "end": end}
                    records.append(current)
                else:
                    current = None
        line_start += len(line) + 1
    for r in records:
        r["text"] = text[r["start"]:r["end"]]
        r["name"] = r["text"]
    return records


def score(scorer, folder: Path, predict) -> tuple[dict, float]:
    tally = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    fields = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    errors: list[str] = []
    seconds = 0.0
    golds = sorted(folder.glob("*.gold.json"))
    for gold_path in golds:
        name = gold_path.name[: -len(".gold.json")]
        t0 = time.perf_counter()
        article = predict((folder / f"{name}.txt").read_text(encoding="utf-8"))
        seconds += time.perf_counter() - t0
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        gold = {**gold, "records": [g for g in gold["records"] if g["kind"] in KINDS]}
        article = {**article, "records": [r for r in article["records"] if r["kind"] in KINDS]}
        scorer.score_article(article, gold, tally, fields, errors, name)
    out = {}
    for kind in KINDS:
        t = tally[kind]
        out[kind] = dict(zip(("precision", "recall", "f1"), scorer._prf(t["tp"], t["fp"], t["fn"])))
    return out, seconds / max(1, len(golds))


def ours(text: str) -> dict:
    from vnreport_extract import extract

    return extract(text).model_dump(mode="json")


def peer(text: str) -> dict:
    from vnreport_extract.text.normalize import normalize

    norm = normalize(text).text  # the same text the scorer locates gold in
    return {"text": norm, "records": peer_records(norm)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, nargs="?", default=DEV)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    scorer = load_scorer()
    ours("Năm 2022.")
    peer("Năm 2022.")
    rows = {"vnreport_extract": score(scorer, args.folder, ours), "underthesea.ner": score(scorer, args.folder, peer)}
    print(f"named kinds on {args.folder.resolve()} (scorer F1; time per article)")
    print(f"{'':<20}" + "".join(f"{k:>12}" for k in KINDS) + f"{'ms/article':>12}")
    for name, (figs, sec) in rows.items():
        print(f"{name:<20}" + "".join(f"{figs[k]['f1']:>12.3f}" for k in KINDS) + f"{sec * 1000:>12.1f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({k: {"f1": v[0], "seconds_per_article": v[1]} for k, v in rows.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
