"""The fast paths of ``rules/temporal.py`` give exactly what the plain scans give.

``temporal.find`` tries most patterns only where a match can start (word positions found with
``str.find``, or walked back from a unit word / a dash), gates prefix searches on the character before
a match, and resolves overlaps with owned intervals. These tests hold each shortcut to its plain
counterpart (full ``finditer``, an always-run prefix search, a per-character owner map) on composed
sentences and on generated strings, and pin the hits of a few hundred composed sentences.
"""
from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreport_extract.rules import temporal as T
from vnreport_extract.rules.base import Context

PUB = dt.date(2023, 6, 30)
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

# ---------------------------------------------------------------------------------------------
# composed sentences with the hits they must give: (sentence, ctx, [(kind, surface, fields subset)])


def _cases() -> list[tuple[str, Context, list[tuple[str, str, dict]]]]:
    out: list[tuple[str, Context, list[tuple[str, str, dict]]]] = []
    none = Context()
    # full dates, three separators, with and without "ngày"
    for (d, m, y), sep in itertools.product([(5, 7, 2023), (30, 12, 2022), (1, 1, 2016), (24, 9, 2021),
                                             (15, 3, 2019), (28, 2, 2020)], ["/", "-", "."]):
        s = f"{d}{sep}{m}{sep}{y}"
        out.append((f"Ngày {s}, Ủy ban nhân dân huyện tổ chức hội nghị sơ kết.", none,
                    [("date", f"Ngày {s}", {"year": y, "month": m, "day": d, "year_inferred": False})]))
        out.append((f"Hội nghị diễn ra vào sáng {s} tại hội trường tỉnh.", none,
                    [("date", f"sáng {s}", {"year": y, "month": m, "day": d})]))
    # day and month in words
    for d, m, y in [(5, 7, 2023), (12, 10, 2017), (3, 9, 2020), (20, 11, 2022), (8, 3, 2024)]:
        out.append((f"Sáng ngày {d} tháng {m} năm {y}, Đảng bộ xã khai mạc đại hội.", none,
                    [("date", f"Sáng ngày {d} tháng {m} năm {y}", {"year": y, "month": m, "day": d})]))
    # day-month without a year: the year comes from the published date (nearest)
    for d, m, y in [(15, 7, 2023), (2, 1, 2023), (20, 6, 2023), (10, 8, 2023)]:
        out.append((f"Chiều {d}/{m}, đoàn công tác làm việc với huyện.", Context(published=PUB),
                    [("date", f"Chiều {d}/{m}", {"year": y, "month": m, "day": d, "year_inferred": True})]))
    # months and quarters
    for m, y in itertools.product([1, 3, 6, 9, 12], [2013, 2021, 2023]):
        out.append((f"Trong tháng {m}/{y}, toàn tỉnh thu ngân sách đạt kết quả tốt.", none,
                    [("date", f"tháng {m}/{y}", {"year": y, "month": m, "day": None})]))
        out.append((f"Cuối tháng {m} năm {y}, công trình được bàn giao.", none,
                    [("date", f"Cuối tháng {m} năm {y}", {"year": y, "month": m})]))
    for q, y in itertools.product([1, 2, 3, 4], [2019, 2022, 2023]):
        out.append((f"Kim ngạch xuất khẩu quý {ROMAN[q]}/{y} tăng so với cùng kỳ.", none,
                    [("date", f"quý {ROMAN[q]}/{y}", {"year": y, "quarter": q})]))
        out.append((f"Trong quý {q} năm {y}, doanh nghiệp mở rộng sản xuất.", none,
                    [("date", f"quý {q} năm {y}", {"year": y, "quarter": q})]))
    # years
    for y in [1997, 2005, 2014, 2020, 2023, 2030]:
        out.append((f"Năm {y} là năm bản lề của kế hoạch.", none,
                    [("date", f"Năm {y}", {"year": y, "month": None})]))
        out.append((f"Huyện được thành lập ({y}) theo nghị định của Chính phủ.", none,
                    [("date", f"{y}", {"year": y})]))
    # year ranges with labels
    for (y1, y2), label in itertools.product([(2020, 2025), (2016, 2020), (2021, 2030), (2015, 2020)],
                                             ["nhiệm kỳ", "giai đoạn", "thời kỳ"]):
        out.append((f"Nghị quyết Đại hội {label} {y1} - {y2} đã đề ra nhiều chỉ tiêu.", none,
                    [("period", f"{label} {y1} - {y2}", {"label": label, "since": {"year": y1, "month": None, "day": None},
                                                         "until": {"year": y2, "month": None, "day": None}})]))
        out.append((f"Chương trình {label} {y1}–{y2} được triển khai đồng bộ.", none,
                    [("period", f"{label} {y1}–{y2}", {"label": label})]))
    # "N tháng đầu năm"
    for n, y in itertools.product([3, 6, 9], [2019, 2023]):
        out.append((f"{n} tháng đầu năm {y}, tổng thu ngân sách tăng 12%.", none,
                    [("period", f"{n} tháng đầu năm {y}", {"since": {"year": y, "month": 1, "day": None},
                                                           "until": {"year": y, "month": n, "day": None}})]))
    # two dates joined, one-ended periods
    for (d1, m1), (d2, m2) in [((24, 7), (31, 7)), ((1, 3), (15, 3)), ((5, 10), (20, 10))]:
        out.append((f"Từ ngày {d1}/{m1} đến ngày {d2}/{m2}/2023, đoàn kiểm tra làm việc tại xã.", none,
                    [("period", f"Từ ngày {d1}/{m1} đến ngày {d2}/{m2}/2023",
                      {"since": {"year": 2023, "month": m1, "day": d1}, "until": {"year": 2023, "month": m2, "day": d2}})]))
    for y in [2025, 2030, 2035]:
        out.append((f"Phấn đấu đến năm {y}, tỷ lệ hộ nghèo giảm còn dưới 2%.", none,
                    [("period", f"đến năm {y}", {"since": None, "until": {"year": y, "month": None, "day": None}})]))
        out.append((f"Kể từ năm {y - 10}, tỉnh đã đầu tư nhiều công trình thủy lợi.", none,
                    [("period", f"Kể từ năm {y - 10}", {"until": None, "since": {"year": y - 10, "month": None, "day": None}})]))
    # durations, digit and spelled counts (a bare "năm" is five only before the unit "năm")
    units = {"năm": "year", "tháng": "month", "ngày": "day", "tuần": "week", "phút": "minute", "quý": "quarter"}
    for n, (w, unit) in itertools.product([2, 3, 5, 10, 15], units.items()):
        out.append((f"Công trình thi công trong {n} {w} thì hoàn thành.", none,
                    [("duration", f"{n} {w}", {"value": float(n), "unit": unit})]))
    spelled = {"hai": 2, "ba": 3, "bốn": 4, "mười": 10, "hai mươi": 20, "ba mươi lăm": 35}
    for (s_n, n), (w, unit) in itertools.product(spelled.items(), [("tháng", "month"), ("ngày", "day"), ("tuần", "week")]):
        out.append((f"Sau {s_n} {w} triển khai, mô hình đã có hiệu quả.", none,
                    [("duration", f"{s_n} {w}", {"value": float(n), "unit": unit})]))
    # relative expressions, resolved against the published date
    rel = [("năm nay", {"year": 2023}), ("năm ngoái", {"year": 2022}), ("năm tới", {"year": 2024}),
           ("tháng trước", {"year": 2023, "month": 5}), ("quý tới", {"year": 2023, "quarter": 3}),
           ("hôm qua", {"year": 2023, "month": 6, "day": 29}), ("ngày mai", {"year": 2023, "month": 7, "day": 1}),
           ("tuần tới", {"year": 2023, "month": 7, "day": 3})]
    for word, fields in rel:
        out.append((f"Theo lãnh đạo huyện, {word} địa phương tập trung làm đường giao thông.", Context(published=PUB),
                    [("date", word, {**fields, "relative": True})]))
    # a weekday before a date is part of it
    for wd, (d, m, y) in itertools.product(["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"],
                                           [(30, 12, 2022), (7, 3, 2023), (19, 5, 2021)]):
        out.append((f"{wd}, ngày {d}/{m}/{y}, Ban Thường vụ họp phiên thường kỳ.", none,
                    [("date", f"{wd}, ngày {d}/{m}/{y}", {"year": y, "month": m, "day": d})]))
    # half years, seasons, "N năm vừa qua"
    for pos, y in itertools.product(["đầu", "cuối"], [2015, 2019, 2021, 2022, 2023, 2024]):
        lo, hi = (1, 6) if pos == "đầu" else (7, 12)
        out.append((f"Trong nửa {pos} năm {y}, sản lượng điện tăng khá.", none,
                    [("period", f"nửa {pos} năm {y}", {"since": {"year": y, "month": lo, "day": None},
                                                       "until": {"year": y, "month": hi, "day": None}})]))
    for season, y in itertools.product(["xuân", "hè", "thu"], [2020, 2022, 2023, 2024]):
        out.append((f"Chương trình diễn ra vào mùa {season} năm {y} tại các xã vùng cao.", none,
                    [("period", f"mùa {season} năm {y}", {"label": f"mùa {season}"})]))
    for n in [2, 3, 5, 10]:
        out.append((f"Trong {n} năm vừa qua, huyện đã xây mới nhiều trường học.", Context(published=PUB),
                    [("duration", f"{n} năm", {"value": float(n), "unit": "year"}),
                     ("period", f"{n} năm vừa qua", {"since": {"year": 2023 - n, "month": None, "day": None},
                                                    "until": {"year": 2022, "month": None, "day": None}})]))
    return out


