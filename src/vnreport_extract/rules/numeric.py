"""Numeric records: quantity, money, percent, ratio, multiplier, ordinal.

``find(text, ctx)`` returns :class:`~vnreport_extract.rules.base.Hit` objects whose ``fields`` are
exactly the kind's fields in RECORDS.md. Spans follow GOLD.md: number + scale + unit/currency;
approximation words (``hơn``, ``khoảng``) set ``approx`` but stay outside the span.

Numbers that belong to something else give no record here: document codes (``43-NQ/TW``),
names with numbers (``Covid-19``, ``quận 7``, ``Quốc lộ 1A``), phone numbers, URLs, times, and the
temporal expressions owned by ``rules/temporal.py`` (years, ``d/m``, ``tháng 9``, durations).

Speed (results identical to the plain passes, see tests/test_numeric_equivalence.py): one scan
for digit runs feeds the digit, mask and ratio candidates and the number-style check; word
patterns are tried only where a ``str.find``/trie finder saw their first word; look-behind phrase
patterns are answered from the words before the number (:func:`_phrase_forms`) instead of a
windowed search; a lone ambiguous word or a number after a time word or a name noun that can get
no record leaves its unit to be worked out only if a range asks (:class:`_LazyUnit`).
"""
from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass
from importlib import resources
from collections.abc import Iterator
from typing import Any

import regex

from .base import Context, Hit, word_automaton
from .numbers import (_alt, ANY_WORD, digit_runs, document_style, _find_numbers, FOLD_UNSAFE, fold_unsafe,
                      gate_set, last_word, last_word_span, lexicon, load_yaml, lower_starts, lower_words, NumberSpan,
                      lower_ok, parse_digits, parse_spelled, roman_to_int, scan, spelled_firsts, starts_of,
                      word_gate, word_letter_set, WordGate, _word_letters)  # noqa: F401  (starts_of: patched by the equivalence tests)

__all__ = ["find"]

APPROX_KINDS = ("about", "over", "under", "at_least", "at_most", "nearly")


# ---------------------------------------------------------------------------------------------
# data


@dataclass(frozen=True)
class _Currency:
    code: str
    factor: float


@dataclass(frozen=True)
class _Data:
    currency_after: dict[str, _Currency]
    currency_before: dict[str, str]
    compound_prone: frozenset[str]
    measures: frozenset[str]
    temporal_units: frozenset[str]
    not_units: frozenset[str]
    compounds: frozenset[str]
    approx: dict[str, str]
    approx_after: dict[str, str]
    ctx: dict[str, list[str]]
    multiplier_words: dict[str, float]


def _strings(v: Any, where: str) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        raise ValueError(f"{where} must be a list of non-empty strings")
    return [" ".join(x.split()) for x in v]


@functools.cache
def _data() -> _Data:
    units = load_yaml("units.yaml")
    ctxd = load_yaml("numeric_contexts.yaml")
    cur_after: dict[str, _Currency] = {}
    cur_before: dict[str, str] = {}
    for entry in units["currencies"]:
        code = entry["code"]
        if not (isinstance(code, str) and len(code) == 3 and code.isupper()):
            raise ValueError(f"units.yaml: bad currency code {code!r}")
        factor = float(entry.get("factor", 1.0))
        for w in _strings(entry.get("after", []) or ["-"], f"units.yaml {code} after"):
            if w != "-":
                cur_after.setdefault(w.lower(), _Currency(code, factor))
        for w in _strings(entry.get("before", []) or ["-"], f"units.yaml {code} before"):
            if w != "-":
                cur_before.setdefault(w, code)
    approx: dict[str, str] = {}
    for kind, words in ctxd["approx"].items():
        if kind not in APPROX_KINDS:
            raise ValueError(f"numeric_contexts.yaml: unknown approx kind {kind!r}")
        for w in _strings(words, f"approx.{kind}"):
            approx[w.lower()] = kind
    approx_after: dict[str, str] = {}
    for kind, words in ctxd["approx_after"].items():
        if kind not in APPROX_KINDS:
            raise ValueError(f"numeric_contexts.yaml: unknown approx kind {kind!r}")
        for w in _strings(words, f"approx_after.{kind}"):
            approx_after[w.lower()] = kind
    lists = {k: [w.lower() for w in _strings(v, k)] for k, v in ctxd.items()
             if k not in ("approx", "approx_after", "multiplier_words")}
    mult = {str(k): float(v) for k, v in ctxd["multiplier_words"].items()}
    return _Data(
        currency_after=cur_after, currency_before=cur_before,
        compound_prone=frozenset(w.lower() for w in _strings(units["compound_prone"], "compound_prone")),
        measures=frozenset(_strings(units["measures"], "measures")),
        temporal_units=frozenset(w.lower() for w in _strings(units["temporal_units"], "temporal_units")),
        not_units=frozenset(w.lower() for w in _strings(units["not_units"], "not_units")),
        compounds=frozenset(w.lower() for w in _strings(units["compounds"], "compounds")),
        approx=approx, approx_after=approx_after, ctx=lists, multiplier_words=mult,
    )


@functools.cache
def _dictionary() -> frozenset[str]:
    """Multi-word entries of underthesea's bundled Viet74K list (offline), plus our compounds."""
    words: set[str] = set(_data().compounds)
    try:
        path = resources.files("underthesea").joinpath("corpus", "data", "Viet74K.txt")
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip().lower()
            if " " in line and line.count(" ") <= 3:
                words.add(line)
    except (ModuleNotFoundError, FileNotFoundError, OSError):  # pragma: no cover - optional data
        pass
    return frozenset(words)


# ---------------------------------------------------------------------------------------------
# patterns

_L = r"\p{L}"
_LETTERS = regex.compile(r"\p{L}+")
_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")
_SPACE_LETTER = regex.compile(r"\s*\p{L}")
_THU_HANG = regex.compile(r"(?<!\p{L})(?i:thứ|hạng)\s*$")
_PREV_CAP = regex.compile(r"(?<![.!?:;\n(\"“]\s*)(?<=\p{L}\s*)\p{L}*(?<!\p{L})\p{Lu}\p{L}*\s+$")
_TWO_CAPS = regex.compile(r"\s+\p{Lu}\p{L}*\s+\p{Lu}")
_COMMA = regex.compile(r"\s*[,:]")
_VA = regex.compile(r"\s+(?i:và)\s+")
_GIUA = regex.compile(r"(?<!\p{L})(?i:giữa)\s*$")
_FIRST_HEADS = ["lần", "năm", "người", "đơn vị", "địa phương", "ngày", "tháng"]


def _before_re(words: list[str] | frozenset[str] | set[str], tail: str = "") -> regex.Pattern[str]:
    alt = _alt([w.replace(" ", "\x00") for w in words]).replace("\x00", r"\s+")
    return regex.compile(rf"(?<!{_L})(?:{alt}){tail}\s*$", regex.IGNORECASE)


