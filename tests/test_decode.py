"""Byte decoding: BOMs, UTF-16/32, legacy Vietnamese encodings, refusals."""

from __future__ import annotations

import random
import shutil
import subprocess
import unicodedata

import pytest

from vnreport_extract.errors import DecodeError, InputError, VnreportError
from vnreport_extract.text.decode import (
    LEGACY_ENCODINGS,
    decode,
    decode_legacy,
    encode_legacy,
    is_vietnamese_syllable,
    vietnamese_share,
)

TONES = "\u0301\u0300\u0309\u0303\u0323"


def _letters() -> list[str]:
    lower = list("ăâêôơưđ") + [unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in TONES]
    return lower + [c.upper() for c in lower]


LETTERS = _letters()

# written for these tests
SENTENCES = [
    "Nghị quyết Đại hội Đảng bộ",
    "Sáng 12/3, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm tới.",
    "Tổng thu ngân sách trên địa bàn ước đạt 1.250 tỷ đồng, tăng 8,5% so với cùng kỳ; chi thường xuyên bảo đảm đúng dự toán.",
    "HỘI ĐỒNG NHÂN DÂN TỈNH KHÓA XV ĐÃ THÔNG QUA NGHỊ QUYẾT VỀ KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN.",
    "Các xã vùng sâu, vùng xa được hỗ trợ xây dựng đường giao thông nông thôn, trường học và trạm y tế; người dân phấn khởi.",
]


def test_letter_inventory():
    assert len(LETTERS) == 134 and len(set(LETTERS)) == 134


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_every_letter_round_trips(encoding):
    bad = []
    for c in LETTERS:
        # an upper-case letter is read inside an upper-case word (TCVN3 shares 0x91-0x97 with quotes)
        word = f"H{c}C" if c.isupper() else c
        if decode_legacy(encode_legacy(word, encoding), encoding) != word:
            bad.append(c)
    assert bad == []


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentence_round_trip_and_detection(encoding, sentence):
    data = encode_legacy(sentence, encoding)
    assert not data.isascii()
    assert decode(data, name="s.txt") == (sentence, encoding)


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_long_text_detected(encoding):
    text = "\n".join(SENTENCES * 40)
    assert decode(encode_legacy(text, encoding)) == (text, encoding)


@pytest.mark.parametrize(
    "encoding,data",
    [  # byte values as published for each encoding, independent of our tables
        ("vni", b"Vie\xe4t Nam"),
        ("tcvn3", b"Vi\xd6t Nam"),
        ("viscii", b"Vi\xaet Nam"),
        ("cp1258", b"Vi\xea\xf2t Nam"),
    ],
)
def test_known_bytes(encoding, data):
    assert decode_legacy(data, encoding) == "Việt Nam"


@pytest.mark.parametrize("encoding,iconv", [("viscii", "VISCII"), ("tcvn3", "TCVN5712-1")])
def test_tables_agree_with_glibc_iconv(encoding, iconv):
    if shutil.which("iconv") is None:
        pytest.skip("iconv not installed")
    sample = "".join(f"H{c}C " if c.isupper() else c + " " for c in LETTERS)
    proc = subprocess.run(["iconv", "-f", "UTF-8", "-t", iconv], input=sample.encode(), capture_output=True)
    if proc.returncode != 0:
        pytest.skip(f"iconv lacks {iconv}")
    assert decode_legacy(proc.stdout, encoding) == sample


def test_vni_mixed_case_tone_bytes():
    assert decode_legacy(b"Vie\xc4t", "vni") == "Việt"  # upper tone byte after a lower base
    assert decode_legacy(b"VIE\xe4T", "vni") == "VIỆT"  # and the reverse
    assert decode_legacy(b"\xd1a\xfbng", "vni") == "Đảng"


def test_tcvn3_windows_punctuation_kept():
    data = b"\x93Ngh\xde quy\xd5t\x94 \x96 H\x96C"
    assert decode_legacy(data, "tcvn3") == "“Nghị quyết” – HỌC"


def test_unknown_encoding():
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        decode_legacy(b"x", "koi8-r")
    with pytest.raises(ValueError):
        encode_legacy("x", "koi8-r")


# --- Unicode forms -------------------------------------------------------------------------

VI = SENTENCES[1]


@pytest.mark.parametrize(
    "data,encoding",
    [
        (VI.encode("utf-8"), "utf-8"),
        (VI.encode("utf-8-sig"), "utf-8-sig"),
        (VI.encode("utf-16"), "utf-16-le"),
        (b"\xfe\xff" + VI.encode("utf-16-be"), "utf-16-be"),
        (VI.encode("utf-16-le"), "utf-16-le"),
        (VI.encode("utf-16-be"), "utf-16-be"),
        (VI.encode("utf-32"), "utf-32-le"),
        (VI.encode("utf-32-be"), "utf-32-be"),
        (VI.encode("utf-32-le"), "utf-32-le"),
    ],
)
def test_unicode_forms(data, encoding):
    assert decode(data) == (VI, encoding)


