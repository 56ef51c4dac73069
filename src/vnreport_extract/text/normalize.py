"""Normalise article text and keep a map back to the caller's offsets.

Every step either keeps a character in place, replaces it by one character, deletes it, or
composes a base letter with its combining marks (NFC).  ``Normalized.offsets[i]`` is the offset
in the input of the character that produced normalised character ``i``; the last entry is
``len(input)``.  Text that needs nothing costs a few regex searches.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import FrozenInstanceError

from .decode import _TONE_SPLIT, is_vietnamese_syllable, split_tone

__all__ = ["Normalized", "normalize", "fix_tone_placement"]


class Normalized:
    """Normalised text with, for each character, its offset in the original string.

    ``offsets`` has ``len(text) + 1`` entries, never decreasing; the last one is the length of
    the original string.  Immutable.  When normalisation deleted nothing the map is the identity,
    and the list is only built if ``offsets`` is read (:attr:`offset_map` gives a ``range``).
    """

    __slots__ = ("text", "_offsets")
    text: str

    def __init__(self, text: str, offsets: list[int] | None = None) -> None:
        """``offsets=None`` means the identity map (normalisation kept every offset)."""
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "_offsets", offsets)

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __repr__(self) -> str:
        return f"Normalized(text={self.text!r}, offsets={self.offsets!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Normalized):
            return NotImplemented
        return self.text == other.text and list(self.offset_map) == list(other.offset_map)

    __hash__ = None  # type: ignore[assignment]  # like a frozen dataclass holding a list

    @property
    def offsets(self) -> list[int]:
        """Offset in the original string of each normalised character, plus ``len(original)``."""
        if self._offsets is None:
            object.__setattr__(self, "_offsets", list(range(len(self.text) + 1)))
        return self._offsets  # type: ignore[return-value]

    @property
    def offset_map(self) -> Sequence[int]:
        """The same values as :attr:`offsets`; a ``range`` (no list built) for the identity map."""
        return self._offsets if self._offsets is not None else range(len(self.text) + 1)

    def to_original(self, i: int) -> int:
        """Offset in the original string of normalised offset ``i`` (0 <= i <= len(text))."""
        if not 0 <= i <= len(self.text):
            raise IndexError(f"offset {i} outside 0..{len(self.text)}")
        return self.offset_map[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of normalised ``text[start:end]``: ``(offsets[start], offsets[end])``.

        Characters deleted right after the span (extra spaces, zero-width) fall inside it.
        """
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}..{end} outside 0..{len(self.text)}")
        m = self.offset_map
        return m[start], m[end]


# --------------------------------------------------------------------------------------------
# character classes

_LINE_BREAKS = "\u000b\u000c\u0085\u2028\u2029"  # become \n (lone \r too)
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_INVISIBLE = "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"

_TRANSLATE = {ord(c): " " for c in _SPACES}
_TRANSLATE.update({ord(c): "\n" for c in _LINE_BREAKS + "\r"})
# Dashes are kept as written: the recognisers read -, –, —, ‒ and − alike, and a gold annotation
# copied from the article must still be found in Article.text (see normalize()).
_TRANSLATE.update({0x00D0: "Đ", 0x00F0: "đ", 0x0189: "Đ", 0x0256: "đ"})

# characters that stage 1 deletes or rewrites; \r only counts when it needs rewriting
_STAGE1 = re.compile(
    "[" + _INVISIBLE + _CONTROLS + re.escape(_SPACES + _LINE_BREAKS) + "\u00d0\u00f0\u0189\u0256\r]"
)
_DELETE1 = re.compile("[" + _INVISIBLE + _CONTROLS + "]|\r(?=\n)")

# runs of spaces: leading, trailing, repeated; and more than two blank lines
_SPACE_RUNS = re.compile(r"^ +| +$|(?<= ) +", re.M)
_BLANK_LINES = re.compile(r"(?<=\n\n)\n\n+")

# --------------------------------------------------------------------------------------------
# tone placement

_V = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
_T = "".join(_TONE_SPLIT)
_C = "bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX"
# words where a tone mark may sit on the wrong vowel of the nucleus:
#   toned vowel + vowel + (vowel | consonants)   lựơng, nghịêm, ngóai, hòang
#   qu/gi with the tone on u/i                     qúa, gìa
#   vowel + toned a/e/i/o/u/y ending the word      hoá, Uỷ, thuỷ, khoẻ, baỏ, đaị (quý, giá kept)
_T_PLAIN = "".join(c for c, (b, _) in _TONE_SPLIT.items() if b in "aeiouyAEIOUY")
_T_U = "".join(c for c, (b, _) in _TONE_SPLIT.items() if b in "uU")
_T_I = "".join(c for c, (b, _) in _TONE_SPLIT.items() if b in "iI")
# every branch starts at the toned vowel, so the regex engine can skip to those quickly; the
# three branches that need a vowel after it share that test (most toned vowels fail it at once)
_TONE_SUSPECT = re.compile(
    f"[{_T}](?:"
    f"[{_V}](?:[{_V}]|[{_V}]*[{_C}]|(?<=[qQ][{_T_U}].)|(?<=[gG][{_T_I}].))"
    rf"|(?<=[{_V}][{_T_PLAIN}])(?![^\W\d_])"
    ")"
)
_SYLLABLE_PARTS = re.compile(
    r"(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]+)([bcdđghklmnpqrstvx]*)"
)
_MARKED = "ăâêôơư"