@functools.cache
def _pat() -> dict[str, regex.Pattern[str]]:
    d = _data()
    lx = lexicon()
    cur_after = _alt([w.replace(" ", "\x00") for w in d.currency_after]).replace("\x00", r"[\s-]?")
    measures = _alt(d.measures)
    spelled_words = _alt(lx.words)
    roman = r"(?-i:[MDCLXVI]+)(?![\p{L}\d])"
    bare_heads = _alt([w.replace(" ", "\x00") for w in d.ctx["ordinal_bare_heads"]]).replace("\x00", r"\s+")
    ord_words = _alt(set(lx.ordinal_words) | set(lx.digits) | lx.ten | lx.tens)
    approx_alt = _alt([w.replace(" ", "\x00") for w in d.approx]).replace("\x00", r"\s+")
    after_alt = _alt([w.replace(" ", "\x00") for w in d.approx_after]).replace("\x00", r"\s+")
    before_codes = _alt(d.currency_before)
    scale_alt = "(?i:" + _alt([w.replace(" ", "\x00") for w in lx.scales]).replace("\x00", r"\s+") + ")"
    return {
        "percent": regex.compile(r"\s?,?\s?%|\s+(?i:phần\s+trăm)(?!\p{L})"),
        "currency": regex.compile(rf"\s?(?P<c>{cur_after})(?![\p{{L}}\d])", regex.IGNORECASE),
        "minor": regex.compile(
            rf"(?:\s+và)?\s+(?P<n>\d{{1,2}}|(?:{spelled_words})(?!\p{{L}})(?:\s+(?:{spelled_words})(?!\p{{L}}))*)"
            rf"(?:\s+(?P<u>xu|xen|cent|cents))?(?![\p{{L}}\d])", regex.IGNORECASE),
        "measure": regex.compile(rf"\s?(?P<u>{measures})(?![\p{{L}}\d²³])"),
        "lan": regex.compile(r"\s+(?i:lần)(?!\p{L})(?!\s+(?i:thứ)(?!\p{L}))"),
        "words": regex.compile(r"\s+(?P<w>\p{L}+(?:\s+\p{L}+){0,3})"),
        "attached": regex.compile(r"\p{L}"),
        "range_sep": regex.compile(r"\s*(?:-|–|—|~)\s*|\s+(?i:đến|tới|cho\s+đến)\s+"),
        "list_sep": regex.compile(r"\s*[,;]\s*|\s+(?i:và|hoặc|và\s+lần\s+lượt|lên|xuống|còn)\s+|\s*,\s*(?i:và|hoặc)\s+"),
        "approx": regex.compile(rf"(?<!\p{{L}})(?P<a>{approx_alt})(?:\s+(?i:là|từ|ở\s+mức|mức))?\s*$", regex.IGNORECASE),
        "approx_after": regex.compile(rf"\s*(?P<a>{after_alt})(?!\p{{L}})", regex.IGNORECASE),
        "tu": regex.compile(r"(?<!\p{L})(?i:từ|giữa|trong\s+khoảng(?:\s+từ)?|khoảng\s+từ)\s*$"),
        "name_before": _before_re(d.ctx["name_nouns"]),
        "so_before": regex.compile(r"(?<!\p{L})(?i:số)\s*$"),
        "so_quantity": _before_re(d.ctx["so_quantity_before"], r"\s+(?i:số)"),
        "temporal_before": _before_re(d.ctx["temporal_before"]),
        "date_before": _before_re(d.ctx["date_before"]),
        "ratio_before": _before_re(d.ctx["ratio_before"], r"(?:\s+(?i:bản\s+đồ|là))?"),
        "weekday_before": _before_re(d.ctx["weekday_before"]),
        "money_ctx": regex.compile(
            rf"(?<!\p{{L}})(?:{_alt(d.ctx['money_context'])})(?!\p{{L}})", regex.IGNORECASE),
        "people_ctx": regex.compile(
            rf"(?<!\p{{L}})(?:{_alt(d.ctx['people_context'])})(?!\p{{L}})", regex.IGNORECASE),
        # masks: spans whose numbers are not numeric records
        "mask": regex.compile(
            r"(?:https?://|www\.)\S+"
            r"|@[\w-]+\.[\w.-]+"
            r"|(?<![\w/])\d+(?:[/.-]\d+)*[/-](?:\p{Lu}|Đ)[\p{L}\d]*(?:[/.-][\p{L}\d]+)*"  # 43-NQ/TW, 1234/QĐ-UBND
            r"|(?<=\p{L}|\p{L}[-+])\d[\p{L}\d]*(?:[-.]\d+)?"  # Covid-19, G7, H5N1, ASEAN+3, Covid-l9
            r"|\(\s*0?\d{2,3}\s*\)\s*\d{3,4}[\s.-]?\d{3,4}"  # (024) 3825 3888
            r"|(?<![\d.,])0\d{2,3}[.\s-]\d{3,4}[.\s-]\d{3,4}(?![\d])"  # 0243.8253.888
            r"|(?<![\d.,])0\d{9,10}(?![\d])"  # 0912345678
            r"|(?<![\d.,])1[89]00[\s.]?\d{3,4}(?:[\s.]\d{2,4})?(?![\d])"  # 1900 1234
            r"|(?<![\w])\d{1,2}\s?(?:h|g|giờ)\s?\d{1,2}(?:'|p|phút)?(?![\w])"  # 10h30
            r"|(?<![\w])\d{1,2}\s?h(?![\w])"  # 14h
            r"|(?<![\w:])\d{1,2}:\d{2}(?::\d{2})?(?![\w:])"  # 10:30 (not after tỷ lệ; checked)
            r"|(?<![\w/.-])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\w/])"  # 30/12/2022, 24-09-2021
            r"|(?<![\w/.,-])\d{1,2}[/-](?:19|20)\d{2}(?![\w/])"  # 9/2013
            r"|(?<![\w.,])(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?![\w])"  # 2020 - 2025
        ),
        "quy": regex.compile(r"(?<!\p{L})[qQ]uý\s+(?:[IV]+|\d)(?:\s*[/-]\s*\d{4})?"),
        "dm_dash": regex.compile(r"(?<![\w/.,-])\d{1,2}-\d{1,2}(?![\w/.,-]?\d)"),
        "ratio": regex.compile(
            r"(?<![\w/.,-])(?P<a>\d{1,3}(?:\.\d{3})+|\d+)\s?(?P<sep>/|:)\s?(?P<b>\d{1,3}(?:\.\d{3})+|\d+)(?![\w/.,:-]?\d)(?![\p{L}/])"),
        "ordinal": regex.compile(
            rf"(?<!\p{{L}})(?P<thu>thứ|Thứ|THỨ)\s+(?P<n>\d{{1,3}}(?!\d)(?![.,/]\d)(?![\p{{L}}])|{roman}|(?i:{ord_words})(?:\s+(?i:{ord_words}))*(?!\p{{L}}))"),
        "ordinal_bare": regex.compile(
            rf"(?<!\p{{L}})(?P<head>(?i:{bare_heads}))\s+(?P<n>{roman}|\d{{1,2}}(?![\d.,/:-]?\d)(?![\p{{L}}%]))"),
        "first": regex.compile(r"(?<!\p{L})(?P<w>(?:đầu|Đầu|ĐẦU)\s+(?i:tiên))(?!\p{L})"),
        "first_head": _before_re(_FIRST_HEADS),
        "ord_head": _before_re(d.ctx["ordinal_heads"]),
        "gap": regex.compile(
            rf"(?<!\p{{L}})(?:gấp|Gấp|GẤP)\s+(?P<n>(?i:đôi|rưỡi|rưởi)|(?i:{spelled_words})(?:\s+(?i:{spelled_words}))*|\d+(?:[.,]\d+)?)(?P<lan>\s+(?i:lần))?(?!\p{{L}})"),
        "cur_before": regex.compile(
            rf"(?<![\p{{L}}\d])(?P<c>{before_codes})\s?(?P<n>\d[\d.,]*\d|\d)(?:(?P<suf>[kKM](?![\p{{L}}]))|\s*(?P<scale>{scale_alt})(?!\p{{L}}))?"
            rf"(?:\s*[-–]\s*(?:(?P=c))?\s?(?P<n2>\d[\d.,]*\d|\d))?(?![\d])"),
        "weekday_near": regex.compile(r"(?<!\p{L})(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)(?!\p{L})"),
        "date_after": regex.compile(r"\s*,?\s*(?:(?i:ngày)\s+)?\d{1,2}\s*[/-]\s*\d{1,2}"),
    }


@functools.cache
def _gates() -> dict[str, WordGate]:
    """For each look-behind pattern ending in ``word\\s*$``: the last words it can end with.

    A search is only run when :func:`~.numbers.last_word` before the number is one of them, which
    skips nearly all of the small windowed searches without changing any result.
    """
    d = _data()
    ctx = d.ctx
    return {
        "approx": word_gate(list(d.approx) + ["là", "từ", "mức"]),
        "tu": word_gate(["từ", "giữa", "khoảng"]),
        "name_before": word_gate(ctx["name_nouns"]),
        "so_before": word_gate(["số"]),
        "so_quantity": word_gate(["số"]),
        "temporal_before": word_gate(ctx["temporal_before"]),
        "date_before": word_gate(ctx["date_before"]),
        "ratio_before": word_gate(ctx["ratio_before"] + ["đồ", "là"]),
        "weekday_before": word_gate(ctx["weekday_before"]),
        "first_head": word_gate(_FIRST_HEADS),
        "ord_head": word_gate(ctx["ordinal_heads"]),
        "thu_hang": word_gate(["thứ", "hạng"]),
        "giua": word_gate(["giữa"]),
    }


@functools.cache
def _singles() -> dict[str, frozenset[str]]:
    """One-word phrases of the look-behind lists whose pattern has nothing after the phrase."""
    d = _data()
    lists = {"temporal_before": d.ctx["temporal_before"], "name_before": d.ctx["name_nouns"],
             "so_before": ["số"], "thu_hang": ["thứ", "hạng"]}
    return {k: frozenset(w.lower() for w in v if " " not in w) for k, v in lists.items()}


