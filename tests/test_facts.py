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


# ---- report-prose classes (composed sentences): one must-match and one must-not-match per class -------------

def _facts(raw: str) -> list[tuple[str, str, dict]]:
    _text, hits = link(raw, dt.date(2024, 12, 20))
    return [(h.kind, (h.fields.get("measure") or h.fields.get("goal"))["text"], h.fields) for h in hits]


def test_compared_period_in_brackets_is_no_fact_and_keeps_the_fact_open():
    got = _facts("Doanh thu dịch vụ lưu trú tháng 9 ước đạt 2.150 tỷ đồng, tăng 12,4% so với cùng kỳ "
                 "(cùng kỳ tăng 8,1%) và đạt 71,2% kế hoạch năm.")
    assert [(k, m) for k, m, _ in got] == [("indicator", "2.150 tỷ đồng")]
    f = got[0][2]
    assert f["change"]["value"] == 12.4 and f["attainment"]["value"] == 71.2 and f["baseline"] == "cùng kỳ"


def test_compared_period_after_comma_is_no_fact():
    got = _facts("Dư nợ tín dụng tăng 9,2% so với cuối năm trước, cùng kỳ năm trước tăng 7,5%.")
    assert [(k, m) for k, m, _ in got] == [("indicator", "9,2%")]


@pytest.mark.parametrize("raw, measure, baseline", [
    ("Tỷ lệ thất nghiệp khoảng 2,3%, giảm so với mức 2,6% năm 2022.", "2,3%", "mức 2,6% năm 2022"),
    ("Hệ số an toàn vốn đạt 11,5%, cao hơn mức tối thiểu 8% theo quy định.", "11,5%", None),
    ("Tỷ lệ nợ xấu đạt 1,6% (so với giới hạn 3%).", "1,6%", None),
    ("Tỷ trọng chi thường xuyên giảm còn 61,2%, thấp hơn đầu nhiệm kỳ (năm 2020 là 65,4%).", "61,2%", None),
    ("Tăng trưởng kinh tế đạt 6,1%, thấp hơn mức tăng 6,5% của năm trước.", "6,1%", None),
])
def test_level_compared_with_is_no_fact(raw, measure, baseline):
    got = _facts(raw)
    assert [m for _k, m, _f in got] == [measure]
    assert got[0][2]["baseline"] == baseline


def test_a_plan_compared_with_stays_a_target():
    got = _facts("Bội chi ngân sách ước khoảng 3,6% GDP, thấp hơn mục tiêu đề ra (3,8%).")
    assert [(k, m) for k, m, _ in got] == [("indicator", "3,6%"), ("target", "3,8%")]


def test_two_changes_in_a_row_are_not_comparisons():
    got = _facts("Xuất khẩu tăng 5%, nhập khẩu tăng 3%.")
    assert [(m, f["subject"]) for _k, m, f in got] == [("5%", "Xuất khẩu"), ("3%", "nhập khẩu")]


@pytest.mark.parametrize("raw, subject", [
    ("Vốn đầu tư trực tiếp nước ngoài đăng ký mới, điều chỉnh và góp vốn mua cổ phần đạt 2,4 tỷ USD, tăng 15,2%.",
     "Vốn đầu tư trực tiếp nước ngoài đăng ký mới, điều chỉnh và góp vốn mua cổ phần"),
    ("Các mặt hàng nhập khẩu chủ yếu như: phân bón, thức ăn chăn nuôi, máy móc và phụ tùng tăng 11,3%.",
     "phân bón, thức ăn chăn nuôi, máy móc và phụ tùng"),
    ("Ngành công nghiệp chế biến, chế tạo tăng 8,7%.", "Ngành công nghiệp chế biến, chế tạo"),
    ("Tổng kim ngạch xuất, nhập khẩu ước đạt 95 tỷ USD.", "Tổng kim ngạch xuất, nhập khẩu"),
])
def test_subject_is_the_whole_list_of_nouns(raw, subject):
    got = _facts(raw)
    assert got[0][2]["subject"] == subject


