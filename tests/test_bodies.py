"""The corpus is the test: tests/corpus/body.yaml pairs one expected body with many surface
forms, coreference cases and a must-not-match list (sentences written for this project)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vnreport_extract.rules import bodies
from vnreport_extract.rules.base import Context, Hit

CORPUS = yaml.safe_load((Path(__file__).parent / "corpus" / "body.yaml").read_text(encoding="utf-8"))
CATEGORIES = {"party", "state", "council", "front", "mass_org", "court", "procuracy", "enterprise", "other"}
LEVELS = {"central", "province", "district", "commune", None}


def _check(text: str, surface: str, expect: dict) -> None:
    assert surface in text, "bad case: surface not in text"
    hits = bodies.find(text, Context())
    for h in hits:
        assert 0 <= h.start < h.end <= len(text)
        assert h.kind == "body" and set(h.fields) == {"name", "category", "level"}
        assert h.fields["category"] in CATEGORIES and h.fields["level"] in LEVELS
    start = text.index(surface)
    got = [(text[h.start:h.end], h.fields) for h in hits]
    match = [h for h in hits if h.start == start and h.end == start + len(surface)]
    assert match, f"no body spanning {surface!r}; got {got}"
    for key, want in expect.items():
        assert match[0].fields[key] == want, f"{key}: {match[0].fields[key]!r} != {want!r}"


@pytest.mark.parametrize("text,surface,expect", [
    pytest.param(f[0], f[1], g["expect"], id=f"{f[1]}:{f[0][:25]}") for g in CORPUS["positive"] for f in g["forms"]])
def test_surface_form(text: str, surface: str, expect: dict) -> None:
    _check(text, surface, expect)


@pytest.mark.parametrize("case", CORPUS["coreference"], ids=lambda c: c["surface"])
def test_coreference(case: dict) -> None:
    text = case["text"]
    # the surface is the last occurrence: the mention to resolve
    start = text.rindex(case["surface"])
    hits = [h for h in bodies.find(text, Context()) if h.start == start]
    assert hits and hits[0].end == start + len(case["surface"]), [text[h.start:h.end] for h in bodies.find(text, Context())]
    for key, want in case["expect"].items():
        assert hits[0].fields[key] == want


@pytest.mark.parametrize("case", CORPUS["negative"], ids=lambda c: c.get("span") or c["text"][:30])
def test_must_not_match(case: dict) -> None:
    text = case["text"]
    span = case.get("span")
    a, b = (text.index(span), text.index(span) + len(span)) if span else (0, len(text))
    bad = [text[h.start:h.end] for h in bodies.find(text, Context()) if h.start < b and h.end > a]
    assert not bad, bad


def test_nested_body_in_event_name() -> None:
    text = "Quận ủy Đống Đa tổ chức Hội nghị Ban Chấp hành lần thứ 12 nhiệm kỳ 2020 - 2025."
    got = {text[h.start:h.end] for h in bodies.find(text, Context())}
    assert got == {"Quận ủy Đống Đa", "Ban Chấp hành"}


def test_list_of_bodies() -> None:
    text = "Các nhiệm vụ Trung ương, Thành ủy, Quận ủy đề ra đều hoàn thành."
    got = [text[h.start:h.end] for h in bodies.find(text, Context())]
    assert got == ["Trung ương", "Thành ủy", "Quận ủy"]


def test_hits_are_in_order_and_disjoint() -> None:
    text = ("Chủ tịch UBND tỉnh Quảng Ninh và Bí thư Tỉnh ủy làm việc với Bộ Tài chính, "
            "Ngân hàng Nhà nước và Tập đoàn Than - Khoáng sản Việt Nam.")
    hits = bodies.find(text, Context())
    assert [text[h.start:h.end] for h in hits] == [
        "UBND tỉnh Quảng Ninh", "Tỉnh ủy", "Bộ Tài chính", "Ngân hàng Nhà nước",
        "Tập đoàn Than - Khoáng sản Việt Nam"]
    assert hits[1].fields["name"] == "Tỉnh ủy Quảng Ninh"
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))
    assert all(isinstance(h, Hit) for h in hits)


def test_data_is_validated() -> None:
    d = bodies._data()
    assert all(h.category in CATEGORIES for h in d.heads.values())
    assert d.acronyms["UBND"] == "Ủy ban nhân dân" and d.acronyms["HĐND"] == "Hội đồng nhân dân"


def test_empty_and_odd_input() -> None:
    assert bodies.find("", Context()) == []
    assert bodies.find("UBND", Context())[0].fields["name"] == "Ủy ban nhân dân"
    assert bodies.find("ủy ban ủy ban UBND UBND tỉnh tỉnh", Context())  # no exception