@functools.cache
def _starts() -> dict[str, "re.Pattern[str] | _FindThenMatch"]:
    """Cheap finders (over the lower-cased text) of every place where a word pattern may start.

    ``ordinal_bare``: a whole head (``đại hội``) then whitespace and what may begin the number (an
    ASCII digit, a lower-cased roman letter, any non-ASCII character), the tail a look-ahead: a
    real match cannot start inside a found head (a head inside a head ends where it does and
    needs the same number). ``first``: ``đầu`` before whitespace and ``tiên``. Stdlib ``\\s``
    (``str.isspace``) holds every ``regex`` ``\\s``, so the finders refuse no real start."""
    heads = sorted(_data().ctx["ordinal_bare_heads"], key=lambda w: (-len(w), w))
    for h in heads:
        if not all(_LETTERS.fullmatch(w) and w == w.lower() for w in h.split()):
            raise ValueError(f"numeric_contexts.yaml: ordinal head {h!r} is not lower-case words")
    bare = "|".join(r"\s+".join(re.escape(w) for w in h.split()) for h in heads)
    bare_re = re.compile(rf"(?:{bare})(?=\s+(?:[0-9mdclxvi]|[^\x00-\x7f]))")
    return {
        "ordinal": lower_words(["thứ"]),
        "ordinal_bare": _FindThenMatch(sorted({h.split()[0] for h in heads}), bare_re),
        "gap": lower_words(["gấp"]),
        "first": re.compile(r"đầu(?=\s+tiên)"),
    }


_SHARED_KEYS = ("spelled", "ordinal", "ordinal_bare", "gap", "first")


@functools.cache
def _automaton() -> Any:
    """One Aho-Corasick automaton of the first words of the word patterns: each word maps to the
    keys of :data:`_SHARED_KEYS` it starts."""
    keys: dict[str, list[str]] = {}
    for w in spelled_firsts():
        keys.setdefault(w, []).append("spelled")
    for w in _starts()["ordinal_bare"].firsts:
        keys.setdefault(w, []).append("ordinal_bare")
    for w, k in (("thứ", "ordinal"), ("gấp", "gap"), ("đầu", "first")):
        keys.setdefault(w, []).append(k)
    return word_automaton({w: tuple(ks) for w, ks in keys.items()})


def word_starts(text: str, low: str) -> dict[str, list[int]] | None:
    """For each key of :data:`_SHARED_KEYS`, the offsets (increasing) its finder of :func:`_starts`
    (``spelled``: :func:`~.numbers._spelled_first`) would offer, from one Aho-Corasick pass over
    ``low`` (= ``text.lower()``) instead of five scans; None when that is not exact
    (:func:`~.numbers.lower_ok`: the separate finders then run).

    The automaton reports every occurrence of every first word. A ``lower_words`` finder keeps
    those not followed by a letter of :func:`~.numbers.word_letter_set`; ``ordinal_bare`` and
    ``first`` keep those where their finder's pattern matches. (A ``lower_words`` finder's own
    matches never overlap; the occurrences kept here are a superset, which :func:`scan` allows.)"""
    if not lower_ok(text, low):
        return None
    auto = _automaton()
    out: dict[str, list[int]] = {k: [] for k in _SHARED_KEYS}
    letters = word_letter_set()
    st = _starts()
    bare = st["ordinal_bare"].pat.match
    first = st["first"].match
    for e, (k, keys) in auto.iter(low):
        s = e - k
        for key in keys:
            if key == "ordinal_bare":
                if bare(low, s) is not None:
                    out[key].append(s)
            elif key == "first":
                if first(low, s) is not None:
                    out[key].append(s)
            elif low[e + 1:e + 2] not in letters:
                out[key].append(s)
    for v in out.values():
        v.sort()  # reported by end offset
    return out


class _FindThenMatch:
    """A finder (``finditer``) of every place where ``pat`` matches, tried only where one of the
    literals ``firsts`` (each match begins with one) occurs: ``str.find`` skips through a text
    faster than a search for an alternation whose first letters are common."""

    def __init__(self, firsts: list[str], pat: re.Pattern[str]) -> None:
        self.firsts = firsts
        self.pat = pat

    def finditer(self, subject: str) -> Iterator[re.Match[str]]:
        out: list[re.Match[str]] = []
        match = self.pat.match
        for w in self.firsts:
            i = subject.find(w)
            while i >= 0:
                m = match(subject, i)
                if m is not None:
                    out.append(m)
                i = subject.find(w, i + 1)
        if len(out) > 1:
            out.sort(key=lambda m: m.start())
        return iter(out)


def cur_before_starts(text: str, runs: list[tuple[int, int]]) -> list[int] | None:
    """Every offset, in increasing order, where a ``cur_before`` match may start (``None``: no
    shortcut): a currency code (as written) ending right before a digit run or one whitespace
    (``str.isspace``) before it. The number after the code begins a run: the code's last
    character is no digit."""
    by_last = _cur_before_by_last()
    out: list[int] = []
    for s, _e in runs:
        if not s:
            continue
        q = s - 1 if text[s - 1].isspace() else s
        for k in (q, s) if q != s else (s,):
            codes = by_last.get(text[k - 1]) if k else None
            if codes:
                for c in codes:
                    if k >= len(c) and text.startswith(c, k - len(c), k):
                        out.append(k - len(c))
    if len(out) > 1:
        out = sorted(set(out))
    return out


@functools.cache
def _cur_before_codes() -> tuple[str, ...]:
    return tuple(sorted(_data().currency_before, key=lambda w: (-len(w), w)))


@functools.cache
def _cur_before_by_last() -> dict[str, tuple[str, ...]]:
    """The codes of :func:`_cur_before_codes` by their last character (in that order)."""
    out: dict[str, tuple[str, ...]] = {}
    for c in _cur_before_codes():
        out[c[-1]] = out.get(c[-1], ()) + (c,)
    return out


def ratio_starts(text: str, runs: list[tuple[int, int]]) -> list[int] | None:
    """Every offset, in increasing order, where a ``ratio`` match may start (``None``: no
    shortcut): a digit run not after ``/ . , -``, whose chain of digits and dots is followed by
    ``/`` or ``:``, maybe after one whitespace (a non-ASCII character there: kept)."""
    out: list[int] = []
    n = len(text)
    for s, e in runs:
        if s and text[s - 1] in "/.,-":
            continue
        j = e
        while j < n and text[j] in "0123456789.":
            j += 1
        c = text[j:j + 1]
        if c.isspace():
            c = text[j + 1:j + 2]
        if c == "/" or c == ":" or (c and not c.isascii()):
            out.append(s)
    return out




def mask_starts(text: str, runs: list[tuple[int, int]]) -> list[int] | None:
    """Every offset, in increasing order, where a match of the ``mask`` pattern may start, from
    the digit runs of ``text`` (``None``: no shortcut, scan everything).

    A digit branch starts at a run's first digit; a run is kept unless no branch can match there:
    a code or a date needs ``/ - :`` right after the run (a ``.`` only for ``d.m.y`` or a code
    ``12.3/QĐ``), a phone number a leading ``0`` or ``1800``/``1900`` not after ``.``/``,``, a
    time one or two digits then ``h``/``g``/``giờ`` (not a word such as ``ha``), a year range
    ``19xx``/``20xx`` then a dash, a name (``Covid-19``) a letter before. Non-ASCII neighbours
    are kept (``str`` and ``regex`` may disagree on their class). The other starts are literals:
    ``@``, ``http``, ``www.``, and ``(`` before whitespace or a possible digit."""
    out: list[int] = []
    for lit in _MASK_LITERALS:
        i = text.find(lit)
        while i >= 0:
            # "(" only before whitespace or what may be a digit: "(024) 3825 3888"
            if lit != "(" or (c := text[i + 1:i + 2]).isspace() or "0" <= c <= "9" or not c.isascii():
                out.append(i)
            i = text.find(lit, i + 1)
    other = bool(out)
    n = len(text)
    for s, e in runs:
        c = text[e:e + 1]
        if c in _SEP_KEEP:
            out.append(s)
            continue
        p = text[s - 1:s] if s else ""
        f = text[s]
        ln = e - s
        if p != "." and p != "," and (
                (f == "0" and (3 <= ln <= 4 or 10 <= ln <= 11))
                or (f == "1" and text[s:s + 4] in ("1800", "1900"))):
            out.append(s)
        elif c == "." and _mask_dot(text, s, e, n):
            out.append(s)
        elif ln <= 2 and _time_after(text, e, c):
            out.append(s)
        elif ln == 4 and (f == "1" or f == "2") and text[s:s + 2] in ("19", "20") and _dash_after(text, e, n):
            out.append(s)
        elif p and p != " " and _letter_before(text, s):
            out.append(s)
    if other:
        out.sort()
    return out


