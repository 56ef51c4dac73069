"""Events: conferences, congresses, council sessions, ceremonies.

``find(text, ctx)`` returns hits of kind ``event`` with fields ``name`` (the span as written) and
``ordinal`` (``lần thứ 12`` -> 12, ``lần thứ IV`` -> 4, ``lần X`` -> 10, ``Kỳ họp thứ 10`` -> 10,
``Hội nghị Trung ương 4`` -> 4, else ``khóa V`` -> 5, else None).

Shapes (word lists in ``data/vi/events.yaml``):

* A head (``Hội nghị``, ``Đại hội``, ``Kỳ họp``, ``Phiên họp``, ``Hội thảo``, ``Lễ kỷ niệm``…) and a
  *specifier*: capitalised words and acronyms (the body: ``Ban Chấp hành``, ``Đảng bộ quận``,
  ``HĐND TP HCM``), ordinals (``lần thứ 12``, ``thứ 10``, ``khóa XVII``), the term (``nhiệm kỳ
  2020 - 2025``, also after a comma: ``…lần thứ I, nhiệm kỳ 2015-2020``; ``Kỳ họp thứ 10, HĐND tỉnh
  khóa XVII``; ``(khóa XII)``) and a few words such as ``giữa năm``/``bất thường``.
* Or a head and a lower-case topic: free after ``Hội thảo``/``Diễn đàn``/``Lễ …``; after
  ``Hội nghị``/``Đại hội``/``Kỳ họp`` only when the topic starts with a listed word (``Hội nghị tổng
  kết công tác năm 2022``). A topic ends at punctuation, a stop word (``được``, ``đã``, ``của``,
  ``và``, ``tại``…) or after ``max_topic_words`` words.
* A head written in lower case (``kỳ họp HĐND thành phố giữa năm``) needs a capitalised specifier,
  an ordinal or a listed topic (``hội nghị sơ kết 3 năm thực hiện Nghị quyết số 15-NQ/TU``). A bare head (``Hội nghị đã…``, ``kỳ họp này``) is no event; nor is a head after a
  number or quantifier (``4 Hội nghị Ban Chấp hành``, ``các kỳ họp``), which is a count.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from . import places
from .base import Context, Hit
from .numbers import load_yaml, parse_spelled, roman_to_int
from .people import case_variants, trie_regex
from ..data import word_list

__all__ = ["event_end_at", "find", "find_spans", "ordinal_of"]

_WS = r"[ \t\u00a0]"
_SPACES = re.compile(_WS + "*")
_TOKEN = re.compile(r"[^\W_][\w.&'/]*(?<!\.)|[-–]")
_ROMAN = re.compile(r"[IVXLC]+")


@dataclass(frozen=True)
class _Head:
    topic_free: bool
    lower_ok: bool
    next_words: tuple[str, ...]


@dataclass(frozen=True)
class _Data:
    heads: dict[str, _Head]  # every accepted surface -> head
    spec_words: frozenset[str]
    topic_starts: re.Pattern[str]
    stop: re.Pattern[str]
    quantifiers: re.Pattern[str]
    head_re: re.Pattern[str]
    max_topic: int


def _strs(d: dict[str, Any], key: str) -> list[str]:
    return word_list(d, key, "events.yaml")


def _words_re(words: list[str]) -> re.Pattern[str]:
    """Whole-word match of any of ``words`` at a position (``.match``)."""
    return re.compile(rf"(?:{trie_regex(words)})(?!\w)")


@functools.cache
def _data() -> _Data:
    """Load and validate ``data/vi/events.yaml`` once."""
    d = load_yaml("events.yaml")
    if not isinstance(d, dict) or not isinstance(d.get("heads"), list) or not d["heads"]:
        raise ValueError("events.yaml: heads must be a non-empty list")
    heads: dict[str, _Head] = {}
    for entry in d["heads"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("head"), str):
            raise ValueError(f"events.yaml: bad head entry {entry!r}")
        if entry.get("topic") not in ("free", "listed"):
            raise ValueError(f"events.yaml: topic must be free or listed in {entry!r}")
        nxt = entry.get("next", [])
        if not isinstance(nxt, list):
            raise ValueError(f"events.yaml: next must be a list in {entry!r}")
        h = _Head(entry["topic"] == "free", bool(entry.get("lower")), tuple(nxt))
        word = entry["head"]
        surfaces = case_variants(word) if h.lower_ok else {word, " ".join(w[:1].upper() + w[1:] for w in word.split())}
        for s in surfaces:
            heads[s] = h
    places.register_head_words("events.head", heads)  # where `_spans` tries `head_re`
    max_topic = d.get("max_topic_words")
    if not isinstance(max_topic, int) or not 1 <= max_topic <= 40:
        raise ValueError("events.yaml: max_topic_words must be an int in 1..40")
    return _Data(
        heads=heads, spec_words=frozenset(w.lower() for w in _strs(d, "specifier_words")),
        topic_starts=_words_re(_strs(d, "topic_starts")), stop=_words_re(_strs(d, "topic_stopwords")),
        quantifiers=re.compile(rf"(?:(?<!\w)(?:{trie_regex(_strs(d, 'quantifiers'))})|\d(?:[\d.,]*\d)?){_WS}+$"),
        # the look-behind sits after each head's first letter (`guard`): same matches, but `re`
        # then skips to possible first letters instead of trying every position
        head_re=re.compile(trie_regex(heads, guard=r"(?<![\w/].)") + r"(?!\w)"), max_topic=max_topic,
    )


_CONT = re.compile(rf",{_WS}*(?=(?:nhiệm kỳ|khóa|khoá|HĐND|Hội đồng nhân dân|Quốc hội)(?!\w))"
                   rf"|{_WS}*\((?:khóa|khoá|nhiệm kỳ)[^()\n]{{1,30}}\)")
_VE = re.compile(r"về(?!\w)")
_TERM = re.compile(rf"nhiệm{_WS}+kỳ|\d{{4}}")
_GENERIC = frozenset({"đảng", "bộ", "quận", "tỉnh", "huyện", "thành", "phố", "phường", "xã", "các",
                      "cấp", "cơ", "sở", "chi", "đảng bộ"})
_ORD_PATTERNS = (
    re.compile(rf"(?<!\w)lần{_WS}+thứ{_WS}+(?P<n>\d+|[IVXLC]+|[^\W\d_]+(?:{_WS}+[^\W\d_]+)?)(?!\w)"),
    re.compile(rf"(?<!\w)(?:[Kk]ỳ{_WS}+họp|[Pp]hiên{_WS}+họp|[Hh]ội{_WS}+nghị|[Đđ]ại{_WS}+hội){_WS}+"
               rf"(?:[^\W\d_]+{_WS}+){{0,6}}?thứ{_WS}+(?P<n>\d+|[IVXLC]+|[^\W\d_]+)(?!\w)"),
    re.compile(rf"(?<!\w)lần{_WS}+(?P<n>\d+|[IVXLC]+)(?!\w)"),
    re.compile(rf"(?<!\w)(?:[Kk]ỳ{_WS}+họp|[Pp]hiên{_WS}+họp){_WS}+(?P<n>\d+)(?!\w)"),
    re.compile(rf"(?<!\w)(?:Trung{_WS}+ương|TW|T\.Ư){_WS}*(?P<n>\d+)(?!\w)"),
    re.compile(rf"(?<!\w)(?:Đại{_WS}+hội|Hội{_WS}+nghị|ĐH)(?:{_WS}+Đảng)?{_WS}+(?P<n>[IVXLC]+)(?!\w)"),
    re.compile(rf"(?<!\w)kh(?:óa|oá|oa){_WS}+(?P<n>\d+|[IVXLC]+)(?!\w)"),
)


def _ordinal_value(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    if _ROMAN.fullmatch(raw):
        return roman_to_int(raw)
    low = raw.lower()
    if low in ("nhất", "đầu tiên"):
        return 1
    if low == "tư":
        return 4
    v = parse_spelled(low)
    return int(v) if v is not None and v == int(v) and v > 0 else None


def ordinal_of(span: str) -> int | None:
    """The event's ordinal from its written span (see the module docstring), or None."""
    for pat in _ORD_PATTERNS:
        for m in pat.finditer(span):
            v = _ordinal_value(m.group("n"))
            if v is not None:
                return v
    return None


