#!/usr/bin/env python3
"""Score the library with the shared scorer on a folder of articles with gold.

    python benchmarks/quality.py                       # fixtures/ (with fixtures/published.json)
    python benchmarks/quality.py ../shared/eval/dev    # the shared dev articles
    python benchmarks/quality.py DIR --errors          # list every miss and spurious record

Writes the predictions as JSON lines (the scorer's --pred format) to out/, passing each
article's publication date from DIR/published.json when there is one, then runs
../shared/eval/score.py on them.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT / ".." / "shared" / "eval" / "score.py"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, nargs="?", default=ROOT / "fixtures")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)

    from vnreport_extract import extract

    pub_file = args.folder / "published.json"
    published = json.loads(pub_file.read_text(encoding="utf-8")) if pub_file.exists() else {}
    out = ROOT / "out" / f"pred-{args.folder.resolve().name}.jsonl"
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for gold in sorted(args.folder.glob("*.gold.json")):
            name = gold.name[: -len(".gold.json")]
            article = extract((args.folder / f"{name}.txt").read_text(encoding="utf-8"), published=published.get(name))
            fh.write(json.dumps({"name": name, "article": article.model_dump(mode="json")}, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(SCORER), str(args.folder), "--pred", str(out)] + (["--errors"] if args.errors else [])
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
