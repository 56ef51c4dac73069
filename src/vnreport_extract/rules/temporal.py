"""Dates, periods, durations and relative time in Vietnamese text.

``find(text, ctx)`` returns hits of kind ``date``, ``period`` and ``duration`` with the fields of
RECORDS.md; ``infer_year(text, hits, published)`` gives the year an article is about.

Decisions (documented here because gold and callers depend on them):

* A weekday written before a date is part of the date's span (``Thứ Hai, ngày 30/12/2022``); so is a
  time-of-day word, ``ngày``/``hôm``/``mồng``/``mùng`` and ``đầu``/``cuối``/``giữa``. Clock times
  (``10h30``, ``lúc 3 giờ``) are skipped entirely: no date, no duration.
* Dates without a written year take it from ``ctx.published`` (the year of the three around it that
  puts the date nearest to the published day, so ``30/12`` published on 2 January is the previous
  year; ``tới``/``vừa qua`` force the future/past), else from ``ctx.default_year``, else -- first
  pass inside ``find`` -- from ``infer_year`` over the text's own explicit years. Such a year sets
  ``year_inferred``. Relative expressions (``năm nay``, ``hôm qua``, ``tuần trước``…) set
  ``relative`` and ``year_inferred``; ``hiện nay``/``hiện tại`` carry no fields.
* A week (``tuần này``, ``tuần trước``) is a date on its Monday.
* A bare weekday (``thứ hai``) is a date only when nothing ordinal can be meant: after a temporal cue
  (``vào``, ``hôm``, ``sáng``…), with a week/direction tail (``tuần tới``, ``vừa rồi``), or standing
  alone; it resolves to the next such day (``hôm``/``vừa qua`` -> the previous one).
* Periods: a labelled or bare year range, two dates joined by ``-``/``đến``/``tới`` (optionally after
  ``từ``), one-ended ``từ …``/``đến …``/``tính đến …`` (``đến năm 2030, tầm nhìn đến năm 2045`` is two
  one-ended periods, the second labelled ``tầm nhìn``), ``N tháng đầu/cuối năm``, ``9 tháng năm
  2023``, ``nửa đầu năm``, seasons with a year anchor. Dates inside a period are not emitted.
* ``2 năm vừa qua``/``3 tháng tiếp theo`` (a count of units just before or after now, with
  ``vừa qua``/``vừa rồi``/``tiếp theo``/``kế tiếp``) gives a ``duration`` over ``2 năm`` and, when it
  can be resolved, a ``period`` over the whole phrase (priority -1), nested. The bare ``10 năm qua``,
  ``20 năm tới`` stay durations only, as gold writes them.
"""
from __future__ import annotations

import bisect
import dataclasses
import calendar
import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import regex

from .base import Context, Hit, word_automaton
from .numbers import parse_spelled, roman_to_int

from ..data import load

__all__ = ["find", "infer_year"]

_DATA_KEYS = {
    "time_of_day": list, "day_cues": list, "not_date_before": list, "bare_year_followers": list,
    "period_labels": list, "weekdays": dict, "month_words": dict, "quarter_words": dict,
    "relative_offsets": dict, "relative_days": dict, "now_words": list, "duration_units": dict,
    "holidays": dict, "seasons": dict, "number_words": list,
}
_UNITS = {"year", "quarter", "month", "week", "day", "hour", "minute"}


@functools.cache
def _data() -> dict[str, Any]:
    """Load and validate ``data/vi/temporal.yaml`` once."""
    data = load("temporal.yaml")
    for key, typ in _DATA_KEYS.items():
        if not isinstance(data.get(key), typ) or not data[key]:
            raise ValueError(f"temporal.yaml: {key!r} must be a non-empty {typ.__name__}")
    if not all(0 <= v <= 6 for v in data["weekdays"].values()):
        raise ValueError("temporal.yaml: weekdays must map to 0..6")
    if not all(1 <= v <= 12 for v in data["month_words"].values()):
        raise ValueError("temporal.yaml: month_words must map to 1..12")
    if not set(data["duration_units"].values()) <= _UNITS:
        raise ValueError("temporal.yaml: unknown duration unit")
    for name, (m, d) in data["holidays"].items():
        dt.date(2000, m, d)  # raises on a bad day
    for k in ("time_of_day", "day_cues", "not_date_before", "bare_year_followers", "period_labels",
              "now_words", "number_words"):
        data[k] = [str(w).lower() for w in data[k]]
    return data


@functools.cache
def _sets() -> dict[str, frozenset[str]]:
    """The word lists that are looked up one word at a time, as sets."""
    d = _data()
    return {k: frozenset(d[k]) for k in ("day_cues", "bare_year_followers", "number_words", "not_date_before")}