_MASK_LITERALS = ("@", "(", "http", "www.")
_SEP_KEEP = frozenset("/-:")


def _time_after(text: str, e: int, c: str) -> bool:
    """``\\s?(?:h|g|giờ)`` at ``e`` (``c`` = ``text[e]``), then no ASCII letter unless it is
    ``giờ`` (``10h30``, ``14h``, ``8g``, ``10 giờ 30``; not ``9 ha``)."""
    k = e + 1 if c.isspace() else e
    h = text[k:k + 1]
    if h != "h" and h != "g":
        return False
    nx = text[k + 1:k + 2]
    return not (nx.isascii() and nx.isalpha()) or text.startswith("giờ", k)


def _letter_before(text: str, s: int) -> bool:
    """Whether ``\\p{L}`` or ``\\p{L}[-+]`` may stand right before ``s`` (True when unsure)."""
    if not s:
        return False
    p = text[s - 1]
    if p == "-" or p == "+":
        if s < 2:
            return False
        p = text[s - 2]
    return not p.isascii() or p.isalpha()


def _dash_after(text: str, e: int, n: int) -> bool:
    """``\\s*[-–]`` at ``e`` (whitespace by ``str.isspace``, a superset of ``\\s``)."""
    while e < n and text[e].isspace():
        e += 1
    return e < n and text[e] in ("-", "–")


def _mask_dot(text: str, s: int, e: int, n: int) -> bool:
    """After a digit run ``s..e`` followed by ``.``: may ``d.m.y`` or a code (digits and
    ``/ . -`` then ``/``/``-`` and a capital) follow? Any non-ASCII character on the way answers
    True (``str`` and ``regex`` may disagree on what is a digit or a capital)."""
    j = e
    first = True
    while j + 1 < n and text[j] in "/.-":
        nx = text[j + 1]
        if not nx.isascii():
            return True
        if text[j] != "." and nx.isupper():
            return True  # [/-] then a capital: a code
        if not nx.isdigit():
            return False
        r = j + 1
        while r < n and "0" <= text[r] <= "9":
            r += 1
        if r < n and not text[r].isascii():
            return True
        if first and e - s <= 2 and r - j - 1 <= 2 and r < n and text[r] in "/.-":
            return True  # d.m.y
        first = False
        j = r
    return False
_LU = regex.compile(r"\p{Lu}")
_OTHER_PATS = {"thu_hang": _THU_HANG, "giua": _GIUA}


# ---------------------------------------------------------------------------------------------
# helpers


def _word_before(text: str, start: int, key: str, width: int = 40,
                 lw: str | None = None) -> tuple[int, str] | None:
    """``pattern[key]`` searched in the ``width`` characters before ``start`` (``lw`` = last word):
    where the match starts and, for ``approx``, its phrase (the ``a`` group, any case), or None."""
    if lw is None:
        lw = last_word(text, start)
    if lw not in _gates()[key]:
        return None
    if lw == ANY_WORD:
        return _search_before(text, start, key, width)
    k, forms = _phrase_forms()[key]
    lo = max(0, start - width)
    m = _chain(k).match(text, max(0, lo - 1), start)
    if m is None:
        return None
    seg = m.group()
    if fold_unsafe(seg):
        return _search_before(text, start, key, width)
    low = seg.lower()
    words = low.split()
    for i in range(len(words)):
        ph = forms.get(tuple(words[i:]))
        if ph is not None:
            pos = 0
            for w in words[:i + 1]:
                pos = low.index(w, pos) + len(w)
            ws = m.start() + pos - len(words[i])
            if ws >= lo:
                return ws, ph
    return None


def _search_before(text: str, start: int, key: str, width: int) -> tuple[int, str] | None:
    """:func:`_word_before` by the plain windowed search."""
    pat = _OTHER_PATS.get(key) or _pat()[key]
    m = pat.search(text, max(0, start - width), start)
    if m is None:
        return None
    return m.start(), m.group("a") if key == "approx" else m.group()


@functools.cache
def _chain(k: int) -> regex.Pattern[str]:
    """Up to ``k`` letter runs separated by whitespace, then whitespace, matched backwards from
    the end of the slice (the words a look-behind phrase pattern can match there)."""
    return regex.compile(rf"(?:\p{{L}}+\s+){{0,{k - 1}}}\p{{L}}+\s*", regex.REVERSE)


@functools.cache
def _phrase_forms() -> dict[str, tuple[int, dict[tuple[str, ...], str]]]:
    """For each look-behind pattern ``(?<!\\p{L})(?:phrase)(?:tail)?\\s*$`` (case-insensitive):
    the lower-cased word sequences it matches, each with the phrase ``regex`` reports for it (the
    alternation tries longer phrases first), and the most words in one.

    A match of such a pattern in a window ending at ``start`` is whole letter runs separated by
    whitespace up to ``start``: :func:`_word_before` takes those runs backwards (:func:`_chain`)
    and looks their tails up here, leftmost first, as ``search`` would."""
    d = _data()
    ctx = d.ctx
    tails_approx: list[tuple[str, ...]] = [(), ("là",), ("từ",), ("ở", "mức"), ("mức",)]
    specs: dict[str, tuple[list[str], list[tuple[str, ...]]]] = {
        "approx": (list(d.approx), tails_approx),
        "tu": (["từ", "giữa", "trong khoảng", "trong khoảng từ", "khoảng từ"], [()]),
        "name_before": (ctx["name_nouns"], [()]),
        "so_before": (["số"], [()]),
        "so_quantity": (ctx["so_quantity_before"], [("số",)]),
        "temporal_before": (ctx["temporal_before"], [()]),
        "date_before": (ctx["date_before"], [()]),
        "ratio_before": (ctx["ratio_before"], [(), ("bản", "đồ"), ("là",)]),
        "weekday_before": (ctx["weekday_before"], [()]),
        "first_head": (_FIRST_HEADS, [()]),
        "ord_head": (ctx["ordinal_heads"], [()]),
        "thu_hang": (["thứ", "hạng"], [()]),
        "giua": (["giữa"], [()]),
    }
    out: dict[str, tuple[int, dict[tuple[str, ...], str]]] = {}
    for key, (phrases, tails) in specs.items():
        forms: dict[tuple[str, ...], str] = {}
        for ph in sorted(phrases, key=lambda w: (-len(w), w)):  # the alternation's order
            words = tuple(ph.lower().split())
            if not words or not all(_LETTERS.fullmatch(w) for w in words):
                raise ValueError(f"numeric: {key} phrase {ph!r} is not plain words")
            for tail in tails:
                forms.setdefault(words + tail, ph)
        out[key] = (max(len(f) for f in forms), forms)
    return out


# A case-insensitive literal after ``\s+`` makes ``regex`` look for that literal through the whole
# rest of the text before matching: microseconds per call. These anchored matches are tried only
# when the next word is right (an exact pre-check).
_NEXT_WORD0 = regex.compile(r"\s*(\p{L}+)")
_FRACTION_OF = regex.compile(r"\s+(?:số|tổng số|tổng)\s+\p{Ll}")  # `2/3 số tiền`: a part of a whole


# the usual shape of what follows a number, for stdlib ``re`` (twice as fast here): at most one
# space, then letters of :func:`~.numbers._word_letters` (all ``\p{L}``, every ASCII letter)
_NEXT_WORD_FAST = re.compile(rf" ?([{_word_letters()}]+)")


def _next_word(text: str, pos: int) -> tuple[str, int]:
    """The letter run after optional whitespace at ``pos`` (lower-cased, or ``ANY_WORD``) and
    the number of whitespace characters before it; ("", 0) when there is none.

    Answered by :data:`_NEXT_WORD_FAST` when it decides: its run is ``\\p{L}``, and one that ends
    at an ASCII character (never ``\\p{L}`` outside the class) or at the end is the whole run; no
    run after at most one space, then an ASCII character that is no whitespace, is no run at all.
    Anything else (more whitespace, a non-ASCII neighbour) goes to the ``regex`` pattern."""
    m = _NEXT_WORD_FAST.match(text, pos)
    if m is not None:
        e = m.end()
        if e == len(text) or text[e].isascii():
            w = m.group(1)
            if fold_unsafe(w):
                return ANY_WORD, m.start(1) - pos
            return w.lower(), m.start(1) - pos
    else:
        c = text[pos:pos + 1]
        if c == " ":
            c = text[pos + 1:pos + 2]
        if not c or c.isascii() and not c.isspace():
            return "", 0
    m = _NEXT_WORD0.match(text, pos)
    if m is None:
        return "", 0
    w = m.group(1)
    if fold_unsafe(w):
        return ANY_WORD, m.start(1) - pos
    return w.lower(), m.start(1) - pos


