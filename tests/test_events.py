"""Events: tests/corpus/event.yaml pairs sentences with the event span and ordinal; must-not-match
cases (counts, bare heads, generic mentions)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vnreport_extract.rules import events
from vnreport_extract.rules.base import Context

CORPUS = yaml.safe_load((Path(__file__).parent / "corpus" / "event.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CORPUS["cases"], ids=lambda c: c["span"])
def test_event_forms(case: dict) -> None:
    text, span = case["text"], case["span"]
    hits = events.find(text, Context())
    for h in hits:
        assert h.kind == "event" and 0 <= h.start < h.end <= len(text)
        assert set(h.fields) == {"name", "ordinal"}
    start = text.index(span)
    match = [h for h in hits if (h.start, h.end) == (start, start + len(span))]
    assert match, [(text[h.start:h.end], h.fields) for h in hits]
    assert match[0].fields["ordinal"] == case["ordinal"]
    assert match[0].fields["name"] == span


@pytest.mark.parametrize("case", CORPUS["negatives"], ids=lambda c: c["text"][:30])
def test_event_negatives(case: dict) -> None:
    text, span = case["text"], case["span"]
    a = text.index(span)
    b = a + len(span)
    bad = [text[h.start:h.end] for h in events.find(text, Context()) if h.start < b and h.end > a]
    assert not bad


@pytest.mark.parametrize("span,value", [
    ("Hội nghị lần thứ 12", 12), ("Đại hội lần thứ IV", 4), ("Đại hội Đảng bộ quận khóa V", 5),
    ("Kỳ họp thứ 10, HĐND tỉnh khóa XVII", 10), ("Hội nghị lần X", 10), ("Hội nghị Trung ương 8", 8),
    ("Hội nghị lần thứ mười hai", 12), ("phiên họp thứ nhất", 1), ("Đại hội XIII", 13), ("Hội thảo khoa học", None),
])
def test_ordinal_of(span: str, value: int | None) -> None:
    assert events.ordinal_of(span) == value