def _alt(words: Any) -> str:
    """Regex alternation of words (longest first), spaces matching any whitespace."""
    items = sorted({str(w).lower() for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in items) + ")"


_L = r"(?<![\p{L}\p{N}\p{M}])"
_R = r"(?![\p{L}\p{N}\p{M}])"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MON = r"(?:0?[1-9]|1[0-2])"
_YREL = r"(?:nay|ngoái|trước|qua|tới|sau|kế\s+tiếp|tiếp\s+theo)"
_DIR = r"(?:\s+(?P<dir>sắp\s+tới|tới|vừa\s+qua|vừa\s+rồi))?"


@functools.cache
def _rx() -> dict[str, regex.Pattern[str]]:
    """All patterns, compiled once."""
    d = _data()
    tod = _alt(d["time_of_day"])
    wd = _alt(d["weekdays"])
    mw = _alt(d["month_words"])
    qw = _alt(d["quarter_words"])
    nw = _alt(d["number_words"])
    ytail = (r"(?:\s*[/\-.]\s*(?P<y>\d{4})(?!\p{N})|\s*,?\s+(?:của\s+)?năm\s+(?:(?P<y>\d{4})(?!\p{N})|(?P<yrel>"
             + _YREL + r")" + _R + r"))")
    # weekday / time-of-day / ngày prefix shared by day-level dates, matched backwards from the digits
    pre = (_L + r"(?:(?P<wd>" + wd + r")" + _R + r"\s*[,(]?\s*)?(?P<rest>(?:(?P<tod>" + tod + r")\s+)?"
           r"(?:(?P<ngay>ngày|hôm)\s+)?(?:(?P<mong>mồng|mùng)\s+)?)\Z")
    pre_tod = _L + r"(?:(?P<wd>" + wd + r")" + _R + r"\s*[,(]?\s*)?(?P<rest>(?:(?P<tod>" + tod + r")\s+)?)\Z"
    mod = _L + r"(?P<mod>đầu|cuối|giữa|hạ\s+tuần|thượng\s+tuần|trung\s+tuần)\s+\Z"
    tod_pre = _L + r"(?P<tod>" + tod + r")\s+\Z"
    pats: dict[str, Any] = {
        # 30/12/2022, 24-09-2021, 24.09.2021, 30/12, Chiều 5-7, 3/9/91
        "dmy": (r"(?=\d)(?<![\d/.,\-])(?P<d>" + _DAY + r")(?P<s>[/.\-])(?P<m>" + _MON + r")"
                r"(?:(?P=s)(?P<y>\d{4}|\d{2})|(?P<yt>\s+năm\s+(?:(?P<y>\d{4})|(?P<yrel>" + _YREL + r"))))?"
                r"(?![\p{N}]|[/.\-,]\p{N}|\s*%|\s*/\s*\p{L}|-\p{L})" + _DIR, pre),
        # ngày 5 tháng 7 năm 2023, mồng 3 tháng ba, 12 tháng 10 năm 2017
        "dtm": (r"(?=\d)(?<![\d/.,\-])(?P<d>" + _DAY + r")\s+tháng\s+(?P<m>" + _MON + r"(?!\p{N})|" + mw + _R + r")"
                r"(?!\s*[/\-.]\s*\d)" + ytail + r"?" + _DIR, pre),
        # ngày đầu tiên của tháng ba
        "dfirst": _L + r"ngày\s+(?P<pos>đầu\s+tiên|cuối\s+cùng)\s+(?:của\s+)?tháng\s+(?P<m>" + _MON
                  + r"(?!\p{N})|" + mw + _R + r")" + ytail + r"?",
        # tuần đầu tiên của tháng 9, tuần thứ hai của tháng 10/2024, tuần cuối tháng 12
        "wmonth": _L + r"tuần\s+(?P<pos>đầu\s+tiên|đầu|cuối\s+cùng|cuối|thứ\s+(?P<n>nhất|hai|ba|tư|[1-4]))\s+(?:của\s+)?"
                  r"tháng\s+(?P<m>" + _MON + r"(?!\p{N})|" + mw + _R + r")" + ytail + r"?",
        # ngày 15 (day only; gets month from a neighbour or the published date)
        "donly": (_L + r"(?P<ngay>ngày|mồng|mùng)\s+(?:(?P<mong>mồng|mùng)\s+)?(?P<d>" + _DAY
                  + r")(?![\p{N}\p{L}]|\s*[/\-.]\s*\d|\s+(?:tháng|tết|âm\s+lịch))", pre_tod),
        # tháng 9/2013, tháng 9 năm 2013, cuối tháng 6, tháng 3 tới
        "month": (_L + r"tháng\s+(?P<m>" + _MON + r"(?!\p{N})|" + mw + _R + r")(?!\s*[/\-.]\s*\d{1,2}(?!\d))"
                  + ytail + r"?(?:\s+(?P<dir>sắp\s+tới|tới|vừa\s+qua|vừa\s+rồi|này|qua)" + _R + r")?", mod),
        # quý I/2023, quý 3 năm 2013, quý ba
        "quarter": (_L + r"quý\s+(?P<q>iv|iii|ii|i|[1-4]|" + qw + r")" + _R + ytail + r"?", mod),
        # năm 2022, cuối năm 2014
        "year": (_L + r"năm\s+(?P<y>\d{4})(?![\p{N}\p{L}]|[.,]\d|\s*/\s*\p{L}|\s*%)", mod),
        # a bare 2023, (1997)
        "bare_year": r"(?=\d)(?<![\p{L}\p{N}.,/:\-–])(?P<y>(?:19|20)\d\d)(?![\p{N}\p{L}]|[.,]\d|\s*/|-\p{L}|\s*%)",
        # năm nay, tháng trước, quý tới, tuần sau, cuối năm ngoái
        "rel_unit": (_L + r"(?P<u>năm|tháng|quý|tuần)\s+(?P<rel>"
                     + _alt(d["relative_offsets"]) + r")" + _R + r"(?!\s+(?:đó|ấy|nữa))", mod),
        "sang_nam": _L + r"sang\s+năm" + _R + r"(?!\s+\d)",
        # hôm nay, ngày mai; sáng nay, tối qua, chiều mai
        "rel_day": (_L + r"(?P<rd>" + _alt(d["relative_days"]) + r")" + _R, _L + r"(?P<tod>" + tod + r")\s+\Z"),
        "rel_tod": (_L + r"(?P<rd>nay|qua|mai)" + _R, tod_pre),
        "now": _L + _alt(d["now_words"]) + _R,
        # thứ năm tuần tới, thứ ba vừa rồi, chủ nhật
        "weekday": (_L + r"(?P<wd>" + wd + r")" + _R
                    + r"(?:\s+(?:của\s+)?tuần\s+(?P<wrel>này|nay|tới|sau|trước|qua|tiếp\s+theo)" + _R + r")?"
                    r"(?:\s+(?P<dir>tới|vừa\s+rồi|vừa\s+qua|này|trước)" + _R + r")?", tod_pre),
        "holiday": (_L + r"(?P<h>" + _alt(d["holidays"]) + r")" + _R + ytail + r"?", _L + r"ngày\s+\Z"),
        "season": _L + r"mùa\s+(?P<s>" + _alt(d["seasons"]) + r")\s+(?:(?P<this>này|nay)|năm\s+(?:(?P<y>\d{4})|(?P<yrel>"
                  + _YREL + r")))" + _R,
        # nhiệm kỳ 2020 - 2025, 2013 - 2014, từ năm 2013 đến năm 2015
        "year_range": (r"(?=\d)(?<![\p{L}\p{N}.,/\-–])(?P<y1>\d{4})\s*(?:[-–—]|\s(?:đến|tới)\s)\s*(?:năm\s+)?(?P<y2>\d{4}|\d{2})"
                       r"(?![\p{N}]|[.,]\d|\s*%|\s*/\s*\p{L}|-\p{L})",
                       r"(?<![\p{L}\p{N}])(?:(?P<label>" + _alt(d["period_labels"]) + r")\s+)?(?:(?P<tu>(?:kể\s+)?từ)\s+)?"
                       r"(?:năm\s+)?\Z"),
        # one scan for "N <unit>": durations, "6 tháng đầu năm 2019", "3 tháng tới"
        "count": r"(?=\d)(?<![\p{L}\p{N}.,/\-–])(?<![\-–]\s{1,2})(?P<n>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s+(?P<u>"
                 + _alt(d["duration_units"]) + r")" + _R,
        "count_w": _L + r"(?<![\-–]\s{1,2})(?P<n>" + nw + r"(?:\s+" + nw + r")*?)\s+(?P<u>" + _alt(d["duration_units"]) + r")" + _R,
        "moy_tail": r"\s+(?:(?P<pos>đầu|cuối)(?:\s+năm)?|(?P<bare>năm))"
                    r"(?:\s+(?:(?P<y>\d{4})(?!\p{N})|(?P<yrel>nay|ngoái|trước|qua)" + _R + r"))?" + _R
                    + r"(?!\s+(?:tiên|cùng|của|sau|khi|kể))",
        # only the explicit forms: gold reads "trong 20 năm tới", "10 năm qua" as durations alone
        "rel_tail": r"\s+(?P<rel>vừa\s+rồi|vừa\s+qua|tiếp\s+theo|kế\s+tiếp)" + _R,
        "half_year": _L + r"nửa\s+(?P<pos>đầu|cuối|sau)\s+năm(?:\s+(?:(?P<y>\d{4})(?!\p{N})|(?P<yrel>nay|ngoái|trước|qua)" + _R + r"))?" + _R,
        "since_start": _L + r"(?:kể\s+)?từ\s+đầu\s+năm(?:\s+(?:(?P<y>\d{4})(?!\p{N})|(?P<yrel>nay)" + _R + r"))?"
                       r"(?:\s+(?:đến|tới)\s+(?P<now>nay|hiện\s+nay|thời\s+điểm\s+này)" + _R + r")?",
        # connectors for building periods out of two dates / one date
        "between": r"\s*(?:[-–—]|đến|tới|cho\s+đến|cho\s+tới|đến\s+hết)\s*",
        "since_pre": _L + r"(?:(?P<label>" + _alt(d["period_labels"]) + r")\s+)?(?:kể\s+)?từ(?:\s+sau)?\s+\Z",
        "until_pre": _L + r"(?:(?P<label>" + _alt(d["period_labels"]) + r")\s+)?(?:(?:tính\s+)?(?:cho\s+)?(?:đến|tới)(?:\s+hết)?|trước)\s+\Z",
        "clock_after": r"\s*(?:\d|sáng|chiều|tối|trưa|đêm|rưỡi|kém|đúng|ngày|hôm|nay)",
    }
    # A prefix (the second pattern of a pair) is searched only where it can end: right after the last
    # character of one of its words, and after whitespace when it ends with ``\s+``
    # (``_Split.finditer``). Keep these in step with the prefixes above.
    wd_tod = _lasts(d["weekdays"]) | _lasts(d["time_of_day"])
    gates: dict[str, tuple[frozenset[str], bool]] = {
        "dmy": (wd_tod | _lasts(["ngày", "hôm", "mồng", "mùng", ",", "("]), False),
        "dtm": (wd_tod | _lasts(["ngày", "hôm", "mồng", "mùng", ",", "("]), False),
        "donly": (wd_tod | _lasts([",", "("]), False),
        "month": (_lasts(_MODS), True),
        "quarter": (_lasts(_MODS), True),
        "year": (_lasts(_MODS), True),
        "rel_unit": (_lasts(_MODS), True),
        "rel_day": (_lasts(d["time_of_day"]), True),
        "rel_tod": (_lasts(d["time_of_day"]), True),
        "weekday": (_lasts(d["time_of_day"]), True),
        "holiday": (_lasts(["ngày"]), True),
        "year_range": (_lasts(d["period_labels"]) | _lasts(["từ", "năm"]), True),
    }
    flags = regex.UNICODE  # patterns run over the lower-cased text (same offsets)
    out: dict[str, Any] = {}
    for k, v in pats.items():
        if isinstance(v, tuple):
            out[k] = _Split(regex.compile(_nl(v[0]), flags), regex.compile(_nl(v[1]), flags), *gates[k])
        else:
            out[k] = regex.compile(_nl(v), flags)
    return out


_MODS = ("đầu", "cuối", "giữa", "hạ tuần", "thượng tuần", "trung tuần")  # the ``mod`` prefix's words
# the last word of ``since_pre`` / ``until_pre`` (both end with ``\s+``): their searches are gated
_SINCE_LASTS = frozenset({"ừ", "u"})  # từ, sau
_UNTIL_LASTS = frozenset({"n", "i", "t", "c"})  # đến, tới, hết, trước


@functools.cache
def _back(key: str) -> regex.Pattern[str]:
    """``_rx()[key]`` (a prefix ending at ``\\Z``) compiled to match backwards: ``_back(key).match(low,
    lo, end)`` gives what ``_rx()[key].search(low, lo, end)`` does, in one attempt (see ``_Split``)."""
    fwd = _rx()[key]
    return regex.compile(fwd.pattern, fwd.flags | regex.REVERSE)


def _lasts(words: Any) -> frozenset[str]:
    """The last characters of ``words`` (lower-cased)."""
    return frozenset(str(w).lower()[-1] for w in words)


def _may_end(text: str, pos: int, lasts: frozenset[str], need_ws: bool) -> bool:
    """Whether a prefix whose words end in ``lasts`` can end at ``pos`` (a cheap necessary test).

    The trailing whitespace (``isspace`` covers every ``[^\\S\\n]``) is skipped; the character before
    it must end one of the prefix's words (or be its punctuation).
    """
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == 0 or (need_ws and j == pos):
        return False
    return text[j - 1] in lasts


def _nl(pattern: str) -> str:
    """Whitespace inside an expression never crosses a line break."""
    return pattern.replace(r"\s", r"[^\S\n]")


class _PM:
    """A core match extended backwards by an optional prefix match; reads like a regex match."""

    __slots__ = ("m", "p")

    def __init__(self, m: regex.Match[str], p: regex.Match[str] | None) -> None:
        self.m, self.p = m, (p if p is not None and p.end() > p.start() else None)

    def group(self, name: str | int = 0) -> str | None:
        if name == 0:
            return self.m.string[self.start():self.m.end()]
        if name in self.m.re.groupindex and self.m.group(name) is not None:
            return self.m.group(name)
        if self.p is not None and name in self.p.re.groupindex:
            return self.p.group(name)
        return None

    __getitem__ = group

    def start(self, name: str | int = 0) -> int:
        if name == 0:
            return self.p.start() if self.p is not None else self.m.start()
        if self.p is not None and name in self.p.re.groupindex and self.p.start(name) >= 0:
            return self.p.start(name)
        if name in self.m.re.groupindex and self.m.start(name) >= 0:
            return self.m.start(name)
        return self.m.start()

    def end(self, name: str | int = 0) -> int:
        return self.m.end(name)


class _Split:
    """A pattern matched at its mandatory core, with its optional prefix found backwards."""

    def __init__(self, core: regex.Pattern[str], pre: regex.Pattern[str], lasts: frozenset[str],
                 need_ws: bool) -> None:
        self.core, self.pre, self.lasts, self.need_ws = core, pre, lasts, need_ws
        # The prefix ends at ``\Z`` (the core's start): matched backwards from there in one attempt
        # instead of a forward search trying every start in the window. Each prefix is optional
        # whole words with greedy quantifiers and longest-first alternations, so the backward match
        # takes the longest prefix, which is the forward search's leftmost one (same groups; checked
        # against the forward search at every gated position of the corpus).
        self.pre_back = regex.compile(pre.pattern, pre.flags | regex.REVERSE)

    def finditer(self, text: str, starts: list[int] | None = None) -> Any:
        """Matches in ``text``; with ``starts``, the core is tried only there (see ``_anchored``)."""
        back = self.pre_back.match
        for m in (self.core.finditer(text) if starts is None else _anchored(self.core, text, starts)):
            s = m.start()
            if _may_end(text, s, self.lasts, self.need_ws):
                yield _PM(m, back(text, max(0, s - 48), s))
            else:
                yield _PM(m, None)


def _anchored(pattern: regex.Pattern[str], text: str, starts: list[int]) -> Any:
    """``pattern.finditer(text)`` when every match of ``pattern`` starts at one of ``starts`` (sorted).

    ``finditer`` tries each position left to right and resumes at the end of a match; trying only the
    positions where a match can start, with the same resumption, gives the same matches (lookbehinds
    see the text before the position; no pattern here matches the empty string).
    """
    last = 0
    match = pattern.match
    for p in starts:
        if p < last:
            continue
        m = match(text, p)
        if m is not None:
            last = m.end()
            yield m


@functools.cache
def _heads() -> dict[str, tuple[str, ...]]:
    """For the patterns that begin with a choice of words: the first word of each choice.

    Every match of ``_rx()[key]`` starts with one of ``_heads()[key]``; ``_Scan`` finds those words with
    ``str.find`` and tries the pattern only there, instead of a regex scan of the whole text per pattern.
    """
    d = _data()

    def first(words: Any) -> tuple[str, ...]:
        return tuple(sorted({str(w).lower().split(" ")[0] for w in words}))

    return {
        "donly": ("mùng", "mồng", "ngày"),
        "rel_unit": ("năm", "quý", "tháng", "tuần"),
        "rel_day": first(d["relative_days"]),
        "rel_tod": ("mai", "nay", "qua"),
        "weekday": first(d["weekdays"]),
        "holiday": first(d["holidays"]),
        "since_start": ("kể", "từ"),
        "month": ("tháng",),
        "quarter": ("quý",),
        "year": ("năm",),
        "dfirst": ("ngày",),
        "wmonth": ("tuần",),
        "now": first(d["now_words"]),
        "season": ("mùa",),
        "half_year": ("nửa",),
        "sang_nam": ("sang",),
    }


@functools.cache
def _count_w_words() -> tuple[dict[str, tuple[str, ...]] | None, tuple[str, ...]]:
    """Number words by their last character (None if one has a space) and the units' first words."""
    d = _data()
    units = tuple(sorted({str(u).lower().split(" ")[0] for u in d["duration_units"]}))
    words = set(d["number_words"])  # lower-cased on load
    if any(" " in w for w in words):
        return None, units
    by_last: dict[str, list[str]] = {}
    for w in sorted(words):
        by_last.setdefault(w[-1], []).append(w)
    return {k: tuple(v) for k, v in by_last.items()}, units


@functools.cache
def _scan_words() -> frozenset[str]:
    """The words :meth:`_Scan.positions` is asked for that start a match only at a word start (the
    heads of :func:`_heads`, the duration units' first words, ``tháng``, ``đến``, ``tới``): found in
    one Aho-Corasick pass of the text (:func:`_word_automaton`) instead of a ``str.find`` pass per word."""
    words = set(w for heads in _heads().values() for w in heads) | set(_count_w_words()[1]) | {"tháng", "đến", "tới"}
    if not all(w.isalpha() for w in words):
        raise ValueError("temporal: head words must be letters only")
    return frozenset(words)


@functools.cache
def _word_automaton() -> Any:
    """The words of :func:`_scan_words` in an Aho-Corasick automaton (each maps to itself)."""
    return word_automaton({w: w for w in _scan_words()})


class _Scan:
    """One text's lower-cased form, with the patterns run over it (word positions cached)."""

    __slots__ = ("low", "_pos", "_words")

    def __init__(self, low: str) -> None:
        self.low = low
        self._pos: dict[str, list[int]] = {}
        self._words = False  # the words of _scan_words() are in _pos

    def positions(self, word: str) -> list[int]:
        """Indexes where ``word`` occurs in the lower-cased text, in increasing order: every one,
        or, for a word of :func:`_scan_words`, at least every one where it begins a word (not
        right after a letter, digit or mark), which is all its callers try.

        The finder's non-overlapping matches hold every such start: a match is letters only, so a
        position inside one follows a letter; where a longer word matches, its prefixes that are
        words are recorded too."""
        got = self._pos.get(word)
        if got is None and not self._words:
            self._find_words()
            got = self._pos.get(word)
        if got is None:
            got = []
            find = self.low.find
            i = find(word)
            while i >= 0:
                got.append(i)
                i = find(word, i + 1)
            self._pos[word] = got
        return got

    def _find_words(self) -> None:
        """The positions of the words of :func:`_scan_words`: every occurrence, from one
        Aho-Corasick pass (a superset of the word-start occurrences the callers try, in the order
        they start: one word's occurrences end in the order they start)."""
        pos = self._pos
        for w in _scan_words():
            pos.setdefault(w, [])
        for e, (k, w) in _word_automaton().iter(self.low):
            pos[w].append(e - k)
        self._words = True

    def _before_space(self, q: int) -> int:
        """Index after the last non-space character before ``q``; ``q`` itself when no space precedes."""
        low = self.low
        j = q
        while j > 0 and low[j - 1].isspace():  # isspace covers every [^\S\n]
            j -= 1
        return j

    def _units(self) -> list[int]:
        """Where a duration unit word (its first word) occurs."""
        return [q for u in _count_w_words()[1] for q in self.positions(u)]

    def count_w_starts(self) -> list[int] | None:
        """Where a spelled count before a unit (``count_w``: ``hai năm``, ``ba mươi ngày``) can start.

        Walks back from each unit word over whitespace and number words; every number word passed is a
        possible start. None when a number word has a space (then the head words are searched instead).
        """
        by_last = _count_w_words()[0]
        if by_last is None:
            return None
        low = self.low
        todo = self._units()
        found: set[int] = set()
        while todo:
            q = todo.pop()
            j = self._before_space(q)
            if j == q or j == 0:
                continue
            for w in by_last.get(low[j - 1], ()):
                p = j - len(w)
                if p >= 0 and p not in found and low.startswith(w, p):
                    found.add(p)
                    todo.append(p)
        return sorted(found)

    def count_starts(self) -> list[int]:
        """Where a digit count before a unit (``count``: ``5 năm``, ``1.000 ngày``) can start.

        The number (digits, ``.``, ``,``) ends right before the whitespace before a unit word and may not
        follow a digit, ``.`` or ``,``: it starts where that run of characters starts.
        """
        low = self.low
        found: set[int] = set()
        for q in self._units():
            j = self._before_space(q)
            if j == q or j == 0 or not _NUM_CHAR.match(low, j - 1):
                continue
            lo = max(0, j - 32)
            m = _NUM_RUN.search(low, lo, j)
            while m is not None and m.start() == lo and lo > 0:
                lo = max(0, lo - 256)
                m = _NUM_RUN.search(low, lo, j)
            if m is not None:
                found.add(m.start())
        return sorted(found)

    def year_range_starts(self) -> list[int]:
        """Where ``year_range`` (four digits, optional whitespace, a dash or ``đến``/``tới``) can start."""
        found: set[int] = set()
        for c in ("-", "–", "—", "đến", "tới"):
            for q in self.positions(c):
                j = self._before_space(q)
                if j >= 4:
                    found.add(j - 4)
        return sorted(found)

    def dtm_starts(self) -> list[int]:
        """Where ``dtm`` (a one- or two-digit day, whitespace, ``tháng``) can start."""
        found: set[int] = set()
        for q in self.positions("tháng"):
            j = self._before_space(q)
            if j < q:
                found.update(p for p in (j - 2, j - 1) if p >= 0)
        return sorted(found)

    def dmy_starts(self) -> list[int]:
        """Where ``dmy`` can start: at an ASCII digit one or two characters before a ``/``, ``.``
        or ``-`` that an ASCII digit follows (a two-digit day's second digit may be any ``\\d``:
        any non-ASCII character is let through there)."""
        low = self.low
        found: set[int] = set()
        for c in ("/", ".", "-"):
            for q in self.positions(c):
                if q and low[q + 1:q + 2] in _ASCII_DIGITS:
                    b = low[q - 1]
                    if b in _ASCII_DIGITS:
                        found.add(q - 1)
                    elif b.isascii():
                        continue
                    if q >= 2 and low[q - 2] in _ASCII_DIGITS:
                        found.add(q - 2)
        return sorted(found)

    def dash_range_starts(self) -> list[int]:
        """Where ``_dash_range`` (digits and commas, optional whitespace, ``-``/``–``) can start: the
        start of the run of digits (``str.isdecimal``, regex ``\\d``) and commas before the dash,
        which may not follow a digit or a comma."""
        low = self.low
        found: set[int] = set()
        for c in ("-", "–"):
            for q in self.positions(c):
                j = self._before_space(q)
                k = j
                while k and (low[k - 1] == "," or low[k - 1].isdecimal()):
                    k -= 1
                if k < j:
                    found.add(k)
        return sorted(found)

    def starts(self, key: str) -> list[int] | None:
        """Every index where a match of ``_rx()[key]`` can start (a superset), or None: scan it all."""
        if key == "dmy":
            return self.dmy_starts()
        if key == "count_w":
            got = self.count_w_starts()
            if got is not None:
                return got
            return sorted({p for w in _sets()["number_words"] for p in self.positions(w.split(" ")[0])})
        if key == "count":
            return self.count_starts()
        if key == "dtm":
            return self.dtm_starts()
        if key == "year_range":
            return self.year_range_starts()
        if key == "bare_year":
            return sorted(self.positions("19") + self.positions("20"))
        heads = _heads().get(key)
        if heads is None:
            return None
        if len(heads) == 1:
            return self.positions(heads[0])
        return sorted({p for h in heads for p in self.positions(h)})

    def finditer(self, key: str) -> Any:
        """``_rx()[key].finditer(low)``, with the pattern tried only where it can start when that is known."""
        pattern = _rx()[key]
        starts = self.starts(key)
        if starts is None:
            return pattern.finditer(self.low)
        if isinstance(pattern, _Split):
            return pattern.finditer(self.low, starts)
        return _anchored(pattern, self.low, starts)


# ---------------------------------------------------------------------------------------------
# small calendar helpers


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _prev_words(text: str, pos: int, n: int = 2) -> list[str]:
    """Up to ``n`` lower-cased words right before ``pos`` (nearest last); stops at punctuation."""
    out: list[str] = []
    i = pos
    while len(out) < n:
        j = i
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        k = j
        while k > 0 and (text[k - 1].isalnum() or "\u0300" <= text[k - 1] <= "\u036f"):
            k -= 1
        if k == j:
            break
        out.insert(0, text[k:j].lower())
        i = k
    return out


def _prev_char(text: str, pos: int) -> str:
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return text[j - 1] if j > 0 else ""


# fixed helper patterns, compiled once (raw ``\s`` here: these never went through ``_nl``)
_NEXT_CHAR = regex.compile(r"[ \t]*(.)")
_NEXT_WORD = regex.compile(r"[ \t]*([\p{L}\p{N}\p{M}]+)")
_AFTER_CHAR = regex.compile(r"[ \t]*(.?)")
_GROUPED = regex.compile(r"\d{1,3}(?:\.\d{3})+")
_DECIMAL = regex.compile(r"\d+(?:,\d+)?")
_VISION = regex.compile(r"tầm\s+nhìn\s*$", regex.I)
_CLOCK_BEFORE = regex.compile(r"(?:giờ|h)\s*$", regex.I)
_DAY_AFTER = regex.compile(r"\s*[/\-]\s*\d|\s+công" + _R)
_HALF_AFTER = regex.compile(r"\s+rưỡi" + _R)
_UNTIL_AFTER = regex.compile(r"\s+(?:đến|tới)(?:\s+hết)?\s+", regex.I)
# "từ 12 đến 18 tháng", "3-5 năm": the lower end of a duration range, right before its upper end
_RANGE_LOW = regex.compile(r"(?:(?<!\p{L})từ\s+)?(?<![\p{N}.,])(?P<lo>\d+(?:,\d+)?)\s*(?:[-–—]|(?<!\p{L})(?:đến|tới)(?!\p{L}))\s*$")
# a cumulative reporting period: "Tính chung 9 tháng", "cộng dồn 10 tháng", "Sau 9 tháng, …"
_CUMULATIVE_BEFORE = regex.compile(r"(?<!\p{L})(?:tính\s+chung|cộng\s+dồn|lũy\s+kế|luỹ\s+kế|bình\s+quân)\s+$", regex.I)
_SAU_BEFORE = regex.compile(r"(?<!\p{L})sau\s+$", regex.I)
# words that make "N tháng" a length of time, never the months of the reporting year
_DURATION_BEFORE = regex.compile(
    r"(?<!\p{L})(?:chậm|kéo\s+dài|vòng|mất|thời\s+hạn|thời\s+gian|tối\s+đa|tối\s+thiểu|hơn|gần|khoảng|trên|dưới"
    r"|từ|đến|tới|trước|còn|cách\s+đây|mỗi|hàng|từng|khi|án|phạt|tù|thêm|được|đủ|trong)\s+$", regex.I)
_NUM_CHAR = regex.compile(r"\d")
_ASCII_DIGITS = frozenset("0123456789")
_NUM_RUN = regex.compile(r"[\d.,]+\Z")  # searched with an end position
_DAY_JOIN = regex.compile(r"\s*(?:,|và|-|–|đến|tới)\s*")


@functools.cache
def _month_after() -> regex.Pattern[str]:
    """``5 tháng 7``: a day and month, not a duration (built from the data's month words)."""
    return regex.compile(r"\s+(?:\d|" + _alt(_data()["month_words"]) + _R + ")", regex.I)


def _next_char(text: str, pos: int) -> str:
    m = _NEXT_CHAR.match(text[pos:pos + 8])
    return m.group(1) if m else ""


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text[pos:pos + 40])
    return m.group(1) if m else ""