@functools.cache
def _after_firsts() -> WordGate:
    return gate_set(p.split()[0].lower() for p in _data().approx_after)


@dataclass(frozen=True)
class _UnitGates:
    cur_runs: WordGate  # letter runs a currency word written after a number can begin with
    cur_syms: frozenset[str]  # first characters of the currency words that begin with a symbol
    meas_runs: WordGate
    meas_syms: frozenset[str]


def _first_runs(phrase: str, joinable: bool) -> tuple[set[str], set[str]]:
    """Lower-cased letter runs ``phrase`` can begin with in a text, and its first character if
    that is not a letter. ``joinable``: the pattern lets a space inside the phrase vanish."""
    runs: set[str] = set()
    acc = ""
    for tok in phrase.split(" "):
        m = _LETTERS.match(tok)
        lead = m.group() if m else ""
        if not acc and not lead:
            return runs, {tok[0]}
        acc += lead
        runs.add(acc.lower())
        if not joinable or lead != tok:
            break
    return runs, set()


@functools.cache
def _unit_gates() -> _UnitGates:
    """Exact pre-checks for the currency and measure patterns (see :func:`_unit_after`)."""
    d = _data()
    out: list[tuple[set[str], set[str]]] = []
    for words, joinable in ((d.currency_after, True), (d.measures, False)):
        runs: set[str] = set()
        syms: set[str] = set()
        for w in words:
            r, sy = _first_runs(w, joinable)
            runs |= r
            syms |= sy
        out.append((runs, syms))
    return _UnitGates(gate_set(out[0][0]), frozenset(out[0][1]), gate_set(out[1][0]), frozenset(out[1][1]))


def _next_initial(text: str, pos: int) -> str:
    """The first character at or after ``pos`` that is not whitespace (``str.isspace``, a
    superset of ``\\s``), lower-cased; "" at the end; ``ANY_WORD`` for a character whose case
    folding ``str.lower`` does not mirror. A pattern ``\\s*(?i:word...)`` can only match at
    ``pos`` when this is the initial of one of its words."""
    c = text[pos:pos + 1]
    while c.isspace():
        pos += 1
        c = text[pos:pos + 1]
    if c in FOLD_UNSAFE and c:
        return ANY_WORD
    return c.lower()


@functools.cache
def _after_initials() -> frozenset[str]:
    return frozenset(w[0] for w in _after_firsts() if w != ANY_WORD) | {ANY_WORD}


def _approx_after(text: str, pos: int) -> regex.Match[str] | None:
    """``approx_after`` ("trở lên", "trở xuống") matched at ``pos``."""
    if _next_initial(text, pos) not in _after_initials():
        return None
    if _next_word(text, pos)[0] not in _after_firsts():
        return None
    return _pat()["approx_after"].match(text, pos)


def _lan_after(text: str, pos: int, w: str, spaces: int) -> regex.Match[str] | None:
    """``lan`` (" lần", not " lần thứ") matched at ``pos``; ``w, spaces`` = ``_next_word(text, pos)``."""
    if not spaces or (w != "lần" and w != ANY_WORD):
        return None
    return _pat()["lan"].match(text, pos)


def _before_info(text: str, start: int) -> tuple[str, int, bool]:
    """:func:`~.numbers.last_word` before ``start``, where that word starts (-1 if none), and
    whether ``_PREV_CAP`` can match there (a word that starts with a capital, then whitespace)."""
    k, e = last_word_span(text, start)
    if k < 0:
        return "", -1, False
    w = text[k:e]
    c = w[0]
    cap = e < start and (c.isupper() if c.isascii() else _LU.match(c) is not None)
    if fold_unsafe(w):
        return ANY_WORD, k, cap
    return w.lower(), k, cap


@functools.cache
def _classify_gate() -> WordGate:
    """Every last word that lets one of the look-behind checks of :func:`_classify` match."""
    g = _gates()
    return frozenset().union(*(g[k] for k in ("approx", "temporal_before", "name_before", "so_before",
                                                 "thu_hang")))


def _has_before(text: str, start: int, key: str, lw: str, wstart: int, width: int = 40) -> bool:
    """``bool(_word_before(text, start, key, width))`` given ``_before_info``: a one-word phrase
    of the list as the last word (whole, inside the window) matches by itself."""
    if lw not in _gates()[key]:
        return False
    if wstart >= start - width and lw in _singles()[key]:
        return True
    return _word_before(text, start, key, width, lw) is not None


def _approx_before(text: str, start: int, lw: str | None = None) -> tuple[str | None, int]:
    """Approx kind from the words right before ``start`` and the offset where those words begin."""
    m = _word_before(text, start, "approx", 40, lw)
    if not m:
        return None, start
    word = " ".join(m[1].lower().split())
    return _data().approx.get(word), m[0]


def _plausible_dm(a: float, b: float) -> bool:
    return a == int(a) and b == int(b) and 1 <= a <= 31 and 1 <= b <= 12


def _is_year_like(text: str, n: NumberSpan) -> bool:
    s = text[n.start:n.end]
    return n.kind == "digits" and s.isdigit() and len(s) == 4 and 1900 <= n.value <= 2100


@dataclass(slots=True)
class _Unit:
    kind: str  # percent | money | measure | multiplier | temporal | noun | none | skip
    end: int
    unit: str | None = None
    currency: str | None = None
    factor: float = 1.0


def _noun_after(text: str, pos: int) -> tuple[str, int] | None:
    """Counted noun starting right after ``pos`` (one word or a dictionary compound)."""
    m = _pat()["words"].match(text, pos, min(len(text), pos + 60))
    if not m:
        return None
    r = _noun_in(m.group("w"))
    if r is None:
        return None
    return r[0], m.start("w") + r[1]


@functools.lru_cache(maxsize=16384)
def _noun_in(w: str) -> tuple[str, int] | None:
    """The counted noun at the head of the words ``w`` and where it ends in ``w`` (cached).

    ``w`` is letter runs separated by whitespace (``pattern["words"]``): ``str.split`` gives
    exactly the runs (no letter is whitespace; every ``\\s`` is)."""
    toks = w.split()
    lows = [t.lower() for t in toks]
    d = _data()
    dic = _dictionary()
    best = 1
    if lows[0] in d.not_units:
        # only our own compounds may start with a function word ("chỉ tiêu", "tổng số")
        dic = d.compounds
        best = 0
    for k in range(len(toks), 1, -1):
        if " ".join(lows[:k]) in dic:
            # a compound must not start a new clause: stop at a capitalised later word unless all are
            if any(t[0].isupper() for t in toks[1:k]) and not toks[0][0].isupper():
                continue
            best = k
            break
    if best == 0:
        return None
    end = 0
    for t in toks[:best]:
        end = w.index(t, end) + len(t)
    return " ".join(lows[:best]), end


def _unit_after(text: str, n: NumberSpan) -> _Unit:
    """What follows the number: percent sign, currency, measure, lần, a time word, a noun or nothing."""
    p = _pat()
    d = _data()
    g = _unit_gates()
    e = n.end
    nw, spaces = _next_word(text, e)
    near = text[e:e + 4]
    anyw = nw == ANY_WORD
    m = p["percent"].match(text, e) if "%" in near or nw == "phần" or anyw else None
    if m:
        return _Unit("percent", m.end())
    near = near[:2]
    m = p["currency"].match(text, e) if nw in g.cur_runs or anyw or not g.cur_syms.isdisjoint(near) else None
    if m:
        word = " ".join(m.group("c").lower().replace("-", " ").split())
        cur = d.currency_after.get(m.group("c").lower()) or d.currency_after.get(word)
        if cur is None:
            for k, v in d.currency_after.items():
                if " ".join(k.replace("-", " ").split()) == word:
                    cur = v
                    break
        head = word.split()[0]
        ok = cur is not None
        if ok and word in d.compound_prone:
            nxt = _NEXT_WORD.match(text, m.end(), min(len(text), m.end() + 30))
            big = n.scaled or (n.kind == "digits" and abs(n.value) >= 1000)
            if nxt and f"{head} {nxt.group(1).lower()}" in _dictionary() and not (big and head == "đồng"):
                ok = False
        if ok and m.group("c") in ("đ", "Đ") and m.start("c") != e and not n.scaled:
            ok = False  # "5 đ" with a space is too weak; "15.000đ" is fine
        if ok and cur is not None:
            return _Unit("money", m.end(), currency=cur.code, factor=cur.factor)
    m = p["measure"].match(text, e) if nw in g.meas_runs or anyw or not g.meas_syms.isdisjoint(near) else None
    if m:
        return _Unit("measure", m.end(), unit=m.group("u").lower())
    # a letter right at e (\p{L}): the next word with no whitespace before it
    if (nw and not spaces) if not anyw else (e < len(text) and p["attached"].match(text, e)):
        return _Unit("skip", e)  # 1A, 5G, 29A…: a code, not a count
    m = _lan_after(text, e, nw, spaces)
    if m:
        return _Unit("multiplier", m.end())
    if not nw:
        return _Unit("none", e)  # no letter after the whitespace: no noun
    noun = _noun_after(text, e)
    if noun:
        unit, end = noun
        if unit.split()[0] in d.temporal_units or unit in d.temporal_units:
            return _Unit("temporal", end)
        if n.scaled and n.kind == "digits" and unit == "đồng":
            return _Unit("money", end, currency="VND")
        return _Unit("noun", end, unit=unit)
    return _Unit("none", e)