@functools.lru_cache(maxsize=16384)
def fix_tone_placement(word: str) -> str:
    """Put the tone mark of one Vietnamese syllable on the vowel the modern rule wants.

    The rule: on the vowel with a diacritic (ơ in ươ, ê in iê/yê/uyê, ô in uô, â in uâ);
    otherwise on the last vowel of the nucleus when a final consonant follows (hoàng, toán,
    huýt), on the first of two vowels when none follows (hóa, khỏe, thủy, của, bảo) and on the
    middle of three (ngoài, khuỷu).  ``qu`` and ``gi`` are onsets (quý, giá stay).  Words that
    are not valid syllables, or carry no or several tones, come back unchanged.
    """
    if not (word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())):
        return word
    bare, tone, where = split_tone(word.lower())
    if tone is None or tone == "?":
        return word
    m = _SYLLABLE_PARTS.fullmatch(bare)
    if m is None or not is_vietnamese_syllable(word):
        return word
    onset, nucleus, coda = m.group(1) or "", m.group(2), m.group(3)
    n = len(nucleus)
    marked = [i for i, c in enumerate(nucleus) if c in _MARKED]
    if n == 1:
        target = 0
    elif marked:
        target = marked[-1]
    elif coda:
        target = n - 1
    elif n == 2:
        target = 0
    elif n == 3:
        target = 1
    else:
        return word
    target += len(onset)
    if target == where:
        return word
    chars = list(word)
    chars[where] = _TONE_SPLIT[chars[where]][0]
    chars[target] = unicodedata.normalize("NFC", chars[target] + tone)
    return "".join(chars)


def _fix_tones(text: str) -> str:
    out: list[str] = []
    pos = 0
    done = -1
    for m in _TONE_SUSPECT.finditer(text):
        if m.start() < done:
            continue
        left = m.start()
        while left and text[left - 1].isalpha():
            left -= 1
        right = m.end()
        n = len(text)
        while right < n and text[right].isalpha():
            right += 1
        done = right
        if right < n and unicodedata.combining(text[right]):
            continue  # a stray mark NFC could not attach: moving the tone would make it attachable
        word = text[left:right]
        fixed = fix_tone_placement(word)
        if fixed != word:
            out.append(text[pos:left])
            out.append(fixed)
            pos = right
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# --------------------------------------------------------------------------------------------
# NFC with a map


_LATIN_MARKS = re.compile("[\u0300-\u036f]+")
_NOT_LATIN_MARKS = re.compile("[^\u0300-\u036f]+")


