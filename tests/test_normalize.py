"""Text normalisation and its offset map."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import shared_path
from vnreport_extract.text.normalize import Normalized, fix_tone_placement, normalize

# --- tone placement ----------------------------------------------------------------------------

FOLDED = {  # old style -> modern style (oa, oe, uy without a final consonant, not after q)
    "Uỷ ban": "Ủy ban",
    "hoá học": "hóa học",
    "thuỷ lợi": "thủy lợi",
    "sức khoẻ": "sức khỏe",
    "hoà bình": "hòa bình",
    "khoá XV": "khóa XV",
    "Tỉnh uỷ": "Tỉnh ủy",
    "luỹ kế": "lũy kế",
    "thoả thuận": "thỏa thuận",
    "tuỳ theo": "tùy theo",
    "UỶ BAN": "ỦY BAN",
    "HOÀ": "HÒA",
    "toà án": "tòa án",
    "xoè": "xòe",
    "goá": "góa",
    "hoạ sĩ": "họa sĩ",
}
KEPT = (
    "hoàng toán huyện quyết quý quỳnh thuyền khuya hoạch toàn loại gìn giữ giá quá quả Huế thuở "
    "khuỷu ngoài người tuổi của mùa kìa giường khuyến hoặc xoóng"
).split()


@pytest.mark.parametrize("old,new", sorted(FOLDED.items()))
def test_tone_folded(old, new):
    n = normalize(old)
    assert n.text == new
    assert n.offsets == list(range(len(old) + 1))  # same length: the map is the identity


@pytest.mark.parametrize("word", KEPT)
def test_tone_kept(word):
    assert normalize(word).text == word
    assert fix_tone_placement(word) == word


@pytest.mark.parametrize(
    "typo,fixed",
    [("baỏ", "bảo"), ("đaị", "đại"), ("lựơng", "lượng"), ("nghịêm", "nghiệm"), ("hòang", "hoàng"),
     ("ngoaì", "ngoài"), ("cuả", "của"), ("qúa", "quá"), ("gìa", "già"), ("muôí", "muối")],
)
def test_misplaced_tone_typos(typo, fixed):
    assert normalize(typo).text == fixed


@pytest.mark.parametrize("word", ["Bảo", "café", "Pokémon", "naïve", "UBND", "iPhoné", "hoÁ"])
def test_tone_fix_leaves_non_syllables(word):
    assert fix_tone_placement(word) == word


def test_underthesea_text_normalize_cases():
    cases = json.loads(shared_path("peer", "other", "underthesea_tests.json").read_text("utf-8"))
    cases = [c for c in cases if c["function"] == "text_normalize"]
    assert len(cases) == 3
    for case in cases:
        assert normalize(case["input"]).text == case["expected"], case["test"]


# --- characters and whitespace -----------------------------------------------------------------


def test_clean_text_fast_path():
    text = "Năm 2022, tổng thu ngân sách đạt 1.564 tỷ đồng.\nChi ngân sách bằng 96% dự toán."
    n = normalize(text)
    assert n.text == text and n.offsets == list(range(len(text) + 1))


def test_whitespace_and_invisible():
    src = "  Nghị   quyết\u200b số\t43 \r\nĐại\u00a0hội \u2013 Đả\u00adng bộ  \n\n\n\n\nhết  "
    kept = normalize(src)  # default: same spaces and dashes, only invisible characters and \r go
    assert kept.text == "  Nghị   quyết số 43 \nĐại hội \u2013 Đảng bộ  \n\n\n\n\nhết  "
    n = normalize(src, collapse_spaces=True)
    assert n.text == "Nghị quyết số 43\nĐại hội \u2013 Đảng bộ\n\nhết"
    assert len(n.offsets) == len(n.text) + 1 and n.offsets[-1] == len(src)
    for i, ch in enumerate(n.text):
        if ch not in " \n":
            assert src[n.offsets[i]] == ch
    assert src[n.to_original(n.text.index("quyết")):].startswith("quyết")
    assert src[n.to_original(n.text.index("hết")):].startswith("hết")
    assert n.to_original(n.text.index("\n")) == src.index("\n")  # \r\n keeps the \n


def test_two_blank_lines_kept_three_collapse():
    assert normalize("a\n\n\nb", collapse_spaces=True).text == "a\n\n\nb"
    assert normalize("a\n\n\n\nb", collapse_spaces=True).text == "a\n\nb"
    assert normalize("a\n \n  \n\t\n\nb", collapse_spaces=True).text == "a\n\nb"
    assert normalize("a\n\n\n\nb").text == "a\n\n\n\nb"


def test_line_breaks():
    assert normalize("a\rb\r\nc\u2028d\x0be").text == "a\nb\nc\nd\ne"


def test_controls_removed_quotes_kept():
    src = "“Nghị\x00 quyết\x1b”\x7f ‘số’ \"43\" «x»\u0085y"
    assert normalize(src).text == "“Nghị quyết” ‘số’ \"43\" «x»\ny"


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"])
def test_dashes_are_kept(dash):
    # kept as written so that phrases copied from the article are found again; rules read them all
    assert normalize(f"2020 {dash} 2025").text == f"2020 {dash} 2025"


def test_eth_to_d_stroke():
    n = normalize("ÐẢNG ủy ðã")
    assert n.text == "ĐẢNG ủy đã" and n.offsets == list(range(len(n.text) + 1))


def test_unicode_spaces():
    spaces = "\u00a0\u2000\u2005\u200a\u202f\u3000"
    assert normalize("a" + spaces + "b").text == "a" + " " * len(spaces) + "b"
    assert normalize("a" + spaces + "b", collapse_spaces=True).text == "a b"


# --- NFD input ---------------------------------------------------------------------------------


def test_nfd_input_composed_and_mapped():
    nfc = "Nghị quyết Đại hội Đảng bộ hoá"
    nfd = unicodedata.normalize("NFD", nfc)
    assert len(nfd) > len(nfc)
    n = normalize(nfd)
    assert n.text == "Nghị quyết Đại hội Đảng bộ hóa"
    assert len(n.offsets) == len(n.text) + 1 and n.offsets[-1] == len(nfd)
    for i, ch in enumerate(n.text):
        base = unicodedata.normalize("NFD", ch)[0]
        assert nfd[n.offsets[i]] == base  # every composed char maps to its base letter
    start = n.text.index("Đại")
    s, e = n.span_to_original(start, start + 3)
    assert unicodedata.normalize("NFC", nfd[s:e]) == "Đại"


def test_nfd_with_invisible_inside_cluster():
    assert normalize("a\u200b\u0301 o\u0323\u0302").text == "á ộ"


def test_to_original_bounds():
    n = normalize("a  b", collapse_spaces=True)
    assert n.to_original(0) == 0 and n.to_original(3) == 4
    with pytest.raises(IndexError):
        n.to_original(4)
    with pytest.raises(IndexError):
        n.span_to_original(2, 1)


# --- properties ------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("aAoOuUyYeEđĐqgh ") + list("hoá uỷ khoẻ quý Nghị")
    + ["\t", "\n", "\r", "\r\n", "\u00a0", "\u200b", "\ufeff", "\u00ad", "\x00", "\x1b", "\x85", "\u2013",
       "\u2212", "Ð", "ð", "\u0301", "\u0300", "\u0323", "\u0302", "\u031b", "\u0306", "\u2028", "  ", "\n\n\n\n"]
)
_TEXT = st.one_of(st.lists(_ALPHABET, max_size=60).map("".join), st.text(max_size=60))


def _base(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0]


def _check(src: str, n: Normalized) -> None:
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(src)
    assert all(0 <= o <= len(src) for o in n.offsets)
    assert all(a <= b for a, b in zip(n.offsets, n.offsets[1:]))
    for i, ch in enumerate(n.text):
        if ch in " -\nĐđ" or unicodedata.combining(ch):
            continue  # translated characters, and marks NFC could not attach
        # an unchanged character points at itself; a composed or re-toned one at its base letter
        assert _base(src[n.offsets[i]]) == _base(ch)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_offset_map_properties(src):
    n = normalize(src)
    _check(src, n)
    assert unicodedata.is_normalized("NFC", n.text)
    assert "\r" not in n.text and "\t" not in n.text and "\u200b" not in n.text
    c = normalize(src, collapse_spaces=True)
    _check(src, c)
    assert "  " not in c.text and " \n" not in c.text and "\n\n\n\n" not in c.text


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_idempotent(src):
    once = normalize(src).text
    again = normalize(once)
    assert again.text == once
    assert again.offsets == list(range(len(once) + 1))


def test_stray_mark_before_hangul_jamo():
    # found by hypothesis: a mark that composes with nothing must keep its own offset
    src = "\u0301\u1100\u1161"
    n = normalize(src)
    assert n.text == "\u0301\uac00" and n.offsets == [0, 1, 3]


def test_identity_map_is_built_only_when_read() -> None:
    n = normalize("Tỉnh ủy Hà Tĩnh họp.")
    assert isinstance(n.offset_map, range) and list(n.offset_map) == list(range(len(n.text) + 1))
    assert n.offsets == list(range(len(n.text) + 1)) and n.to_original(3) == 3
    assert n == normalize("Tỉnh ủy Hà Tĩnh họp.")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aeiouyAĐdgq ") + ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323",
                                                             "\u0302", "\u0306", "\u031b", "á", "ư"]), max_size=30))
def test_mostly_composed_text_takes_the_nfc_shortcut_exactly(s: str) -> None:
    import unicodedata

    from vnreport_extract.text.normalize import _compose_marks

    got = _compose_marks(s, range(len(s) + 1))
    if got is not None:
        text, offs = got
        assert text == unicodedata.normalize("NFC", s)
        assert len(offs) == len(text) + 1 and offs == sorted(offs) and offs[-1] == len(s)
