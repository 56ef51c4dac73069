"""Numeric records: quantity, money, percent, ratio, multiplier, ordinal.

``find(text, ctx)`` returns :class:`~vnreport_extract.rules.base.Hit` objects whose ``fields`` are
exactly the kind's fields in RECORDS.md. Spans follow GOLD.md: number + scale + unit/currency;
approximation words (``hơn``, ``khoảng``) set ``approx`` but stay outside the span.

Numbers that belong to something else give no record here: document codes (``43-NQ/TW``),
names with numbers (``Covid-19``, ``quận 7``, ``Quốc lộ 1A``), phone numbers, URLs, times, and the
temporal expressions owned by ``rules/temporal.py`` (years, ``d/m``, ``tháng 9``, durations).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from collections.abc import Iterator
from typing import Any

import regex

from .base import Context, Hit
from .numbers import (_alt, ANY_WORD, document_style, _find_numbers, fold_unsafe, gate_set, _LAST_WORD,
                      last_word, lexicon, load_yaml, lower_starts, lower_words, NumberSpan, parse_digits,
                      parse_spelled, roman_to_int, scan, starts_of, word_gate, WordGate)

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
    ord_heads = _alt([w.replace(" ", "\x00") for w in d.ctx["ordinal_heads"]]).replace("\x00", r"\s+")
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
def _starts() -> dict[str, re.Pattern[str]]:
    """Cheap finders (over the lower-cased text) of every place where a word pattern may start."""
    return {
        "ordinal": lower_words(["thứ"]),
        "ordinal_bare": lower_words(h.split()[0] for h in _data().ctx["ordinal_bare_heads"]),
        "gap": lower_words(["gấp"]),
    }


# every place a "mask" match can start (each branch begins with one of these; a digit branch never
# starts inside a digit run)
_MASK_START = regex.compile(r"[@(]|\d+|https?://|www\.")
_LU = regex.compile(r"\p{Lu}")
_OTHER_PATS = {"thu_hang": _THU_HANG, "giua": _GIUA}


# ---------------------------------------------------------------------------------------------
# helpers


def _word_before(text: str, start: int, key: str, width: int = 40, lw: str | None = None) -> regex.Match[str] | None:
    """``pattern[key]`` searched in the ``width`` characters before ``start`` (``lw`` = last word)."""
    if lw is None:
        lw = last_word(text, start)
    if lw not in _gates()[key]:
        return None
    pat = _OTHER_PATS.get(key) or _pat()[key]
    return pat.search(text, max(0, start - width), start)


# A case-insensitive literal after ``\s+`` makes ``regex`` look for that literal through the whole
# rest of the text before matching: microseconds per call. These anchored matches are tried only
# when the next word is right (an exact pre-check).
_NEXT_WORD0 = regex.compile(r"\s*(\p{L}+)")


def _next_word(text: str, pos: int) -> tuple[str, int]:
    """The letter run after optional whitespace at ``pos`` (lower-cased, or ``ANY_WORD``) and
    the number of whitespace characters before it; ("", 0) when there is none."""
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


def _approx_after(text: str, pos: int) -> regex.Match[str] | None:
    """``approx_after`` ("trở lên", "trở xuống") matched at ``pos``."""
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
    m = _LAST_WORD.match(text, max(0, start - 64), start)
    if m is None:
        return "", -1, False
    w = m.group(1)
    cap = m.end(1) < start and _LU.match(w) is not None
    if fold_unsafe(w):
        return ANY_WORD, m.start(1), cap
    return w.lower(), m.start(1), cap


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
    word = " ".join(m.group("a").lower().split())
    return _data().approx.get(word), m.start()


def _plausible_dm(a: float, b: float) -> bool:
    return a == int(a) and b == int(b) and 1 <= a <= 31 and 1 <= b <= 12


def _is_year_like(text: str, n: NumberSpan) -> bool:
    s = text[n.start:n.end]
    return n.kind == "digits" and s.isdigit() and len(s) == 4 and 1900 <= n.value <= 2100


@dataclass
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
    """The counted noun at the head of the words ``w`` and where it ends in ``w`` (cached)."""
    words = list(_LETTERS.finditer(w))
    base = 0
    first = words[0].group().lower()
    d = _data()
    dic = _dictionary()
    best = 1
    if first in d.not_units:
        # only our own compounds may start with a function word ("chỉ tiêu", "tổng số")
        dic = d.compounds
        best = 0
    for k in range(len(words), 1, -1):
        cand = " ".join(w.group().lower() for w in words[:k])
        if cand in dic:
            # a compound must not start a new clause: stop at a capitalised later word unless all are
            if any(w.group()[0].isupper() for w in words[1:k]) and not words[0].group()[0].isupper():
                continue
            best = k
            break
    if best == 0:
        return None
    end = base + words[best - 1].end()
    unit = " ".join(w.group().lower() for w in words[:best])
    return unit, end


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
    if e < len(text) and p["attached"].match(text, e):
        return _Unit("skip", e)  # 1A, 5G, 29A…: a code, not a count
    m = _lan_after(text, e, nw, spaces)
    if m:
        return _Unit("multiplier", m.end())
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


@dataclass
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
        return {"value": value}
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
        return not any(claimed[a:b])

    def claim(a: int, b: int) -> None:
        claimed[a:b] = b"\x01" * (b - a)

    def add(kind: str, a: int, b: int, fields: dict[str, Any], priority: int = 0) -> None:
        hits.append(Hit(kind, a, b, fields, priority))
        claim(a, b)

    hint = document_style(text)
    low = text.lower()
    st = _starts()

    def words_at(key: str) -> Iterator[regex.Match[str]]:
        return scan(p[key], text, lower_starts(st[key], text, low))

    # 1. ordinals ------------------------------------------------------------------------------
    for m in words_at("ordinal"):
        if not free(m.start(), m.end()):
            continue
        raw = m.group("n")
        hm = _word_before(text, m.start(), "ord_head", 20)
        head = hm.group() if hm else None
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
        start = hm.start() if hm is not None else m.start("thu")
        add("ordinal", start, end, {"value": int(value)})
    for m in words_at("ordinal_bare"):
        if not free(m.start(), m.end()):
            continue
        raw = m.group("n")
        value = roman_to_int(raw) if not raw.isdigit() else int(raw)
        if not value:
            continue
        add("ordinal", m.start(), m.end(), {"value": int(value)})
    for m in p["first"].finditer(text):  # a literal start: finditer is fast here
        if free(m.start(), m.end()):
            hm = _word_before(text, m.start(), "first_head", 20)
            start = hm.start() if hm else m.start()
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
            add("multiplier", m.start("n"), m.end(), {"value": value})
            claim(m.start(), m.end())
        else:
            add("multiplier", m.start(), m.end(), {"value": value})

    # 4. currency written before the number ($10, USD 5, VN$1000) ------------------------------
    for m in p["cur_before"].finditer(text):
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
    for m in p["ratio"].finditer(text):
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
        if not lead:
            if (_word_before(text, m.start(), "date_before") or _word_before(text, m.start(), "temporal_before")
                    or _word_before(text, m.start(), "name_before") or a > b
                    or (a <= 12 and 1900 <= b <= 2100 and a == int(a))
                    or (noun is None and _plausible_dm(a, b))
                    or (_plausible_dm(a, b) and p["weekday_near"].search(text, max(0, m.start() - 25), m.start()))):
                claim(m.start(), m.end())  # a date, a street (đường 3/2) or a label: not a number
                continue
        end = noun[1] if noun else m.end()
        add("ratio", m.start(), end, {"numerator": a, "denominator": b, "unit": noun[0] if noun else None})

    # 3. masks ---------------------------------------------------------------------------------
    for m in scan(p["mask"], text, starts_of(_MASK_START, text)):
        if free(m.start(), m.end()):
            claim(m.start(), m.end())
    for m in p["quy"].finditer(text):
        claim(m.start(), m.end())
    for m in p["dm_dash"].finditer(text):  # "ngày 19-4": a date, owned by temporal
        if free(m.start(), m.end()) and _word_before(text, m.start(), "date_before"):
            claim(m.start(), m.end())

    # 6. numbers -------------------------------------------------------------------------------
    nums = [n for n in _find_numbers(text, hint, low) if free(n.start, n.end)]
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
    hits.sort(key=lambda h: (h.start, h.end))
    return hits


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


def _classify(text: str, n: NumberSpan) -> _Item:
    p = _pat()
    d = _data()
    u = _unit_after(text, n)
    none = _Item(n, None, n.start, n.end, {}, u)
    if u.kind in ("skip", "temporal"):
        return none
    if n.kind == "spelled":
        word = text[n.start:n.end].lower()
        if n.ambiguous and u.kind in ("noun", "none") and word not in ("hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín"):
            return none
        if u.kind == "none":
            return none
        if u.kind == "noun":
            nxt = text[n.end:u.end].strip()
            if text[n.start].isupper() and nxt[:1].isupper():
                return none  # Hai Bà Trưng, Ba Đình
    lw, wstart, cap_before = _before_info(text, n.start)
    approx, _ = _approx_before(text, n.start, lw)
    am = _approx_after(text, u.end)
    if am:
        approx = d.approx_after[" ".join(am.group("a").lower().split())]
    if u.kind == "percent":
        return _Item(n, "percent", n.start, u.end, _fields("percent", n.value, u, approx), u)
    if u.kind == "money":
        value = n.value
        end = u.end
        if u.currency in ("USD", "INR", "EUR", "GBP") and u.factor == 1.0:
            mm = p["minor"].match(text, end)
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
            return none  # "một lần" = once
        return _Item(n, "multiplier", n.start, u.end, {"value": n.value}, u)
    # quantity or bare-scale money
    if _has_before(text, n.start, "temporal_before", lw, wstart):
        return none
    if n.scaled and n.kind in ("digits", "spelled") and u.kind == "none" and n.scale >= 1e6 \
            and not text[n.start:n.end].rstrip()[-1:] in ("k", "K", "M"):
        if n.scale >= 1e9 or _money_context(text, n.start, n.end):
            mu = _Unit("money", n.end, currency="VND")
            return _Item(n, "money", n.start, n.end, _fields("money", n.value, mu, approx), mu)
    if u.kind != "measure":
        if _has_before(text, n.start, "name_before", lw, wstart):
            return none
        if _has_before(text, n.start, "so_before", lw, wstart) and not _word_before(text, n.start, "so_quantity", lw=lw):
            return none
        if _is_year_like(text, n) and (u.kind == "none" or text[n.end:u.end].strip()[:1].isupper()):
            return none
        if _has_before(text, n.start, "thu_hang", lw, wstart):
            return none
        # names and addresses: "SEA Games 31", "Landmark 81", "33 Nguyễn Du", "Trung ương 4 Khoá XI"
        prev = _PREV_CAP.search(text, max(0, n.start - 30), n.start) if cap_before else None
        after = text[n.end:u.end].split()
        unit_cap = bool(after) and after[0][:1].isupper()
        if prev and (u.kind == "none" or unit_cap):
            return none
        if unit_cap and _TWO_CAPS.match(text, n.end):
            return none
    if n.kind == "spelled" and u.kind == "none":
        return none
    end = u.end if u.kind in ("noun", "measure") else n.end
    return _Item(n, "quantity", n.start, end, _fields("quantity", n.value, u, approx), u)


def _join_ranges_and_lists(text: str, items: list[_Item]) -> None:
    """Merge ``X - Y unit`` / ``từ X đến Y unit`` into one record; share a trailing % or
    currency across ``4,8 và 5,3%``."""
    p = _pat()
    i = 0
    while i < len(items) - 1:
        a, b = items[i], items[i + 1]
        gap_a = a.n.end if a.unit.kind in ("none",) else a.end
        sep = p["range_sep"].fullmatch(text, gap_a, b.n.start) if gap_a <= b.n.start else None
        giua = False
        if sep is None and gap_a <= b.n.start:
            giua = bool(_VA.fullmatch(text, gap_a, b.n.start)) and bool(
                _word_before(text, a.n.start, "giua", 10))
        if (sep or giua) and b.kind is not None and b.kind in ("percent", "money", "quantity") \
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
                fields["approx"] = approx if approx else (fields.get("approx") if fields.get("approx") in ("at_least", "at_most") else None)
                a.kind, a.end, a.fields = b.kind, b.end, fields
                del items[i + 1]
                continue
        # list sharing: "4,8 và 5,3%", "9,54%, 12,3% và 8%"
        if a.kind in (None, "quantity") and a.unit.kind == "none" and b.kind in ("percent", "money") \
                and a.n.kind == "digits" and a.n.end <= b.n.start:
            lsep = p["list_sep"].fullmatch(text, a.n.end, b.n.start)
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
        if a.kind in (None, "quantity") and a.unit.kind == "none" and b.kind == "percent" \
                and a.n.kind == "digits" and a.n.end <= b.n.start and p["list_sep"].fullmatch(text, a.n.end, b.n.start):
            approx, _ = _approx_before(text, a.n.start)
            a.kind, a.end = "percent", a.n.end
            a.fields = _fields("percent", a.n.value, b.unit, approx)
