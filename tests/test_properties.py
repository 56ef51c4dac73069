"""Property tests: extract never fails on arbitrary input except with a clear InputError, and every
record points at its own text."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnreport_extract import Article, InputError, extract

VI_ALPHABET = st.sampled_from(list(
    "0123456789 .,/-%:()\n aăâbcdđeêghiklmnoôơpqrstuưvxy áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "ĐÂ tỷ triệu nghìn đồng năm tháng ngày quý lần thứ khóa nhiệm kỳ giai đoạn USD"))
VI_TEXT = st.lists(st.one_of(VI_ALPHABET, st.sampled_from([
    "năm 2022", "30/12", "9,54%", "50.068 tỷ đồng", "280/280 chi bộ", "lần thứ IV", "nhiệm kỳ 2020 - 2025",
    "43-NQ/TW", "Covid-19", "hai mươi lăm", "quý I/2023", "từ 5 đến 7%", "khoảng", "hơn", "Ảnh: AT\n",
])), min_size=1, max_size=80).map("".join).filter(lambda s: s.strip())


def _check(article: Article) -> None:
    for r in article.records:
        assert article.text[r.start:r.end] == r.text
        assert 0 <= r.start <= r.end <= len(article.text)
    again = Article.model_validate_json(article.model_dump_json())
    assert again.model_dump() == article.model_dump()
    json.dumps(article.model_dump(mode="json"), ensure_ascii=False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text(text):
    try:
        article = extract(text)
    except InputError as exc:
        from vnreport_extract.api import looks_like_html
        from vnreport_extract.text.normalize import normalize

        # only input with no text left, or an HTML page without article text, is refused
        assert not normalize(text).text.strip() or (looks_like_html(text) and "HTML" in str(exc))
        return
    _check(article)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VI_TEXT)
def test_vietnamese_like_text(text):
    try:
        article = extract(text)
    except InputError:
        raise AssertionError(f"refused Vietnamese-like text {text!r}")
    _check(article)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data):
    try:
        article = extract(data, source="random.bin")
    except InputError as exc:
        assert "random.bin" in str(exc)
        return
    _check(article)