@pytest.mark.parametrize("raw, subject", [
    ("Theo Cục Thống kê, doanh thu và lợi nhuận tăng 5%.", "doanh thu và lợi nhuận"),
    ("Lĩnh vực du lịch tiếp tục phục hồi, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 4.560 tỷ đồng.",
     "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"),
])
def test_clause_before_a_comma_is_not_a_list_item(raw, subject):
    assert _facts(raw)[0][2]["subject"] == subject


def test_abbreviation_dot_ends_no_clause():
    got = _facts("Tháng 10, lượng khách quốc tế đến TP. Hồ Chí Minh ước đạt 520.000 lượt khách, tăng 18% so với cùng kỳ.")
    assert got[0][2]["subject"].startswith("lượng khách quốc tế đến TP. Hồ Chí Minh")


def test_full_stop_inside_a_sentence_still_ends_a_clause():
    # a dot after an ordinary word (a run-on sentence) is still a boundary
    _text, hits = link("Doanh thu tăng mạnh. Tổng thu ngân sách đạt 520 tỷ đồng.")
    assert [h.fields["subject"] for h in hits] == ["Tổng thu ngân sách"]


def test_baseline_written_before_the_change_verb():
    got = _facts("Chỉ số giá tiêu dùng tháng 11/2024 so với tháng 12/2023 tăng 2,6%; so với cùng kỳ năm trước tăng 3,1%.")
    assert [(m, f["subject"], f["baseline"], f["period"]["text"]) for _k, m, f in got] == [
        ("2,6%", "Chỉ số giá tiêu dùng", "tháng 12/2023", "tháng 11/2024"),
        ("3,1%", "Chỉ số giá tiêu dùng", "cùng kỳ năm trước", "tháng 11/2024"),
    ]


def test_baseline_after_the_value_is_unchanged():
    got = _facts("Chỉ số giá tiêu dùng tháng 11/2024 tăng 2,6% so với tháng 12/2023.")
    assert [(f["subject"], f["baseline"], f["period"]["text"]) for _k, _m, f in got] == [
        ("Chỉ số giá tiêu dùng", "tháng 12/2023", "tháng 11/2024")]


@pytest.mark.parametrize("raw, subject", [
    ("Tổng thu ngân sách nhà nước ước thực hiện 10 tháng đầu năm của tỉnh là 9.870 tỷ đồng, đạt 82% dự toán.",
     "Tổng thu ngân sách nhà nước"),
    ("Tổng vốn đầu tư phát triển toàn xã hội ước cả năm đạt 32% GRDP.", "Tổng vốn đầu tư phát triển toàn xã hội"),
])
def test_estimate_verb_is_cut_from_the_subject(raw, subject):
    got = _facts(raw)
    assert (got[0][2]["subject"], got[0][2]["status"]) == (subject, "estimate")


def test_treaty_is_no_estimate():
    got = _facts("Giá trị thực hiện hiệp ước thương mại đạt 500 triệu USD.")
    assert (got[0][2]["subject"], got[0][2]["status"]) == ("Giá trị thực hiện hiệp ước thương mại", "actual")


def test_what_follows_an_estimate_verb_stays_in_the_subject():
    got = _facts("Tỉnh ước thu ngân sách chỉ đạt 91,5% dự toán.")
    assert "thu ngân sách" in got[0][2]["subject"]


def test_estimate_opening_the_sentence():
    got = _facts("Ước tính đến hết tháng 11, dư nợ tín dụng tăng khoảng 10,5% so với cuối năm trước.")
    assert got[0][2]["status"] == "estimate"
    got = _facts("Ước cả năm, kim ngạch xuất khẩu đạt 3,2 tỷ USD; nhập khẩu đã đạt 2,1 tỷ USD.")
    assert [f["status"] for _k, _m, f in got] == ["estimate", "actual"]