def _money_context(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 160)
    window = text[lo:min(len(text), end + 80)]
    # stay inside the sentence
    cut = max(window.rfind(". ", 0, start - lo), window.rfind("\n", 0, start - lo))
    if cut > 0:
        window = window[cut:]
    p = _pat()
    return bool(p["money_ctx"].search(window)) and not p["people_ctx"].search(text, max(0, start - 12), start)


@dataclass(slots=True)
class _Item:
    n: NumberSpan
    kind: str | None  # record kind or None (no record)
    start: int
    end: int
    fields: dict[str, Any]
    unit: _Unit


def _fields(kind: str, value: float, unit: _Unit, approx: str | None, value_max: float | None = None) -> dict[str, Any]:
    if kind == "money":
        return {"value": value * unit.factor, "value_max": None if value_max is None else value_max * unit.factor,
                "currency": unit.currency or "VND", "approx": approx}
    if kind == "percent":
        return {"value": value, "value_max": value_max, "approx": approx}
    if kind == "multiplier":
        return {"value": value, "value_max": value_max}
    return {"value": value, "value_max": value_max, "unit": unit.unit, "approx": approx}


# ---------------------------------------------------------------------------------------------
# main


def find(text: str, ctx: Context | None = None) -> list[Hit]:
    """Numeric hits (quantity, money, percent, ratio, multiplier, ordinal) in ``text``."""
    if not text:
        return []
    p = _pat()
    d = _data()
    claimed = bytearray(len(text))
    hits: list[Hit] = []

    def free(a: int, b: int) -> bool:
        return claimed.find(1, a, b) < 0

    def claim(a: int, b: int) -> None:
        claimed[a:b] = b"\x01" * (b - a)

    def add(kind: str, a: int, b: int, fields: dict[str, Any], priority: int = 0) -> None:
        hits.append(Hit(kind, a, b, fields, priority))
        claim(a, b)

    low = text.lower()
    runs = digit_runs(text)
    hint = document_style(text, runs)
    st = _starts()
    shared = word_starts(text, low)

    def words_at(key: str) -> Iterator[regex.Match[str]]:
        if shared is not None:
            return scan(p[key], text, shared[key])
        return scan(p[key], text, lower_starts(st[key], text, low))

    # 1. ordinals ------------------------------------------------------------------------------
    for m in words_at("ordinal"):
        if not free(m.start(), m.end()):
            continue
        raw = m.group("n")
        hm = _word_before(text, m.start(), "ord_head", 20)
        head = hm[1] if hm else None
        value = _ordinal_value(raw)
        if value is None:
            # "thứ hai mươi" ok; otherwise try the first word only
            first = raw.split()[0]
            value = _ordinal_value(first)
            if value is None:
                continue
            end = m.start("n") + len(first)
        else:
            end = m.end()
        if head is None and _is_weekday(text, m.start("thu"), end, raw, value):
            claim(m.start(), end)
            continue
        start = hm[0] if hm is not None else m.start("thu")
        add("ordinal", start, end, {"value": int(value)})
    for m in words_at("ordinal_bare"):
        if not free(m.start(), m.end()):
            continue
        raw = m.group("n")
        value = roman_to_int(raw) if not raw.isdigit() else int(raw)
        if not value:
            continue
        add("ordinal", m.start(), m.end(), {"value": int(value)})
    for m in words_at("first"):
        if free(m.start(), m.end()):
            hm = _word_before(text, m.start(), "first_head", 20)
            start = hm[0] if hm else m.start()
            if hm is None and _COMMA.match(text, m.end()):
                continue  # "Đầu tiên, ..." = firstly
            if free(start, m.end()):
                add("ordinal", start, m.end(), {"value": 1})

    # 2. multipliers written with gấp -----------------------------------------------------------
    for m in words_at("gap"):
        if not free(m.start(), m.end()):
            continue
        raw = " ".join(m.group("n").lower().split())
        if raw in d.multiplier_words:
            value: float | None = d.multiplier_words[raw]
        elif raw[0].isdigit():
            value = parse_digits(raw)
        else:
            value = parse_spelled(raw)
        if value is None or value <= 0:
            continue
        if m.group("lan"):
            add("multiplier", m.start("n"), m.end(), {"value": value, "value_max": None})
            claim(m.start(), m.end())
        else:
            add("multiplier", m.start(), m.end(), {"value": value, "value_max": None})

    # 4. currency written before the number ($10, USD 5, VN$1000) ------------------------------
    for m in scan(p["cur_before"], text, cur_before_starts(text, runs)):
        if not free(m.start(), m.end()):
            continue
        code = d.currency_before[m.group("c")]
        v = parse_digits(m.group("n"), hint=hint)
        if v is None:
            continue
        factor = 1.0
        if m.group("suf"):
            factor = lexicon().digit_suffixes[m.group("suf")]
        elif m.group("scale"):
            factor = lexicon().scales[" ".join(m.group("scale").lower().split())]
        v *= factor
        v2 = parse_digits(m.group("n2"), hint=hint) if m.group("n2") else None
        if v2 is not None:
            v2 *= factor
        approx, _a = _approx_before(text, m.start())
        end = m.end()
        am = _approx_after(text, end)
        if am:
            approx = d.approx_after[" ".join(am.group("a").lower().split())]
        add("money", m.start(), end, {"value": v, "value_max": v2, "currency": code, "approx": approx})

    # 5. ratios --------------------------------------------------------------------------------
    for m in scan(p["ratio"], text, ratio_starts(text, runs)):
        if not free(m.start(), m.end()):
            continue
        a = parse_digits(m.group("a"))
        b = parse_digits(m.group("b"))
        if a is None or b is None or b == 0:
            continue
        lead = _word_before(text, m.start(), "ratio_before")
        if m.group("sep") == ":" and not lead:
            continue
        noun = None
        if not p["percent"].match(text, m.end()):
            dummy = NumberSpan(m.start(), m.end(), b, "digits", False)
            u = _unit_after(text, dummy)
            if u.kind in ("noun", "measure"):
                noun = (u.unit, u.end)
            elif u.kind in ("temporal", "money", "skip", "multiplier"):
                continue
        else:
            continue
        if not lead and noun is None and a < b <= 10 and a == int(a) and b == int(b) and (
                _FRACTION_OF.match(text, m.end()) or _approx_before(text, m.start())[0]):
            # "khoảng 2/3 số tiền", "gần 1/2 số hộ": a fraction of a whole, not a day of a month
            add("ratio", m.start(), m.end(), {"numerator": a, "denominator": b, "unit": None})
            continue
        if not lead:
            if (_word_before(text, m.start(), "date_before") or _word_before(text, m.start(), "temporal_before")
                    or _word_before(text, m.start(), "name_before") or a > b
                    or (a <= 12 and 1900 <= b <= 2100 and a == int(a))
                    or (noun is None and _plausible_dm(a, b))
                    or (_plausible_dm(a, b) and p["weekday_near"].search(text, max(0, m.start() - 25), m.start()))):
                claim(m.start(), m.end())  # a date, a street (đường 3/2) or a label: not a number
                continue
        if noun is not None and lead and a == 1 and b >= 100:
            noun = None  # a map scale (`tỷ lệ 1/500 khu đô thị`): the noun after it is what was drawn
        end = noun[1] if noun else m.end()
        add("ratio", m.start(), end, {"numerator": a, "denominator": b, "unit": noun[0] if noun else None})

    # 3. masks ---------------------------------------------------------------------------------
    for m in scan(p["mask"], text, mask_starts(text, runs)):
        if free(m.start(), m.end()):
            claim(m.start(), m.end())
    for m in p["quy"].finditer(text):
        claim(m.start(), m.end())
    for m in p["dm_dash"].finditer(text):  # "ngày 19-4": a date, owned by temporal
        if free(m.start(), m.end()) and _word_before(text, m.start(), "date_before"):
            claim(m.start(), m.end())

    # 6. numbers -------------------------------------------------------------------------------
    spelled = shared["spelled"] if shared is not None else None
    nums = [n for n in _find_numbers(text, hint, low, runs, spelled) if free(n.start, n.end)]
    items = [_classify(text, n) for n in nums]
    _join_ranges_and_lists(text, items)
    whole = text.strip()
    for it in items:
        if it.kind is None:
            if it.n.kind == "spelled" and text[it.n.start:it.n.end] == whole:
                it.kind = "quantity"  # a bare spelled numeral is the whole input
                it.start, it.end = it.n.start, it.n.end
                it.fields = _fields("quantity", it.n.value, _Unit("none", it.end), None)
            else:
                continue
        if not free(it.n.start, it.n.end):
            continue
        add(it.kind, it.start, it.end, it.fields)
    hits.sort(key=_START_END)
    return hits