def _before_in(text: str, pos: int, words: frozenset[str]) -> bool:
    """True when the one, two or three words before ``pos`` form an entry of ``words`` (the word
    right before ``pos`` is looked up first: it must end an entry)."""
    last = _prev_words(text, pos, 1)
    if not last or last[0] not in _last_words(words):
        return False
    prev = _prev_words(text, pos, 3)
    for k in (1, 2, 3):
        if len(prev) >= k and " ".join(prev[-k:]) in words:
            return True
    return False


@functools.cache
def _last_words(words: frozenset[str]) -> frozenset[str]:
    """The last word of each entry of ``words`` (what ``" ".join`` of words must end with)."""
    return frozenset(w.split(" ")[-1] for w in words)


def _year_of(s: str | None) -> int | None:
    if not s:
        return None
    y = int(s)
    if len(s) == 2:
        y += 2000 if y <= 40 else 1900
    return y if 1000 <= y <= 2199 else None


def _month_of(s: str) -> int | None:
    s = _norm(s)
    if s.isdigit():
        return int(s)
    return _data()["month_words"].get(s)


def _count_of(s: str) -> float | None:
    s = _norm(s)
    if _GROUPED.fullmatch(s):
        return float(s.replace(".", ""))
    if _DECIMAL.fullmatch(s):
        return float(s.replace(",", "."))
    return parse_spelled(s)


