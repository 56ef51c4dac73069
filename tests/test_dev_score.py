"""The scorer's numeric and temporal F1 on the shared dev articles (goal: at least 0.95)."""
from __future__ import annotations

from conftest import score_folder, shared_path

NUMERIC_TEMPORAL = {"quantity", "money", "percent", "ratio", "multiplier", "ordinal", "duration", "date", "period"}


def test_dev_numeric_temporal_f1(scorer):
    result = score_folder(scorer, shared_path("eval", "dev"), NUMERIC_TEMPORAL)
    print(f"\ndev numeric+temporal: P {result['precision']:.3f} R {result['recall']:.3f} F1 {result['f1']:.3f}")
    for line in result["errors"]:
        print("  ", line)
    assert result["f1"] >= 0.95, result["errors"][:40]


def test_fixtures_numeric_temporal_f1(scorer):
    """The bundled fixtures (original articles, published dates from fixtures/published.json)."""
    import json

    from conftest import FIXTURES

    published = json.loads((FIXTURES / "published.json").read_text(encoding="utf-8"))
    result = score_folder(scorer, FIXTURES, NUMERIC_TEMPORAL, published)
    print(f"\nfixtures numeric+temporal: P {result['precision']:.3f} R {result['recall']:.3f} F1 {result['f1']:.3f}")
    for line in result["errors"]:
        print("  ", line)
    assert result["f1"] >= 0.95, result["errors"][:40]