def _is_spec_token(w: str, d: _Data) -> bool:
    return w[0].isupper() or w[0].isdigit() or w.lower() in d.spec_words


def _extend(text: str, head_end: int, head: _Head, lower_head: bool) -> tuple[int, bool]:
    """Walk the specifier/topic after a head. Returns (end, has a capitalised/ordinal specifier)."""
    d = _data()
    pos = end = head_end
    q = _SPACES.match(text, pos).end()
    topic = head.topic_free or d.topic_starts.match(text, q) is not None
    if head.next_words and not any(text.startswith(w, q) for w in head.next_words):
        return head_end, False
    strong = False
    n = 0
    while n < d.max_topic + 8:
        c = _CONT.match(text, pos)
        if c:
            pos = end = c.end()
            strong = True
            continue
        q = _SPACES.match(text, pos).end()
        if d.stop.match(text, q) or (not head.topic_free and _VE.match(text, q)):
            break  # `Đại hội … nhiệm kỳ 2020 - 2025 về tiến độ …`: only a free topic takes `về`
        t = _TOKEN.match(text, q)
        if not t:
            break
        w = t.group()
        if w[0].isupper() or w[0].isdigit():
            strong = True
        elif w in "-–":
            pass
        elif w.lower() in d.spec_words:
            if w.lower() in ("lần", "thứ", "khóa", "khoá") and re.match(rf"{_WS}+(?:\d|[IVXLC]+\b|thứ)", text[t.end():t.end() + 8]):
                strong = True
        elif not topic:
            break
        pos = t.end()
        if w not in "-–":
            end = pos
        n += 1
    return end, strong