# ---------------------------------------------------------------------------------------------
# candidates


@dataclass
class _Pt:
    """A calendar point before year resolution."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    year_written: bool = False
    relative: bool = False
    direction: int = 0  # +1 future, -1 past, 0 nearest (for a missing year)
    yrel: int | None = None  # relative year offset written after the date ("tháng 3 năm ngoái")


@dataclass
class _Cand:
    kind: str
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    pt: _Pt | None = None
    priority: int = 0
    nested_ok: bool = False  # may sit inside another candidate (durations in "N năm qua")
    host: bool = False  # a period that keeps the date it is built on (one-ended: "từ ngày 1/1/2016")
    kind2: str = ""  # date subtype: dm, dmy, month, quarter, year, day, rel, now


class _Res:
    """Resolution of missing years and relative expressions."""

    def __init__(self, ctx: Context) -> None:
        self.pub = ctx.published
        self.default = ctx.default_year
        self.year = ctx.default_year  # for absolute dates; may be set from the text's own years

    def base_year(self) -> int | None:
        """Anchor of relative expressions: the published year, else the caller's default year."""
        return self.pub.year if self.pub else self.default

    def fill_year(self, pt: _Pt) -> None:
        if pt.year is not None:
            return
        if pt.yrel is not None:
            base = self.base_year()
            if base is not None:
                pt.year = base + pt.yrel
            return
        if self.pub is not None and (pt.month or pt.quarter):
            m = pt.month or (pt.quarter - 1) * 3 + 1  # type: ignore[operator]
            d = pt.day or 15
            best = None
            for y in (self.pub.year - 1, self.pub.year, self.pub.year + 1):
                diff = (y * 372 + m * 31 + d) - (self.pub.year * 372 + self.pub.month * 31 + self.pub.day)
                if pt.direction > 0 and diff < 0 or pt.direction < 0 and diff > 0:
                    continue
                key = (abs(diff), y != self.pub.year)
                if best is None or key < best[0]:
                    best = (key, y)
            pt.year = best[1] if best else self.pub.year
        elif self.pub is not None:
            pt.year = self.pub.year
        else:
            pt.year = self.year


def _date_fields(pt: _Pt) -> dict[str, Any]:
    return {"year": pt.year, "month": pt.month, "day": pt.day, "quarter": pt.quarter,
            "year_inferred": pt.year is not None and not pt.year_written, "relative": pt.relative}


def _dp(pt: _Pt | None, end: bool = False) -> dict[str, Any] | None:
    """A period bound ``{year, month, day}`` from a point (a quarter becomes its first/last month)."""
    if pt is None:
        return None
    month = pt.month
    if month is None and pt.quarter:
        month = pt.quarter * 3 if end else pt.quarter * 3 - 2
    return {"year": pt.year, "month": month, "day": pt.day}


# ---------------------------------------------------------------------------------------------
# recognisers


def _yrel_offset(s: str | None) -> int | None:
    if not s:
        return None
    return _data()["relative_offsets"].get(_norm(s))


def _dir_of(s: str | None) -> int:
    if not s:
        return 0
    s = _norm(s)
    return 1 if s in ("tới", "sắp tới") else -1 if s in ("vừa qua", "vừa rồi", "qua") else 0


def _prefix_ok(text: str, m: regex.Match[str]) -> int:
    """Start of a day-level date: drop a weekday that follows an ordinal head ("Kỳ họp thứ năm"),
    and a ``ngày`` that closes a count ("Trong 2 ngày 23 và 24/6": the duration keeps ``2 ngày``)."""
    if m.group("wd") is None:
        if m.group("ngay") == "ngày" and not m.group("tod") and _count_before(text, m.start("ngay")):
            return m.start("d")
        return m.start()
    prev = _prev_words(text, m.start(), 1)
    if not prev or prev[-1] in _sets()["day_cues"]:
        return m.start()
    return m.start("rest")


_COUNT_CUES = frozenset({"trong", "suốt", "sau", "khoảng", "gần", "hơn", "ra", "dài", "mất"})


def _count_before(text: str, pos: int) -> bool:
    """A count right before ``pos``: a spelled number (not a weekday: ``thứ hai ngày 23/6``), or
    digits after a duration word (``trong 2 ngày 23/6``; not ``Nghị định 116 ngày 18/7/2016``)."""
    prev = _prev_words(text, pos, 2)
    if len(prev) < 2:
        return False
    w = prev[-1]
    if w in _sets()["number_words"]:
        return prev[0] not in ("thứ", "chủ")
    return w.isdigit() and len(w) <= 2 and prev[0] in _COUNT_CUES


def _has_cue(text: str, m: regex.Match[str], start: int) -> bool:
    if m.group("wd") or m.group("tod") or m.group("ngay") or m.group("mong"):
        return True
    prev = _prev_words(text, start, 1)
    return bool(prev) and prev[-1] in _sets()["day_cues"]


