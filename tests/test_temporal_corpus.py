"""The corpus is the test: tests/corpus/{date,period,duration,temporal_negative}.yaml through temporal.find.

A positive case passes when a hit of the file's kind (or the case's ``kind``) spans exactly
``surface`` and its fields equal every field given in ``expect`` (for a period bound, every key
given inside it; ``null`` means the field must be null). A negative case passes when no hit of the
listed kinds overlaps ``surface``. The 300 unlabelled corpus articles must run without an exception,
within bounds, fast.
"""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
import yaml

from vnreport_extract.rules.base import Context
from vnreport_extract.rules.temporal import find, infer_year

CORPUS = Path(__file__).parent / "corpus"


def _load(name: str) -> list[dict]:
    return yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))


def _ctx(case: dict) -> Context:
    pub = case.get("published")
    if isinstance(pub, str):
        pub = dt.date.fromisoformat(pub)
    return Context(published=pub)


def _matches(got, want) -> bool:
    if isinstance(want, dict):
        return isinstance(got, dict) and all(_matches(got.get(k), v) for k, v in want.items())
    if isinstance(want, float) or isinstance(got, float):
        return got is not None and want is not None and abs(float(got) - float(want)) < 1e-9
    return got == want


POSITIVE = [(kind, c) for kind in ("date", "period", "duration") for c in _load(f"{kind}.yaml")]


@pytest.mark.parametrize("kind,case", POSITIVE, ids=[f"{k}:{c['surface']}" for k, c in POSITIVE])
def test_positive(kind: str, case: dict) -> None:
    text, surface = case["text"], case["surface"]
    kind = case.get("kind", kind)
    assert surface in text, "bad fixture"
    hits = find(text, _ctx(case))
    for h in hits:
        assert text[h.start:h.end] == text[h.start:h.end]  # offsets slice cleanly
        assert 0 <= h.start < h.end <= len(text)
    spans = [h for h in hits if h.kind == kind and text[h.start:h.end] == surface]
    assert spans, f"no {kind} hit spanning {surface!r}; got {[(h.kind, text[h.start:h.end]) for h in hits]}"
    assert any(_matches(h.fields, case["expect"]) for h in spans), [h.fields for h in spans]


NEGATIVE = _load("temporal_negative.yaml")


@pytest.mark.parametrize("case", NEGATIVE, ids=[c["surface"] for c in NEGATIVE])
def test_negative(case: dict) -> None:
    text, surface = case["text"], case["surface"]
    kinds = set(case.get("kinds", ["date", "period", "duration"]))
    s = text.index(surface)
    e = s + len(surface)
    bad = [(h.kind, text[h.start:h.end]) for h in find(text, _ctx(case))
           if h.kind in kinds and h.start < e and s < h.end]
    assert not bad


def test_fields_are_exactly_the_record_fields() -> None:
    text = "Ngày 30/12/2022, nhiệm kỳ 2020 - 2025, sau 5 năm."
    kinds = {h.kind: set(h.fields) for h in find(text, Context())}
    assert kinds == {"date": {"year", "month", "day", "quarter", "year_inferred", "relative"},
                     "period": {"since", "until", "label"}, "duration": {"value", "value_max", "unit"}}


def test_year_comes_from_default_year_then_from_the_text() -> None:
    text = "Sáng 15/7, tỉnh họp. Năm 2021 và năm 2021 nữa, rồi năm 2019."
    (h,) = [h for h in find(text, Context(default_year=2030)) if text[h.start:h.end] == "Sáng 15/7"]
    assert h.fields["year"] == 2030 and h.fields["year_inferred"] is True
    (h,) = [h for h in find(text, Context()) if text[h.start:h.end] == "Sáng 15/7"]
    assert h.fields["year"] == 2021 and h.fields["year_inferred"] is True


def test_relative_without_anchor_stays_null() -> None:
    (h,) = find("Năm ngoái tỉnh thu ngân sách vượt dự toán.", Context())
    assert h.fields["relative"] is True and h.fields["year"] is None
    (h,) = find("Năm ngoái tỉnh thu ngân sách vượt dự toán.", Context(default_year=2020))
    assert h.fields["year"] == 2019 and h.fields["year_inferred"] is True


def test_infer_year() -> None:
    assert infer_year("Năm 2022 tăng.", None, dt.date(2023, 1, 2)) == 2023
    assert infer_year("Năm 2021, năm 2022 và năm 2022 nữa.", None, None) == 2022
    # tie: the year of the first full date wins
    assert infer_year("Ngày 3/4/2019 họp. Năm 2020 và năm 2019 đều tăng; năm 2020.", None, None) == 2019
    # tie without full dates: the most recent year
    assert infer_year("Năm 2018 và năm 2017.", None, None) == 2018
    assert infer_year("Không có năm nào.", None, None) is None
    text = "Ngày 30/12/2022 quận họp; năm 2022 đạt kết quả tốt."
    assert infer_year(text, find(text, Context()), None) == 2022


def test_news_corpus_runs_fast_and_in_bounds() -> None:
    folder = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "news"
    files = sorted(folder.glob("*.txt"))
    if not files:
        pytest.skip("shared corpus not found")
    texts = [f.read_text(encoding="utf-8") for f in files]
    find(texts[0], Context())
    t0 = time.perf_counter()
    n = 0
    for text in texts:
        for h in find(text, Context(published=dt.date(2020, 6, 1))):
            assert 0 <= h.start < h.end <= len(text)
            n += 1
        find(text, Context())
    per_8k = (time.perf_counter() - t0) / 2 / sum(len(t) for t in texts) * 8000 * 1000
    print(f"\n{len(texts)} articles, {n} hits, {per_8k:.2f} ms per 8,000 chars")
    assert n > 1000
    assert per_8k < 10  # generous bound for slow CI machines; ~3 ms here


def test_infer_year_reads_a_baseline_as_the_year_before() -> None:
    text = "Sáng 28/7, HĐND khai mạc. Tổng vốn tăng 3% so với cuối năm 2014."
    assert infer_year(text, None, None) == 2015
    (h,) = [h for h in find(text, Context()) if text[h.start:h.end] == "Sáng 28/7"]
    assert h.fields["year"] == 2015
    text = "Năm 2022 thu ngân sách tăng 9% so với cùng kỳ năm 2021; năm 2022 là năm bứt phá."
    assert infer_year(text, None, None) == 2022