CASES = _cases()


def _check(sentence: str, ctx: Context, expected: list[tuple[str, str, dict]]) -> None:
    hits = T.find(sentence, ctx)
    got = [(h.kind, sentence[h.start:h.end], h.fields) for h in hits]
    for kind, surface, fields in expected:
        match = [g for g in got if g[0] == kind and g[1] == surface]
        assert match, f"{kind} {surface!r} not in {[(g[0], g[1]) for g in got]}"
        for k, v in fields.items():
            assert match[0][2].get(k) == v, (surface, k, match[0][2].get(k), v)


def test_enough_cases() -> None:
    assert len(CASES) >= 250


@pytest.mark.parametrize("sentence,ctx,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_composed_sentence(sentence: str, ctx: Context, expected: list) -> None:
    _check(sentence, ctx, expected)


def test_clock_time_is_no_duration() -> None:
    hits = T.find("Cuộc họp bắt đầu lúc 8 giờ sáng.", Context())
    assert not [h for h in hits if h.kind == "duration"]


# ---------------------------------------------------------------------------------------------
# the shortcuts against their plain counterparts

PIECES = ["năm", "tháng", "quý", "tuần", "ngày", "hôm", "nay", "qua", "mai", "tới", "đến", "từ", "kể",
          "thứ hai", "thứ 5", "chủ nhật", "sáng", "chiều", "tối", "đầu", "cuối", "giữa", "hai", "ba", "mươi",
          "lăm", "tư", "mùa", "hè", "đông", "nửa", "sang", "hiện nay", "giáng sinh", "noel", "tết dương lịch",
          "giờ", "phút", "tiếng", "vừa qua", "tiếp theo", "giai đoạn", "nhiệm kỳ", "mồng", "đầu tiên",
          "2023", "2020", "19", "1997", "5", "12", "30", "1.000", "2,5", "7/3", "15-6", "I", "IV",
          "-", "–", "—", "/", ".", ",", "(", ")", " ", "  ", "\t", "\n", "x", "a", "đường", "số", "%"]

texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map(lambda xs: " ".join(xs))
texts_tight = st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join)
SAMPLE = [c[0] for c in CASES] + [
    "Thứ Hai, ngày 30/12/2022 và 2 năm vừa qua; từ 20/12 đến 5/1/2024. Ba mươi lăm ngày, hai ngày rưỡi.",
    "Trong 10 năm qua và 3 tháng tiếp theo, mùa hè năm nay, nửa đầu năm 2023, từ đầu năm đến nay.",
    "thứ ba tuần tới, hôm thứ sáu, Giáng sinh năm 2022, Noel, sang năm, hiện nay, hiện tại, sáng nay.",
    "1.000 ngày, 2,5 tháng, 7 - 2023, 2013–2014, 1997 đến 2003, năm 2030, tầm nhìn đến năm 2045.",
]


