"""People: tests/corpus/person.yaml pairs sentences with the name span and role; must-not-match
cases; short mentions; bylines from ``byline_spans``."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vnreport_extract.rules import people
from vnreport_extract.rules.base import Context

CORPUS = yaml.safe_load((Path(__file__).parent / "corpus" / "person.yaml").read_text(encoding="utf-8"))


def _check_shape(text: str, hits) -> None:
    for h in hits:
        assert h.kind == "person"
        assert 0 <= h.start < h.end <= len(text)
        assert set(h.fields) == {"name", "role"}


@pytest.mark.parametrize("case", CORPUS["cases"], ids=lambda c: c["span"])
def test_person_forms(case: dict) -> None:
    text, span = case["text"], case["span"]
    hits = people.find(text, Context())
    _check_shape(text, hits)
    start = text.index(span)
    match = [h for h in hits if (h.start, h.end) == (start, start + len(span))]
    assert match, [(text[h.start:h.end], h.fields) for h in hits]
    assert match[0].fields["name"] == span
    if "role" in case:
        assert match[0].fields["role"] == case["role"]


@pytest.mark.parametrize("case", CORPUS["negatives"], ids=lambda c: c["text"][:30])
def test_person_negatives(case: dict) -> None:
    text, span = case["text"], case["span"]
    a, b = (text.index(span), text.index(span) + len(span)) if span else (0, len(text))
    bad = [text[h.start:h.end] for h in people.find(text, Context()) if h.start < b and h.end > a]
    assert not bad


@pytest.mark.parametrize("case", CORPUS["short_mentions"], ids=lambda c: c["span"])
def test_short_mention(case: dict) -> None:
    text = case["text"]
    start = text.rindex(case["span"])
    hits = [h for h in people.find(text, Context()) if h.start == start]
    assert hits and hits[0].fields["name"] == case["name"]
    assert hits[0].priority < 0


def test_short_mention_needs_full_name() -> None:
    text = "Theo ông Hưng, việc này cần làm sớm."
    assert people.find(text, Context()) == []


@pytest.mark.parametrize("case", CORPUS["bylines"], ids=lambda c: c["byline"])
def test_bylines(case: dict) -> None:
    text = case["text"]
    a = text.index(case["byline"])
    ctx = Context(extras={"byline_spans": [(a, a + len(case["byline"]))]})
    got = [text[h.start:h.end] for h in people.find(text, ctx) if a <= h.start < a + len(case["byline"])]
    assert got == case["names"]
    assert all(h.fields["role"] is None for h in people.find(text, ctx))


def test_bylines_ignored_without_spans() -> None:
    assert people.find("Nội dung bài viết.\nKhánh Linh", Context()) == []


def test_uncle_ho() -> None:
    text = "Làm theo lời Bác Hồ dạy."
    hits = people.find(text, Context())
    assert [(text[h.start:h.end], h.fields["name"]) for h in hits] == [("Hồ", "Hồ Chí Minh")]


def test_trie_regex_longest() -> None:
    import re

    pat = re.compile(people.trie_regex(["Chủ tịch", "Chủ tịch nước", "Phó Chủ tịch"]) + r"(?!\w)")
    assert pat.match("Chủ tịch nước Võ").group() == "Chủ tịch nước"
    assert pat.match("Chủ tịch UBND").group() == "Chủ tịch"
    assert people.case_variants("Phó Chủ tịch") >= {"phó chủ tịch", "Phó chủ tịch", "Phó Chủ Tịch"}
    assert people.case_variants("PGS.TS") == {"PGS.TS"}


@pytest.mark.parametrize("byline,names", [
    ("Minh Anh - Thanh Thủy", ["Minh Anh", "Thanh Thủy"]),   # Thanh Thủy is also a district
    ("Hoài Nhơn", ["Hoài Nhơn"]),                             # and a town
])
def test_byline_names_win_over_places_of_the_same_span(byline: str, names: list[str]) -> None:
    from vnreport_extract import extract

    text = f"Tỉnh tổng kết công tác năm\n\n{byline}\n\nSáng 5/7, Tỉnh ủy Nghệ An tổ chức hội nghị tại huyện Thanh Thủy."
    art = extract(text)
    a = text.index(byline)
    inside = [(r.kind, r.text) for r in art.records if a <= r.start < a + len(byline)]
    assert inside == [("person", n) for n in names]
    assert ("location", "huyện Thanh Thủy") in [(r.kind, r.text) for r in art.records]
