"""Turn the bytes of an article into text: BOMs, UTF-8/16/32 and legacy Vietnamese encodings.

Python has codecs for UTF-* and Windows-1258 only; the 8-bit Vietnamese encodings in use before
Unicode (TCVN3/ABC, VNI-Windows, VISCII) are decoded from the tables in
``data/vi/encodings.yaml``.  When the bytes are not UTF-8, each legacy candidate is decoded and
the one whose words are most often valid Vietnamese syllables wins; if none looks Vietnamese the
input is refused with :class:`~vnreport_extract.errors.DecodeError`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable


from ..errors import DecodeError, InputError

from ..data import load

__all__ = [
    "LEGACY_ENCODINGS",
    "decode",
    "decode_legacy",
    "encode_legacy",
    "is_vietnamese_syllable",
    "vietnamese_share",
]

#: Legacy candidates, in tie-break order.
LEGACY_ENCODINGS: tuple[str, ...] = ("tcvn3", "vni", "cp1258", "viscii")

_SCORE_PREFIX = 20_000  # bytes of a long input that are enough to choose an encoding
_MIN_SHARE = 0.65  # share of valid syllables among words with non-ASCII letters
_MIN_SHARE_ALL = 0.4  # and among all words
_MIN_SHARE_ASCII_ONLY = 0.6  # when the non-ASCII bytes decode to punctuation only

_TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
_BASE_VOWELS = "aăâeêioôơuưy"

# ---------------------------------------------------------------------------------------------
# data


@dataclass(frozen=True)
class _Data:
    tcvn3: dict[int, str]
    viscii: dict[int, str]
    vni: dict[str, str]
    onsets: tuple[str, ...]
    front_only: frozenset[str]
    not_before_front: frozenset[str]
    not_before_e: frozenset[str]
    rhymes: frozenset[str]
    rhymes_after_qu: frozenset[str]
    stop_codas: tuple[str, ...]


def _vietnamese_letters() -> list[str]:
    """The 67 lower-case precomposed Vietnamese letters outside ASCII (toned vowels, ă â ê ô ơ ư đ)."""
    out = [c for c in "ăâêôơưđ"]
    for base in _BASE_VOWELS:
        for mark in _TONE_MARKS:
            out.append(unicodedata.normalize("NFC", base + mark))
    return out


def _check_byte_table(name: str, raw: Any) -> dict[int, str]:
    if not isinstance(raw, dict):
        raise ValueError(f"encodings.yaml: {name} must be a mapping")
    table: dict[int, str] = {}
    for key, value in raw.items():
        if not isinstance(key, int) or not 0 <= key <= 0xFF:
            raise ValueError(f"encodings.yaml: {name}: bad byte {key!r}")
        if not isinstance(value, str) or len(value) != 1:
            raise ValueError(f"encodings.yaml: {name}: 0x{key:02X} must map to one character")
        table[key] = value
    full = {b: table.get(b, chr(b)) for b in range(256)}
    if len(set(full.values())) != 256:
        raise ValueError(f"encodings.yaml: {name}: two bytes decode to the same character")
    letters = _vietnamese_letters()
    missing = [c for c in letters + [c.upper() for c in letters] if c not in full.values()]
    if missing:
        raise ValueError(f"encodings.yaml: {name}: no byte for {''.join(missing)}")
    return table


@functools.cache
def _data() -> _Data:
    raw = load("encodings.yaml")
    vni = raw["vni"]
    if not isinstance(vni, dict):
        raise ValueError("encodings.yaml: vni must be a mapping")
    letters = _vietnamese_letters()
    wanted = set(letters) | {c.upper() for c in letters}
    if set(vni) != wanted:
        raise ValueError(f"encodings.yaml: vni must map exactly the 134 letters; diff {set(vni) ^ wanted}")
    if len(set(vni.values())) != len(vni):
        raise ValueError("encodings.yaml: vni: two letters share a byte string")
    for k, v in vni.items():
        if not (isinstance(v, str) and 1 <= len(v) <= 2 and all(ord(c) < 0x100 or c in _CP1252_EXTRA for c in v)):
            raise ValueError(f"encodings.yaml: vni: bad byte string for {k!r}: {v!r}")
    syl = raw["syllables"]
    onsets = tuple(sorted((str(o) for o in syl["onsets"]), key=len, reverse=True))
    rhymes = frozenset(str(r) for r in syl["rhymes"])
    for r in rhymes:
        if not r or any(c not in _BASE_VOWELS + "mnptcghk" for c in r):
            raise ValueError(f"encodings.yaml: bad rhyme {r!r}")
    return _Data(
        tcvn3=_check_byte_table("tcvn3", raw["tcvn3"]),
        viscii=_check_byte_table("viscii", raw["viscii"]),
        vni=dict(vni),
        onsets=onsets,
        front_only=frozenset(syl["front_only"]),
        not_before_front=frozenset(syl["not_before_front"]),
        not_before_e=frozenset(syl["not_before_e"]),
        rhymes=rhymes,
        rhymes_after_qu=frozenset(str(r) for r in syl["rhymes_after_qu"]),
        stop_codas=tuple(str(c) for c in syl["stop_codas"]),
    )


# cp1252 characters outside Latin-1 (bytes 0x80-0x9F); undefined bytes stay C1 code points.
_CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"


@functools.cache
def _cp1252_table() -> str:
    chars = []
    for b in range(256):
        try:
            chars.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(b))
    return "".join(chars)


def _latin1_translation(table: str) -> dict[int, str]:
    return {b: c for b, c in enumerate(table) if c != chr(b)}


# ---------------------------------------------------------------------------------------------
# syllables

_TONE_SPLIT: dict[str, tuple[str, str]] = {}
for _base in _BASE_VOWELS:
    for _mark in _TONE_MARKS:
        for _b in (_base, _base.upper()):
            _TONE_SPLIT[unicodedata.normalize("NFC", _b + _mark)] = (_b, _mark)


@functools.cache
def _syllable_regex() -> re.Pattern[str]:
    d = _data()
    rh = "|".join(sorted(d.rhymes, key=len, reverse=True))
    qu = "|".join(sorted(d.rhymes_after_qu, key=len, reverse=True))
    on = "|".join(d.onsets)
    return re.compile(rf"(?:(?P<q>qu)(?P<qr>{qu})|(?P<on>{on})?(?P<rh>{rh}))")


def split_tone(word: str) -> tuple[str, str | None, int]:
    """Split ``word`` into (toneless word, tone mark or None, index of the toned letter or -1).

    Returns tone ``"?"`` when the word carries more than one tone mark.
    """
    tone: str | None = None
    where = -1
    chars = list(word)
    for i, c in enumerate(chars):
        hit = _TONE_SPLIT.get(c)
        if hit is not None:
            if tone is not None:
                return word, "?", -1
            chars[i], tone = hit
            where = i
    return ("".join(chars), tone, where) if tone is not None else (word, None, -1)


@functools.lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` (NFC) is a well-formed Vietnamese syllable: onset, rhyme and tone agree.

    Accepts lower case, Capitalised and UPPER CASE words; the tone may sit on any vowel of the
    nucleus (placement is checked elsewhere).  Loanwords and acronyms are rejected.
    """
    if not word or len(word) > 8:
        return False
    if not (word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())):
        return False
    bare, tone, _ = split_tone(word.lower())
    if tone == "?":
        return False
    m = _syllable_regex().fullmatch(bare)
    if m is None:
        return False
    d = _data()
    if m.group("q"):
        rhyme, onset = m.group("qr"), "qu"
    else:
        rhyme, onset = m.group("rh"), m.group("on") or ""
    first = rhyme[0]
    if onset in d.front_only and first not in "ieêy":
        return False
    if onset in d.not_before_front and first in "ieê":
        return False
    if onset in d.not_before_e and first in "eê":
        return False
    if tone is not None and tone not in "\u0301\u0323" and rhyme.endswith(d.stop_codas):
        return False
    return True