def _plain_split(p: T._Split, low: str) -> list:
    out = []
    for m in p.core.finditer(low):
        s = m.start()
        out.append(T._PM(m, p.pre.search(low, max(0, s - 48), s)))
    return out


def _shape(ms: list) -> list:
    out = []
    for m in ms:
        if isinstance(m, T._PM):
            pre = None if m.p is None else (m.p.span(), m.p.groupdict())
            out.append((m.m.span(), m.m.groupdict(), pre))
        else:
            out.append((m.span(), m.groupdict()))
    return out


def _same_scans(text: str) -> None:
    low = T._lower(text)
    sc = T._Scan(low)
    for key, p in T._rx().items():
        if key in ("between", "since_pre", "until_pre", "clock_after", "moy_tail", "rel_tail"):
            continue  # used with match/search at a position, never scanned
        fast = list(sc.finditer(key))
        plain = _plain_split(p, low) if isinstance(p, T._Split) else list(p.finditer(low))
        assert _shape(fast) == _shape(plain), (key, text)


@pytest.mark.parametrize("text", SAMPLE[::7] + SAMPLE[-4:])
def test_scans_equal_plain_finditer_on_sentences(text: str) -> None:
    _same_scans(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, texts_tight))
def test_scans_equal_plain_finditer_generated(text: str) -> None:
    _same_scans(text)


