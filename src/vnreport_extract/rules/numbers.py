"""Vietnamese number grammar: digits with separators, scale words, spelled numbers, roman numerals.

Public API (other rule modules import these names):

- :func:`parse_digits` — one digit string with ``.``/``,`` separators to a float.
- :func:`parse_spelled` — spelled Vietnamese (``hai mươi mốt``, ``một trăm linh năm``) to a float.
- :func:`roman_to_int` — strict roman numerals I..MMMCMXCIX.
- :data:`SCALES` — scale words (``nghìn``, ``triệu``, ``tỷ``, ``nghìn tỷ`` …) to their factor.
- :func:`find_numbers` — every number expression in a text as :class:`NumberSpan` with offsets.

All words live in ``data/vi/numbers.yaml``, loaded once and validated.
"""
from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

import regex

from ..data import load

__all__ = [
    "NumberSpan",
    "SCALES",
    "find_numbers",
    "parse_digits",
    "parse_spelled",
    "roman_to_int",
    "document_style",
]


# ---------------------------------------------------------------------------------------------
# data


def load_yaml(name: str) -> Any:
    """Read one YAML file from ``vnreport_extract/data/vi`` (see :func:`vnreport_extract.data.load`)."""
    return load(name)


@dataclass(frozen=True)
class _Lexicon:
    digits: dict[str, int]
    only_after: dict[str, str]
    not_after_tens: frozenset[str]
    ten: frozenset[str]
    tens: frozenset[str]
    dozen: frozenset[str]
    hundred: frozenset[str]
    zero_tens: frozenset[str]
    half_after: frozenset[str]
    half: frozenset[str]
    decimal_point: frozenset[str]
    scales: dict[str, float]
    digit_suffixes: dict[str, float]
    negative_words: tuple[str, ...]
    ambiguous_single: frozenset[str]
    ordinal_words: dict[str, int]
    roman: dict[str, int]

    @property
    def words(self) -> frozenset[str]:
        """Every single word that may occur inside a spelled number."""
        singles = {w for s in self.scales for w in s.split()}
        return frozenset(set(self.digits) | self.ten | self.tens | self.dozen | self.hundred
                         | self.zero_tens | self.half_after | self.half | singles)


def _str_list(data: dict, key: str) -> frozenset[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"numbers.yaml: {key!r} must be a list of non-empty strings")
    return frozenset(v.lower() for v in value)


@functools.cache
def lexicon() -> _Lexicon:
    """The validated number lexicon (cached)."""
    data = load_yaml("numbers.yaml")
    if not isinstance(data, dict):
        raise ValueError("numbers.yaml: top level must be a mapping")
    digits: dict[str, int] = {}
    only_after: dict[str, str] = {}
    not_after: set[str] = set()
    for word, spec in data["digits"].items():
        if not isinstance(spec, dict) or not isinstance(spec.get("value"), int) or not 0 <= spec["value"] <= 9:
            raise ValueError(f"numbers.yaml: bad digit entry {word!r}")
        digits[word] = spec["value"]
        if "only_after" in spec:
            if spec["only_after"] not in ("tens", "tens_or_linh"):
                raise ValueError(f"numbers.yaml: bad only_after for {word!r}")
            only_after[word] = spec["only_after"]
        if spec.get("not_after_tens"):
            not_after.add(word)
    scales = {str(k).lower(): float(v) for k, v in data["scales"].items()}
    if any(v < 1000 for v in scales.values()):
        raise ValueError("numbers.yaml: scales must be >= 1000")
    suffixes = {str(k): float(v) for k, v in data["digit_suffixes"].items()}
    ords = {str(k): int(v) for k, v in data["ordinal_words"].items()}
    roman = {str(k): int(v) for k, v in data["roman"].items()}
    return _Lexicon(
        digits=digits, only_after=only_after, not_after_tens=frozenset(not_after),
        ten=_str_list(data, "ten"), tens=_str_list(data, "tens"), dozen=_str_list(data, "dozen"),
        hundred=_str_list(data, "hundred"), zero_tens=_str_list(data, "zero_tens"),
        half_after=_str_list(data, "half_after"), half=_str_list(data, "half"),
        decimal_point=_str_list(data, "decimal_point"), scales=scales, digit_suffixes=suffixes,
        negative_words=tuple(sorted(_str_list(data, "negative_words"))),
        ambiguous_single=_str_list(data, "ambiguous_single"), ordinal_words=ords, roman=roman,
    )


SCALES: dict[str, float] = dict(lexicon().scales)


# ---------------------------------------------------------------------------------------------
# digits