_WORD = re.compile(r"[^\W\d_]+")


def vietnamese_share(text: str) -> tuple[float, float, int]:
    """Score ``text`` as Vietnamese.

    Returns (share of valid syllables among words holding a non-ASCII letter, share among all
    words, number of words holding a non-ASCII letter).  Shares are 0.0 when there are no words.
    """
    total = valid = na_total = na_valid = 0
    for w in _WORD.findall(text):
        ok = is_vietnamese_syllable(w)
        total += 1
        valid += ok
        if not w.isascii():
            na_total += 1
            na_valid += ok
    return (na_valid / na_total if na_total else 0.0, valid / total if total else 0.0, na_total)


# ---------------------------------------------------------------------------------------------
# legacy decoders


@functools.cache
def _byte_table_translation(name: str) -> dict[int, str]:
    table = _data().tcvn3 if name == "tcvn3" else _data().viscii
    return {b: c for b, c in table.items() if c != chr(b)}


# TCVN3 (VN3, the ABC fonts) leaves 0x80-0x9F to Windows punctuation, where VN1 puts capitals.
_TCVN3_CONFLICTS = {0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—"}


@functools.cache
def _tcvn3_conflict_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    table = _data().tcvn3
    letters = {table[b]: p for b, p in _TCVN3_CONFLICTS.items() if b in table}
    return re.compile("[" + "".join(letters) + "]"), letters


def _decode_tcvn3(data: bytes) -> str:
    text = data.decode("latin-1").translate(_byte_table_translation("tcvn3"))
    rx, punct = _tcvn3_conflict_regex()
    if rx.search(text) is None:
        return unicodedata.normalize("NFC", text)

    def fix(m: re.Match[str]) -> str:
        i = m.start()
        prev = text[i - 1] if i else ""
        # a capital inside an upper-case word (HỌC, ĐỘI); anything else is the Windows punctuation
        return m.group() if prev.isupper() else punct[m.group()]

    return unicodedata.normalize("NFC", rx.sub(fix, text))


def _decode_viscii(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("latin-1").translate(_byte_table_translation("viscii")))


def _decode_cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


@functools.cache
def _vni_decoder() -> tuple[re.Pattern[str], dict[str, str], dict[int, str]]:
    seqs: dict[str, str] = {}
    for letter, code in _data().vni.items():
        if len(code) == 1:
            if code != letter:
                seqs[code] = letter
            continue
        base, mark = code
        # writers mix cases (Vieät, VIEÄT, VIeÄT): the base letter decides the case
        for m in {mark.lower(), mark.upper()}:
            seqs[base + m] = letter
    keys = sorted(seqs, key=len, reverse=True)
    rx = re.compile("|".join(re.escape(k) for k in keys))
    return rx, seqs, _latin1_translation(_cp1252_table())


def _decode_vni(data: bytes) -> str:
    rx, seqs, cp1252 = _vni_decoder()
    text = data.decode("latin-1").translate(cp1252)
    return unicodedata.normalize("NFC", rx.sub(lambda m: seqs[m.group()], text))


_DECODERS: dict[str, Callable[[bytes], str]] = {
    "tcvn3": _decode_tcvn3,
    "vni": _decode_vni,
    "cp1258": _decode_cp1258,
    "viscii": _decode_viscii,
}


def decode_legacy(data: bytes, encoding: str) -> str:
    """Decode ``data`` as one of :data:`LEGACY_ENCODINGS` without guessing (NFC text).

    Raises ``ValueError`` for an unknown encoding name.
    """
    try:
        decoder = _DECODERS[encoding]
    except KeyError:
        raise ValueError(f"unknown legacy encoding {encoding!r}; one of {', '.join(LEGACY_ENCODINGS)}") from None
    return decoder(data)


def encode_legacy(text: str, encoding: str) -> bytes:
    """Encode ``text`` in one of :data:`LEGACY_ENCODINGS` (the inverse of the decoders).

    Meant for tests and fixtures.  Raises ``UnicodeEncodeError`` for a character the encoding
    lacks and ``ValueError`` for an unknown encoding.
    """
    text = unicodedata.normalize("NFC", text)
    if encoding == "cp1258":
        out = bytearray()
        for c in text:
            try:
                out += c.encode("cp1258")
            except UnicodeEncodeError:
                parts = unicodedata.normalize("NFD", c)
                tone = "".join(p for p in parts if p in _TONE_MARKS)
                base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONE_MARKS))
                out += (base + tone).encode("cp1258")
        return bytes(out)
    if encoding in ("tcvn3", "viscii"):
        table = _data().tcvn3 if encoding == "tcvn3" else _data().viscii
        full = {table.get(b, chr(b)): b for b in range(256)}
        if encoding == "tcvn3":
            full.update({p: b for b, p in _TCVN3_CONFLICTS.items()})
        out = bytearray()
        for i, c in enumerate(text):
            b = full.get(c)
            if b is None:
                raise UnicodeEncodeError(encoding, text, i, i + 1, "character not in the table")
            out.append(b)
        return bytes(out)
    if encoding == "vni":
        vni = _data().vni
        rev = {c: b for b, c in enumerate(_cp1252_table())}
        out = bytearray()
        for i, c in enumerate(text):
            for k in vni.get(c, c):
                b = rev.get(k)
                if b is None:
                    raise UnicodeEncodeError(encoding, text, i, i + 1, "character not in VNI")
                out.append(b)
        return bytes(out)
    raise ValueError(f"unknown legacy encoding {encoding!r}")


