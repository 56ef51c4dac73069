"""The shared head-word scan (`places.head_starts` + `places.matches_at`) finds what each
recogniser's own `finditer` finds, whatever the spacing inside a head word."""
from __future__ import annotations

import random
import re
from collections.abc import Iterable

import pytest

from vnreport_extract.rules import bodies, documents, events, people, places

_TEXTS = [
    "Chủ tịch UBND quận Hoàng Mai Nguyễn Văn A dự Hội nghị lần thứ 3.",
    "Ông Trần Văn B, Phó Chủ tịch  UBND tỉnh Vĩnh Phúc, ký Quyết định số 12/QĐ-UBND.",
    "(Phó\tBí thư Thành ủy) và bà K'Bình gặp Bộ trưởng\u00a0Bộ Y tế tại TP.HCM, xã Vĩnh Lộc A.",
    "Theo Nghị   quyết 43-NQ/TW, Đại hội Đảng bộ huyện lần thứ XX; “Kế hoạch 5 năm” của tỉnh Bà Rịa - Vũng Tàu.",
    "xã hội hóa, thị xã  Kỳ Anh,phường 12, 13 và Thủ tướng Phạm Minh C; Đại\u00a0hội đoàn viên.",
]


def _patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    pd, pp, dd, ed = places._data(), people._pat(), documents._data(), events._data()
    return {"places.alias": (pd.alias_re,), "places.unit": (pd.unit_at,), "people.head": (pp.head,),
            "documents.type": (dd.type_re,), "events.head": (ed.head_re,)}


def _respaced(text: str, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice([" ", "  ", "\t", "\u00a0", " \t"]) if c == " " else c for c in text)


@pytest.mark.parametrize("text", _TEXTS + [_respaced(t, i) for i, t in enumerate(_TEXTS)])
def test_matches_at_head_starts_equal_finditer(text: str) -> None:
    pats = _patterns()  # loads the recognisers' data, which registers their head words
    starts = places.head_starts(text)
    for owner, (pat,) in pats.items():
        want = [m.span() for m in pat.finditer(text)]
        got = [m.span() for m in places.matches_at(pat, text, starts[owner])]
        assert got == want, (owner, text)


@pytest.mark.parametrize("text", _TEXTS + [_respaced(t, 7 + i) for i, t in enumerate(_TEXTS)])
def test_names_equal_overlapped_finditer(text: str) -> None:
    want: dict[int, int] = {}
    for m in people._pat().name.finditer(text, overlapped=True):
        want.setdefault(m.start(), m.end())
    assert list(people._names(text).items()) == list(want.items())


def test_head_starts_finds_odd_spacing_and_word_starts_only() -> None:
    text = "Phó  Chủ tịch và (Phó\tChủ tịch) nhưng không XPhó Chủ tịch"
    head = people._pat().head
    starts = places.head_starts(text)["people.head"]
    assert 0 in starts and text.index("(Phó") + 1 in starts
    assert text.index("XPhó") + 1 not in starts  # after a letter: no word start
    assert [m.group("w") for m in places.matches_at(head, text, starts)] == [
        "Phó  Chủ tịch", "Phó\tChủ tịch", "Chủ tịch"]


def test_register_head_words_rejects_empty_words() -> None:
    with pytest.raises(ValueError):
        places.register_head_words("test.empty", [" "])
    assert "test.empty" not in places.head_starts("x")


@pytest.mark.parametrize("text", _TEXTS + [
    "ỦY BAN NHÂN DÂN tỉnh, Uỷ ban MTTQ, UBnd xã, ubnd huyện, BỘ Y TẾ và bộ Tài chính; BAN Tuyên giáo",
    "Ngân hàng NHNN-ADB, trường Đại học, TRƯỜNG THPT, 43-Ban chỉ đạo, \u212aho bạc",
])
def test_body_candidates_equal_finditer(text: str) -> None:
    d = bodies._data()

    def keyed(matches: Iterable[re.Match[str]]) -> list[tuple[int, str]]:
        words = [(m.start(), m.group()) for m in matches]
        return [(s, w) for s, w in words if (w if w in d.first_words else bodies._key(w)) in d.first_words]

    got = places.matches_at(d.candidate_re, text, places.head_starts(text)["bodies.first"])
    assert keyed(got) == keyed(d.candidate_re.finditer(text))


def test_key_forms_invert_the_key() -> None:
    forms = bodies._key_forms(frozenset({"Ủy", "UBND", "Ban"}))
    assert {"Ủy", "ỦY", "Uỷ", "UBND", "Ban", "BAN", "BaN"} <= forms
    assert "Ubnd" not in forms and "ban" not in forms
    assert all(bodies._key(w) in {"Ủy", "UBND", "Ban"} or w.isupper() for w in forms)


@pytest.mark.parametrize("text", _TEXTS + [
    "Huyện có 7 xã ven biển, gồm Khánh Lâm, Khánh Hưng và Đá Bạc; các phường:  A, B; 3 thị  trấn là X, Y.",
    "hai huyện, thị xã gồm: An Phú và Tân Châu, các xã, thị trấn gồm Mỹ Đức",
])
def test_unit_list_intros_equal_finditer(text: str) -> None:
    intro = places._list_data().intro  # (registers the unit words)
    at = [s - 1 for s in places.head_starts(text)["places.list"] if s and text[s - 1] == " "]
    assert [m.span() for m in places.matches_at(intro, text, at)] == [m.span() for m in intro.finditer(text)]


def test_head_starts_without_owners_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(places, "_HEAD_WORDS", {})
    places._head_automata.cache_clear()
    places.head_starts.cache_clear()
    try:
        assert places.head_starts("Chủ tịch UBND tỉnh") == {}
    finally:
        places._head_automata.cache_clear()
        places.head_starts.cache_clear()