def parse_digits(s: str, *, hint: str | None = None) -> float | None:
    """Parse one number written with digits and ``.``/``,`` separators; None if the shape is invalid.

    The separator's role is decided by the digit-group shape:

    - both ``.`` and ``,``: the one written last is the decimal mark (``3.798,254`` → 3798.254
      Vietnamese style; ``1,234.5`` → 1234.5 English style);
    - several ``.`` (or several ``,``): thousands groups, each after the first exactly 3 digits
      (``1.384.200`` → 1384200); any other shape (``0243.8253.888``) → None;
    - a single ``.``: 1–2 or more than 3 digits after it → decimal point (``1.5`` → 1.5); exactly 3
      digits after it and a first group of 1–3 digits → thousands (``50.068`` → 50068), the
      Vietnamese default, unless ``hint="en"`` (then a decimal point);
    - a single ``,``: exactly 3 digits after it and ``hint="en"`` → thousands (``50,068`` → 50068);
      otherwise a decimal comma (``9,54`` → 9.54, ``108,987`` → 108.987);
    - a leading separator is a decimal mark (``,77`` → 0.77).
    """
    s = s.strip()
    if not s:
        return None
    neg = s.startswith("-")
    if neg:
        s = s[1:].lstrip()
    if not s or not all(c.isdigit() or c in ".," for c in s) or not any(c.isdigit() for c in s):
        return None
    if s[0] in ".,":
        if len(s) < 2 or not s[1:].isdigit():
            return None
        val = float("0." + s[1:])
        return -val if neg else val
    if s[-1] in ".,":
        return None
    dots, commas = s.count("."), s.count(",")
    val: float | None
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        thou = "," if dec == "." else "."
        if s.count(dec) != 1 or s.index(dec) < s.rfind(thou):
            return None
        int_part, frac = s.split(dec)
        groups = int_part.split(thou)
        if not _thousand_groups(groups):
            return None
        val = float("".join(groups) + "." + frac)
    elif dots + commas == 0:
        val = float(s)
    else:
        sep = "." if dots else ","
        groups = s.split(sep)
        if len(groups) > 2:
            if not _thousand_groups(groups):
                return None
            val = float("".join(groups))
        else:
            head, tail = groups
            thousands = len(tail) == 3 and 1 <= len(head) <= 3 and (
                (sep == "." and hint != "en") or (sep == "," and hint == "en"))
            val = float(head + tail) if thousands else float(head + "." + tail)
    return -val if neg else val


@functools.lru_cache(maxsize=8192)
def _parse_digits_cached(s: str, hint: str | None) -> float | None:
    return parse_digits(s, hint=hint)


