"""Vietnamese number grammar (rules/numbers.py): digits, spelled numbers, roman numerals, spans."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreport_extract.rules.numbers import SCALES, find_numbers, parse_digits, parse_spelled, roman_to_int


@pytest.mark.parametrize("s,hint,want", [
    ("50.068", None, 50068), ("9,54", None, 9.54), ("3.798,254", None, 3798.254),
    ("1.384.200", None, 1384200), ("50,068", "en", 50068), ("50,068", None, 50.068),
    ("108,987", None, 108.987), ("1.5", None, 1.5), ("1.25", None, 1.25), ("2.12345", None, 2.12345),
    ("1,234.5", None, 1234.5), ("1,234,567", None, 1234567), ("50.068", "en", 50.068),
    ("100", None, 100), ("0,77", None, 0.77), (",77", None, 0.77), ("01,10", None, 1.1),
    ("-1200000", None, -1200000), ("1234.567", None, 1234.567),
])
def test_parse_digits(s, hint, want):
    assert parse_digits(s, hint=hint) == pytest.approx(want)


@pytest.mark.parametrize("s", ["0243.8253.888", "1.2.3", "1,2.3,4", "", "abc", "1.", "12.34.567", "1.234,5.6"])
def test_parse_digits_rejects(s):
    assert parse_digits(s) is None


@pytest.mark.parametrize("words,want", [
    ("không", 0), ("một", 1), ("hai", 2), ("ba mươi ba", 33), ("mười bốn", 14), ("mười sáu", 16),
    ("mười bảy", 17), ("mười tám", 18), ("trăm", 100), ("hai mươi lăm", 25), ("hai mươi tư", 24),
    ("hai mươi mốt", 21), ("mười ba nghìn", 13000), ("một trăm linh năm", 105), ("một trăm lẻ năm", 105),
    ("ba trăm hai mươi", 320), ("hai phẩy năm", 2.5), ("một nghìn rưỡi", 1500), ("hai triệu rưỡi", 2.5e6),
    ("một nghìn rưởi", 1500), ("nửa", 0.5), ("nửa triệu", 5e5), ("hai chục", 20), ("hai mươi", 20),
    ("năm nghìn", 5000), ("năm ngàn", 5000), ("hai trăm nghìn", 200000), ("hai trăm ngàn", 200000),
    ("một tỷ", 1e9), ("một tỉ", 1e9), ("hai mươi nghìn tỷ", 2e13), ("ba nghìn tỷ", 3e12),
    ("hai mươi mốt nghìn không trăm mười một", 21011),
    ("bảy trăm hai mươi mốt nghìn không trăm mười hai", 721012), ("năm trăm năm mươi lăm", 555),
    ("một tỷ hai trăm triệu", 1.2e9), ("một nghìn hai", 1200), ("hai triệu ba", 2.3e6),
    ("hai phẩy 23", 2.23), ("một chấm ba", 1.3), ("mười lăm", 15), ("mười tư", 14),
    ("Hai Mươi Lăm", 25), ("MƯỜI", 10), ("một trăm rưỡi", 150), ("chín mươi chín", 99),
    ("một trăm linh tư", 104), ("hai nghìn không trăm linh năm", 2005), ("bẩy", 7),
])
def test_parse_spelled(words, want):
    assert parse_spelled(words) == pytest.approx(want)


@pytest.mark.parametrize("words", [
    "hai mươi năm",  # twenty years, not 25
    "mười năm", "một trăm năm", "mốt", "lăm", "hai hai", "mươi", "linh năm", "một trăm hai",
    "hai nghìn ba nghìn", "người", "", "triệu nghìn",
])
def test_parse_spelled_rejects(words):
    assert parse_spelled(words) is None


@pytest.mark.parametrize("s,want", [("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14), ("XVII", 17), ("XXVI", 26),
                                    ("XIII", 13), ("XL", 40), ("MMM", 3000), ("MCMXCIX", 1999)])
def test_roman(s, want):
    assert roman_to_int(s) == want


@pytest.mark.parametrize("s", ["IIII", "VX", "IC", "iv", "", "ABC", "XXXX", "VV"])
def test_roman_rejects(s):
    assert roman_to_int(s) is None


def test_scales():
    assert SCALES["nghìn"] == SCALES["ngàn"] == 1e3
    assert SCALES["triệu"] == 1e6
    assert SCALES["tỷ"] == SCALES["tỉ"] == 1e9
    assert SCALES["nghìn tỷ"] == 1e12


@pytest.mark.parametrize("text,surface,value,kind,scaled", [
    ("ước đạt 50.068 tỷ đồng", "50.068 tỷ", 5.0068e13, "digits", True),
    ("tăng 9,54% so với", "9,54", 9.54, "digits", False),
    ("vốn 20 nghìn tỷ đồng", "20 nghìn tỷ", 2e13, "digits", True),
    ("tài trợ 1,5 triệu USD", "1,5 triệu", 1.5e6, "digits", True),
    ("gồm hai mươi mốt người", "hai mươi mốt", 21, "spelled", False),
    ("cấp 2 tỷ 500 triệu đồng", "2 tỷ 500 triệu", 2.5e9, "digits", True),
    ("khoảng 100K", "100K", 1e5, "digits", True),
    ("giá trị: - 1.200.000", "- 1.200.000", -1.2e6, "digits", False),
    ("từ 5 - 7 ha", "7", 7, "digits", False),
    ("nhiệt độ âm 5", "âm 5", -5, "digits", False),
    ("có mười ba nghìn hộ", "mười ba nghìn", 13000, "spelled", True),
    ("giá 2 chấm 23 đô la", "2 chấm 23", 2.23, "digits", False),
])
def test_find_numbers(text, surface, value, kind, scaled):
    spans = find_numbers(text)
    start = text.index(surface)
    hit = [s for s in spans if s.start == start and s.end == start + len(surface)]
    assert hit, [(text[s.start:s.end], s.value) for s in spans]
    assert hit[0].value == pytest.approx(value)
    assert hit[0].kind == kind and hit[0].scaled == scaled


def test_find_numbers_english_document():
    text = "Revenue 1,234,567.5 and 50,068 units."
    values = [s.value for s in find_numbers(text)]
    assert values == pytest.approx([1234567.5, 50068])


def test_find_numbers_flags_ambiguous_words():
    spans = find_numbers("Một số địa phương trong năm nay")
    assert all(s.ambiguous for s in spans)
    assert not find_numbers("hai mươi lăm")[0].ambiguous


def test_find_numbers_no_phone_fragments():
    assert find_numbers("Gọi 0243.8253.888") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789.,- %/abcđơnghìntỷriệuhaimươilăm ", max_size=60))
def test_find_numbers_never_raises(text):
    for s in find_numbers(text):
        assert 0 <= s.start < s.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_numeric_find_never_raises(text):
    from vnreport_extract.rules import numeric
    for h in numeric.find(text):
        assert 0 <= h.start < h.end <= len(text)
