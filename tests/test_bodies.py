"""The corpus is the test: tests/corpus/body.yaml pairs one expected body with many surface
forms, coreference cases and a must-not-match list (sentences written for this project)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vnreport_extract.rules import bodies, places
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


def _bodies(text: str) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.fields["name"]) for h in bodies.find(text, Context())]


@pytest.mark.parametrize("text,surface,name", [
    ("Học sinh Trường THPT Lý Thường Kiệt tham gia hội thao.", "Trường THPT Lý Thường Kiệt", "Trường THPT Lý Thường Kiệt"),
    ("Năm học này, Trường Tiểu học Nguyễn Trường Tộ có 900 học sinh.", "Trường Tiểu học Nguyễn Trường Tộ",
     "Trường Tiểu học Nguyễn Trường Tộ"),
    ("Đoàn đã thăm Trường Mầm non Hoa Sen và tặng quà.", "Trường Mầm non Hoa Sen", "Trường Mầm non Hoa Sen"),
    ("Trường PTDTNT Tây Sơn được công nhận đạt chuẩn.", "Trường PTDTNT Tây Sơn", "Trường PTDTNT Tây Sơn"),
    ("Giảng viên Trường Đại học Bách khoa Hà Nội tham gia thẩm định.", "Trường Đại học Bách khoa Hà Nội",
     "Trường Đại học Bách khoa Hà Nội"),
    ("Lớp bồi dưỡng do Trường Chính trị tỉnh Quảng Bình tổ chức.", "Trường Chính trị tỉnh Quảng Bình",
     "Trường Chính trị tỉnh Quảng Bình"),
    ("Thầy giáo trường THCS Lê Lợi nhận bằng khen.", "trường THCS Lê Lợi", "Trường THCS Lê Lợi"),
    ("Trường TH&THCS Kim Đồng khánh thành phòng học mới.", "Trường TH&THCS Kim Đồng", "Trường TH&THCS Kim Đồng"),
])
def test_school_is_a_body(text: str, surface: str, name: str) -> None:
    got = _bodies(text)
    assert (surface, name) in got, got
    hit = next(h for h in bodies.find(text, Context()) if text[h.start:h.end] == surface)
    assert hit.fields["category"] == "state"


@pytest.mark.parametrize("text", [
    "Nhà trường đã chuẩn bị tốt cho năm học mới.",
    "Các trường học trên địa bàn bảo đảm vệ sinh môi trường.",
    "Giá cả thị trường ổn định, môi trường đầu tư được cải thiện.",
    "Ông Nguyễn Trường Sơn được bầu làm Chủ tịch.",
    "Các trường THPT trên địa bàn đều có phòng máy.",
    "Tỉnh có thêm 12 trường đạt chuẩn quốc gia.",
])
def test_school_words_that_are_no_body(text: str) -> None:
    assert not [s for s, _ in _bodies(text) if "rường" in s], _bodies(text)


def test_person_after_school_is_not_swallowed() -> None:
    text = "Hiệu trưởng Trường THCS Chu Văn An Nguyễn Thị Hoa phát biểu."
    assert _bodies(text) == [("Trường THCS Chu Văn An", "Trường THCS Chu Văn An")]


def test_steering_committee_opening_with_a_lower_case_word() -> None:
    text = ("Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Yên Lập họp phiên thường kỳ. "
            "Phó Trưởng Ban Chỉ đạo Hà Văn Tùng đề nghị các xã đẩy nhanh giải ngân.")
    got = bodies.find(text, Context())
    assert [text[h.start:h.end] for h in got] == [
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Yên Lập", "Ban Chỉ đạo"]
    full = "Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Yên Lập"
    assert got[0].fields["name"] == full and got[0].fields["level"] == "district"
    assert got[1].fields["name"] == full  # the bare mention is the body named before
    ctx = Context(extras={"bodies": got})
    assert places.find(text, ctx) == []  # the district is inside the body's name


@pytest.mark.parametrize("text,surface", [
    ("Ban Chỉ đạo về phòng, chống tham nhũng, tiêu cực tỉnh họp sáng nay.",
     "Ban Chỉ đạo về phòng, chống tham nhũng, tiêu cực tỉnh"),
    ("Báo cáo gửi Ban chỉ đạo Trung ương về phòng, chống tham nhũng do Tổng Bí thư làm Trưởng ban.",
     "Ban chỉ đạo Trung ương về phòng, chống tham nhũng"),
    ("Ban Chỉ đạo xây dựng nông thôn mới đã kiểm tra 5 xã.", "Ban Chỉ đạo xây dựng nông thôn mới"),
    ("Ban Chỉ đạo đổi mới và phát triển doanh nghiệp đề nghị các bộ rà soát.",
     "Ban Chỉ đạo đổi mới và phát triển doanh nghiệp"),
])
def test_steering_committee_names(text: str, surface: str) -> None:
    assert surface in [s for s, _ in _bodies(text)], _bodies(text)


def test_steering_committee_does_not_swallow_a_person_or_a_verb() -> None:
    text = "Thường trực Ban Chỉ đạo biểu dương các địa phương. Trưởng Ban Chỉ đạo Lê Minh Hải kết luận."
    got = [s for s, _ in _bodies(text)]
    assert got == ["Thường trực Ban Chỉ đạo", "Ban Chỉ đạo"]
    assert not [s for s, _ in _bodies("Ban Chỉ đạo các xã, thị trấn đã được kiện toàn.") if s != "Ban Chỉ đạo"]


def test_foreign_organisation_with_an_alias() -> None:
    text = ("Tổ chức Cứu trợ Trẻ em (Save the Children) tài trợ 3 tỷ đồng. Nguồn vốn của "
            "Save the Children được giải ngân đúng hạn; Tổ chức Y tế Thế giới (WHO) và Quỹ Nhi đồng "
            "Liên hợp quốc (UNICEF) cùng hỗ trợ. WHO khuyến cáo tiêm đủ liều.")
    got = _bodies(text)
    assert got == [
        ("Tổ chức Cứu trợ Trẻ em", "Tổ chức Cứu trợ Trẻ em"),
        ("Save the Children", "Tổ chức Cứu trợ Trẻ em"),
        ("Tổ chức Y tế Thế giới", "Tổ chức Y tế Thế giới"),
        ("Quỹ Nhi đồng Liên hợp quốc", "Quỹ Nhi đồng Liên hợp quốc"),
        ("WHO", "Tổ chức Y tế Thế giới")]  # no record for the brackets themselves


def test_foreign_organisation_with_an_international_word() -> None:
    text = "Dự án do Tổ chức Di cư Quốc tế tài trợ; Chương trình Phát triển Liên hợp quốc (UNDP) phối hợp."
    assert _bodies(text) == [("Tổ chức Di cư Quốc tế", "Tổ chức Di cư Quốc tế"),
                             ("Chương trình Phát triển Liên hợp quốc", "Chương trình Phát triển Liên hợp quốc")]


@pytest.mark.parametrize("text", [
    "Tổ chức Hội nghị Quốc tế về biến đổi khí hậu tại Đà Nẵng.",
    "Tổ chức tốt Đại hội Đảng bộ các cấp.",
    "Huyện đã tổ chức Lễ ra quân.",
    "Tổ chức Đoàn Thanh niên phát động phong trào.",
    "Trưởng ban Tổ chức Thành ủy Vũ Đức Bình dự họp.",
    "Các tổ chức quốc tế như Tầm Nhìn cũng tham gia.",
])
def test_tổ_chức_as_a_verb_or_generic_is_no_body(text: str) -> None:
    assert not [s for s, _ in _bodies(text) if s.lower().startswith("tổ chức")], _bodies(text)


def test_alias_of_a_company_and_what_it_does_not_read() -> None:
    text = ("Tập đoàn Điện lực Việt Nam (EVN) cho biết sản lượng tăng; EVN sẽ đầu tư thêm. "
            "Quỹ Bảo hiểm y tế (BHYT) bội chi, thẻ BHYT được cấp. Sở Giáo dục và Đào tạo (GD&ĐT) "
            "chỉ đạo ngành GD&ĐT. Chủ nhiệm Ủy ban Kinh tế của Quốc hội (UBKTQH) phát biểu; UBKTQH đề nghị.")
    got = _bodies(text)
    assert ("EVN", "Tập đoàn Điện lực Việt Nam") in got
    assert not [s for s, _ in got if s in ("BHYT", "GD&ĐT", "UBKTQH")], got


def test_eu_is_a_body_but_the_market_after_sang_is_a_place() -> None:
    text = "Các đối tác lớn như Nhật Bản, EU đánh giá cao. Xuất khẩu sang EU tăng 12%."
    got = bodies.find(text, Context())
    assert [(text[h.start:h.end], h.start) for h in got] == [("EU", text.index("EU"))]
    ctx = Context(extras={"bodies": got})
    assert [text[h.start:h.end] for h in places.find(text, ctx)] == ["Nhật Bản", "EU"]
