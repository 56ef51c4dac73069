"""Documents: tests/corpus/document.yaml pairs sentences with the document span and fields;
must-not-match cases; code -> issuer table."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vnreport_extract.rules import documents
from vnreport_extract.rules.base import Context

CORPUS = yaml.safe_load((Path(__file__).parent / "corpus" / "document.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CORPUS["cases"], ids=lambda c: c["span"])
def test_document_forms(case: dict) -> None:
    text, span = case["text"], case["span"]
    hits = documents.find(text, Context())
    for h in hits:
        assert h.kind == "document" and 0 <= h.start < h.end <= len(text)
        assert set(h.fields) == {"doc_type", "number", "issuer"}
    start = text.index(span)
    match = [h for h in hits if (h.start, h.end) == (start, start + len(span))]
    assert match, [(text[h.start:h.end], h.fields) for h in hits]
    for key in ("doc_type", "number", "issuer"):
        if key in case:
            assert match[0].fields[key] == case[key], key


@pytest.mark.parametrize("case", CORPUS["negatives"], ids=lambda c: c["text"][:30])
def test_document_negatives(case: dict) -> None:
    text, span = case["text"], case["span"]
    a = text.index(span)
    b = a + len(span)
    bad = [text[h.start:h.end] for h in documents.find(text, Context()) if h.start < b and h.end > a]
    assert not bad


@pytest.mark.parametrize("code,issuer", [
    ("43-NQ/TW", "Ban Chấp hành Trung ương"), ("1234/QĐ-UBND", "Ủy ban nhân dân"),
    ("15/2023/NĐ-CP", "Chính phủ"), ("23/2021/QH15", "Quốc hội"), ("35/CT-TTg", "Thủ tướng Chính phủ"),
    ("12-NQ/TU", "Tỉnh ủy"), ("01/2021/TT-BTC", "Bộ Tài chính"), ("10/QĐ-BCT", "Bộ Công Thương"),
    ("99-QĐ/BCT", "Bộ Chính trị"), ("5/XYZ-ABC", None),
])
def test_issuer_from_code(code: str, issuer: str | None) -> None:
    assert documents.issuer_from_code(code) == issuer


def test_document_names_an_event_and_event_is_separate() -> None:
    from vnreport_extract.rules import events

    text = "Quận thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ IV; đạt kết quả tốt."
    doc = documents.find(text, Context())
    ev = events.find(text, Context())
    assert [text[h.start:h.end] for h in doc] == ["Nghị quyết Đại hội Đảng bộ quận lần thứ IV"]
    assert [text[h.start:h.end] for h in ev] == ["Đại hội Đảng bộ quận lần thứ IV"]
    assert doc[0].start < ev[0].start and ev[0].end == doc[0].end


def test_a_body_named_like_a_programme_is_no_document() -> None:
    from vnreport_extract.rules import bodies

    text = "Chương trình Phát triển Liên hợp quốc (UNDP) hỗ trợ thực hiện Kế hoạch số 12/KH-UBND của tỉnh."
    ctx = Context(extras={"bodies": bodies.find(text, Context())})
    got = [text[h.start:h.end] for h in documents.find(text, ctx)]
    assert got == ["Kế hoạch số 12/KH-UBND"]
    assert "Chương trình Phát triển Liên hợp quốc" in [text[h.start:h.end] for h in documents.find(text, Context())]