def _standalone(text: str, start: int, end: int) -> bool:
    """Nothing but sentence punctuation or brackets around ``text[start:end]``."""
    before = _prev_char(text, start)
    after = _AFTER_CHAR.match(text[end:end + 5])
    nxt = after.group(1) if after else ""
    return before in ("", "(", "\n", ".", "!", "?", ":", "-", "–", "|") and nxt in ("", ")", "\n", ".", "!", "?", ",", ";", ":")


_AFTER_DM = frozenset({"và", "tới", "vừa", "đến", "tại", "của", "với", "là", "sẽ", "đã", "này", "hằng", "hàng", "trên", "ở", "khi", "thì"})


def _days(text: str, low: str, sc: _Scan) -> list[_Cand]:
    out: list[_Cand] = []
    for m in sc.finditer("dmy"):
        day, month = int(m.group("d")), int(m.group("m"))
        start = _prefix_ok(text, m)
        sep = m.group("s")
        year = _year_of(m.group("y"))
        if m.group("y") and year is None:
            continue
        if len(m.group("y") or "") == 2 and sep != "/":
            continue
        cue = _has_cue(text, m, start)
        strong = bool(m.group("wd") or m.group("tod") or m.group("ngay") or m.group("mong"))
        if cue and not strong and year is None:
            nxt = _next_word(text, m.end())
            if nxt and nxt[0].islower() and nxt not in _AFTER_DM \
                    and not _DAY_JOINED.search(low, max(0, start - 24), start):
                continue  # "sau 3-5 năm", "đạt 7/10 chỉ tiêu" (not "từ ngày 23 đến 25/6 tỉnh …")
        if not cue:
            if _before_in(text, start, _sets()["not_date_before"]):
                continue
            if year is None:
                nxt = _next_word(text, m.end())
                if sep != "/" and not _standalone(text, start, m.end()):
                    continue
                if sep == "/" and not (_standalone(text, start, m.end()) or _prev_char(text, start) in ("(", ",")
                                       or (not nxt or nxt[0].isupper() or nxt.lower() in _AFTER_DM)
                                       and _prev_char(text, start) in ("", "\n", ".", "(", ",", ":", "-", "–")):
                    continue
        if month == 2 and day > 29 or day > _last_day(2000, month):
            continue
        pt = _Pt(year, month, day, year_written=year is not None, direction=_dir_of(m.group("dir")),
                 yrel=_yrel_offset(m.group("yrel")))
        out.append(_Cand("date", start, m.end(), pt=pt, kind2="dmy" if year else "dm"))
    for m in sc.finditer("dtm"):
        month = _month_of(m.group("m"))
        day = int(m.group("d"))
        if month is None or day > _last_day(2000, month):
            continue
        start = _prefix_ok(text, m)
        year = _year_of(m.group("y"))
        if not (m.group("ngay") or m.group("mong") or m.group("tod")) and not m.group("m").isdigit():
            prev = _prev_words(text, start, 1)
            if prev and prev[-1] not in _sets()["day_cues"]:
                continue  # "ba tháng hai lần" — spelled month needs a cue when no "ngày"
        pt = _Pt(year, month, day, year_written=year is not None, direction=_dir_of(m.group("dir")),
                 yrel=_yrel_offset(m.group("yrel")))
        out.append(_Cand("date", start, m.end(), pt=pt, kind2="dmy" if year else "dm"))
    for m in sc.finditer("dfirst"):
        month = _month_of(m.group("m"))
        if month is None:
            continue
        year = _year_of(m.group("y"))
        first = _norm(m.group("pos")).startswith("đầu")
        pt = _Pt(year, month, 1 if first else _last_day(year or 2001, month), year_written=year is not None,
                 yrel=_yrel_offset(m.group("yrel")))
        out.append(_Cand("date", m.start(), m.end(), pt=pt, kind2="dmy" if year else "dm"))
    for m in sc.finditer("donly"):
        start = _prefix_ok(text, m)
        out.append(_Cand("date", start, m.end(), pt=_Pt(day=int(m.group("d"))), kind2="day", priority=-1))
    return out


def _months_quarters_years(text: str, low: str, sc: _Scan) -> list[_Cand]:
    d = _data()
    out: list[_Cand] = []
    for m in sc.finditer("month"):
        month = _month_of(m.group("m"))
        if month is None:
            continue
        year = _year_of(m.group("y"))
        prev = _prev_words(text, m.start(), 1)
        if prev and prev[-1] in ("mỗi", "hàng", "hằng", "các", "những", "mấy", "vài", "một", "từng", "trong") and not m.group("mod") \
                and prev[-1] != "trong":
            continue
        if not m.group("m").isdigit() and year is None and m.group("yrel") is None and not m.group("dir"):
            nxt = _next_word(text, m.end())
            if nxt and nxt.islower() and nxt not in ("và", "này", "đến", "tới", "vừa", "qua", "năm", "là", "sẽ", "đã"):
                continue  # "mỗi tháng hai lần"
        direction = _dir_of(m.group("dir"))
        rel = m.group("dir") is not None and _norm(m.group("dir")) == "này"
        pt = _Pt(year, month, year_written=year is not None, direction=direction,
                 yrel=0 if rel else _yrel_offset(m.group("yrel")))
        out.append(_Cand("date", m.start(), m.end(), pt=pt, kind2="month"))
    for m in sc.finditer("quarter"):
        q_s = m.group("q")
        q = roman_to_int(q_s.upper()) if q_s.upper() in ("I", "II", "III", "IV") else (
            int(q_s) if q_s.isdigit() else d["quarter_words"].get(_norm(q_s)))
        if not q or not 1 <= q <= 4:
            continue
        year = _year_of(m.group("y"))
        pt = _Pt(year, quarter=q, year_written=year is not None, yrel=_yrel_offset(m.group("yrel")))
        out.append(_Cand("date", m.start(), m.end(), pt=pt, kind2="quarter"))
    for m in sc.finditer("year"):
        year = _year_of(m.group("y"))
        if year is None:
            continue
        # "cuối năm 2014": the year's end, December ("đầu năm" stays the year: early, not January)
        month = 12 if m.group("mod") == "cuối" else None
        out.append(_Cand("date", m.start(), m.end(), pt=_Pt(year, month, year_written=True), kind2="year"))
    for m in sc.finditer("bare_year"):
        year = int(m.group("y"))
        if _before_in(text, m.start(), _sets()["not_date_before"]):
            continue
        nxt = _next_word(text, m.end())
        if nxt and nxt[0].islower() and nxt not in _sets()["bare_year_followers"]:
            continue
        if nxt and nxt[0].isdigit():
            continue
        out.append(_Cand("date", m.start(), m.end(), pt=_Pt(year, year_written=True), kind2="year", priority=-1))
    return out


def _relatives(text: str, low: str, res: _Res, sc: _Scan) -> list[_Cand]:
    d = _data()
    out: list[_Cand] = []
    pub = res.pub
    for m in sc.finditer("rel_unit"):
        prev = _prev_words(text, m.start(), 1)
        if not m.group("mod") and prev and (prev[-1] in ("những", "các", "nhiều", "mấy", "vài", "bao", "mọi",
                                                         "mỗi", "hàng", "hằng", "từng", "cùng")
                                             or prev[-1].isdigit() or prev[-1] in _sets()["number_words"]):
            continue
        unit, k = _norm(m.group("u")), d["relative_offsets"][_norm(m.group("rel"))]
        pt = _Pt(relative=True)
        if unit == "năm":
            base = res.base_year()
            pt.year = base + k if base is not None else None
            if m.group("mod") == "cuối":
                pt.month = 12  # "cuối năm ngoái": December, as for "cuối năm 2014"
        elif pub is not None and unit == "tháng":
            pt.year, pt.month = _shift_month(pub.year, pub.month, k)
        elif pub is not None and unit == "quý":
            qi = pub.year * 4 + (pub.month - 1) // 3 + k
            pt.year, pt.quarter = qi // 4, qi % 4 + 1
        elif pub is not None and unit == "tuần":
            mon = _monday(pub) + dt.timedelta(weeks=k)
            pt.year, pt.month, pt.day = mon.year, mon.month, mon.day
        out.append(_Cand("date", m.start(), m.end(), pt=pt, kind2="rel"))
    for m in sc.finditer("sang_nam"):
        base = res.base_year()
        out.append(_Cand("date", m.start(), m.end(), pt=_Pt(base + 1 if base else None, relative=True), kind2="rel"))
    for m in list(sc.finditer("rel_day")) + [t for t in sc.finditer("rel_tod") if t.group("tod")]:
        rd = _norm(m.group("rd"))
        k = d["relative_days"].get(rd, {"nay": 0, "qua": -1, "mai": 1}.get(rd, 0))
        pt = _Pt(relative=True)
        if pub is not None:
            day = pub + dt.timedelta(days=k)
            pt.year, pt.month, pt.day = day.year, day.month, day.day
        out.append(_Cand("date", m.start(), m.end(), pt=pt, kind2="rel"))
    for m in sc.finditer("now"):
        out.append(_Cand("date", m.start(), m.end(), pt=_Pt(relative=True), kind2="now", priority=-1))
    for m in sc.finditer("weekday"):
        has_tail = bool(m.group("wrel") or m.group("dir"))
        name = _norm(m.group("wd"))
        prev = _prev_words(text, m.start(), 1)
        if not m.group("tod") and not has_tail and not name.startswith("ch"):
            if prev and prev[-1] not in _sets()["day_cues"]:
                continue
            if not prev and (not _standalone(text, m.start(), m.end()) or _next_char(text, m.end()) in (",", ":", ";")):
                continue  # "Thứ hai, cần …" enumerates
        elif not m.group("tod") and prev and prev[-1] not in _sets()["day_cues"] and not name.startswith("ch"):
            continue  # "lần thứ hai tới"
        wdn = d["weekdays"][name]
        pt = _Pt(relative=True)
        if pub is not None:
            if m.group("wrel"):
                k = d["relative_offsets"][_norm(m.group("wrel"))]
                day = _monday(pub) + dt.timedelta(weeks=k, days=wdn)
            else:
                past = (m.group("dir") and _norm(m.group("dir")) in ("vừa rồi", "vừa qua", "trước")) or (
                    prev and prev[-1] == "hôm")
                if m.group("dir") and _norm(m.group("dir")) == "này":
                    day = _monday(pub) + dt.timedelta(days=wdn)
                elif past:
                    day = pub - dt.timedelta(days=(pub.weekday() - wdn) % 7 or 7)
                else:
                    day = pub + dt.timedelta(days=(wdn - pub.weekday()) % 7 or 7)
            pt.year, pt.month, pt.day = day.year, day.month, day.day
        out.append(_Cand("date", m.start(), m.end(), pt=pt, kind2="rel"))
    for m in sc.finditer("holiday"):
        month, day = d["holidays"][_norm(m.group("h"))]
        year = _year_of(m.group("y"))
        pt = _Pt(year, month, day, year_written=year is not None, yrel=_yrel_offset(m.group("yrel")), direction=1)
        out.append(_Cand("date", m.start(), m.end(), pt=pt, kind2="dm"))
    return out


