"""Shared fixtures: where the shared data lives, and the scorer loaded from it."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
FIXTURES = ROOT / "fixtures"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found at {path} (CI lays ../shared beside the clone)")
    return path


@pytest.fixture(scope="session")
def scorer():
    """The project's scorer module (../shared/eval/score.py), standard library only."""
    path = shared_path("eval", "score.py")
    spec = importlib.util.spec_from_file_location("vnr_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_folder(scorer, folder: Path, kinds: set[str], published: dict | None = None):
    """Run extract() over folder/*.txt with gold beside it; micro P/R/F1 over ``kinds`` and the errors."""
    from collections import defaultdict

    from vnreport_extract import extract

    tally = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    fields = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    errors: list[str] = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        pub = (published or {}).get(name)
        article = extract(text, published=pub).model_dump(mode="json")
        scorer.score_article(article, json.loads(gold_path.read_text(encoding="utf-8")), tally, fields, errors, name)
    tp = sum(tally[k]["tp"] for k in kinds)
    fp = sum(tally[k]["fp"] for k in kinds)
    fn = sum(tally[k]["fn"] for k in kinds)
    p, r, f = scorer._prf(tp, fp, fn)
    kind_errors = [e for e in errors if any(f" {k} " in e for k in kinds)]
    return {"precision": p, "recall": r, "f1": f, "tally": dict(tally), "errors": kind_errors}