def _thousand_groups(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and all(g.isdigit() for g in groups)


# ---------------------------------------------------------------------------------------------
# spelled numbers


class _Fail(Exception):
    pass


def _parse_integer(toks: list[str]) -> float:
    """Integer (or x.5) value of spelled tokens; raises _Fail when the sequence is not a number."""
    lx = lexicon()
    parts: list[tuple[float, float]] = []  # (scale, amount already multiplied)
    h: float | None = None
    t: float | None = None
    u: float | None = None
    last: str | None = None
    last_scale = 0.0
    extra = 0.0
    n = len(toks)
    for i, w in enumerate(toks):
        if extra:
            raise _Fail  # nothing may follow rưỡi
        if w in lx.digits:
            d = lx.digits[w]
            if u is not None:
                raise _Fail
            before_tens = i + 1 < n and (toks[i + 1] in lx.tens or toks[i + 1] in lx.dozen)
            rule = lx.only_after.get(w)
            if rule == "tens" and last not in ("muoi", "muoi10"):
                raise _Fail
            if w == "mốt" and last != "muoi":
                raise _Fail
            if rule == "tens_or_linh" and last not in ("muoi", "muoi10", "linh"):
                raise _Fail
            if w in lx.not_after_tens and last in ("muoi", "muoi10", "tram") and not before_tens:
                raise _Fail
            if last == "tram" and not before_tens:  # "một trăm hai" is colloquial 120: refuse rather than guess
                raise _Fail
            if last == "scale" and i == n - 1 and w not in lx.not_after_tens and d > 0:
                # elliptical: "một nghìn hai" = 1200, "hai triệu ba" = 2 300 000
                extra = d * last_scale / 10
                last = "digit"
                continue
            u = float(d)
            last = "digit"
        elif w in lx.tens:
            if last != "digit" or u is None or u < 2 or t is not None:
                raise _Fail
            t, u, last = u, None, "muoi"
        elif w in lx.ten:
            if t is not None or u is not None or last == "linh":
                raise _Fail
            t, last = 1.0, "muoi10"
        elif w in lx.dozen:
            if last != "digit" or u is None or u < 1 or t is not None:
                raise _Fail
            t, u, last = u, None, "chuc"
        elif w in lx.hundred:
            if h is not None or t is not None:
                raise _Fail
            if u is None:
                if last is not None:
                    raise _Fail
                u = 1.0
            h, u, last = u, None, "tram"
        elif w in lx.zero_tens:
            if last != "tram":
                raise _Fail
            t, last = 0.0, "linh"
        elif w in lx.scales:
            s = lx.scales[w]
            empty = h is None and t is None and u is None
            if empty and last == "scale":
                g = 0.0
                if not parts or parts[-1][0] >= s:
                    raise _Fail
            elif empty and last is None:
                g = 1.0
            elif empty:
                raise _Fail
            else:
                g = (h or 0) * 100 + (t or 0) * 10 + (u or 0)
            if any(sc == s for sc, _a in parts):
                raise _Fail
            lower = sum(a for sc, a in parts if sc < s)
            parts = [(sc, a) for sc, a in parts if sc > s]
            amount = (g + lower) * s  # "năm nghìn hai trăm triệu" = 5200 triệu; "nghìn tỷ" compounds
            parts.append((s, amount))
            h = t = u = None
            last, last_scale = "scale", s
        elif w in lx.half_after:
            if last == "scale":
                extra = last_scale / 2
            elif last == "tram" and t is None:
                t = 5.0
                extra = -1  # sentinel: stop further tokens
            elif last == "digit" and t is None and h is None:
                extra = 0.5
            else:
                raise _Fail
            last = "half"
        elif w in lx.half:
            if last is not None:
                raise _Fail
            u, last = 0.5, "digit"
        else:
            raise _Fail
    if last in ("linh", None):
        raise _Fail
    if extra == -1:
        extra = 0.0
    group = (h or 0) * 100 + (t or 0) * 10 + (u or 0)
    return sum(a for _s, a in parts) + group + extra


def _parse_tokens(toks: list[str]) -> float:
    lx = lexicon()
    toks = _merge_scales(toks)
    points = [i for i, w in enumerate(toks) if w in lx.decimal_point]
    if not points:
        return _parse_integer(toks)
    if len(points) > 1:
        raise _Fail
    i = points[0]
    whole = _parse_integer(toks[:i]) if i else 0.0
    if whole != int(whole):
        raise _Fail
    frac_toks = toks[i + 1:]
    scale = 1.0
    if frac_toks and frac_toks[-1] in lx.scales:
        scale = lx.scales[frac_toks[-1]]
        frac_toks = frac_toks[:-1]
    if not frac_toks:
        raise _Fail
    if all(w.isdigit() for w in frac_toks) and len(frac_toks) == 1:
        digits = frac_toks[0]
    elif all(w in lx.digits and lx.digits[w] <= 9 and w not in lx.only_after for w in frac_toks):
        digits = "".join(str(lx.digits[w]) for w in frac_toks)
    else:
        n = _parse_integer(frac_toks)
        if n != int(n):
            raise _Fail
        digits = str(int(n))
    return (whole + float("0." + digits)) * scale


def _merge_scales(toks: list[str]) -> list[str]:
    """Join multi-word scale names ("nghìn tỷ") into one token."""
    out: list[str] = []
    for w in toks:
        if out and f"{out[-1]} {w}" in lexicon().scales:
            out[-1] = f"{out[-1]} {w}"
        else:
            out.append(w)
    return out


def parse_spelled(words: str) -> float | None:
    """Value of a spelled Vietnamese number, or None when the whole string is not one.

    Handles units, ``mười``/``mươi`` tens (``hai mươi mốt`` 21, ``hai mươi tư`` 24,
    ``hai mươi lăm`` 25), ``chục`` (``hai chục`` 20), hundreds with ``linh``/``lẻ``
    (``một trăm linh năm`` 105), scale words and their compounds (``mười ba nghìn`` 13000,
    ``hai mươi nghìn tỷ``), ``rưỡi``/``rưởi`` (``một nghìn rưỡi`` 1500), ``nửa`` (0.5),
    the elliptical ``một nghìn hai`` (1200), and a decimal ``phẩy``/``chấm``
    (``hai phẩy năm`` 2.5, ``hai phẩy 23`` 2.23). ``năm`` right after ``mươi``/``mười``/``trăm``
    is refused (``hai mươi năm`` reads as twenty years). Case-insensitive.
    """
    toks = words.lower().split()
    if not toks:
        return None
    try:
        return _parse_tokens(toks)
    except _Fail:
        return None


def roman_to_int(s: str) -> int | None:
    """Strict roman numeral (upper case, canonical form) I..MMMCMXCIX to int, else None."""
    if not s or not _ROMAN_RE.fullmatch(s):
        return None
    rom = lexicon().roman
    total = 0
    for i, c in enumerate(s):
        v = rom[c]
        if i + 1 < len(s) and rom[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total or None


_ROMAN_RE = regex.compile(r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


# ---------------------------------------------------------------------------------------------
# finding numbers in text


class NumberSpan(NamedTuple):
    """A number expression in a text. ``value`` is already multiplied by any scale word;
    ``scaled`` says a scale word or suffix was part of it. ``ambiguous`` marks a lone spelled word
    that is also an ordinary word (``một``, ``năm``, ``không``…); ``scale`` is the factor applied
    (1 when none). An immutable named tuple (three times cheaper to make than a frozen dataclass)."""

    start: int
    end: int
    value: float
    kind: Literal["digits", "spelled"]
    scaled: bool
    ambiguous: bool = False
    scale: float = 1.0


def _alt(words: list[str] | set[str] | frozenset[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    lx = lexicon()
    scale_alt = "(?i:" + _alt([s.replace(" ", "\x00") for s in lx.scales]).replace("\x00", r"\s+") + ")"
    neg = "(?i:" + _alt(lx.negative_words) + ")"
    digit_core = (r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?"
                  r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
                  r"|\d+(?:[.,]\d+)?"
                  r"|(?<![\w.,])[.,]\d+)")
    suffix = "|".join(regex.escape(k) for k in lx.digit_suffixes)
    digits = (
        rf"(?<![\w.,])(?P<neg>(?:(?<![\w%)]\s*)-\s?|(?:{neg})\s+))?"
        rf"(?P<num>{digit_core})"
        rf"(?:\s+(?:phẩy|chấm)\s+(?P<frac>\d+))?"
        rf"(?:(?P<suf>{suffix})(?![\w])|\s*(?P<scale>{scale_alt})(?!\w))?"
        rf"(?P<tail>(?:\s+\d{{1,3}}\s*(?:{scale_alt})(?!\w))*)"
        rf"(?![.,]?\d)"
    )
    variants = set(lx.words) | {w.capitalize() for w in lx.words} | {w.upper() for w in lx.words}
    words = _alt(variants)
    spelled = (
        rf"(?<![\w])(?:{words})(?:\s+(?:{words}|(?:{_alt(lx.decimal_point)})\s+(?:\d+(?![.,]\d)|(?:{words}))))*(?!\w)"
    )
    digits_re = regex.compile(digits)
    if dict(digits_re.groupindex) != {"neg": 1, "num": 2, "frac": 3, "suf": 4, "scale": 5, "tail": 6}:
        raise ValueError("numbers: the digits pattern's groups changed; update _digit_spans")
    return {
        "digits": digits_re,
        "spelled": regex.compile(spelled),
        "neg_before": regex.compile(rf"(?<!\w)(?:{_alt(lx.negative_words)})\s+$", regex.IGNORECASE),
        "tail_item": regex.compile(rf"(\d{{1,3}})\s*({scale_alt})", regex.IGNORECASE),
        "en_shape": regex.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d|(?<![\d.,])\d{1,3},\d{3},\d{3}(?![\d])"),
        "vn_shape": regex.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d|(?<![\d.,])\d{1,3}\.\d{3}\.\d{3}(?![\d])"),
    }


def document_style(text: str, runs: list[tuple[int, int]] | None = None) -> str | None:
    """``"en"`` when the text writes numbers the English way (``1,234.5``, ``1,234,567``) more
    often than the Vietnamese way, else None (Vietnamese default). ``runs``: the text's
    :func:`digit_runs` if known (an English shape needs three digits right after a comma)."""
    if runs is not None and not any(e - s == 3 and s and text[s - 1] == "," for s, e in runs):
        return None
    p = _patterns()
    en = len(p["en_shape"].findall(text))
    if not en:
        return None
    vn = len(p["vn_shape"].findall(text))
    return "en" if en > vn else None


def _scale_value(word: str) -> float:
    return lexicon().scales[" ".join(word.lower().split())]


_DIGIT_RUN = regex.compile(r"\d+")


def digit_runs(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of ``\\d`` in ``text`` (one scan, shared by the digit and mask passes)."""
    return [m.span() for m in _DIGIT_RUN.finditer(text)]


def digit_starts(text: str, runs: list[tuple[int, int]]) -> list[int] | None:
    """Every offset, in increasing order, where a match of the ``digits`` pattern may start,
    from the digit runs of ``text`` (``None``: no shortcut, scan everything).

    A match starts at a run's first digit, or at a ``.``/``,`` right before it, or at a ``-``
    (then at most one whitespace) or a negative word (then whitespace) before that: the pattern
    refuses to start right after a letter, digit, ``.`` or ``,``. Whitespace is tested with
    ``str.isspace`` (a superset of ``regex``'s ``\\s``) and a negative word with ``str.lower``
    (exact for its letters, see :data:`FOLD_UNSAFE`)."""
    out: list[int] = []
    negs = _neg_words()
    lasts = _neg_lasts()
    for s, _e in runs:
        d = s - 1 if s and text[s - 1] in ".," else s
        if d:
            c = text[d - 1]
            if c == "-":
                out.append(d - 1)
            elif c.isspace():
                if d >= 2 and text[d - 2] == "-":
                    out.append(d - 2)
                else:
                    j = d - 1
                    while j and text[j - 1].isspace():
                        j -= 1
                    if j and (text[j - 1] in lasts or not text[j - 1].isascii()):
                        for w in negs:
                            if j >= len(w) and text[j - len(w):j].lower() == w:
                                out.append(j - len(w))
                                break
        out.append(d)
    return out


@functools.cache
def _neg_lasts() -> frozenset[str]:
    """ASCII characters that lower-case to the last letter of a negative word."""
    return frozenset(c for c in map(chr, range(128)) if any(c.lower() == w[-1] for w in _neg_words()))


@functools.cache
def _neg_words() -> tuple[str, ...]:
    words = lexicon().negative_words
    if not all(_LETTERS_ONLY.fullmatch(w) and w == w.lower() for w in words):
        raise ValueError("numbers.yaml: negative words must be lower-case letters")
    return words


def _digit_spans(text: str, hint: str | None, low: str | None = None,
                 runs: list[tuple[int, int]] | None = None) -> list[NumberSpan]:
    lx = lexicon()
    out: list[NumberSpan] = []
    pats = _patterns()
    if runs is None:
        runs = digit_runs(text)
    starts = digit_starts(text, runs)
    if low is None:
        low = text.lower()
    matches: Iterable[regex.Match[str] | tuple[int, int]]
    if starts is None:
        matches = scan(pats["digits"], text, None)
    else:
        plain = _plain_runs(text, low, runs) if lower_ok(text, low) else {}
        matches = _digit_matches(pats["digits"], text, starts, plain)
    for m in matches:
        if isinstance(m, tuple):  # a plain run: the match is the digits alone, no group set
            raw = text[m[0]:m[1]]
            if len(raw) > 1 and raw[0] == "0" and len(raw) > 3:
                continue  # 0243…, phone-like
            out.append(NumberSpan(m[0], m[1], float(raw), "digits", False, False, 1.0))
            continue
        neg, raw, frac, suf, scale_w, tail = m.groups()  # the group order is checked in _patterns
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit() and not _LEAD0_DEC.match(raw):
            if len(raw.replace(".", "").replace(",", "")) > 3:
                continue  # 0243…, phone-like
        # plain ASCII digits: what parse_digits returns, without its checks
        val = float(raw) if raw.isascii() and raw.isdigit() else _parse_digits_cached(raw, hint)
        if val is None:
            continue
        if not (frac or suf or scale_w or tail or neg):
            out.append(NumberSpan(*m.span(), val, "digits", False, False, 1.0))
            continue
        if frac:
            if val != int(val):
                continue
            val = float(f"{int(val)}.{frac}")
        scale = 1.0
        scaled = False
        if suf:
            scale = lx.digit_suffixes[suf]
            scaled = True
        elif scale_w:
            scale = _scale_value(scale_w)
            scaled = True
        val *= scale
        if tail:
            last = scale
            ok = True
            for tm in _patterns()["tail_item"].finditer(m.group("tail")):
                s2 = _scale_value(tm.group(2))
                if s2 >= last:
                    ok = False
                    break
                val += float(tm.group(1)) * s2
                last = s2
            if not ok:
                # keep the head only
                end = m.end("scale") if m.group("scale") else m.end("num")
                out.append(NumberSpan(m.start(), end, -val if neg else val, "digits", scaled, False, scale))
                continue
        if neg:
            val = -val
        out.append(NumberSpan(m.start(), m.end(), val, "digits", scaled, False, scale))
    return out


_WORD_RE = regex.compile(r"\S+")
# ASCII characters that may stand right before a plain run (the pattern's ``(?<![\w.,])`` holds;
# a sign or negative word before it is tried at its own, earlier start), and right after one
# (not ``\w``, ``.``, ``,``, whitespace)
_PLAIN_BEFORE = frozenset(c for c in map(chr, range(128)) if not (c.isalnum() or c in "_.,"))
_PLAIN_AFTER = frozenset(c for c in map(chr, range(128)) if not (c.isalnum() or c.isspace() or c in "_.,"))
# after " ": what may begin a decimal word (case-sensitive) or a scale word (in ``text.lower()``)
_PLAIN_NOT_NEXT = ("phẩy", "chấm")


def _plain_runs(text: str, low: str, runs: list[tuple[int, int]]) -> dict[int, int]:
    """The ASCII digit runs ``s..e`` where the ``digits`` pattern, tried at ``s``, matches the run
    alone (no sign, decimal part, suffix, scale word or tail): after a character of
    :data:`_PLAIN_BEFORE` (or at the start), before the end, a character of :data:`_PLAIN_AFTER`,
    or one space then an ASCII character other than a digit that begins no scale word (checked
    in ``low``, exact under :func:`lower_ok`), ``phẩy`` or ``chấm``. Maps ``s`` to ``e``."""
    out: dict[int, int] = {}
    n = len(text)
    scales = _scale_firsts()
    for s, e in runs:
        if s and text[s - 1] not in _PLAIN_BEFORE:
            continue
        if e < n:
            c = text[e]
            if c == " ":
                c2 = text[e + 1:e + 2]
                if not c2 or not c2.isascii() or c2.isspace() or c2.isdigit() or low.startswith(scales, e + 1) \
                        or text.startswith(_PLAIN_NOT_NEXT, e + 1):
                    continue
            elif c not in _PLAIN_AFTER:
                continue
        if text.isascii() or text[s:e].isascii():
            out[s] = e
    return out


@functools.cache
def _scale_firsts() -> tuple[str, ...]:
    """The first words of the scale words (lower case)."""
    return tuple(sorted({w.split()[0] for w in lexicon().scales}))


def _digit_matches(pat: regex.Pattern[str], text: str, starts: list[int],
                   plain: dict[int, int]) -> Iterator[regex.Match[str] | tuple[int, int]]:
    """:func:`scan` of the ``digits`` pattern, giving ``(start, end)`` without a ``match`` call
    at the starts of ``plain`` runs (see :func:`_plain_runs`)."""
    pos = 0
    match = pat.match
    get = plain.get
    for s in starts:
        if s < pos:
            continue
        e = get(s)
        if e is not None:
            yield (s, e)
            pos = e
            continue
        m = match(text, s)
        if m is not None:
            yield m
            pos = m.end() if m.end() > s else s + 1

# ---------------------------------------------------------------------------------------------
# fast scanning helpers (shared with rules/numeric.py)
#
# ``regex`` spends most of a whole-text ``finditer`` trying a long word alternation at every
# position. ``scan`` gives exactly the same matches from a cheap finder of the positions where a
# match may start (a superset): the slow pattern is then only tried there. Candidate finders for
# word lists work on ``text.lower()``; that is exact when lower-casing keeps every offset and the
# text has no character that ``regex``'s case-insensitive matching folds differently from
# ``str.lower`` (checked by ``lower_ok``; tests/test_numeric_equivalence.py re-derives the set).

FOLD_UNSAFE = "\u0130\u017f"  # İ (lower() grows), ſ (matches "s" case-insensitively, lower() keeps it)


def lower_ok(text: str, low: str) -> bool:
    """True when ``low`` (= ``text.lower()``) can stand in for ``text`` in candidate searches."""
    return len(low) == len(text) and not fold_unsafe(text)


def fold_unsafe(s: str) -> bool:
    """True when ``s`` holds a character of :data:`FOLD_UNSAFE`."""
    return "\u0130" in s or "\u017f" in s


def scan(pat: regex.Pattern[str], text: str, starts: Iterable[int] | None) -> Iterator[regex.Match[str]]:
    """The matches of ``pat.finditer(text)``, trying ``pat`` only at candidate starts.

    ``starts`` gives, in increasing order, every offset where a match of ``pat`` may start (a
    superset is fine: ``pat`` decides); ``None`` falls back to ``finditer``.
    """
    if starts is None:
        yield from pat.finditer(text)
        return
    pos = 0
    match = pat.match
    for s in starts:
        if s < pos:
            continue
        m = match(text, s)
        if m is not None:
            yield m
            pos = m.end() if m.end() > s else s + 1


def starts_of(cand: Any, subject: str) -> Iterator[int]:
    """Starts of the non-overlapping matches of ``cand`` in ``subject``.

    A position inside one of them is not offered: ``cand`` must be built so that no match of the
    real pattern can start there (a zero-width look-ahead always qualifies; a literal word does
    when the real pattern refuses to start right after a letter).
    """
    return (m.start() for m in cand.finditer(subject))


def lower_starts(cand: Any, text: str, low: str | None) -> Iterator[int] | None:
    """:func:`starts_of` over ``low`` (= ``text.lower()``); None when that is not exact."""
    if low is None:
        low = text.lower()
    if not lower_ok(text, low):
        return None
    return starts_of(cand, low)


def lower_words(words: Iterable[str]) -> "re.Pattern[str]":
    """A stdlib-``re`` finder of ``words`` (lower case, letters only) not followed by a letter.

    The words are compiled as a trie (``b(?:a|ốn)|ch(?:ín|ục)``), faster in ``re`` than a flat
    alternation (and several times faster than ``regex``), with a look-ahead refusing a letter of
    :func:`_word_letters` right after the word ("chín" in "chính", "tỉ" in "tỉnh"). As a
    :func:`starts_of` finder it is exact for patterns that never start right after a letter
    (``(?<!\\p{L})``, ``(?<!\\w)``) and whose first word, one of ``words``, is never followed by a
    letter (``\\s+``, ``(?!\\w)``): every position inside a found word follows a letter, and the
    look-ahead only refuses a place where a letter follows the word. (A look-behind would stop
    ``re`` from searching for the literal prefix: several times slower.)"""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if not words or not all(_LETTERS_ONLY.fullmatch(w) for w in words):
        raise ValueError("lower_words: letters only")
    return re.compile(f"(?:{_trie(words)})(?![{_word_letters()}])")


def _trie(words: list[str]) -> str:
    """A stdlib-``re`` pattern matching exactly ``words``, factored by common prefixes."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(c) + emit(node[c]) for c in sorted(k for k in node if k)]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(root)


@functools.cache
def _word_letters() -> str:
    """A ``re`` character-class body of the Latin letters U+0000–U+024F and U+1E00–U+1EFF
    (every Vietnamese letter) that ``regex`` counts as ``\\p{L}``: only letters, so a finder
    that refuses them next to a word never refuses a place where a real match can start."""
    letter = regex.compile(r"\p{L}")
    chars = [chr(c) for c in (*range(0x250), *range(0x1E00, 0x1F00)) if letter.match(chr(c))]
    return "".join(re.escape(c) for c in chars)


@functools.cache
def word_letter_set() -> frozenset[str]:
    """The characters of :func:`_word_letters` (what a :func:`lower_words` finder refuses after a word)."""
    letter = regex.compile(r"\p{L}")
    return frozenset(chr(c) for c in (*range(0x250), *range(0x1E00, 0x1F00)) if letter.match(chr(c)))


def spelled_firsts() -> frozenset[str]:
    """The words a spelled number can begin with (what :func:`_spelled_first` finds)."""
    return lexicon().words - non_starters()


@functools.cache
def _spelled_first() -> "re.Pattern[str]":
    """Finder of the spelled-number matches worth trying: those starting with a word that can
    begin a number (:func:`non_starters` are left out, see :func:`_spelled_spans`)."""
    return lower_words(spelled_firsts())


@functools.cache
def non_starters() -> frozenset[str]:
    """Number words that no number begins with: scale words, ``linh``/``lẻ``, ``phẩy`` (refused
    first by :func:`_longest_number`), and the words :func:`_parse_integer` refuses first
    (``tư``/``mốt``/``lăm`` only after tens, ``mươi``, ``chục``, ``rưỡi`` need a word before)."""
    lx = lexicon()
    singles = {w for w in lx.scales if " " not in w}
    return frozenset(singles | lx.zero_tens | lx.decimal_point | set(lx.only_after) | lx.tens | lx.dozen
                     | lx.half_after)


_LAST_WORD = regex.compile(r"(\p{L}+)\s*", regex.REVERSE)
ANY_WORD = "\x00"  # what last_word returns when it cannot rule anything out


def last_word(text: str, start: int) -> str:
    """The letter run right before ``start`` (whitespace between allowed), lower-cased; "" if none.

    Patterns of the form ``(?i:word ...)\\s*$`` searched in a window ending at ``start`` can only
    match when this is the last word of one of their phrases: a cheap exact pre-check. Returns
    :data:`ANY_WORD` for a word whose case folding ``str.lower`` does not mirror.
    """
    k, e = last_word_span(text, start)
    if k < 0:
        return ""
    w = text[k:e]
    if fold_unsafe(w):
        return ANY_WORD
    return w.lower()


def last_word_span(text: str, start: int) -> tuple[int, int]:
    """Where :data:`_LAST_WORD` matched backwards from ``start`` (in the 64 characters before it)
    finds its letter run: ``(start, end)``, or ``(-1, -1)`` when there is none.

    Walked back in Python, which is cheaper than the ``regex`` call for the usual one space and a
    short word: ``str.isalpha`` is ``\\p{L}`` less the letters newer than Python's Unicode
    tables, and ``str.isspace`` is ``\\s`` plus U+001C..U+001F; the regex decides whenever one of
    those differences could matter (more than one whitespace character before ``start``, or a
    non-ASCII character right before the run)."""
    lo = start - 64 if start > 64 else 0
    e = start
    if e > lo and text[e - 1].isspace():
        e -= 1
        if e > lo and text[e - 1].isspace() or text[e] in "\x1c\x1d\x1e\x1f":
            return _last_word_span_re(text, start)
    k = e
    while k > lo and text[k - 1].isalpha():
        k -= 1
    if k > lo and not text[k - 1].isascii():
        return _last_word_span_re(text, start)
    return (k, e) if k < e else (-1, -1)


def _last_word_span_re(text: str, start: int) -> tuple[int, int]:
    m = _LAST_WORD.match(text, max(0, start - 64), start)
    return m.span(1) if m is not None else (-1, -1)


WordGate = frozenset  # a set of lower-cased words that always holds ANY_WORD


def gate_set(words: Iterable[str]) -> frozenset[str]:
    """``words`` plus :data:`ANY_WORD`."""
    return frozenset(words) | {ANY_WORD}


def word_gate(phrases: Iterable[str]) -> frozenset[str]:
    """Lower-cased last words of ``phrases`` (each space-separated words of letters only)."""
    out = set()
    for p in phrases:
        if not all(_LETTERS_ONLY.fullmatch(w) for w in p.split()):
            raise ValueError(f"word_gate: {p!r} is not plain words")
        out.add(p.split()[-1].lower())
    return gate_set(out)


_LETTERS_ONLY = regex.compile(r"\p{L}+")


@functools.cache
def _neg_last_words() -> frozenset[str]:
    return word_gate(lexicon().negative_words)
_NOT_SCALE_AFTER = regex.compile(r"\s+(?:lệ|số|giá|trọng)(?!\w)", regex.IGNORECASE)
_LEAD0_DEC = regex.compile(r"0\d[.,]\d")


@functools.lru_cache(maxsize=8192)
def _parse_cached(words: tuple[str, ...]) -> float | None:
    """:func:`_parse_tokens` of lower-cased tokens, None when they are not one number (cached)."""
    try:
        return _parse_tokens(list(words))
    except (_Fail, ValueError):
        return None


@functools.lru_cache(maxsize=8192)
def _spelled_tokens(g: str) -> tuple[tuple[int, int, str], ...]:
    """Words of one spelled-number match: (start, end) in the match and the lower-cased word."""
    return tuple((t.start(), t.end(), t.group().lower()) for t in _WORD_RE.finditer(g))


@functools.lru_cache(maxsize=8192)
def _longest_number(words: tuple[str, ...]) -> tuple[int, float] | None:
    """How many of ``words`` (from the first) make the longest number, and its value."""
    lx = lexicon()
    w0 = words[0]
    if w0 in lx.decimal_point or w0 in lx.scales or w0 in lx.zero_tens:
        return None
    for j in range(len(words), 0, -1):
        v = _parse_cached(words[:j])
        if v is not None:
            return j, v
    return None


@functools.lru_cache(maxsize=8192)
def _scale_of(words: tuple[str, ...]) -> tuple[bool, float, bool]:
    """(scaled, scale factor, ambiguous) of the number spelled by ``words``."""
    lx = lexicon()
    merged = _merge_scales(list(words))
    scaled = any(w in lx.scales for w in merged)
    scale = 1.0
    for w in merged:
        if w in lx.scales:
            scale = lx.scales[w]
    return scaled, scale, len(words) == 1 and words[0] in lx.ambiguous_single


@functools.lru_cache(maxsize=8192)
def _spelled_plan(g: str) -> tuple[tuple[str, ...], tuple[tuple[int, int, str], ...],
                                   tuple[tuple[int, int, float, bool, float, bool, bool], ...]]:
    """Words, tokens and the numbers of one spelled-number match ``g`` as :func:`_spelled_walk`
    finds them when no ``tỷ``/``tỉ`` ends up as "tỷ lệ": (i, j, value, scaled, scale, ambiguous,
    ends with tỷ/tỉ) per number, tokens i..j-1 (cached; the text decides only the tỷ case)."""
    toks = _spelled_tokens(g)
    allw = tuple(w for _s, _e, w in toks)
    segs = []
    i = 0
    while i < len(toks):
        best = _longest_number(allw[i:])
        if best is None:
            i += 1
            continue
        j, v = best
        j += i
        words = allw[i:j]
        segs.append((i, j, v, *_scale_of(words), words[-1] in ("tỷ", "tỉ")))
        i = j
    return allw, toks, tuple(segs)


def window_has(low: str | None, a: int, b: int, words: tuple[str, ...]) -> bool:
    """False only when ``low`` (``text.lower()`` checked by :func:`lower_ok`, or None) shows that
    none of the lower-case ``words`` occurs in ``text[a:b]``: an exact pre-check for a
    case-insensitive search of them there."""
    if low is None:
        return True
    w = low[max(0, a):b]
    return any(x in w for x in words)


def _spelled_spans(text: str, low: str | None = None, starts: Iterable[int] | None = None) -> list[NumberSpan]:
    """Spelled numbers: each match of ``spelled`` is cut into numbers, from its first word on, by
    :func:`_longest_number`. A number never begins with a :func:`non_starters` word, so a match
    word (the same words to the same end): the candidate finder leaves those words out.
    ``starts``: those candidates if the caller found them (in increasing order, a superset)."""
    out: list[NumberSpan] = []
    neg_before = _patterns()["neg_before"]
    neg_last = _neg_last_words()
    negs = _neg_words()
    if low is None:
        low = text.lower()
    low_ok: str | None = low if lower_ok(text, low) else None
    if starts is None:
        starts = lower_starts(_spelled_first(), text, low)
    for m in scan(_patterns()["spelled"], text, starts):
        m0 = m.start()
        allw, toks, segs = _spelled_plan(m.group())
        for i, j, v, scaled, scale, ambiguous, ends_ty in segs:
            if ends_ty and _NOT_SCALE_AFTER.match(text, m0 + toks[j - 1][1]):
                _spelled_walk(text, m0, toks, allw, i, out, low_ok)  # the rest, word by word
                break
            start, end = m0 + toks[i][0], m0 + toks[j - 1][1]
            # a negative word right before
            if window_has(low_ok, start - 6, start, negs) and last_word(text, start) in neg_last:
                nm = neg_before.search(text, max(0, start - 6), start)
                if nm:
                    start = nm.start()
                    v = -v
            out.append(NumberSpan(start, end, v, "spelled", scaled, ambiguous, scale))
    return out


def _spelled_walk(text: str, m0: int, toks: tuple[tuple[int, int, str], ...], allw: tuple[str, ...], i: int,
                  out: list[NumberSpan], low_ok: str | None) -> None:
    """The numbers of one spelled match from token ``i`` on, checking "tỷ lệ" in ``text``."""
    neg_before = _patterns()["neg_before"]
    neg_last = _neg_last_words()
    negs = _neg_words()
    while i < len(toks):
        best = _longest_number(allw[i:])
        if best is None:
            i += 1
            continue
        j, v = best
        j += i
        words = allw[i:j]
        if words[-1] in ("tỷ", "tỉ") and _NOT_SCALE_AFTER.match(text, m0 + toks[j - 1][1]):
            # "tỷ lệ", "tỷ số", "tỷ giá": not the scale word
            if j - 1 <= i:
                i += 1
                continue
            try:
                v = _parse_tokens(list(words[:-1]))
            except _Fail:
                i += 1
                continue
            j -= 1
            words = words[:-1]
        scaled, scale, ambiguous = _scale_of(words)
        start, end = m0 + toks[i][0], m0 + toks[j - 1][1]
        # a negative word right before
        if window_has(low_ok, start - 6, start, negs) and last_word(text, start) in neg_last:
            nm = neg_before.search(text, max(0, start - 6), start)
            if nm:
                start = nm.start()
                v = -v
        out.append(NumberSpan(start, end, v, "spelled", scaled, ambiguous, scale))
        i = j


def find_numbers(text: str, *, hint: str | None = None) -> list[NumberSpan]:
    """Every number expression in ``text``, in text order, non-overlapping.

    Digits with separators (style decided per document by :func:`document_style` unless ``hint``
    is given), an optional ``K``/``M`` suffix or scale words (``20 nghìn tỷ``, ``1,5 triệu``,
    ``2 tỷ 500 triệu``), a leading minus or ``âm``; and spelled numbers (``hai mươi lăm nghìn``).
    A lone spelled word that is also an ordinary word (``một``, ``năm``, ``không``) is returned
    with ``ambiguous=True``; callers decide from the words around it.
    """
    if hint is None:
        hint = document_style(text)
    return _find_numbers(text, hint, None)


def _find_numbers(text: str, hint: str | None, low: str | None,
                  runs: list[tuple[int, int]] | None = None,
                  spelled_starts: Iterable[int] | None = None) -> list[NumberSpan]:
    """:func:`find_numbers` with the style already decided; ``low`` is ``text.lower()``, ``runs``
    its :func:`digit_runs` and ``spelled_starts`` the candidates of :func:`_spelled_spans` if known."""
    if low is None:
        low = text.lower()
    spans = _digit_spans(text, hint, low, runs) + _spelled_spans(text, low, spelled_starts)
    spans.sort(key=_START)  # no two spans start at one offset (checked below): as by (start, -length)
    out: list[NumberSpan] = []
    last_end = -1
    last_start = -1
    for s in spans:
        if s.start == last_start:
            return _longest_first(spans)
        last_start = s.start
        if s.start >= last_end:
            out.append(s)
            last_end = s.end
    return out


_START = operator.itemgetter(0)


def _longest_first(spans: list[NumberSpan]) -> list[NumberSpan]:
    """Non-overlapping spans, the longer first where two start at one offset."""
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    out: list[NumberSpan] = []
    last_end = -1
    for s in spans:
        if s.start >= last_end:
            out.append(s)
            last_end = s.end
    return out