@settings(max_examples=200, deadline=None)
@given(st.one_of(texts, texts_tight))
def test_period_prefix_gates(text: str) -> None:
    low = T._lower(text)
    rx = T._rx()
    for key, lasts in (("since_pre", T._SINCE_LASTS), ("until_pre", T._UNTIL_LASTS)):
        for pos in range(len(low) + 1):
            m = rx[key].search(low, max(0, pos - 40), pos)
            if m is not None:
                assert T._may_end(low, pos, lasts, True), (key, text, pos)


def _select_reference(cands: list) -> list:
    """The per-character owner map the interval version replaced."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    owner: dict = {}
    kept = []
    for c in order:
        clash = False
        for i in range(c.start, c.end):
            k = owner.get(i)
            if k is not None and not (c.nested_ok and k.kind == "period" and (k.priority == -1 or k.host)
                                      and k.start <= c.start and c.end <= k.end):
                clash = True
                break
        if not clash:
            kept.append(c)
            for i in range(c.start, c.end):
                owner.setdefault(i, c)
    return sorted(kept, key=lambda c: (c.start, c.end))


cand = st.builds(lambda kind, s, n, pr, nested, host: T._Cand(kind, s, s + n, priority=pr, nested_ok=nested, host=host),
                 st.sampled_from(["date", "period", "duration"]), st.integers(0, 40), st.integers(0, 12),
                 st.sampled_from([-1, 0, 1]), st.booleans(), st.booleans())


@settings(max_examples=500, deadline=None)
@given(st.lists(cand, max_size=25))
def test_select_equals_owner_map(cands: list) -> None:
    assert [id(c) for c in T._select(cands)] == [id(c) for c in _select_reference(cands)]


def test_infer_year_same_with_and_without_cached_text() -> None:
    text = "Năm 2022, huyện đạt nhiều kết quả. So với cùng kỳ năm 2021, thu ngân sách tăng; quý I/2022 tăng."
    hits = T.find(text, Context())
    assert T.infer_year(text, hits, None) == 2022
    T.find("Năm 1999.", Context())  # another text in between: the cache must not be reused
    assert T.infer_year(text, hits, None) == 2022
    assert T.infer_year(text, None, None) == 2022
