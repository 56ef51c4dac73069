"""Events get their term and body; documents their date of issue (rules/named_links.py via extract)."""
from __future__ import annotations

import pytest

from vnreport_extract import extract


def _one(text, kind):
    recs = extract(text).records_of(kind)
    assert len(recs) == 1, [(r.kind, r.text) for r in extract(text).records]
    return recs[0]


@pytest.mark.parametrize("text,term,body", [
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 nhiệm kỳ 2020 - 2025 đã bế mạc.", (2020, 2025),
     "Ban Chấp hành Đảng bộ tỉnh"),
    ("Kỳ họp thứ 10, HĐND tỉnh khóa XVII, nhiệm kỳ 2021-2026 khai mạc sáng nay.", (2021, 2026),
     "Hội đồng nhân dân tỉnh"),
    ("Đại hội Đảng bộ huyện lần thứ XXVI, nhiệm kỳ 2025 - 2030 sẽ diễn ra vào tháng 6.", (2025, 2030), None),
])
def test_event_term_and_body(text, term, body):
    ev = _one(text, "event")
    assert (ev.term.since, ev.term.until) == term
    if body:
        assert ev.body == body


def test_event_without_term():
    ev = _one("Hội nghị lần thứ 4 của Ban Chấp hành đã thảo luận nhiều nội dung.", "event")
    assert ev.term is None


@pytest.mark.parametrize("text,date", [
    ("Quán triệt Nghị quyết số 43-NQ/TW ngày 24/1/2019 của Bộ Chính trị.", (2019, 1, 24)),
    ("Thực hiện Quyết định số 1234/QĐ-UBND, ngày 5/3/2023 của UBND tỉnh.", (2023, 3, 5)),
])
def test_document_date(text, date):
    doc = _one(text, "document")
    assert (doc.date.year, doc.date.month, doc.date.day) == date


def test_document_without_adjacent_date():
    doc = _one("Nghị quyết số 43-NQ/TW được ban hành; đến ngày 24/1/2019 mới triển khai.", "document")
    assert doc.date is None