def _period(start: int, end: int, since: dict | None, until: dict | None, label: str | None,
            priority: int = 0) -> _Cand:
    return _Cand("period", start, end, {"since": since, "until": until, "label": label}, priority=priority)


def _label(m: regex.Match[str]) -> str | None:
    return _norm(m.group("label")) if m.group("label") else None


class _Joined:
    """A "N <unit>" match followed by a tail match; reads like one regex match."""

    __slots__ = ("m", "t")

    def __init__(self, m: regex.Match[str], t: regex.Match[str]) -> None:
        self.m, self.t = m, t

    def group(self, name: str | int = 0) -> str | None:
        if name == 0:
            return self.m.string[self.m.start():self.t.end()]
        if name in self.t.re.groupindex:
            return self.t.group(name)
        return self.m.group(name)

    __getitem__ = group

    def start(self, name: str | int = 0) -> int:
        if name != 0 and name in self.t.re.groupindex:
            return self.t.start(name)
        return self.m.start(name)

    def end(self) -> int:
        return self.t.end()


def _tails(low: str, counts: list[regex.Match[str]], tail: str, units: tuple[str, ...]) -> Any:
    rx = _rx()
    for m in counts:
        if _norm(m.group("u")) in units:
            t = rx[tail].match(low, m.end())
            if t is not None:
                yield _Joined(m, t)


