"""The corpus is the test: tests/corpus/location.yaml pairs one expected place with many surface
forms and lists inputs that must not match (sentences written for this project)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml

from vnreport_extract.rules import bodies, places
from vnreport_extract.rules.base import Context

ROOT = Path(__file__).parent.parent
CORPUS = yaml.safe_load((Path(__file__).parent / "corpus" / "location.yaml").read_text(encoding="utf-8"))
LEVELS = {"province", "city", "district", "ward", "commune", "town", None}


@pytest.mark.parametrize("text,surface,expect", [
    pytest.param(f[0], f[1], g["expect"], id=f"{f[1]}:{f[0][:25]}") for g in CORPUS["positive"] for f in g["forms"]])
def test_surface_form(text: str, surface: str, expect: dict) -> None:
    assert surface in text, "bad case: surface not in text"
    hits = places.find(text, Context())
    for h in hits:
        assert 0 <= h.start < h.end <= len(text)
        assert h.kind == "location" and set(h.fields) == {"name", "admin_level"}
        assert h.fields["admin_level"] in LEVELS
    start = text.index(surface)
    got = [(text[h.start:h.end], h.fields) for h in hits]
    match = [h for h in hits if h.start == start and h.end == start + len(surface)]
    assert match, f"no location spanning {surface!r}; got {got}"
    for key, want in expect.items():
        assert match[0].fields[key] == want, f"{key}: {match[0].fields[key]!r} != {want!r}"


@pytest.mark.parametrize("case", CORPUS["negative"], ids=lambda c: c.get("span") or c["text"][:30])
def test_must_not_match(case: dict) -> None:
    text = case["text"]
    span = case.get("span")
    a, b = (text.index(span), text.index(span) + len(span)) if span else (0, len(text))
    bad = [text[h.start:h.end] for h in places.find(text, Context()) if h.start < b and h.end > a]
    assert not bad, bad


def test_place_inside_body_is_dropped_when_bodies_given() -> None:
    text = "UBND tỉnh Hà Tĩnh làm việc với huyện Kỳ Anh."
    assert [text[h.start:h.end] for h in places.find(text, Context())] == ["tỉnh Hà Tĩnh", "huyện Kỳ Anh"]
    ctx = Context(extras={"bodies": bodies.find(text, Context())})
    assert [text[h.start:h.end] for h in places.find(text, ctx)] == ["huyện Kỳ Anh"]
    ctx = Context(extras={"bodies": [(0, 17)]})
    assert [text[h.start:h.end] for h in places.find(text, ctx)] == ["huyện Kỳ Anh"]


def test_bare_name_takes_the_unit_the_article_uses() -> None:
    text = "Thị xã Hoàng Mai (Nghệ An) phát triển. Hoàng Mai có cảng biển."
    hits = places.find(text, Context())
    assert [text[h.start:h.end] for h in hits] == ["Thị xã Hoàng Mai", "Nghệ An", "Hoàng Mai"]
    assert hits[-1].fields == {"name": "thị xã Hoàng Mai", "admin_level": "town"}


def test_gazetteer_has_old_and_new_units() -> None:
    assert places.gazetteer_level("Vĩnh Phúc") == "province"  # merged in 2025, still named
    assert places.gazetteer_level("Hồ Chí Minh") == "city"
    assert places.gazetteer_level("Nam Từ Liêm") == "district"
    assert places.gazetteer_level("Mỹ Đình 2") == "ward"
    assert places.gazetteer_level("Không Có Nơi Này") is None


def test_gazetteer_file_is_current() -> None:
    """Regenerating the gazetteer from underthesea gives the committed file (as dateparser does)."""
    pytest.importorskip("underthesea.address")
    spec = importlib.util.spec_from_file_location("build_places", ROOT / "scripts" / "build_places.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    committed = (ROOT / "src" / "vnreport_extract" / "data" / "vi" / "places_gazetteer.json").read_text(encoding="utf-8")
    assert mod.render() == committed
    assert json.loads(committed)["provinces"]["Hà Nội"] == "city"


def test_empty_and_odd_input() -> None:
    assert places.find("", Context()) == []
    assert places.find("tỉnh", Context()) == []
    assert places.find("Quận Quận Quận 1 phường, xã,", Context())  # no exception


def _places(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[h.start:h.end], h.fields["name"], h.fields["admin_level"]) for h in places.find(text, Context())]


@pytest.mark.parametrize("text,names,unit", [
    ("Huyện có 6 xã ven biển, gồm Hải An, Tân Lộc, Trần Phú, Mỹ Thạnh và ba xã vùng trong.",
     ["Hải An", "Tân Lộc", "Trần Phú", "Mỹ Thạnh"], "xã"),
    ("Năm nay có 3 xã là Đồng Tâm, Kỳ Sơn và Ngọc Lâm đạt chuẩn nông thôn mới.",
     ["Đồng Tâm", "Kỳ Sơn", "Ngọc Lâm"], "xã"),
    ("Sáp nhập các phường: Bạch Mai, Quỳnh Lôi, Cầu Dền.", ["Bạch Mai", "Quỳnh Lôi", "Cầu Dền"], "phường"),
    ("Đoàn kiểm tra 4 xã đặc biệt khó khăn (gồm Pà Vầy Sủ, Nậm Khòa, Tả Nhìu và Chế Là).",
     ["Pà Vầy Sủ", "Nậm Khòa", "Tả Nhìu", "Chế Là"], "xã"),
    ("Hai thị trấn là Phong Điền và Sịa được mở rộng.", ["Phong Điền", "Sịa"], "thị trấn"),
])
def test_bare_names_in_a_list_after_a_counted_unit(text: str, names: list[str], unit: str) -> None:
    got = _places(text)
    for n in names:
        assert (n, f"{unit} {n}") in [(s, name) for s, name, _ in got], got
    assert {lvl for s, _, lvl in got if s in names} == {"ward" if unit == "phường" else "commune"}


def test_list_reads_past_a_place_written_with_its_unit() -> None:
    text = "Dự án qua 3 huyện, gồm Hương Khê, thị xã Kỳ Anh và Cẩm Xuyên."
    got = [s for s, _, _ in _places(text)]
    assert got == ["Hương Khê", "thị xã Kỳ Anh", "Cẩm Xuyên"]


@pytest.mark.parametrize("text", [
    "Đại hội bầu Ban Chấp hành gồm các đồng chí Nguyễn Văn Nam, Lê Thị Hoa và Trần Minh Đức.",
    "Các xã có nhiệm vụ: Rà soát hộ nghèo và báo cáo trước ngày 15.",
    "Các xã gồm Ban Chỉ đạo và Tổ công tác cùng vào cuộc.",
    "Nhóm gồm Hà, Lan và Minh đạt giải nhất.",
    "Năm xã là đơn vị dẫn đầu phong trào.",
])
def test_lists_that_are_no_places(text: str) -> None:
    assert _places(text) == [], _places(text)