def event_end_at(text: str, pos: int) -> int | None:
    """End of an event head and its specifier starting exactly at ``pos`` (no filtering), or None."""
    d = _data()
    m = d.head_re.match(text, pos)
    if not m:
        return None
    end, _ = _extend(text, m.end(), d.heads[m.group()], m.group()[0].islower())
    return end


def _topic_started(text: str, head_end: int) -> bool:
    return _data().topic_starts.match(text, _SPACES.match(text, head_end).end()) is not None


def find_spans(text: str) -> list[tuple[int, int, int | None]]:
    """``(start, end, ordinal)`` of every event in ``text`` (used by documents.py too)."""
    return list(_spans(text))


@functools.lru_cache(maxsize=8)
def _spans(text: str) -> tuple[tuple[int, int, int | None], ...]:
    """:func:`find_spans`, kept for the last few texts: the pipeline asks for the same article's
    events twice (``documents.find`` and ``find``)."""
    d = _data()
    out: list[tuple[int, int, int | None]] = []
    for m in places.matches_at(d.head_re, text, places.head_starts(text)["events.head"]):  # `d.head_re.finditer(text)`
        s = m.start()
        if d.quantifiers.search(text, max(0, s - 20), s):
            continue
        surface = m.group()
        head = d.heads[surface]
        lower_head = surface[0].islower()
        end, strong = _extend(text, m.end(), head, lower_head)
        if end == m.end():
            continue
        span = text[s:end]
        ordinal = ordinal_of(span)
        if not (strong or ordinal is not None or (head.topic_free or _topic_started(text, m.end()))):
            continue
        if ordinal is None and not _TERM.search(span) and not head.topic_free and all(
                w.lower() in _GENERIC for w in span[len(surface):].split()):
            continue  # ``Đại hội Đảng bộ``, ``đại hội Đảng các cấp``: generic
        out.append((s, end, ordinal))
    return tuple(out)


def find(text: str, ctx: Context | None = None) -> list[Hit]:
    """Event hits in ``text``, in text order (see the module docstring)."""
    return [Hit("event", s, e, {"name": text[s:e], "ordinal": o}) for s, e, o in _spans(text)]