def _periods(text: str, low: str, dates: list[_Cand], res: _Res, counts: list[regex.Match[str]],
             sc: _Scan) -> list[_Cand]:
    rx, d = _rx(), _data()
    out: list[_Cand] = []
    pub = res.pub
    for m in sc.finditer("year_range"):
        y1 = int(m.group("y1"))
        y2s = m.group("y2")
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not (1000 <= y1 < y2 <= y1 + 100):
            continue
        if not m.group("label") and not m.group("tu") and not low.startswith("năm", m.start()):
            if _before_in(text, m.start(), _sets()["not_date_before"]):
                continue
            nxt = _next_word(text, m.end())
            if nxt and nxt[0].islower() and nxt not in _sets()["bare_year_followers"]:
                continue
        start = m.start()
        if not m.group("label") and not m.group("tu") and low.startswith("năm", start):
            prev = _prev_words(text, start, 1)
            if prev and _count_of(prev[-1]) == y2 - y1 + 1:
                start = m.start("y1")  # "kế hoạch 5 năm 2016-2020": the duration keeps "5 năm"
        out.append(_period(start, m.end(), {"year": y1, "month": None, "day": None},
                           {"year": y2, "month": None, "day": None}, _label(m), priority=1))
    for m in _tails(low, counts, "moy_tail", ("tháng", "quý")):
        n = _count_of(m.group("n"))
        unit = _norm(m.group("u"))
        span = 12 if unit == "tháng" else 4
        if n is None or n != int(n) or not 1 <= n < span:
            continue
        n = int(n) * (1 if unit == "tháng" else 3)
        if m.group("bare") and not m.group("y") and not m.group("yrel"):
            continue  # "9 tháng năm" needs its year
        first = m.group("pos") is None or _norm(m.group("pos")) == "đầu"
        if m.group("pos") and "năm" not in _norm(m[0]) and not m.group("y"):
            nxt = _next_word(text, m.end())
            if nxt and nxt.lower() in ("tiên", "cùng"):
                continue
        y = _year_of(m.group("y"))
        if y is None:
            off = _yrel_offset(m.group("yrel"))
            base = res.base_year()
            y = base + off if off is not None and base is not None else res.base_year()
        lo, hi = (1, n) if first else (13 - n, 12)
        label = _norm(text[m.start():m.end()] if not m.group("y") else text[m.start():m.start("y")])
        out.append(_period(m.start(), m.end(), {"year": y, "month": lo, "day": None},
                           {"year": y, "month": hi, "day": None}, label.strip()))
    for m in sc.finditer("half_year"):
        y = _year_of(m.group("y"))
        if y is None:
            off = _yrel_offset(m.group("yrel"))
            base = res.base_year()
            y = base + off if off is not None and base is not None else base
        lo, hi = (1, 6) if _norm(m.group("pos")) == "đầu" else (7, 12)
        out.append(_period(m.start(), m.end(), {"year": y, "month": lo, "day": None},
                           {"year": y, "month": hi, "day": None}, "nửa " + _norm(m.group("pos")) + " năm"))
    day_dates = sorted((c for c in dates if c.pt is not None and c.pt.month), key=lambda c: c.start)
    day_starts = [c.start for c in day_dates]
    for m in sc.finditer("since_start"):
        y = _year_of(m.group("y")) or res.base_year()
        until = {"year": pub.year, "month": pub.month, "day": pub.day} if (m.group("now") and pub) else None
        to = None if m.group("now") else _UNTIL_AFTER.match(text, m.end())
        i = bisect.bisect_left(day_starts, to.end()) if to else -1
        if to is not None and i < len(day_starts) and day_starts[i] == to.end():
            c = day_dates[i]  # "Từ đầu năm đến ngày 20/10": one period, January to that day
            p = _period(m.start(), c.end, {}, {}, None)
            y0 = _year_of(m.group("y"))
            end_pt = c.pt if c.pt.year is not None or y0 is None else dataclasses.replace(c.pt, year=y0)
            p.fields["_pts"] = (_Pt(year=y0, month=1, day=1, direction=-1), end_pt)
            out.append(p)
            continue
        out.append(_period(m.start(), m.end(), {"year": y, "month": 1, "day": None}, until, None))
    for m in sc.finditer("season"):
        (m1, d1), (m2, d2) = d["seasons"][_norm(m.group("s"))]
        y = _year_of(m.group("y"))
        if y is None:
            off = _yrel_offset(m.group("yrel")) or 0
            base = res.base_year()
            if base is None:
                continue
            y = base + off
            if pub is not None and m1 > m2 and m.group("this") and (pub.month, pub.day) <= (m2, d2):
                y -= 1  # this winter started last December
        y2 = y + 1 if m1 > m2 else y
        out.append(_period(m.start(), m.end(), {"year": y, "month": m1, "day": d1},
                           {"year": y2, "month": m2, "day": d2}, "mùa " + _norm(m.group("s"))))
    for m in _tails(low, counts, "rel_tail", ("năm", "tháng", "quý", "tuần", "ngày")):
        n = _count_of(m.group("n"))
        if n is None or n != int(n) or n < 1:
            continue
        n = int(n)
        unit = _norm(m.group("u"))
        fwd = _norm(m.group("rel")) in ("tới", "sắp tới", "tiếp theo", "kế tiếp")
        since = until = None
        if unit == "năm" and res.base_year() is not None:
            b = res.base_year()
            a, z = (b + 1, b + n) if fwd else (b - n, b - 1)
            since, until = {"year": a, "month": None, "day": None}, {"year": z, "month": None, "day": None}
        elif pub is None:
            continue
        elif unit == "tháng":
            a = _shift_month(pub.year, pub.month, 1 if fwd else -n)
            z = _shift_month(pub.year, pub.month, n if fwd else -1)
            since, until = {"year": a[0], "month": a[1], "day": None}, {"year": z[0], "month": z[1], "day": None}
        elif unit == "quý":
            qi = pub.year * 4 + (pub.month - 1) // 3
            a_q, z_q = (qi + 1, qi + n) if fwd else (qi - n, qi - 1)
            since = {"year": a_q // 4, "month": a_q % 4 * 3 + 1, "day": None}
            until = {"year": z_q // 4, "month": z_q % 4 * 3 + 3, "day": None}
        else:
            step = dt.timedelta(days=7 if unit == "tuần" else 1)
            base = _monday(pub) if unit == "tuần" else pub
            a_d = base + step if fwd else base - n * step
            z_d = base + n * step + (step - dt.timedelta(days=1)) if fwd else base - dt.timedelta(days=1)
            since = {"year": a_d.year, "month": a_d.month, "day": a_d.day}
            until = {"year": z_d.year, "month": z_d.month, "day": z_d.day}
        out.append(_period(m.start(), m.end(), since, until, _norm(m[0]), priority=-1))
    # two dates joined: "từ 24/7 đến 31/7", "(25/11/2003 - 25/11/2023)", "quý I đến quý III"
    ds = sorted((c for c in dates if c.kind2 in ("dm", "dmy", "month", "quarter", "year", "day")),
                key=lambda c: c.start)
    used: set[int] = set()
    for i, a in enumerate(ds):
        for b in ds[i + 1:i + 3]:
            if b.start < a.end:
                continue
            gap = text[a.end:b.start]
            if not rx["between"].fullmatch(gap) and not (
                    a.kind2 == "day" and b.kind2 in ("dm", "dmy") and _AND_GAP.fullmatch(gap)
                    and b.pt is not None and a.pt is not None and a.pt.day is not None
                    and b.pt.day is not None and 0 < b.pt.day - a.pt.day <= 3):
                break  # "ngày 23 và 24/6": two days of one event, a period
            pa, pb = a.pt, b.pt
            assert pa is not None and pb is not None
            pre = _back("since_pre").match(low, max(0, a.start - 40), a.start) \
                if _may_end(low, a.start, _SINCE_LASTS, True) else None
            tu = pre is not None
            if a.kind2 == "year" and b.kind2 == "year" and not tu:
                continue  # handled by year_range (with its own checks)
            if a.kind2 == "day" and pb.month is not None:
                pa.month, pa.year, pa.year_written = pb.month, pb.year, pb.year_written
            if pa.year is None and pb.year is not None and pb.year_written:
                later = (pa.month or 0, pa.day or 0) > (pb.month or 12, pb.day or 31)
                pa.year = pb.year - 1 if later else pb.year  # "từ 20/12 đến 5/1/2024"
            if a.kind2 == "quarter" and pa.year is None and pb.year is not None:
                pa.year = pb.year
            start = pre.start() if pre else a.start
            label = _label(pre) if pre else None
            out.append(_period(start, b.end, {}, {}, label))
            out[-1].fields["_pts"] = (pa, pb)
            used.add(id(a))
            used.add(id(b))
            break
    # a week of a month: "tuần đầu tiên của tháng 9" (days 1-7), "tuần thứ hai …" (8-14), "tuần cuối …"
    for m in sc.finditer("wmonth"):
        month = _month_of(m.group("m"))
        if month is None:
            continue
        year = _year_of(m.group("y"))
        last = _last_day(year or 2001, month)
        if _norm(m.group("pos")).startswith("cuối"):
            d1, d2 = last - 6, last
        else:
            n = m.group("n") or "1"
            k = int(n) if n.isdigit() else _WEEK_ORDINALS[n]
            d1, d2 = 7 * (k - 1) + 1, min(7 * k, last)
        yrel = _yrel_offset(m.group("yrel"))
        p = _period(m.start(), m.end(), {}, {}, None)
        p.fields["_pts"] = (_Pt(year, month, d1, year_written=year is not None, yrel=yrel),
                            _Pt(year, month, d2, year_written=year is not None, yrel=yrel))
        out.append(p)
    # days of one month: "ngày 23-24/6/2024", "(12 - 14/9)"
    if "-" in low or "–" in low:
        for m in _anchored(_day_range(), low, sc.dash_range_starts()):
            d1, d2, month = int(m.group("d1")), int(m.group("d2")), int(m.group("m"))
            year = _year_of(m.group("y"))
            if not d1 < d2 <= _last_day(year or 2000, month) or d2 - d1 > 15:
                continue
            start = m.start()
            prev = _prev_words(text, start, 1)
            if prev and prev[-1] in _sets()["not_date_before"]:
                continue
            if not (year is not None or (prev and prev[-1] in _sets()["day_cues"])
                    or _prev_char(text, start) in ("", "(", "\n", ",", ":", "-", "–")):
                continue  # "đạt 8-9/10 điểm"
            if year is None and not (prev and prev[-1] in ("ngày", "mồng", "mùng")):
                nxt = _next_word(text, m.end())
                if nxt and nxt[0].islower() and nxt not in _AFTER_DM:
                    continue  # "sau 3-5/10 năm"
            if prev and prev[-1] == "ngày" and not _count_before(text, start - 5):
                start = low.rfind("ngày", 0, start)
            p = _period(start, m.end(), {}, {}, None)
            p.fields["_pts"] = (_Pt(year, month, d1, year_written=year is not None),
                                _Pt(year, month, d2, year_written=year is not None))
            out.append(p)
    # one-ended: "từ năm 2013", "tính đến ngày 20/6", "đến năm 2030"
    for c in ds + [c for c in dates if c.kind2 == "rel" and c.pt and c.pt.year is not None]:
        if id(c) in used or c.kind2 == "day":
            continue
        for key, lasts in (("since_pre", _SINCE_LASTS), ("until_pre", _UNTIL_LASTS)):
            if not _may_end(low, c.start, lasts, True):
                continue
            pre = _back(key).match(low, max(0, c.start - 40), c.start)
            if pre is None:
                continue
            label = _label(pre)
            start = pre.start()
            vision = _VISION.search(text[max(0, start - 20):start])
            if label is None and vision is not None:
                label, start = "tầm nhìn", max(0, start - 20) + vision.start()
            p = _period(start, c.end, {}, {}, label)
            p.fields["_pts"] = (c.pt, None) if key == "since_pre" else (None, c.pt)
            # the date itself stays a record too where annotators read it either way: a day, or any
            # date after "trước" (a deadline: "trước cuối tháng 6")
            if c.kind2 in ("dm", "dmy", "dtm") or low[pre.start():pre.end()].rstrip().endswith("trước"):
                p.host, c.nested_ok = True, True
            out.append(p)
            break
    return out


def _durations(text: str, counts: list[regex.Match[str]], sc: _Scan) -> list[_Cand]:
    rx, d = _rx(), _data()
    out: list[_Cand] = []
    for m in counts:
        n_s, unit_w = _norm(m.group("n")), _norm(m.group("u"))
        unit = d["duration_units"][unit_w]
        if n_s == "năm" and unit_w != "năm":
            continue
        if n_s in ("tư", "mốt", "lăm", "mươi", "linh", "lẻ", "trăm") or n_s.split()[0] in ("mươi", "mốt", "lăm", "linh", "lẻ"):
            continue
        n = _count_of(n_s)
        if n is None or n <= 0:
            continue
        prev = _prev_words(text, m.start(), 1)
        if prev and prev[-1] in ("thứ", "số", "lần", "khóa", "khoá", "kỳ"):
            continue
        after = text[m.end():m.end() + 20]
        if unit == "hour":
            if rx["clock_after"].match(after) or (prev and prev[-1] in ("lúc", "vào", "từ", "đến", "tới")):
                continue
        if unit == "minute" and _CLOCK_BEFORE.search(text[max(0, m.start() - 6):m.start()]):
            continue
        if unit_w == "tháng" and _month_after().match(after):
            continue  # "5 tháng 7" is a date
        if unit_w == "ngày" and _DAY_AFTER.match(after):
            continue  # a date, or "ngày công" (man-days: a quantity)
        if after.startswith(" tuổi") and not after[5:6].isalpha() \
                and not after[5:].lstrip().lower().startswith(("đảng", "nghề", "quân", "đoàn")):
            continue  # an age: "trẻ 18 tháng tuổi" (not "30 năm tuổi Đảng", years of membership)
        start, end = m.start(), m.end()
        half = _HALF_AFTER.match(after)  # "hai ngày rưỡi" = 2.5 days
        if half:
            n, end = n + 0.5, end + half.end()
        fields = {"value": float(n), "value_max": None, "unit": unit}
        rng = _RANGE_LOW.search(text, max(0, start - 14), start)
        if rng is not None and float(rng.group("lo").replace(",", ".")) < n:
            start = rng.start("lo")  # "từ 12 đến 18 tháng": 12..18 months, one record
            fields = {"value": float(rng.group("lo").replace(",", ".")), "value_max": float(n), "unit": unit}
        out.append(_Cand("duration", start, end, fields, nested_ok=True))
    # "3-5 năm", "2 - 3 tuần": a dashed range, which the count scan leaves alone
    if "-" in text or "–" in text:
        for m in _anchored(_dash_range(), text, sc.dash_range_starts()):
            lo, hi = (float(m.group(g).replace(",", ".")) for g in ("lo", "hi"))
            unit_w = _norm(m.group("u"))
            after = text[m.end():m.end() + 20]
            if not lo < hi or (unit_w == "tháng" and _month_after().match(after)) or (
                    unit_w == "ngày" and _DAY_AFTER.match(after)):
                continue
            prev = _prev_words(text, m.start(), 1)
            if prev and (prev[-1] in d["day_cues"] or prev[-1] in ("thứ", "số", "lần", "khóa", "khoá", "kỳ", "năm")):
                continue
            out.append(_Cand("duration", m.start(), m.end(),
                             {"value": lo, "value_max": hi, "unit": d["duration_units"][unit_w]}, nested_ok=True))
    return out


_AND_GAP = regex.compile(r"\s+và\s+")
_WEEK_ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4}  # tuần thứ … của tháng
_DAY_JOINED = regex.compile(r"(?:ngày|mồng|mùng)\s+\d{1,2}\s*(?:[-–]|đến|tới|và)\s*\Z")  # over the lower-cased text


@functools.cache
def _day_range() -> regex.Pattern[str]:
    """Two days of one month: ``23-24/6``, ``12 - 14/9/2024`` (over the lower-cased text)."""
    return regex.compile(r"(?<![\p{L}\p{N}.,/\-–])(?P<d1>" + _DAY + r")\s*[-–]\s*(?P<d2>" + _DAY + r")/(?P<m>" + _MON
                         + r")(?:/(?P<y>\d{4}))?(?![\p{N}]|[/.\-,]\p{N}|\s*%|\s*/\s*\p{L})")


@functools.cache
def _dash_range() -> regex.Pattern[str]:
    units = _alt(_data()["duration_units"])
    return regex.compile(r"(?<![\p{L}\p{N}.,/\-–])(?P<lo>\d{1,3}(?:,\d+)?)\s*[-–]\s*(?P<hi>\d{1,3}(?:,\d+)?)\s+(?P<u>"
                         + units + r")(?![\p{L}\p{M}])", regex.I)


def _share_written_year(text: str, dates: list[_Cand], periods: list[_Cand]) -> None:
    """A month or quarter coordinated with a dated neighbour takes its written year:
    "quý III và 9 tháng năm 2024", "tháng 5, tháng 6/2023" (dates sorted by start)."""
    later = sorted([(c.start, c.pt.year) for c in dates if c.pt is not None and c.pt.year_written]
                   + [(p.start, (p.fields.get("since") or {}).get("year")) for p in periods
                      if (p.fields.get("since") or {}).get("year")], key=lambda t: t[0])
    if not later:
        return
    starts = [t[0] for t in later]
    for c in dates:
        if c.pt is None or c.pt.year is not None or c.kind2 not in ("month", "quarter"):
            continue
        i = bisect.bisect_left(starts, c.end)
        if i < len(later) and _DAY_JOIN.fullmatch(text[c.end:starts[i]]) and later[i][1]:
            c.pt.year, c.pt.year_written = later[i][1], True


def _reporting_periods(text: str, durations: list[_Cand], periods: list[_Cand]) -> list[_Cand]:
    """"N tháng" read as the first N months of the reporting year, the way statistical reports write it.

    A month count (1-11) is a period January..N when a cumulative word stands before it (``Tính
    chung 9 tháng``, ``cộng dồn 10 tháng``, ``Sau 9 tháng,``), or when the article has already
    used the same count as such a period (``9 tháng năm 2024``, ``6 tháng đầu năm``) and no word
    makes it a length of time (``chậm 6 tháng``, ``trong vòng 3 tháng``, ``Trong 6 tháng,``). Returns the durations
    that stay durations, and the new periods appended to ``periods``.
    """
    known: dict[int, int | None] = {}
    for p in periods:
        since, until = p.fields.get("since"), p.fields.get("until")
        label = p.fields.get("label") or ""
        if since and until and since.get("month") == 1 and until.get("month") and "tháng" in label:
            known.setdefault(until["month"], since.get("year"))

    def count(c: _Cand) -> int | None:
        v = c.fields["value"]
        ok = c.fields["unit"] == "month" and c.fields.get("value_max") is None and v == int(v) and 1 <= v <= 11
        return int(v) if ok else None

    keep: list[_Cand] = []
    found: list[tuple[_Cand, int]] = []
    for c in durations:
        n = count(c)
        before = text[max(0, c.start - 20):c.start]
        cue = n is not None and (_CUMULATIVE_BEFORE.search(before) is not None or (
            _SAU_BEFORE.search(before) is not None and text[c.end:c.end + 1] == ","))
        if cue:
            known.setdefault(n, None)  # type: ignore[arg-type]
            found.append((c, n))  # type: ignore[arg-type]
        else:
            keep.append(c)
    rest: list[_Cand] = []
    for c in keep:
        n = count(c)
        if n is not None and n in known and not _DURATION_BEFORE.search(text[max(0, c.start - 20):c.start]):
            found.append((c, n))
        else:
            rest.append(c)
    for c, n in found:
        y = known.get(n)
        p = _period(c.start, c.end, {}, {}, f"{n} tháng")
        p.fields["_pts"] = (_Pt(year=y, month=1, year_written=y is not None, direction=-1),
                            _Pt(year=y, month=n, year_written=y is not None, direction=-1))
        periods.append(p)
    return rest


# ---------------------------------------------------------------------------------------------
# public API


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest first; a nested duration may stay inside a relative-count period, nothing else overlaps."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    # every character belongs to the first kept candidate over it: disjoint owned segments, sorted
    starts: list[int] = []
    ends: list[int] = []
    owners: list[_Cand] = []
    kept: list[_Cand] = []
    for c in order:
        if c.end <= c.start:
            kept.append(c)
            continue
        i = bisect.bisect_right(starts, c.start) - 1
        if i < 0 or ends[i] <= c.start:
            i += 1
        j = i  # segments i..j-1 overlap c
        clash = False
        while j < len(starts) and starts[j] < c.end:
            k = owners[j]
            if not (c.nested_ok and k.kind == "period" and (k.priority == -1 or k.host)
                    and k.start <= c.start and c.end <= k.end):
                clash = True
                break
            j += 1
        if clash:
            continue
        kept.append(c)
        if i == j:  # over no kept candidate: one new segment
            starts.insert(i, c.start)
            ends.insert(i, c.end)
            owners.insert(i, c)
            continue
        gaps: list[tuple[int, int]] = []
        pos = c.start
        for x in range(i, j):
            if starts[x] > pos:
                gaps.append((pos, starts[x]))
            pos = max(pos, ends[x])
        if pos < c.end:
            gaps.append((pos, c.end))
        if gaps:
            segs = sorted(list(zip(starts[i:j], ends[i:j], owners[i:j])) + [(a, b, c) for a, b in gaps],
                          key=lambda t: t[0])
            starts[i:j] = [t[0] for t in segs]
            ends[i:j] = [t[1] for t in segs]
            owners[i:j] = [t[2] for t in segs]
    return sorted(kept, key=lambda c: (c.start, c.end))


def _lower(text: str) -> str:
    """Lower-cased text with the same length (a character whose lower case is longer stays)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_LAST_LOW: tuple[str, str] = ("", "")  # (text, _lower(text)) of the last ``_find``, for ``infer_year``


def _find(text: str, ctx: Context) -> list[Hit]:
    global _LAST_LOW
    res = _Res(ctx)
    low = _lower(text)
    _LAST_LOW = (text, low)
    sc = _Scan(low)
    dates = _days(text, low, sc) + _months_quarters_years(text, low, sc) + _relatives(text, low, res, sc)
    counts = sorted(list(sc.finditer("count")) + list(sc.finditer("count_w")), key=lambda m: m.start())
    periods = _periods(text, low, dates, res, counts, sc)
    durations = _reporting_periods(text, _durations(text, counts, sc), periods)
    # a day written alone ("ngày 15") borrows month and year from the next date ("ngày 15 và 16/7")
    ordered = sorted(dates, key=lambda c: c.start)
    for i, c in enumerate(ordered):
        if c.kind2 == "day" and c.pt is not None:
            for nxt in ordered[i + 1:i + 3]:
                if nxt.pt is not None and nxt.pt.month and _DAY_JOIN.fullmatch(text[c.end:nxt.start]):
                    c.pt.month, c.pt.year, c.pt.year_written = nxt.pt.month, nxt.pt.year, nxt.pt.year_written
                    break
    _share_written_year(text, ordered, periods)
    chosen = _select(dates + periods + durations)
    if res.pub is None and res.year is None:  # first pass: the text's own most frequent year
        res.year = _most_frequent_year(
            [(_vote(low, c.start, c.pt.year), c.pt.day is not None) for c in chosen
             if c.kind == "date" and c.pt is not None and c.pt.year_written and not c.pt.relative
             and not c.nested_ok])  # a date inside its period does not vote (the period speaks for a span)
    hits: list[Hit] = []
    for c in chosen:
        if c.kind == "date":
            assert c.pt is not None
            if c.kind2 == "now":
                continue  # "hiện nay" ("currently") names no date: it only keeps its words from other readings
            if c.kind2 == "day" and c.pt.month is None:
                if res.pub is None:
                    hits.append(Hit("date", c.start, c.end, _date_fields(c.pt), c.priority))
                    continue
                c.pt.month = res.pub.month
                c.pt.direction = 1
            if not c.pt.relative and c.kind2 != "now":
                res.fill_year(c.pt)
            fields = _date_fields(c.pt)
            if c.pt.relative:
                fields["year_inferred"] = c.pt.year is not None
            hits.append(Hit("date", c.start, c.end, fields, c.priority))
        elif c.kind == "period":
            pts = c.fields.pop("_pts", None)
            if pts is not None:
                a, b = pts
                if a is not None and b is not None and a.year is None and b.year is None:
                    res.fill_year(a)  # "từ 24/12 đến 5/1": the end follows the start
                    if a.year is not None:
                        b.year = a.year + ((b.month or 13, b.day or 32) < (a.month or 0, a.day or 0))
                for p in (a, b):
                    if p is not None and not p.relative:
                        res.fill_year(p)
                if a is not None and b is not None and a.year and b.year and not a.year_written and (
                        (a.year, a.month or 0, a.day or 0) > (b.year, b.month or 13, b.day or 32)):
                    a.year = b.year - 1  # "từ 20/12 đến 5/1/2024"
                c.fields["since"], c.fields["until"] = _dp(a), _dp(b, end=True)
            hits.append(Hit("period", c.start, c.end, c.fields, c.priority))
        else:
            hits.append(Hit(c.kind, c.start, c.end, c.fields, c.priority))
    return hits


def find(text: str, ctx: Context) -> list[Hit]:
    """Every date, period and duration in ``text``, in text order, with offsets into ``text``.

    Missing years come from ``ctx.published`` (nearest year), else ``ctx.default_year``; when both are
    None, from the text's own most frequent written year (the ``infer_year`` rule), computed on the
    same pass. Relative expressions resolve against ``published``, else ``default_year`` only.
    """
    return _find(text, ctx)


# matched backwards from the year (one attempt; only whether it matches is read)
_BASELINE = regex.compile(r"(?:so\s+với|so|cùng\s+kỳ|hơn|bằng)(?:\s+(?:cùng\s+kỳ|thực\s+hiện|mức|cuối|đầu))*\s*\Z",
                          regex.REVERSE)


def _vote(low: str, start: int, year: int | None) -> int | None:
    """The year a written year speaks for: a baseline ("so với cùng kỳ năm 2021") speaks for the next."""
    if year is not None and _BASELINE.match(low, max(0, start - 40), start):
        return year + 1
    return year


def _most_frequent_year(years: list[tuple[int | None, bool]]) -> int | None:
    counts: Counter[int] = Counter()
    first_full: int | None = None
    for year, full in years:
        if year is None:
            continue
        counts[year] += 1
        if first_full is None and full:
            first_full = year
    if not counts:
        return None
    top = max(counts.values())
    tied = [y for y, n in counts.items() if n == top]
    return first_full if first_full in tied else max(tied)


def infer_year(text: str, hits: list[Hit] | None, published: dt.date | None) -> int | None:
    """The year an article is about, for dates written without one.

    ``published.year`` when given; else the most frequent year written in a date (``năm 2022``,
    ``30/12/2022``, ``quý I/2023``; not in periods, not relative), where a year written as a
    comparison baseline (``so với cùng kỳ năm 2021``, ``so với cuối năm 2014``) counts for the year
    after it; ties go to the year of the first full date (day, month and year written) among the
    tied years, else to the most recent year.
    With ``hits`` None the text is scanned first.
    """
    if published is not None:
        return published.year
    if hits is None:
        hits = _find(text, Context())
    last_text, low = _LAST_LOW
    if last_text is not text:
        low = _lower(text)
    periods = [(h.start, h.end) for h in hits if h.kind == "period"]
    return _most_frequent_year([(_vote(low, h.start, h.fields.get("year")), h.fields.get("day") is not None)
                                for h in hits if h.kind == "date" and not h.fields.get("year_inferred")
                                and not h.fields.get("relative")
                                and not any(s <= h.start and h.end <= e for s, e in periods)])
