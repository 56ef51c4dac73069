"""The corpus is the test: tests/corpus/{numeral,money,percent,quantity,ratio,multiplier,ordinal}.yaml
pair one expected value with many surface forms; numeric_negative.yaml lists must-not-match inputs."""
from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from vnreport_extract.rules import numeric
from vnreport_extract.rules.base import Context

CORPUS = Path(__file__).parent / "corpus"
FILES = ["numeral", "money", "percent", "quantity", "ratio", "multiplier", "ordinal"]
NUMERIC = {"quantity", "money", "percent", "ratio", "multiplier", "ordinal"}
NULL_DEFAULTS = {"quantity": ("value_max", "approx"), "money": ("value_max", "approx"),
                 "percent": ("value_max", "approx")}
FIELDS = {"quantity": {"value", "value_max", "unit", "approx"},
          "money": {"value", "value_max", "currency", "approx"},
          "percent": {"value", "value_max", "approx"},
          "ratio": {"numerator", "denominator", "unit"},
          "multiplier": {"value", "value_max"}, "ordinal": {"value"}}


def _cases():
    for name in FILES:
        for group in yaml.safe_load((CORPUS / f"{name}.yaml").read_text(encoding="utf-8")):
            for form in group["forms"]:
                text, surface = form[0], form[1]
                expect = dict(group["expect"])
                for key in NULL_DEFAULTS.get(expect["kind"], ()):
                    expect.setdefault(key, None)
                if len(form) > 2:
                    expect.update(form[2])
                for key in ("value", "value_max", "numerator", "denominator"):
                    if isinstance(expect.get(key), str):  # YAML 1.1 reads 5.0068e13 as a string
                        expect[key] = float(expect[key])
                yield pytest.param(text, surface, expect, id=f"{name}:{surface}:{text[:30]}")


def _same(a, b) -> bool:
    if isinstance(b, (int, float)) and not isinstance(b, bool) and b is not None:
        return isinstance(a, (int, float)) and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


@pytest.mark.parametrize("text,surface,expect", list(_cases()))
def test_surface_form(text: str, surface: str, expect: dict) -> None:
    assert surface in text, "bad case: surface not in text"
    hits = numeric.find(text, Context())
    for h in hits:  # every hit is well formed
        assert 0 <= h.start < h.end <= len(text)
        assert set(h.fields) == FIELDS[h.kind]
    start = text.index(surface)
    match = [h for h in hits if h.start == start and h.end == start + len(surface)]
    got = [(h.kind, text[h.start:h.end], h.fields) for h in hits]
    assert match, f"no hit spanning {surface!r}; got {got}"
    h = match[0]
    assert h.kind == expect["kind"], got
    for key, want in expect.items():
        if key == "kind":
            continue
        assert _same(h.fields[key], want), f"{key}: {h.fields[key]!r} != {want!r}; got {got}"


def _negatives():
    for case in yaml.safe_load((CORPUS / "numeric_negative.yaml").read_text(encoding="utf-8")):
        yield pytest.param(case, id=case.get("span") or case["text"][:30])


@pytest.mark.parametrize("case", list(_negatives()))
def test_must_not_match(case: dict) -> None:
    text = case["text"]
    kinds = set(case.get("kinds", NUMERIC))
    span = case.get("span")
    a, b = (text.index(span), text.index(span) + len(span)) if span else (0, len(text))
    bad = [(h.kind, text[h.start:h.end]) for h in numeric.find(text, Context())
           if h.kind in kinds and h.start < b and h.end > a]
    assert not bad, bad


def test_case_count() -> None:
    n = sum(1 for _ in _cases()) + sum(1 for _ in _negatives())
    assert n >= 250, n