def test_hypothesis_in_a_following_bracket_keeps_the_change():
    got = _facts("Tháng 10, thu nội địa ước đạt 1.250 tỷ đồng, bằng 9,1% dự toán năm, tăng 6% so với cùng kỳ "
                 "(nếu không kể thu tiền sử dụng đất thì đạt 980 tỷ đồng).")
    assert [m for _k, m, _f in got] == ["1.250 tỷ đồng"]
    assert got[0][2]["change"]["value"] == 6.0


def test_hypothesis_itself_is_no_fact():
    assert _facts("Nếu thu ngân sách đạt 1.250 tỷ đồng thì tỉnh sẽ cân đối được chi.") == []


@pytest.mark.parametrize("raw, subject", [
    ("Khu vực công nghiệp và xây dựng tăng trưởng 7,9%.", "Khu vực công nghiệp và xây dựng"),
    ("Năm 2024, Ngân hàng Thế giới dự báo kinh tế Việt Nam tăng trưởng 6,1%.", "kinh tế Việt Nam"),
])
def test_growth_verb_before_a_rate_is_its_change(raw, subject):
    f = _facts(raw)[0][2]
    assert f["subject"] == subject and f["change"] == {"direction": "increase", "value": float(raw.split()[-1]
                                                       .rstrip("%.").replace(",", ".")), "unit": "percent"}


@pytest.mark.parametrize("raw, subject", [
    ("Ngành chế biến, chế tạo là động lực chính với mức tăng trưởng 11,2%.", "Ngành chế biến, chế tạo là động lực chính"),
    ("Tốc độ tăng trưởng đạt 7,5%.", "Tốc độ tăng trưởng"),
])
def test_growth_as_a_noun_is_no_change(raw, subject):
    f = _facts(raw)[0][2]
    assert f["subject"] == subject and f["change"] is None


def test_forecast_for_a_later_year_is_a_target():
    got = _facts("Quỹ bảo hiểm thất nghiệp dự báo đến năm 2030 có số dư 95.000 tỷ đồng.")
    assert [(k, m, f["modality"]) for k, m, f in got] == [("target", "95.000 tỷ đồng", "dự báo")]


def test_forecast_for_the_reported_year_is_an_estimate():
    got = _facts("Năm 2024, Ngân hàng Thế giới dự báo kinh tế Việt Nam tăng trưởng 6,1%.")
    assert [(k, f["status"]) for k, _m, f in got] == [("indicator", "estimate")]


def test_baseline_ends_before_with():
    got = _facts("Số doanh nghiệp thành lập mới là 1.250 doanh nghiệp, tăng 12% so với cùng kỳ với số vốn đăng ký "
                 "là 8.400 tỷ đồng.")
    assert got[0][2]["baseline"] == "cùng kỳ"


def test_baseline_after_a_price_per_unit():
    got = _facts("Giá cà phê nhân xô tăng 1.500 đồng/kg so với tuần trước.")
    assert got[0][2]["baseline"] == "tuần trước"
    assert got[0][2]["change"] == {"direction": "increase", "value": 1500.0, "unit": "absolute"}


def test_comparison_with_a_named_season_is_the_change():
    got = _facts("Năng suất lúa bình quân ước đạt 58,2 tạ/ha, cao hơn vụ Thu Đông năm trước 1,6 tạ/ha.")
    assert [m for _k, m, _f in got] == ["58,2 tạ/ha"]
    f = got[0][2]
    assert f["change"] == {"direction": "increase", "value": 1.6, "unit": "absolute"}
    assert f["baseline"] == "vụ Thu Đông năm trước"


def test_count_going_with_an_amount_is_no_fact():
    got = _facts("Dư nợ cho vay đạt 820 tỷ đồng với 14.300 hộ vay, tăng 95 tỷ đồng so với đầu năm.")
    assert [m for _k, m, _f in got] == ["820 tỷ đồng"]
    assert got[0][2]["change"] == {"direction": "increase", "value": 95e9, "unit": "absolute"}
    assert got[0][2]["baseline"] == "đầu năm"