@functools.cache
def _nfc_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Runs of combining marks (and other joiners), and characters NFC rewrites alone; built on
    first use."""
    marks: list[int] = []
    changed: list[int] = []
    seconds: set[int] = set()
    for cp in range(0x30000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        if unicodedata.combining(c):
            marks.append(cp)
        dec = unicodedata.decomposition(c)
        if dec and not dec.startswith("<"):
            parts = dec.split()
            if len(parts) == 2:
                seconds.add(int(parts[1], 16))
        if unicodedata.normalize("NFC", c) != c:
            changed.append(cp)
    # Hangul jamo vowels and trailing consonants compose with what precedes them
    seconds.update(range(0x1161, 0x1176))
    seconds.update(range(0x11A8, 0x11C3))
    joiners = _ranges(sorted(set(marks) | seconds))
    return re.compile(f"[{joiners}]+"), re.compile(f"[{_ranges(changed)}]")


def _ranges(cps: list[int]) -> str:
    out: list[str] = []
    start = prev = None
    for cp in sorted(cps) + [sys.maxunicode + 2]:
        if prev is not None and cp == prev + 1:
            prev = cp
            continue
        if start is not None:
            out.append(re.escape(chr(start)) if start == prev else f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
        start = prev = cp
    return "".join(out)


def _compose_marks(text: str, src: Sequence[int]) -> tuple[str, list[int]] | None:
    """NFC of a mostly composed text, or None when this shortcut does not apply.

    Each run of Latin combining marks is composed with the character before it, alone; when every
    run becomes one character that is not a mark and the result is NFC, the result is NFC(text)
    (composing a part by its canonical equivalent keeps the whole canonically equivalent), and
    each composed character maps to its base letter, as in :func:`_nfc`.
    """
    pieces: list[str] = []
    new: list[int] = []
    pos = 0
    for m in _LATIN_MARKS.finditer(text):
        a = m.start() - 1
        if a < pos:  # marks at the start of the text
            return None
        out = unicodedata.normalize("NFC", text[a : m.end()])
        if len(out) != 1 or "\u0300" <= out <= "\u036f":
            return None
        pieces.append(text[pos:a])
        pieces.append(out)
        new.extend(src[pos : a + 1])
        pos = m.end()
    if not pieces:
        return None
    pieces.append(text[pos:])
    new.extend(src[pos:])
    result = "".join(pieces)
    return (result, new) if unicodedata.is_normalized("NFC", result) else None


def _nfc(text: str, offs: list[int] | None) -> tuple[str, list[int]]:
    src = offs if offs is not None else range(len(text) + 1)
    composed = _compose_marks(text, src)  # the usual case: a few decomposed letters
    if composed is not None:
        return composed
    full = unicodedata.normalize("NFC", text)
    kept = _LATIN_MARKS.sub("", text)
    if len(kept) == len(full) and _LATIN_MARKS.search(full) is None:
        bases = _LATIN_MARKS.sub("", unicodedata.normalize("NFD", full))
        if len(bases) == len(full) and bases == _LATIN_MARKS.sub("", unicodedata.normalize("NFD", kept)):
            # the usual NFD text: each run of marks went into the letter before it, so the
            # composed characters are the characters that are not marks, one for one
            new: list[int] = []
            for m in _NOT_LATIN_MARKS.finditer(text):
                new.extend(src[m.start() : m.end()])
            new.append(src[len(text)])
            return full, new
    joiners, singles = _nfc_regexes()
    segments = [(max(m.start() - 1, 0), m.end()) for m in joiners.finditer(text)]
    covered = {a for a, _ in segments}
    extra = [(m.start(), m.end()) for m in singles.finditer(text) if m.start() not in covered]
    if extra:
        inside = {i for a, b in segments for i in range(a, b)}
        segments = sorted(segments + [seg for seg in extra if seg[0] not in inside])
    pieces: list[str] = []
    new = []
    pos = 0
    for a, b in segments:
        seg = text[a:b]
        out = unicodedata.normalize("NFC", seg)
        if out == seg:
            continue
        pieces.append(text[pos:a])
        new.extend(src[pos:a])
        pieces.append(out)
        new.append(src[a])
        k = 0  # position in seg of the last matched output character
        for ch in out[1:]:
            hit = seg.find(ch, k + 1)
            if hit > k:
                k = hit
            new.append(src[a + k])
        pos = b
    pieces.append(text[pos:])
    new.extend(src[pos:])
    return "".join(pieces), new


def _delete(text: str, offs: list[int] | None, pattern: re.Pattern[str]) -> tuple[str, list[int] | None]:
    pieces: list[str] = []
    new: list[int] = []
    pos = 0
    src = offs if offs is not None else range(len(text) + 1)
    for m in pattern.finditer(text):
        a, b = m.span()
        if a > pos:
            pieces.append(text[pos:a])
            new.extend(src[pos:a])
        pos = b
    if not pos and not pieces:  # nothing deleted
        return text, offs
    pieces.append(text[pos:])
    new.extend(src[pos:])  # includes the final entry
    return "".join(pieces), new


def _needs_space_pass(text: str) -> bool:
    # substring tests run at C speed; the regex would visit every position
    return "  " in text or " \n" in text or "\n " in text or text.startswith(" ") or text.endswith(" ")


def normalize(text: str, *, collapse_spaces: bool = False) -> Normalized:
    """Normalise ``text`` for extraction and map every character back to ``text``.

    Line breaks become ``\\n``; tabs and Unicode spaces become a space; zero-width, bidi and
    control characters are removed; ``Ð``/``ð`` become ``Đ``/``đ``; the text is NFC; tone marks
    sit where the modern rule puts them (``hoá`` -> ``hóa``, ``Uỷ`` -> ``Ủy``, ``lựơng`` -> ``lượng``).
    Quotes and dashes are kept.

    Runs of spaces and spaces at line ends are kept by default, so that a phrase copied from the
    article (a citation, a gold annotation) is still found in the normalised text at the same
    length; ``collapse_spaces=True`` also collapses runs of spaces, drops spaces at line starts and
    ends, and turns more than two blank lines into one.
    """
    offs: list[int] | None = None
    if _STAGE1.search(text) is not None:
        text, offs = _delete(text, offs, _DELETE1)
        text = text.translate(_TRANSLATE)
    if not unicodedata.is_normalized("NFC", text):
        text, offs = _nfc(text, offs)
    if collapse_spaces:
        if _needs_space_pass(text):
            text, offs = _delete(text, offs, _SPACE_RUNS)
        if "\n\n\n\n" in text:
            text, offs = _delete(text, offs, _BLANK_LINES)
    text = _fix_tones(text)
    return Normalized(text, offs)