_START_END = operator.attrgetter("start", "end")


def _ordinal_value(raw: str) -> int | None:
    lx = lexicon()
    raw_l = " ".join(raw.lower().split())
    if raw.isdigit():
        return int(raw)
    if raw_l in lx.ordinal_words:
        return lx.ordinal_words[raw_l]
    r = roman_to_int(raw)
    if r:
        return r
    v = parse_spelled(raw_l)
    if v is not None and v == int(v) and v > 0:
        return int(v)
    return None


def _is_weekday(text: str, start: int, end: int, raw: str, value: int) -> bool:
    if not 2 <= value <= 7 or raw.lower() in ("nhất", "nhì"):
        return False
    p = _pat()
    if p["date_after"].match(text, end):
        return True
    if _word_before(text, start, "weekday_before"):
        return True
    if not raw.isdigit() and raw[:1].isupper():  # thứ Sáu, Thứ Hai
        return True
    return False


class _LazyUnit:
    """The :class:`_Unit` after a number, worked out when first read (a lone ambiguous word that
    gets no record: only a range or a list after it may ask)."""

    __slots__ = ("_text", "_n", "_u")

    def __init__(self, text: str, n: NumberSpan) -> None:
        self._text = text
        self._n = n
        self._u: _Unit | None = None

    def __getattr__(self, name: str) -> Any:
        u = self._u
        if u is None:
            u = self._u = _unit_after(self._text, self._n)
        return getattr(u, name)


# lone spelled words that may be a count whatever follows them ("ba người")
_COUNT_WORDS = ("hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín")


def _strong_unit_possible(text: str, e: int) -> bool:
    """Whether :func:`_unit_after` at ``e`` may find a percent sign, a currency, a measure or
    ``lần`` (the gates it runs first); otherwise it finds a code, a time word, a noun or nothing."""
    nw, spaces = _next_word(text, e)
    near = text[e:e + 4]
    if "%" in near or nw == "phần" or nw == ANY_WORD:
        return True
    g = _unit_gates()
    near = near[:2]
    return (nw in g.cur_runs or not g.cur_syms.isdisjoint(near) or nw in g.meas_runs
            or not g.meas_syms.isdisjoint(near) or (spaces > 0 and nw == "lần"))


@functools.cache
def _plan_words() -> tuple[str, ...]:
    """Lower-case plan and rule nouns among the name nouns (``kế hoạch``, ``luật``), longest first."""
    return tuple(sorted(_data().ctx["plan_name_nouns"], key=len, reverse=True))


def _counted_after_plan_word(text: str, n: NumberSpan, wstart: int) -> bool:
    """A lower-case plan or rule noun before a plain number that a noun follows counts, not names:
    ``vượt kế hoạch 12 người``, ``kỷ luật 11 đảng viên`` (but ``Kế hoạch 12``, ``nghị quyết 18 về …``)."""
    if n.kind != "digits" or wstart < 0 or not text[n.start:n.end].isdigit():
        return False
    head = text[max(0, wstart - 12):n.start].lower()
    for w in _plan_words():
        if head.endswith(w + " "):
            k = n.start - len(w) - 1
            return text[k].islower() and _unit_after(text, n).kind == "noun"
    return False


_RX_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 11.250, 1.250.000: never a year, a month or a day
_RATING_NOUNS = frozenset({"sao"})  # `sản phẩm OCOP 4 sao`: a rating after the code, a quantity


def _code_before(text: str, start: int) -> bool:
    """The word before ``start`` (one space between, a word of its own) is a code in capitals: two to
    six letters, all upper case (`OM`, `QCVN`, `ĐT`)."""
    if start < 3 or text[start - 1] != " ":
        return False
    k = start - 1
    while k > 0 and text[k - 1].isalpha() and start - k <= 8:
        k -= 1
    if k > 0 and text[k - 1] not in " (\n\t":
        return False  # `12.3/QĐ 12`: part of a longer token
    w = text[k:start - 1]
    if not (2 <= len(w) <= 6 and w.isalpha() and w.isupper()) or w in _body_acronyms():
        return False
    # a code has no toned letter (not `KHOẢNG`, `CÓ` of a headline in capitals), and is no word of the
    # look-behind lists (`CHO`, `THU`)
    return all(c.isascii() or c == "Đ" for c in w) and w.lower() not in _classify_gate()


@functools.cache
def _body_acronyms() -> frozenset[str]:
    """Acronyms of bodies (`UBND`, `HĐND`): a count after one is the count of what follows
    (`gửi văn bản cho UBND 63 tỉnh thành`), not a code's number."""
    return frozenset(load_yaml("bodies.yaml")["acronyms"])