def test_two_lower_case_names_joined_by_a_dash_stay_in_the_subject():
    got = _facts("Tỷ lệ trẻ được tiêm vắc xin sởi - rubella đạt 96,1%.")
    assert got[0][2]["subject"] == "Tỷ lệ trẻ được tiêm vắc xin sởi - rubella"


def test_dash_before_a_clause_is_still_a_boundary():
    got = _facts("Kinh tế tiếp tục phục hồi - tổng thu ngân sách đạt 12.000 tỷ đồng.")
    assert got[0][2]["subject"] == "tổng thu ngân sách"


@pytest.mark.parametrize("raw, subject", [
    ("Năm 2025, huyện phấn đấu đạt 95% dân số tham gia bảo hiểm y tế.", "dân số tham gia bảo hiểm y tế"),
    ("Phấn đấu đến năm 2027: thu hút từ 90% trở lên nông dân tham gia hội.", "nông dân tham gia hội"),
])
def test_share_of_what_follows_a_verb_is_the_goal(raw, subject):
    got = _facts(raw)
    assert [(k, f["subject"]) for k, _m, f in got] == [("target", subject)]


def test_goal_verb_after_a_comma_is_a_cue():
    got = _facts("Toàn huyện gieo sạ khoảng 19.000 ha, phấn đấu năng suất đạt 60 tạ/ha trở lên.")
    assert [(k, m) for k, m, _f in got] == [("indicator", "19.000 ha"), ("target", "60 tạ/ha")]


def test_reference_noun_after_a_ratio_is_no_cue():
    got = _facts("Năm 2018, tỉnh đạt 13/14 chỉ tiêu, chỉ tiêu không đạt là tốc độ tăng trưởng GRDP (7,15%).")
    assert all(k == "indicator" for k, _m, _f in got)


def test_percent_of_the_plan_as_the_measure_is_its_attainment():
    got = _facts("Giải ngân vốn đầu tư công đạt 61% kế hoạch vốn được giao.")
    assert got[0][1] == "61%" and got[0][2]["attainment"] == {"value": 61.0, "of": "kế hoạch vốn được giao"}


def test_visits_named_by_the_subject_are_a_fact():
    got = _facts("Tổng số lượt khám bệnh đạt hơn 3,8 triệu lượt, tăng 6,1% so với cùng kỳ.")
    assert [(k, m) for k, m, _f in got] == [("indicator", "3,8 triệu lượt")]
    assert not _facts("Tại hội nghị, đã có 45 lượt ý kiến phát biểu, 12 lượt chất vấn.")


@pytest.mark.parametrize("raw, measure", [
    ("Trong đó có 1.120 hộ dân bị ảnh hưởng, 236 hộ phải bố trí tái định cư.", ["1.120 hộ dân", "236 hộ"]),
    ("Mỗi ngày thành phố phát sinh khoảng 1.150 tấn rác thải sinh hoạt.", ["1.150 tấn"]),
])
def test_domain_verb_after_the_counted_noun_makes_a_fact(raw, measure):
    assert [m for _k, m, _f in _facts(raw)] == measure


def test_counted_people_at_an_event_are_no_fact():
    assert not _facts("Có 25 hộ gia đình tham dự buổi lễ trao quà.")


def test_a_rate_keeps_what_it_is_per_and_a_province_is_the_scope():
    got = _facts("Mục tiêu đến năm 2030, Quảng Ngãi có 15 bác sĩ/vạn dân.")
    assert [(k, f["subject"]) for k, _m, f in got] == [("target", "bác sĩ/vạn dân")]
    got = _facts("Năm 2024, Quảng Ngãi có 11,2 bác sĩ/vạn dân.")
    assert [(k, f["subject"], f["scope"]) for k, _m, f in got] == [("indicator", "bác sĩ/vạn dân", "Quảng Ngãi")]
