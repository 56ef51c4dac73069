"""Indicators and targets (rules/facts.py): corpus cases, must-not-link cases, spans, data, and the
scorer's figures on the fixtures (and on the shared dev set when it is present)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreport_extract.rules import facts, numeric, temporal
from vnreport_extract.rules.base import Context, Hit
from vnreport_extract.rules.resolve import resolve
from vnreport_extract.text.normalize import normalize
from vnreport_extract.text.segment import segment

CORPUS = Path(__file__).parent / "corpus"
INDICATORS = yaml.safe_load((CORPUS / "indicator.yaml").read_text(encoding="utf-8"))
TARGETS = yaml.safe_load((CORPUS / "target.yaml").read_text(encoding="utf-8"))


def link(raw: str, published: dt.date | None = None) -> tuple[str, list[Hit]]:
    """Run the recognisers the way the pipeline does, then ``facts.link``."""
    text = normalize(raw).text
    seg = segment(text)
    ctx = Context(published=published)
    times = temporal.find(text, ctx)
    year = temporal.infer_year(text, times, published)
    if year is not None:
        ctx = Context(published=published, default_year=year)
        times = temporal.find(text, ctx)
    hits = resolve(numeric.find(text, ctx) + times)
    ctx.extras["blocks"] = [(b.kind, b.start, b.end) for b in seg.blocks]
    return text, facts.link(text, hits, [(s.start, s.end) for s in seg.sentences], ctx)


def _pub(case: dict) -> dt.date | None:
    p = case.get("published")
    return p if isinstance(p, dt.date) or p is None else dt.date.fromisoformat(str(p))


def _num_close(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def _check(hit: Hit, want: dict, anchor: str) -> None:
    f = hit.fields
    assert f[anchor]["text"] == want[anchor]
    for key in ("subject", "status", "modality", "baseline", "scope"):
        if key in want:
            assert f[key] == want[key], (key, f[key])
    if "period" in want:
        assert f["period"] is not None and f["period"]["text"] == want["period"]
    for key in ("change", "attainment", "achieved"):
        if key in want:
            got, exp = f[key], want[key]
            assert got is not None, key
            assert _num_close(got["value"], exp["value"]), (key, got)
            for sub in ("direction", "unit", "of"):
                if sub in exp:
                    assert got[sub] == exp[sub], (key, got)


@pytest.mark.parametrize("case", INDICATORS["cases"], ids=lambda c: c["text"][:50])
def test_indicator_corpus(case):
    text, hits = link(case["text"], _pub(case))
    got = [h for h in hits if h.kind == "indicator"]
    assert [h.fields["measure"]["text"] for h in got] == [w["measure"] for w in case["expect"]]
    for hit, want in zip(got, case["expect"]):
        _check(hit, want, "measure")


@pytest.mark.parametrize("case", TARGETS["cases"], ids=lambda c: c["text"][:50])
def test_target_corpus(case):
    text, hits = link(case["text"], _pub(case))
    got = [h for h in hits if h.kind == "target"]
    assert [h.fields["goal"]["text"] for h in got] == [w["goal"] for w in case["expect"]]
    for hit, want in zip(got, case["expect"]):
        _check(hit, want, "goal")
    assert [h.fields["measure"]["text"] for h in hits if h.kind == "indicator"] == case.get("indicators", [])


@pytest.mark.parametrize("case", TARGETS["estimates"], ids=lambda c: c["text"][:50])
def test_expected_outturn_is_an_estimate(case):
    _text, hits = link(case["text"], _pub(case))
    assert [(h.kind, h.fields["measure"]["text"], h.fields["status"]) for h in hits] == \
        [("indicator", case["measure"], "estimate")]


@pytest.mark.parametrize("sentence", INDICATORS["must_not_link"], ids=lambda s: s[:50])
def test_must_not_link(sentence):
    _text, hits = link(sentence)
    assert hits == [], [(h.kind, h.fields.get("subject")) for h in hits]


ALL_TEXTS = [c["text"] for c in INDICATORS["cases"] + TARGETS["cases"]] + INDICATORS["must_not_link"]


@pytest.mark.parametrize("raw", ALL_TEXTS, ids=lambda s: s[:40])
def test_spans_hold_their_value(raw):
    text, hits = link(raw)
    for h in hits:
        inner = h.fields["measure" if h.kind == "indicator" else "goal"]
        assert h.start <= inner["start"] < inner["end"] <= h.end
        assert text[inner["start"]:inner["end"]] == inner["text"]
        assert h.fields["subject"] and h.fields["subject"] == h.fields["subject"].strip()
        assert set(h.fields) == ({"subject", "measure", "status", "period", "change", "baseline", "attainment",
                                  "scope"} if h.kind == "indicator" else
                                 {"subject", "goal", "modality", "period", "achieved"})


def test_records_validate():
    """Every linked hit becomes a valid Indicator/Target record."""
    from pydantic import TypeAdapter

    from vnreport_extract.records import Record

    adapter = TypeAdapter(Record)
    for raw in ALL_TEXTS:
        text, hits = link(raw)
        for h in hits:
            adapter.validate_python({"kind": h.kind, "text": text[h.start:h.end], "start": h.start,
                                     "end": h.end, "sentence": 0, **h.fields})


def test_no_values_no_facts():
    assert facts.link("Hội nghị diễn ra sáng nay.", [], [(0, 26)], Context()) == []


def test_data_is_validated(monkeypatch):
    good = facts.load_yaml("facts.yaml")
    broken = dict(good, copulas=[])
    monkeypatch.setattr(facts, "load_yaml", lambda name: broken)
    with pytest.raises(ValueError, match="copulas"):
        facts._data.__wrapped__()
    monkeypatch.setattr(facts, "load_yaml", lambda name: dict(good, vote_words=["ok", 3]))
    with pytest.raises(ValueError, match="vote_words"):
        facts._data.__wrapped__()


_WORDS = ["thu", "ngân sách", "ước đạt", "tăng", "giảm", "còn", "từ", "xuống", "so với", "cùng kỳ", "phấn đấu",
          "mục tiêu", "đạt", "bằng", "dự toán", "(", ")", ",", ";", ":", "trong đó", "năm 2023", "12,5%",
          "1.200 tỷ đồng", "3 lần", "45 doanh nghiệp", "19/19 chỉ tiêu", "gấp đôi", "Trong đó", ".", "và"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40))
def test_never_raises(words):
    raw = " ".join(words)
    text, hits = link(raw)
    for h in hits:
        assert 0 <= h.start < h.end <= len(text)


# ---- the scorer's figures (guards against regressions; the goal is set in the brief) ----------------

def _score(scorer, folder: Path, published: dict | None) -> tuple[dict, dict]:
    from collections import defaultdict

    tally = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    fields = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    errors: list[str] = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        pub = dt.date.fromisoformat(published[name]) if published and name in published else None
        text, hits = link((folder / f"{name}.txt").read_text(encoding="utf-8"), pub)
        article = {"text": text, "records": [{"kind": h.kind, "start": h.start, "end": h.end,
                                              "text": text[h.start:h.end], **h.fields} for h in hits]}
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        gold["records"] = [r for r in gold["records"] if r["kind"] in ("indicator", "target")]
        scorer.score_article(article, gold, tally, fields, errors, name)
    return tally, fields


def _f1(t: dict) -> float:
    return 2 * t["tp"] / (2 * t["tp"] + t["fp"] + t["fn"]) if t["tp"] else 0.0


def _field_share(fields: dict) -> float:
    ok = sum(v[0] for checks in fields.values() for v in checks.values())
    n = sum(v[1] for checks in fields.values() for v in checks.values())
    return ok / n if n else 1.0


def test_fixture_scores(scorer):
    folder = Path(__file__).resolve().parents[1] / "fixtures"
    published = json.loads((folder / "published.json").read_text(encoding="utf-8"))
    tally, fields = _score(scorer, folder, published)
    assert _f1(tally["indicator"]) >= 0.90
    assert _f1(tally["target"]) >= 0.90
    assert _field_share(fields) >= 0.95


def test_dev_scores(scorer):
    from conftest import shared_path

    tally, fields = _score(scorer, shared_path("eval", "dev"), None)
    assert _f1(tally["indicator"]) >= 0.85
    assert _field_share(fields) >= 0.90


PARAGRAPHS = (
    "Năm 2022, tổng thu ngân sách trên địa bàn huyện đạt 520 tỷ đồng, tăng 8% so với năm trước.\n\n"
    "Giá trị sản xuất nông nghiệp đạt 1.250 tỷ đồng, tăng 3,5%.\n\n"
    "Phấn đấu tỷ lệ hộ nghèo giảm còn 1,5%; tổng thu ngân sách đạt 600 tỷ đồng.\n\n"
    "2. Về phát triển nông nghiệp\n\n"
    "Sản lượng lương thực đạt 45.000 tấn.\n\n"
    "Diện tích lúa đạt 12.000 ha.\n\n"
    "Phóng viên"
)


def test_period_carried_across_paragraphs():
    """A paragraph without its own lead time reports on the last lead period, up to a heading; a carried
    period makes no target a past result ("Phấn đấu …" stays a target, with no period of its own)."""
    _text, hits = link(PARAGRAPHS, dt.date(2023, 1, 15))
    got = [(h.kind, (h.fields.get("measure") or h.fields.get("goal"))["text"],
            (h.fields["period"] or {}).get("text")) for h in hits]
    assert got == [
        ("indicator", "520 tỷ đồng", "Năm 2022"),
        ("indicator", "1.250 tỷ đồng", "Năm 2022"),
        ("target", "1,5%", None),
        ("target", "600 tỷ đồng", None),
        ("indicator", "45.000 tấn", None),
        ("indicator", "12.000 ha", None),
    ]