def test_ascii_is_utf8():
    assert decode(b"UBND 2023") == ("UBND 2023", "utf-8")


def test_nfd_utf8_returned_as_stored():
    nfd = unicodedata.normalize("NFD", VI)
    assert decode(nfd.encode()) == (nfd, "utf-8")


def test_mojibake_repaired():
    broken = VI.encode("utf-8").decode("cp1252", errors="replace")
    assert "áº" in broken or "á»" in broken
    assert decode(broken.encode("utf-8")) == (VI, "utf-8+mojibake")


def test_genuine_latin_in_utf8_left_alone():
    text = "Ông Nguyễn Văn A gặp đoàn Ambassade de France tại Hà Nội."
    assert decode(text.encode()) == (text, "utf-8")


# --- refusals -------------------------------------------------------------------------------


def test_empty():
    with pytest.raises(InputError) as exc:
        decode(b"", name="a.txt")
    assert str(exc.value) == "a.txt: empty input"
    assert exc.value.input_name == "a.txt" and exc.value.reason == "empty input"
    assert not isinstance(exc.value, DecodeError)


def test_unnamed_input():
    with pytest.raises(InputError, match=r"^<input>: empty input$"):
        decode(b"")


@pytest.mark.parametrize(
    "data,what",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "OLE2"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ],
)
def test_binary_magic(data, what):
    with pytest.raises(InputError, match=rf"^scan\.bin: binary data \(.*{what}"):
        decode(data, name="scan.bin")


def test_random_bytes():
    data = random.Random(7).randbytes(4096)
    with pytest.raises(InputError, match=r"^noise\.dat: binary data"):
        decode(data, name="noise.dat")


def test_control_bytes_without_nul():
    data = bytes(b for b in random.Random(3).randbytes(600) if b != 0)
    with pytest.raises(InputError, match=r"^noise\.dat: binary data \(many control bytes\)"):
        decode(data, name="noise.dat")


def test_high_bytes_noise_is_decode_error():
    data = bytes(random.Random(5).randrange(0x80, 0x100) for _ in range(2000))
    with pytest.raises(DecodeError) as exc:
        decode(data, name="x.txt")
    assert exc.value.tried == ("utf-8", *LEGACY_ENCODINGS)
    msg = str(exc.value)
    assert msg.startswith("x.txt: ")
    for enc in ("utf-8", "tcvn3", "vni", "cp1258", "viscii"):
        assert enc in msg


LATIN = {
    "fr": "Le conseil municipal a décidé de réviser le budget de l’année prochaine : « une décision très "
    "importante », a déclaré le maire, qui a présenté les détails du projet à la presse.",
    "de": "Die Stadtverwaltung hat beschlossen, den Haushalt für das nächste Jahr zu überprüfen; die Ausgaben "
    "für Bildung werden leicht erhöht, sagte der Bürgermeister.",
    "es": "El ayuntamiento decidió revisar el presupuesto del próximo año; la educación recibirá más dinero, "
    "según explicó el alcalde.",
    "en": "The council said the “new budget” will be reviewed next year – officials expect modest growth.",
}


@pytest.mark.parametrize("lang", sorted(LATIN))
def test_cp1252_latin_refused(lang):
    with pytest.raises(DecodeError, match=rf"^{lang}\.txt: .*tried: utf-8, tcvn3, vni, cp1258, viscii"):
        decode(LATIN[lang].encode("cp1252"), name=f"{lang}.txt")


def test_error_hierarchy():
    assert issubclass(DecodeError, InputError)
    assert issubclass(InputError, VnreportError) and issubclass(InputError, ValueError)
    err = InputError("f.txt", "too large")
    assert (err.input_name, err.reason, str(err)) == ("f.txt", "too large", "f.txt: too large")


# --- the syllable validator -------------------------------------------------------------------

VALID = (
    "quý hoàng thuyền khuya hoạch toàn gìn giữ giếng quỳnh quýt nghiêng kiểm ghế ngẫm hóa hoá Ủy khỏe "
    "người được tuổi khuỷu Huế thuở xoong ĐẢNG Nghị"
).split()
INVALID = "UBND report café très über kan ngê ghá cá̀ học̀ lạc̀ tổngh qa ĐẢng".split()


@pytest.mark.parametrize("word", VALID)
def test_valid_syllables(word):
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", INVALID)
def test_invalid_syllables(word):
    assert not is_vietnamese_syllable(unicodedata.normalize("NFC", word))


def test_stop_finals_take_only_sac_or_nang():
    assert is_vietnamese_syllable("học") and is_vietnamese_syllable("hóc")
    assert not is_vietnamese_syllable("hòc") and not is_vietnamese_syllable("hỏp")


def test_vietnamese_share():
    na, share, n = vietnamese_share(SENTENCES[2])
    assert na == 1.0 and n > 5 and share > 0.8
    assert vietnamese_share("") == (0.0, 0.0, 0)