# ---------------------------------------------------------------------------------------------
# sniffing

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office/ODF document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office (OLE2) document"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ\x90\x00", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)
_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}

# C0 bytes that are letters in VISCII or TCVN3 (VN1) and therefore not evidence of binary data.
_C0_LETTERS = frozenset(b"\x01\x02\x04\x05\x06\x11\x12\x13\x14\x15\x16\x17\x19\x1e")
_C0_TEXT = frozenset(b"\t\n\r\x0b\x0c\x1a\x1b")


def _looks_binary(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"binary data ({what})"
    if data[:4] == b"RIFF" and data[8:12] in _RIFF:
        return f"binary data ({_RIFF[data[8:12]]})"
    head = data[:8192]
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    controls = sum(1 for b in head if b < 0x20 and b not in _C0_TEXT and b not in _C0_LETTERS) + head.count(0x7F)
    if controls > max(2, len(head) // 50):
        return "binary data (many control bytes)"
    return None


def _utf16_or_32(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16/32 by the NUL bytes of ASCII characters."""
    head = data[:4096]
    n = len(head)
    if n < 4:
        return None
    if n % 4 == 0:
        q = n // 4
        le = sum(1 for i in range(0, n, 4) if head[i + 3] == 0 and head[i + 2] <= 0x10)
        be = sum(1 for i in range(0, n, 4) if head[i] == 0 and head[i + 1] <= 0x10)
        if le >= 0.9 * q and head[0::4].count(0) < 0.5 * q:
            return "utf-32-le"
        if be >= 0.9 * q and head[3::4].count(0) < 0.5 * q:
            return "utf-32-be"
    half = n // 2
    even_zero = head[0 : 2 * half : 2].count(0)
    odd_zero = head[1 : 2 * half : 2].count(0)
    if odd_zero >= 0.3 * half and even_zero <= 0.05 * half:
        return "utf-16-le"
    if even_zero >= 0.3 * half and odd_zero <= 0.05 * half:
        return "utf-16-be"
    return None


_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _decode_unicode(data: bytes, encoding: str, name: str | None) -> tuple[str, str]:
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid {encoding} at byte {exc.start}", input_name=name, tried=(encoding,)) from None


# ---------------------------------------------------------------------------------------------
# mojibake (UTF-8 bytes once read as cp1252 and saved again as UTF-8)

_MOJIBAKE = re.compile("á[º»]|Æ[°¡¯]|Ä[‘ƒ]|Ã[\u00a0-\u00bf]")


@functools.cache
def _to_cp1252_bytes() -> dict[int, int]:
    return {ord(c): b for b, c in enumerate(_cp1252_table())}


def _repair_mojibake(text: str) -> str | None:
    if len(_MOJIBAKE.findall(text, 0, 20_000)) < 3:
        return None
    table = _to_cp1252_bytes()
    try:
        raw = bytes(table[ord(c)] for c in text)
        fixed = raw.decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    return fixed if vietnamese_share(fixed[:20_000])[0] > vietnamese_share(text[:20_000])[0] else None


# ---------------------------------------------------------------------------------------------
# entry point


def decode(data: bytes, *, name: str | None = None) -> tuple[str, str]:
    """Decode the bytes of a Vietnamese article and say which encoding they were in.

    Args:
        data: the raw bytes.
        name: what to call the input in error messages (file name, URL); ``"<input>"`` if None.

    Returns:
        (text, encoding), where encoding is one of ``utf-8``, ``utf-8-sig``, ``utf-16-le``,
        ``utf-16-be``, ``utf-32-le``, ``utf-32-be``, ``tcvn3``, ``vni``, ``cp1258``, ``viscii``,
        or ``utf-8+mojibake`` (UTF-8 that had been misread as cp1252 once, repaired).  Text from
        a legacy encoding is NFC; text from UTF-* is returned as stored (normalise it later).

    Raises:
        InputError: the input is empty or binary (the message names what it looks like).
        DecodeError: no candidate encoding yields Vietnamese text (the message lists them).
    """
    if not data:
        raise InputError("empty input", input_name=name)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            if enc == "utf-8-sig":
                return _decode_unicode(data, enc, name)
            text, _ = _decode_unicode(data[len(bom) :], enc, name)
            return text, enc
    what = _looks_binary(data)
    if what is not None and "NUL" in what:
        wide = _utf16_or_32(data)
        if wide is not None:
            return _decode_unicode(data, wide, name)
    if what is not None:
        raise InputError(what, input_name=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        repaired = _repair_mojibake(text) if not text.isascii() else None
        return (repaired, "utf-8+mojibake") if repaired is not None else (text, "utf-8")

    sample = data[:_SCORE_PREFIX]
    best: tuple[tuple[float, float], str] | None = None
    for enc in LEGACY_ENCODINGS:
        na_share, all_share, na_total = vietnamese_share(_DECODERS[enc](sample))
        if na_total:
            ok = na_share >= _MIN_SHARE and all_share >= _MIN_SHARE_ALL
            key = (na_share, all_share)
        else:
            ok = all_share >= _MIN_SHARE_ASCII_ONLY
            key = (all_share, all_share)
        if ok and (best is None or key > best[0]):
            best = (key, enc)
    if best is None:
        raise DecodeError(
            "not UTF-8 and no legacy Vietnamese encoding gives Vietnamese text",
            input_name=name,
            tried=("utf-8", *LEGACY_ENCODINGS),
        )
    enc = best[1]
    return _DECODERS[enc](data), enc