def _classify(text: str, n: NumberSpan) -> _Item:
    if n.ambiguous and text[n.start:n.end].lower() not in _COUNT_WORDS \
            and not _strong_unit_possible(text, n.end):
        # a lone "năm", "một", "không" before a noun, a time word or nothing: no record
        return _Item(n, None, n.start, n.end, {}, _LazyUnit(text, n))  # type: ignore[arg-type]
    lw, wstart, cap_before = _before_info(text, n.start)
    gates = _gates()
    grouped = n.kind == "digits" and _RX_GROUPED.fullmatch(text, n.start, n.end) is not None
    if (lw in gates["temporal_before"] or lw in gates["name_before"]) and not _strong_unit_possible(text, n.end):
        # what follows is a code, a time word, a noun or nothing: after a time word ("năm 2023") or
        # a name noun ("quận 7") no record, unless a bare big scale may make it money
        if (not grouped and _has_before(text, n.start, "temporal_before", lw, wstart)) or (
                not (n.scaled and n.scale >= 1e6) and _has_before(text, n.start, "name_before", lw, wstart)
                and not _counted_after_plan_word(text, n, wstart)):
            return _Item(n, None, n.start, n.end, {}, _LazyUnit(text, n))  # type: ignore[arg-type]
    u = _unit_after(text, n)
    uk = u.kind
    if uk == "skip" or uk == "temporal":
        return _Item(n, None, n.start, n.end, {}, u)
    if uk == "none" and n.kind == "digits" and n.end - n.start <= 2 and text[n.end:n.end + 2] in (": ", ":\n") \
            and n.start >= 2 and text[n.start - 1] == " " and text[n.start - 2].isalpha():
        return _Item(n, None, n.start, n.end, {}, u)  # an item's label: `Bất an 1: …`, `Bước 2: …`
    if (uk == "none" or uk == "noun") and n.kind == "digits" and _code_before(text, n.start) \
            and not text[n.end:n.end + 2].strip()[:1].isupper() and text[n.end:u.end].strip().lower() not in _RATING_NOUNS:
        # the number of a code written in capitals: `giống lúa OM 5451`, `tàu SE 8`, `QCVN 01`, `ĐT 741`
        return _Item(n, None, n.start, n.end, {}, u)
    if n.kind == "spelled":
        word = text[n.start:n.end].lower()
        if n.ambiguous and u.kind in ("noun", "none") and word not in _COUNT_WORDS:
            return _Item(n, None, n.start, n.end, {}, u)
        if u.kind == "none":
            return _Item(n, None, n.start, n.end, {}, u)
        if u.kind == "noun":
            nxt = text[n.end:u.end].strip()
            if text[n.start].isupper() and nxt[:1].isupper():
                return _Item(n, None, n.start, n.end, {}, u)  # Hai Bà Trưng, Ba Đình
    gated = lw in _classify_gate()  # else none of the look-behind checks below can match
    approx = _approx_before(text, n.start, lw)[0] if gated else None
    am = _approx_after(text, u.end)
    if am:
        approx = _data().approx_after[" ".join(am.group("a").lower().split())]
    if u.kind == "percent":
        return _Item(n, "percent", n.start, u.end, _fields("percent", n.value, u, approx), u)
    if u.kind == "money":
        value = n.value
        end = u.end
        if u.currency in ("USD", "INR", "EUR", "GBP") and u.factor == 1.0:
            mm = _pat()["minor"].match(text, end)
            if mm:
                raw = mm.group("n")
                mv = float(raw) if raw.isdigit() else parse_spelled(raw)
                tail_ok = mm.group("u") is not None or mm.end() >= len(text.rstrip()) or not _SPACE_LETTER.match(
                    text, mm.end(), min(len(text), mm.end() + 3))
                if mv is not None and 0 < mv < 100 and mv == int(mv) and tail_ok:
                    value += mv / 100
                    end = mm.end()
        return _Item(n, "money", n.start, end, _fields("money", value, u, approx), u)
    if u.kind == "multiplier":
        if n.kind == "spelled" and n.value == 1:
            return _Item(n, None, n.start, n.end, {}, u)  # "một lần" = once
        return _Item(n, "multiplier", n.start, u.end, {"value": n.value, "value_max": None}, u)
    # quantity or bare-scale money ("hằng năm 11.250 ha": a number in thousands groups is no year or day)
    if gated and not grouped and _has_before(text, n.start, "temporal_before", lw, wstart):
        return _Item(n, None, n.start, n.end, {}, u)
    if n.scaled and n.kind in ("digits", "spelled") and u.kind == "none" and n.scale >= 1e6 \
            and not text[n.start:n.end].rstrip()[-1:] in ("k", "K", "M"):
        if n.scale >= 1e9 or _money_context(text, n.start, n.end):
            mu = _Unit("money", n.end, currency="VND")
            return _Item(n, "money", n.start, n.end, _fields("money", n.value, mu, approx), mu)
    if u.kind != "measure":
        if gated and _has_before(text, n.start, "name_before", lw, wstart) \
                and not (u.kind == "noun" and _counted_after_plan_word(text, n, wstart)):
            return _Item(n, None, n.start, n.end, {}, u)
        if gated and _has_before(text, n.start, "so_before", lw, wstart) \
                and not _word_before(text, n.start, "so_quantity", lw=lw):
            return _Item(n, None, n.start, n.end, {}, u)
        if _is_year_like(text, n) and (u.kind == "none" or text[n.end:u.end].strip()[:1].isupper()):
            return _Item(n, None, n.start, n.end, {}, u)
        if gated and _has_before(text, n.start, "thu_hang", lw, wstart):
            return _Item(n, None, n.start, n.end, {}, u)
        # names and addresses: "SEA Games 31", "Landmark 81", "33 Nguyễn Du", "Trung ương 4 Khoá XI"
        prev = _PREV_CAP.search(text, max(0, n.start - 30), n.start) if cap_before else None
        after = text[n.end:u.end].split()
        unit_cap = bool(after) and after[0][:1].isupper()
        # (`2 Phó Giám đốc Sở`: a count of one of our own compound nouns, capitalised as a title)
        titled = unit_cap and " ".join(text[n.end:u.end].lower().split()) in _data().compounds
        if prev and (u.kind == "none" or unit_cap and not titled):
            return _Item(n, None, n.start, n.end, {}, u)
        if unit_cap and not titled and _TWO_CAPS.match(text, n.end):
            return _Item(n, None, n.start, n.end, {}, u)
    if n.kind == "spelled" and u.kind == "none":
        return _Item(n, None, n.start, n.end, {}, u)
    end = u.end if u.kind in ("noun", "measure") else n.end
    return _Item(n, "quantity", n.start, end, _fields("quantity", n.value, u, approx), u)


# the first non-whitespace character (lower-cased) each separator pattern can begin with:
# range_sep (- – — ~ đến tới cho), _VA (và); list_sep (, ; và hoặc lên xuống còn)
_RANGE_INITIALS = frozenset(["-", "–", "—", "~", "đ", "t", "c", "v", ANY_WORD])
_LIST_INITIALS = frozenset([",", ";", "v", "h", "l", "x", "c", ANY_WORD])
# ASCII characters that, standing first after at most one space, rule a range separator out
# without a call (what _next_initial would say)
_RANGE_REJECT = frozenset(c for c in map(chr, range(33, 127)) if c.lower() not in _RANGE_INITIALS)


def _join_ranges_and_lists(text: str, items: list[_Item]) -> None:
    """Merge ``X - Y unit`` / ``từ X đến Y unit`` into one record; share a trailing % or
    currency across ``4,8 và 5,3%``."""
    p = _pat()
    i = 0
    while i < len(items) - 1:
        a, b = items[i], items[i + 1]
        if b.kind is None:
            i += 1  # both a range and a shared unit need a record after the separator
            continue
        # an item without a record ends where its number does: its unit need not be worked out
        gap_a = a.n.end if a.kind is None or a.unit.kind == "none" else a.end
        c = text[gap_a:gap_a + 1]
        if c == " ":
            c = text[gap_a + 1:gap_a + 2]
        near = gap_a <= b.n.start and c not in _RANGE_REJECT and _next_initial(text, gap_a) in _RANGE_INITIALS
        sep = p["range_sep"].fullmatch(text, gap_a, b.n.start) if near else None
        giua = False
        if sep is None and near:
            giua = bool(_VA.fullmatch(text, gap_a, b.n.start)) and bool(
                _word_before(text, a.n.start, "giua", 10))
        if (sep or giua) and b.kind is not None and b.kind in ("percent", "money", "quantity", "multiplier") \
                and (a.kind is None or a.kind == b.kind or a.unit.kind == "none") \
                and a.unit.kind in ("none", b.unit.kind):
            dash = sep is not None and "-" in sep.group() or sep is not None and "–" in sep.group()
            tu = bool(_word_before(text, a.n.start, "tu"))
            lo, hi = a.n.value, b.n.value
            if not a.n.scaled and b.n.scaled:
                lo *= b.n.scale
            if a.unit.kind == "none" and b.unit.kind == "noun" and a.kind is None and not (tu or dash):
                i += 1
                continue
            if 0 <= lo < hi and (sep is not None or giua or a.unit.kind != "none"):
                if dash and a.unit.kind == "none" and b.kind == "quantity" and b.unit.kind == "none":
                    i += 1
                    continue
                approx, _ = _approx_before(text, a.n.start)
                fields = dict(b.fields)
                if b.kind == "money":
                    factor = b.unit.factor
                    fields.update(value=lo * factor, value_max=hi * factor)
                else:
                    fields.update(value=lo, value_max=hi)
                if b.kind != "multiplier":  # a factor has no approximation field
                    fields["approx"] = approx if approx else (
                        fields.get("approx") if fields.get("approx") in ("at_least", "at_most") else None)
                a.kind, a.end, a.fields = b.kind, b.end, fields
                del items[i + 1]
                continue
        # list sharing: "4,8 và 5,3%", "9,54%, 12,3% và 8%"
        if a.kind in (None, "quantity") and b.kind in ("percent", "money") and a.n.kind == "digits" \
                and a.unit.kind == "none" and a.n.end <= b.n.start:
            lsep = p["list_sep"].fullmatch(text, a.n.end, b.n.start) \
                if _next_initial(text, a.n.end) in _LIST_INITIALS else None
            if lsep and (b.kind == "percent" or not a.n.scaled):
                approx, _ = _approx_before(text, a.n.start)
                value = a.n.value * (b.n.scale if b.kind == "money" and not a.n.scaled else 1.0)
                a.kind = b.kind
                a.end = a.n.end
                a.fields = _fields(b.kind, value, b.unit, approx)
        i += 1
    # list sharing must also run right-to-left for chains ("4, 5 và 6%")
    for i in range(len(items) - 2, -1, -1):
        a, b = items[i], items[i + 1]
        if b.kind == "percent" and a.kind in (None, "quantity") and a.n.kind == "digits" \
                and a.unit.kind == "none" and a.n.end <= b.n.start \
                and _next_initial(text, a.n.end) in _LIST_INITIALS \
                and p["list_sep"].fullmatch(text, a.n.end, b.n.start):
            approx, _ = _approx_before(text, a.n.start)
            a.kind, a.end = "percent", a.n.end
            a.fields = _fields("percent", a.n.value, b.unit, approx)
