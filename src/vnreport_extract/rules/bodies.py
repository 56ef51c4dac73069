"""Bodies of the party, state, councils, front, mass organisations, courts and enterprises.

``find(text, ctx)`` returns hits of kind ``body`` with fields ``name`` (canonical: full form,
acronyms expanded), ``category`` and ``level`` (RECORDS.md). The data -- heads, sub-body prefixes,
ministries, departments, acronyms -- is ``data/vi/bodies.yaml``; this module reads the text.

Decisions (gold and callers depend on them):

* A body is ``[prefix …] head [qualifier]``: ``Ban Thường vụ`` + ``Tỉnh ủy`` + ``Vĩnh Phúc``;
  ``UBND`` + ``tỉnh Quảng Ninh``. The span is the whole run; a place inside it is not a location
  (``places.find`` drops it when given ``ctx.extras["bodies"]``).
* Coreference: a bare unit word after the head (``UBND tỉnh``, ``HĐND TP``, ``Đảng bộ quận``) or a
  bare committee (``Quận ủy``, ``Tỉnh ủy``) takes the place of that level named last before it in
  the article (else the first one after it); a bare ``UBND``/``HĐND`` takes the last body of the
  same head; a prefix alone (``Ban Thường vụ``, ``Ủy ban Kiểm tra``) attaches to the last party
  committee.
* Generic lower-case mentions (``các cấp ủy``, ``chính quyền``, ``thành phố`` for the city
  government) are optional in gold and never emitted; capitalised ``Trung ương`` alone is a party
  body, lower-case ``trung ương`` only after a verb or preposition (``phản ánh đến trung ương``).
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any

import regex

from . import places
from .base import Context, Hit

from ..data import load

__all__ = ["find"]

_CATEGORIES = {"party", "state", "council", "front", "mass_org", "court", "procuracy", "enterprise", "other"}
_LEVELS = {"central", "province", "district", "commune", None}
_QUALIFIERS = {"none", "place", "committee", "open"}
# scanned patterns use `re` (fast alternations), with the letter classes of places.py
_B = rf"(?<![{places.LU}{places.LL}\d])"
_E = rf"(?![{places.LU}{places.LL}\d])"
_TOKEN = regex.compile(r"[ ]([\p{L}\p{M}'’&\-–]+|\d+[A-Z]?)(?![\p{L}\p{M}\d])")
_UNIT_WORDS = {"tỉnh": "tỉnh", "thành phố": "thành phố", "tp": "thành phố", "tp.": "thành phố",
               "quận": "quận", "huyện": "huyện", "thị xã": "thị xã", "phường": "phường", "xã": "xã",
               "thị trấn": "thị trấn"}
_CAP_NEXT = regex.compile(r"[ ]\p{Lu}")
_CAPITAL_IN = regex.compile(r"(?<![\p{L}\p{M}])[\p{Lu}\d]")
_TU_AFTER = regex.compile(r"[ ](?i:trung[ ]ương)(?![\p{L}\p{M}])")
_TU = regex.compile(r"[Tt]rung[ ]ương(?![\p{L}\p{M}])")
_HDND_NEXT = regex.compile(r"[ ](?:HĐND|Hội đồng nhân dân)")
_COUNTED = regex.compile(r"[ ](?:\d+|các|hai|ba)[ ](?:phường|xã|thị trấn|xã, phường|phường, xã)(?![\p{L}\p{M}])")
_UNIT_RE = regex.compile(r"[ ](?P<u>(?i:thành phố|thị xã|thị trấn|tỉnh|quận|huyện|phường|xã(?![ ]hội))|TP\.?|Tp\.?)(?![\p{L}\p{M}\d])")
_COMMITTEE_UNIT_LEVEL = {"tỉnh": "province", "thành phố": "province", "quận": "district",
                         "huyện": "district", "thị xã": "district", "phường": "commune", "xã": "commune",
                         "thị trấn": "commune"}


@dataclass(frozen=True)
class _Head:
    canon: str
    category: str
    level: str | None
    qualifier: str
    unit: str | None = None
    lower_tail: bool = False
    needs_capital: bool = False
    needs_place: bool = False
    needs_known: bool = False
    counted: bool = False
    of: str | None = None
    of_council: bool = False
    topic: bool = False  # `Ban Chỉ đạo`: the name is what it steers; bare, the one named last
    place_alone: bool = False  # an open head a place alone may name (`Trường Chính trị tỉnh Nghệ An`)
    intl: bool = False  # `Tổ chức`/`Cơ quan` + name: a body only with an alias or an international word
    place_after: tuple[str, ...] = ()  # words after which its acronym is a place (`sang EU`)


@dataclass(frozen=True)
class _Prefix:
    canon: str
    category: str
    alone: bool
    parent_as_party_org: bool


def _form_re(form: str) -> str:
    """A head form as a regex: an acronym exactly; else the first letter's case kept and the rest
    in any case (``Bộ Chính Trị``); ``ủy`` also as ``uỷ``, a dash with or without spaces."""
    if " " not in form and regex.fullmatch(r"[\p{Lu}\d&\-]+", form):
        return re.escape(form)
    first = "(?:Ủy|Uỷ)" if form.startswith("Ủy") else re.escape(form[0])
    rest = form[2:] if form.startswith("Ủy") else form[1:]
    esc = re.escape(rest).replace(r"\ ", "[ ]")
    esc = esc.replace("ủy", "(?:ủy|uỷ)")
    esc = regex.sub(r"(?:\[ \])?(?:\\-|\\–|–)(?:\[ \])?", "[ ]?[-–][ ]?", esc)
    return f"{first}(?i:{esc})"


def _alternation(items: list[tuple[str, str]]) -> str:
    """Forms, longest first, each in a named group (``h3``, ``h3_1``…) so ``lastgroup`` tells the key."""
    parts, seen = [], {}
    for f, k in sorted(items, key=lambda fk: len(fk[0]), reverse=True):
        n = seen.get(k, 0)
        seen[k] = n + 1
        parts.append(f"(?P<{k}>{_form_re(f)})" if n == 0 else f"(?P<{k}_{n}>{_form_re(f)})")
    return "(?:" + "|".join(parts) + ")"


_WORD = re.compile(rf"[{places.LU}{places.LL}&\-]+")


@dataclass(frozen=True)
class _Data:
    heads: dict[str, _Head]  # regex group name -> head
    prefixes: dict[str, _Prefix]
    head_re: Any
    prefix_re: Any
    first_words: frozenset[str]
    candidate_re: re.Pattern[str]
    ministries: dict[str, str]
    ministry_re: Any
    dept_re: Any
    acronyms: dict[str, str]
    dept_names: dict[str, str]
    compounds: frozenset[str]
    stop: frozenset[str]
    max_lower: int
    name_words: frozenset[str]  # lower-case name words of one or two syllables (`hàng không`)
    split_words: frozenset[str]  # name words and `split_words`: read whole after a capitalised first syllable
    name_firsts: frozenset[str]  # their first syllables: a capitalised one is no proper name
    tu_after: tuple[str, ...]
    tu_not_after: tuple[str, ...]
    title_before_tt: tuple[str, ...]
    head_only: frozenset[str]  # first words that start no prefix, `Bộ` or `Trung ương`


@functools.cache
def _data() -> _Data:
    """Load and validate ``bodies.yaml`` once; compile the head and prefix alternations."""
    raw = load("bodies.yaml")
    for key in ("acronyms", "prefixes", "heads", "ministries", "departments", "stop_words"):
        if not raw.get(key):
            raise ValueError(f"bodies.yaml: {key!r} missing or empty")
    heads: dict[str, _Head] = {}
    alts: list[tuple[str, str]] = []
    for i, h in enumerate(raw["heads"]):
        if h["category"] not in _CATEGORIES or h.get("level") not in _LEVELS or h["qualifier"] not in _QUALIFIERS:
            raise ValueError(f"bodies.yaml: bad head {h.get('canon')!r}")
        if h["qualifier"] == "committee" and h.get("unit") not in _UNIT_WORDS:
            raise ValueError(f"bodies.yaml: committee head {h['canon']!r} needs a unit")
        key = f"h{i}"
        heads[key] = _Head(h["canon"], h["category"], h.get("level"), h["qualifier"], h.get("unit"),
                           bool(h.get("lower_tail")), bool(h.get("needs_capital")), bool(h.get("needs_place")),
                           bool(h.get("needs_known")), bool(h.get("counted")), h.get("of"), bool(h.get("of_council")),
                           bool(h.get("topic")), bool(h.get("place_alone")), bool(h.get("intl")),
                           tuple(h.get("place_after") or ()))
        for f in h["forms"]:
            alts.append((f, key))
    prefixes: dict[str, _Prefix] = {}
    palts: list[tuple[str, str]] = []
    for i, p in enumerate(raw["prefixes"]):
        if p["category"] not in _CATEGORIES:
            raise ValueError(f"bodies.yaml: bad prefix {p.get('canon')!r}")
        key = f"p{i}"
        prefixes[key] = _Prefix(p["canon"], p["category"], bool(p.get("alone")), bool(p.get("parent_as_party_org")))
        for f in p["forms"]:
            palts.append((f, key))

    ministries = {k: v for k, v in raw["ministries"].items() if v}
    name_words = frozenset(str(w) for w in raw.get("name_words") or [])
    if not name_words or any(w != w.lower() or len(w.split(" ")) > 2 for w in name_words):
        raise ValueError("bodies.yaml: name_words must be lower-case words of one or two syllables")
    first_words = frozenset(_first_word(f) for f, _ in alts + palts) | {"Bộ", "Trung", "trung"}
    ministry_alt = "|".join(_form_re(k) for k in sorted(ministries, key=len, reverse=True))
    dept_alt = "|".join(_form_re(k) for k in sorted(raw["departments"], key=len, reverse=True))
    head_re, prefix_re = _by_first_word(alts), _by_first_word(palts)
    places.register_head_words("bodies.first", _key_forms(first_words))  # see `_candidate_keys`
    return _Data(
        heads=heads, prefixes=prefixes,
        head_re=head_re,
        prefix_re=prefix_re,
        first_words=first_words,
        candidate_re=_candidate_re(first_words),
        ministries=ministries,
        ministry_re=re.compile(rf"(?:{ministry_alt}){_E}"),
        dept_re=re.compile(rf"(?:{dept_alt}){_E}"),
        acronyms=dict(raw["acronyms"]),
        dept_names={str(k): str(v) for k, v in (raw.get("department_names") or {}).items()},
        compounds=frozenset(str(w) for w in raw.get("tail_compounds") or []),
        stop=frozenset(raw["stop_words"]),
        max_lower=int(raw.get("max_lower", 4)),
        name_words=name_words,
        split_words=name_words | frozenset(str(w) for w in raw.get("split_words") or []),
        name_firsts=frozenset(w.split(" ")[0] for w in name_words),
        tu_after=tuple(raw.get("trung_uong_after", [])),
        tu_not_after=tuple(raw.get("trung_uong_not_after", [])),
        title_before_tt=tuple(raw.get("title_before_thuong_truc", [])),
        head_only=frozenset(first_words - set(prefix_re.res) - {"Bộ", "Trung", "trung"}),
    )


def _first_word(form: str) -> str:
    """Look-up key of a form's first word: as written for an acronym, else first letter kept."""
    w = form.split(" ")[0].replace("Uỷ", "Ủy")
    return w if w.isupper() else w[0] + w[1:].lower()


class _ByFirstWord:
    """``match(text, pos)`` over many forms: one small alternation per first word."""

    def __init__(self, items: list[tuple[str, str]]) -> None:
        groups: dict[str, list[tuple[str, str]]] = {}
        for f, k in items:
            groups.setdefault(_first_word(f), []).append((f, k))
        self.res = {w: re.compile(_alternation(g) + _E) for w, g in groups.items()}

    def match(self, text: str, pos: int, key: str | None = None) -> re.Match[str] | None:
        """The longest form starting at ``pos``; ``key`` is the word's `_key` there when known."""
        if key is None:
            w = _WORD.match(text, pos)
            if not w:
                return None
            key = _key(w.group())
        pat = self.res.get(key)
        return pat.match(text, pos) if pat else None


def _by_first_word(items: list[tuple[str, str]]) -> _ByFirstWord:
    return _ByFirstWord(items)


_CLASS = f"{places.LU}{places.LL}&\\-"  # what `_WORD` reads
# a word may start where no letter or digit stands before it ...
_CANDIDATE = re.compile(rf"{_B}[{_CLASS}]+")
# ... which includes right after `&`/`-` when the word they close started after a digit (`43-NQ`):
# `\d[letters]*[&\-](?=[{_CLASS}])`, found from the rare `&`/`-` before a word (`_after_digit`)
_LETTER = re.compile(rf"[{places.LU}{places.LL}]")
_CLASS_CHAR = re.compile(rf"[{_CLASS}]")


def _key(word: str) -> str:
    """A word's look-up key among first words: as written for an acronym, else first letter kept."""
    g = word.replace("Uỷ", "Ủy")
    return g if g.isupper() else g[0] + g[1:].lower()


def _candidate_re(first_words: frozenset[str]) -> re.Pattern[str]:
    """The words of `_CANDIDATE` that may have a key in ``first_words``: a superset (the key is
    checked on each match), found by `re` without visiting the other words of the text."""
    groups: dict[str, list[str]] = {}
    for k in sorted(first_words, key=len, reverse=True):
        if not _WORD.fullmatch(k):
            continue  # `_CANDIDATE` never reads it
        rest = re.escape(k[1:]).replace("ủy", "(?:ủy|uỷ)")
        groups.setdefault(k[0], []).append(rest)
        if k.startswith("Ủy"):
            groups.setdefault("U", []).append("ỷ" + re.escape(k[2:]))  # `Uỷ ban`
    lb = rf"(?<![{places.LU}{places.LL}\d&\-].)"
    alts = "|".join(f"{re.escape(c)}{lb}(?i:{'|'.join(rs)})" for c, rs in groups.items())
    return re.compile(rf"(?:{alts})(?![{_CLASS}])")


def _cased(c: str) -> list[str]:
    """The characters whose lower case is ``c`` (a lower-case letter or an uncased character):
    ``c``, its capital, and the Kelvin and Ångström signs, the BMP's only other letters that
    lower-case to a Latin letter."""
    out = [c] + [x for x in (c.upper(), {"k": "\u212a", "å": "\u212b"}.get(c, "")) if len(x) == 1 and x != c]
    return [x for x in out if x.lower() == c]


def _key_forms(first_words: frozenset[str]) -> set[str]:
    """Every word whose `_key` is one of ``first_words``: an acronym as written, another first word
    with its first letter as written and each later letter in either case (``Uỷ`` for ``Ủy``)."""
    out: set[str] = set()
    for k in first_words:
        if k.isupper():
            out.add(k)
            continue
        heads = [k[0]] + (["Uỷ"] if k.startswith("Ủy") else [])
        for head in heads:
            rests = [""]
            for c in k[len(head):]:
                rests = [r + x for r in rests for x in _cased(c)]
            out.update(head + r for r in rests)
    return out


def _candidate_keys(text: str, d: _Data) -> list[tuple[int, str]]:
    """``(offset, key)`` of the `_CANDIDATE` words whose key is a first word of a body, in text order."""
    fw = d.first_words
    out = []
    # `d.candidate_re.finditer(text)`, tried where a word with a key in `fw` starts
    for m in places.matches_at(d.candidate_re, text, places.head_starts(text)["bodies.first"]):
        w = m.group()
        k = w if w in fw else _key(w)  # a first word is its own key
        if k in fw:
            out.append((m.start(), k))
    more = []
    for pos in _after_digit(text):
        w = _WORD.match(text, pos)
        if w:
            k = _key(w.group())
            if k in fw:
                more.append((pos, k))
    return sorted(out + more) if more else out


def _after_digit(text: str) -> list[int]:
    """Ends of the matches of ``\\d[letters]*[&\\-](?=[…])`` (`_CANDIDATE`'s class next), in text order.

    Each such match ends at an `&`/`-` that stands before a word and after a run of letters opened
    by a digit; such matches never overlap, so they are found from the `&`/`-` (a few per article)
    by looking back, without visiting every digit of the text."""
    out = []
    for sep in "&-":
        i = text.find(sep)
        while i >= 0:
            if _CLASS_CHAR.match(text, i + 1):
                j = i - 1
                while j >= 0 and _LETTER.match(text, j):
                    j -= 1
                if j >= 0 and text[j].isdecimal():  # `\d` of `re` is the decimal digits, as `isdecimal`
                    out.append(i + 1)
            i = text.find(sep, i + 1)
    return sorted(out)


def _candidates(text: str, d: _Data) -> list[int]:
    """Offsets of the `_CANDIDATE` words whose key is a first word of a body, in text order."""
    return [s for s, _ in _candidate_keys(text, d)]


def _group_key(m: re.Match[str]) -> str | None:
    k = m.lastgroup
    return None if k is None or k in ("bo", "tu") else k.split("_")[0]


@dataclass
class _Body:
    start: int
    end: int
    name: str
    category: str
    level: str | None
    head: str  # canonical head, for coreference
    unit: str | None = None  # unit word of its place (committees: their own)
    place: str | None = None  # display of its place


class _Registry:
    """Places and bodies of one article, in text order, for coreference."""

    def __init__(self, text: str) -> None:
        self.places = places.scan(text)
        self.starts = [p.start for p in self.places]
        self.by_start = {p.start: p for p in self.places}
        self.ends = frozenset(p.end for p in self.places)
        self.bodies: list[_Body] = []
        self.topics: list[_Body] = []  # `Ban Chỉ đạo` bodies named with what they steer

    def place_of(self, unit: str, pos: int) -> places.Place | None:  # noqa: C901
        """Place written with ``unit`` (or of its level) named last before ``pos``, else first after."""
        def ok(p: places.Place) -> bool:
            if p.feature:
                return False
            if unit == "tỉnh":
                return p.level == "province"
            if unit == "thành phố":
                return p.level == "city" and places.gazetteer_level(p.short) == "city" or (
                    p.unit == "thành phố")
            return p.unit == unit
        i = bisect.bisect_left(self.starts, pos)
        for p in reversed(self.places[:i]):
            if ok(p):
                return p
        if unit in ("phường", "xã", "thị trấn"):
            return None  # a commune named later is seldom the one meant
        for p in self.places[i:]:
            if ok(p):
                return p
        return None

    def covered(self, pos: int) -> bool:
        """Whether a place starting before ``pos`` runs over it (``Hải Hà`` covers ``Hà``)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.places[i].start < pos < self.places[i].end

    def last_body(self, pred: Any) -> _Body | None:
        for b in reversed(self.bodies):
            if pred(b):
                return b
        return None


def _level_of_place(p: places.Place) -> str | None:
    if p.level in ("province",):
        return "province"
    if p.level == "city":
        return "province" if places.gazetteer_level(p.short) == "city" or p.short == "Hà Nội" else "district"
    if p.level in ("district", "town"):
        return "district"
    if p.level in ("ward", "commune"):
        return "commune"
    return None


def _skip_space(text: str, pos: int) -> int:
    return pos + 1 if text[pos:pos + 1] == " " else pos


def _qualifier(text: str, pos: int, reg: _Registry) -> tuple[int, places.Place | None, str | None]:
    """After a head ending at ``pos``: (end, place, bare unit word) of what qualifies it."""
    q = pos + 1
    if text[pos:pos + 1] != " ":
        return pos, None, None
    p = reg.by_start.get(q)
    if p is not None and not p.feature:
        return p.end, p, None
    m = _UNIT_RE.match(text, pos)
    if m:
        unit = _UNIT_WORDS[m.group("u").lower()]
        return m.end(), None, unit
    return pos, None, None


def _open_tail(text: str, pos: int, head: _Head, d: _Data, reg: _Registry) -> int:
    """End of an open name after a head ending at ``pos`` (``pos`` when there is none).

    Capitalised words, numbers and acronyms extend the name; lower-case words not in
    ``stop_words`` may stand inside it (``Tập đoàn Dầu khí Quốc gia``) and, for ``lower_tail``
    heads, end it (``Sở Giao thông vận tải``); a surname followed by a capital starts a person.
    """
    end, n, lower_run, cur, prev = pos, 0, 0, pos, ""
    proper = False  # a proper name was read: lower-case name words no longer continue the name
    nw = d.name_words
    while n < 16:
        m = _TOKEN.match(text, cur)
        if not m:
            break
        if n == 0 and m.group(1) == "Phòng" and text.startswith(", chống", m.end()):
            cur, n, prev = m.end() + 7, 1, "chống"  # `Quỹ Phòng, chống tác hại …`
            continue
        w = m.group(1)
        if w[0].isdigit() and (lower_run or text[m.end():m.end() + 1] in ("%", ",", ".")):
            break  # `Công ty X nắm 30%`: a number after lower-case words is no part of the name
        if w in ("TP", "Tp") and text[m.end():m.end() + 1] == "." and m.start(1) in reg.by_start:
            end = cur if n else end
            break  # `… kỹ thuật TP.HCM`: the place qualifies the name
        if w[0].isupper() or w[0].isdigit():
            if not n and w in ("Trưởng", "Phó"):
                break  # `Viện Trưởng`, `Ban Phó`: a title written with capitals, no name
            if (n and w in places.SURNAMES and _CAP_NEXT.match(text, m.end())
                    and m.start(1) not in reg.by_start and not reg.covered(m.start(1))):
                break  # a person's name follows the body
            if n and w in ("Chủ", "Phó", "Bí", "Giám", "Trưởng", "Thứ", "Tổng", "Ủy", "UBND", "HĐND"):
                break
            acronym = len(w) > 1 and w.isupper()  # (`Y` of `Trung tâm Y tế` is a syllable, no acronym)
            if not acronym and w.lower() not in d.name_firsts or acronym and w.lower() not in nw:
                proper = True  # `Công ty Hoàng Sơn đầu tư …`: the verb after a proper name
            end, cur, n, lower_run, prev = m.end(), m.end(), n + 1, 0, w
            continue
        low = w.lower()
        if end == cur and n and prev[:1].isupper() and f"{prev.lower()} {low}" in d.split_words:
            # one name word capitalised on its first syllable only (`Nhi Trung ương`, `Địa chất và Khoáng sản`),
            # also after a proper name
            end, cur, n, prev = m.end(), m.end(), n + 1, w
            continue
        if not proper and end == cur and (n or head.lower_tail) and low not in ("và", "-", "–", "&"):
            # `Tổng công ty Hàng không`, `Trung tâm Giáo dục nghề nghiệp`: a bounded run of name words
            nxt = _TOKEN.match(text, m.end())
            ahead = nxt is not None and nxt.group(1)[0].islower() and f"{low} {nxt.group(1)}" in nw
            if ahead or f"{prev.lower()} {low}" in nw or low in nw:
                stop = nxt.end() if ahead and nxt else m.end()
                end, cur, prev = stop, stop, nxt.group(1) if ahead and nxt else w
                n += 2 if ahead else 1
                continue
        if n and lower_run == 0 and end in reg.ends and w not in ("và", "-", "–", "&"):
            break  # `Cục Đăng kiểm Việt Nam thẩm định`: a place closes the name
        if low in ("và", "-", "–", "&"):
            nxt = _TOKEN.match(text, m.end())
            if nxt and _first_word(nxt.group(1)) in d.first_words and nxt.group(1) not in ("Phát", "Đầu"):
                break  # `CTCP A và CTCP B`: a second body starts
            if nxt and nxt.group(1)[0].isupper() and nxt.group(1) not in ("Ảnh", "ẢNH", "Nguồn", "Video", "Clip"):
                cur, n = m.end(), n + 1  # (not the photo credit after a caption: `… - Ảnh: TTXVN`)
                continue
            if low == "và" and nxt and not proper and end == cur and _name_word_at(text, nxt, nw):
                cur, n, prev = m.end(), n + 1, w  # `Ban Chỉ đạo đổi mới và phát triển doanh nghiệp`
                continue
            if low == "và" and nxt and head.lower_tail and head.needs_capital and lower_run < d.max_lower:
                cur, n, lower_run, prev = m.end(), n + 1, lower_run + 1, w  # `Đầu tư và xây dựng Xuân Mai`
                continue
            break
        if (low in d.stop and f"{prev.lower()} {low}" not in d.compounds) or lower_run >= d.max_lower or (
                low in _UNIT_WORDS and not text.startswith(" hội", m.end())) or low == "trung":
            break
        compound = f"{prev.lower()} {low}" in d.compounds  # `đăng ký` counts as one word
        cur, n, lower_run, prev = m.end(), n + 1, lower_run + (0 if compound else 1), w
        if low == "phòng" and text.startswith(", chống", cur):
            cur += 7  # `Ban Chỉ đạo phòng, chống tham nhũng`
        if head.lower_tail and not head.needs_capital:
            end = cur
    if head.needs_capital and not _CAPITAL_IN.search(text, pos, end):
        return pos  # `công ty cổ phần`, `Trung tâm thương mại`: a generic mention, no name
    if head.needs_capital:
        first = _TOKEN.match(text, pos)
        if not first or not (first.group(1)[0].isupper() or first.group(1).lower() in (
                "cổ", "tnhh", "trách", "liên", "mẹ", "tmcp", "thương", "cp")):
            return pos
        if end == pos:
            return pos
    return end


def _name_word_at(text: str, m: Any, nw: frozenset[str]) -> bool:
    """Whether the lower-case token ``m`` starts a name word (alone or with the next token)."""
    w = m.group(1)
    if not w[0].islower():
        return False
    nxt = _TOKEN.match(text, m.end())
    return w in nw or (nxt is not None and f"{w} {nxt.group(1)}" in nw)


def _trung_uong_after(text: str, end: int) -> int:
    m = _TU_AFTER.match(text, end)
    return m.end() if m else end


def _parse(text: str, start: int, reg: _Registry, d: _Data, key: str | None = None,
           first_head: re.Match[str] | None | bool = False) -> _Body | None:
    """The body starting at ``start`` (None when there is none); ``first_head`` is the head match
    there when the caller has it (``False``: not looked up yet)."""
    pos = start
    prefs: list[tuple[_Prefix, int, int]] = []
    if first_head is False:
        first_head = d.head_re.match(text, pos, key)
    while True:
        pm = d.prefix_re.match(text, pos, key if pos == start else None)
        if pm and first_head and pos == start and first_head.end() >= pm.end():
            head0 = d.heads[_group_key(first_head)]  # type: ignore[index]
            if not head0.needs_place or _head_body(text, first_head.start(), first_head.end(), head0, reg, d):
                break  # `Ban Chấp hành Trung ương` is a head of its own; `Thanh tra tỉnh` too,
            # but `Thanh tra Chính phủ` is the prefix of another body
        if not pm:
            break
        key = _group_key(pm)
        prefs.append((d.prefixes[key], pm.start(), pm.end()))  # type: ignore[index]
        pos = _skip_space(text, pm.end())
    # `Phó Chủ tịch Thường trực UBND` -- a title, not a sub-body
    if prefs and prefs[0][0].canon == "Thường trực":
        before = text[max(0, start - 20):start].rstrip()
        if before.endswith(d.title_before_tt):
            if len(prefs) == 1:
                return None
    if not prefs:
        hm = first_head  # the same match: nothing was read before it
    else:
        hm = d.head_re.match(text, pos) if pos > prefs[-1][2] else None
    if hm is None:
        bm = text.startswith("Bộ ", pos)  # `Bộ[ ]`
        mm = d.ministry_re.match(text, pos + 3) if bm else None
        if mm:
            canon = d.ministries.get(mm.group()) or _ministry_lookup(mm.group(), d)
            return _with_prefixes(text, start, prefs, _Body(pos, mm.end(), canon, "state", "central", canon), reg, d)
        tm = _TU.match(text, pos) if text.startswith(("Trung ", "trung "), pos) else None
        if tm and prefs:
            body = _Body(pos, tm.end(), "Trung ương", "party", "central", "Trung ương")
            return _with_prefixes(text, start, prefs, body, reg, d, central=True)
        if tm and not prefs:
            return _bare_trung_uong(text, pos, tm.end(), d)
        if not prefs:
            return None
        return _alone_prefixes(text, start, prefs, reg, d)
    key = _group_key(hm)
    head = d.heads[key]  # type: ignore[index]
    body = _head_body(text, hm.start(), hm.end(), head, reg, d)
    if body is None:
        if prefs:
            return _alone_prefixes(text, start, prefs, reg, d)
        return None
    return _with_prefixes(text, start, prefs, body, reg, d)


def _ministry_lookup(surface: str, d: _Data) -> str:
    low = surface.lower()
    for k, v in d.ministries.items():
        if k.lower() == low:
            return v
    return "Bộ " + surface


def _bare_trung_uong(text: str, a: int, b: int, d: _Data) -> _Body | None:
    before = text[max(0, a - 25):a].rstrip()
    if text[a] == "T":
        if before.endswith(d.tu_not_after) or before.lower().endswith(tuple(w.lower() for w in d.tu_not_after)):
            return None
        return _Body(a, b, "Ban Chấp hành Trung ương Đảng", "party", "central", "Trung ương")
    if before.endswith(d.tu_after) and not before.lower().endswith(("ngân sách", "cấp")):
        return _Body(a, b, "Trung ương", "state", "central", "Trung ương")
    return None


def _committee_shown(place: places.Place, head: _Head) -> str:
    """`Quận ủy` + `Hoàng Mai` (own unit dropped), `Quận ủy Quận 2`, `Thành ủy Thành phố Hồ Chí Minh`."""
    if place.short.isdigit():
        return place.name
    if place.bare or (place.unit == head.unit and head.unit != "thành phố"):
        return place.short
    return place.name


def _head_body(text: str, a: int, b: int, head: _Head, reg: _Registry, d: _Data) -> _Body | None:
    """The body for one head match at [a, b), qualifier included; None when it is not a body."""
    q = head.qualifier
    if head.place_after and text[a:b].isupper() and text[max(0, a - 8):a].rstrip().split(" ")[-1] in head.place_after:
        return None  # `xuất khẩu sang EU`: the market, a place
    if q == "none":
        name = head.canon + (f" của {head.of}" if head.of else "")
        level, category = head.level, head.category
        if head.of_council:
            council = reg.last_body(lambda x: x.head == "Hội đồng nhân dân" and x.place)
            end = b
            nxt = _HDND_NEXT.match(text, b)
            if council:
                name, level = f"{head.canon} {council.name}", council.level
            if nxt:
                hb = _head_body(text, b + 1, nxt.end(), d.heads[_head_key(d, "Hội đồng nhân dân")], reg, d)
                if hb is not None:
                    return _Body(a, hb.end, f"{head.canon} {hb.name}", category, hb.level, head.canon)
            return _Body(a, end, name, category, level, head.canon)
        local = _local_after_country(text, a, b, reg)
        if local is not None:  # `Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đức Trọng`: the district's committee
            return _Body(a, local.end, f"{head.canon} {local.name}", category, _level_of_place(local), head.canon,
                         local.unit, local.name)
        return _Body(a, b, name, category, level, head.canon)
    if q == "committee":
        end, place, unit = b, None, None
        p = reg.by_start.get(b + 1) if text[b:b + 1] == " " else None
        if p is not None and not p.feature:
            end, place = p.end, p
        if place is None:
            place = reg.place_of(head.unit or "", a)
            shown = _committee_shown(place, head) if place else None
            name = f"{head.canon} {shown}" if shown else head.canon
            return _Body(a, end, name, head.category, head.level, head.canon, head.unit, place.name if place else None)
        shown = _committee_shown(place, head)
        level = head.level
        if head.unit == "thành phố" and places.gazetteer_level(place.short) != "city" and place.level != "city":
            level = "district"
        return _Body(a, end, f"{head.canon} {shown}", head.category, level, head.canon, head.unit, place.name)
    if q == "place":
        end, place, unit = _qualifier(text, b, reg)
        if place is not None and place.name == "Việt Nam":
            local = _local_after_country(text, a, end, reg)
            if local is not None:  # `Hội Liên hiệp Phụ nữ Việt Nam tỉnh Quảng Trị`: the province's branch
                end, place = local.end, local
        if head.counted and place is None and unit is None:
            cm = _COUNTED.match(text, b)
            if cm:
                return _Body(a, cm.end(), text[a:cm.end()], head.category, "commune", head.canon)
        if place is None and unit is not None:
            place = reg.place_of(unit, a)
            if place is None:
                return _Body(a, end, f"{head.canon} {unit}", head.category,
                             _COMMITTEE_UNIT_LEVEL.get(unit), head.canon, unit)
        if place is None:
            if head.needs_place:
                return None
            if head.canon in ("Đảng ủy", "Đảng bộ", "Mặt trận Tổ quốc") and text[b:b + 1] not in (" ", ",", ".", ";", ":", ")", "\n", ""):
                return None
            same = reg.last_body(lambda x: x.head == head.canon and x.place)
            if same and head.level is None:
                return _Body(a, end, same.name, same.category, same.level, head.canon, same.unit, same.place)
            return _Body(a, end, head.canon, head.category, head.level, head.canon)
        if head.canon == "Đảng bộ" and place.unit == "":
            shown = place.short
        else:
            shown = place.name
        level = _level_of_place(place) if head.level in (None, "province", "district") else head.level
        if head.level == "central" and place is not None:
            level = _level_of_place(place)
        return _Body(a, end, f"{head.canon} {shown}", head.category, level, head.canon, place.unit, place.name)
    if q == "open" and head.topic:
        return _topic_body(text, a, b, head, reg, d)
    if q == "open" and head.intl:
        return _intl_body(text, a, b, head, d)
    if q == "open":
        if head.canon in ("Sở", "Phòng"):
            dm = d.dept_re.match(text, b + 1) if text[b:b + 1] == " " else None
            if dm:
                tail_end = dm.end()
            elif head.needs_known:
                return None
            else:
                tail_end = _open_tail(text, b, _Head(head.canon, head.category, head.level, "open"), d, reg)
        else:
            tail_end = _open_tail(text, b, head, d, reg)
        if tail_end == b:
            if head.place_alone:  # `Trường Chính trị tỉnh Nghệ An`
                qend, place, _ = _qualifier(text, b, reg)
                if place is not None and place.unit in _COMMITTEE_UNIT_LEVEL:
                    return _Body(a, qend, f"{head.canon} {place.name}", head.category, _level_of_place(place), head.canon)
            return None
        tail = text[b + 1:tail_end]
        if head.canon == "Hội" and (tail.split(" ")[0] in ("An", "đồng", "nghị", "thảo", "chợ") or
                                   places.gazetteer_level("Hội " + tail.split(" ")[0]) is not None):
            return None
        if head.canon == "Ngân hàng" and tail.split(" ")[0] in ("Nhà", "Chính", "Thế", "Phát"):
            return None
        if head.canon in ("Sở", "Phòng"):
            tail = d.dept_names.get(tail, tail)
        if text[a].islower():
            p = reg.by_start.get(b + 1)
            if p is not None and p.end >= tail_end:
                return None  # `các công ty Mỹ`: a generic mention with a place, no name
        name = f"{head.canon} {tail}"
        level = head.level
        end = tail_end
        qend, place, unit = _qualifier(text, tail_end, reg)
        if place is not None:
            end, level = place.end, _level_of_place(place)
            name = f"{name} {place.name}"
        elif unit is not None:
            p = reg.place_of(unit, a)
            end, level = qend, _COMMITTEE_UNIT_LEVEL.get(unit, level)
            name = f"{name} {p.name}" if p else f"{name} {unit}"
        else:
            tu = _trung_uong_after(text, tail_end)
            if tu > tail_end:
                end, level = tu, "central"
                name = f"{head.canon} {tail} Trung ương"
        return _Body(a, end, name, head.category, level, head.canon)
    return None


@dataclass(frozen=True)
class _Extra:
    topic_stop: frozenset[str]
    topic_words: frozenset[str]  # with the name and split words: pairs read whole in a topic
    max_topic_lower: int
    intl_markers: Any  # compiled: an international word or phrase at a position
    intl_not_first: frozenset[str]
    no_alias: frozenset[str]  # department and ministry short names: sectors too (`ngành GD&ĐT`)


@functools.cache
def _extra() -> _Extra:
    """The `topic` and `intl` word lists of ``bodies.yaml``, validated once."""
    raw = load("bodies.yaml")
    for key in ("topic_stop_words", "intl_markers", "intl_not_first"):
        if not raw.get(key) or not all(isinstance(w, str) and w for w in raw[key]):
            raise ValueError(f"bodies.yaml: {key!r} must be a non-empty list of words")
    markers = sorted(raw["intl_markers"], key=len, reverse=True)
    d = _data()
    no_alias = set(d.ministries) | set(d.dept_names) | {str(x) for x in raw["departments"]} | set(d.acronyms)
    topic_words = frozenset(str(w) for w in raw.get("topic_words") or []) | d.split_words
    return _Extra(frozenset(raw["topic_stop_words"]), topic_words, int(raw.get("max_topic_lower", 10)),
                  re.compile("(?:" + "|".join(re.escape(m) for m in markers) + f"){_E}"),
                  frozenset(raw["intl_not_first"]), frozenset(no_alias))


_TOPIC_OPEN = ("các", "về")


def _topic_tail(text: str, pos: int, d: _Data, reg: _Registry) -> int:
    """End of what a `topic` head (``Ban Chỉ đạo``) steers, after the head ending at ``pos``
    (``pos`` when nothing is named: ``Trưởng Ban Chỉ đạo Nguyễn Văn A``, ``của Ban Chỉ đạo.``).

    ``các``/``về`` may open it (``các Chương trình mục tiêu quốc gia``, ``về phòng, chống tham
    nhũng``), ``Trung ương`` (``về``) too; capitalised words, numbers, name-word pairs and other
    lower-case words continue it up to a word of ``topic_stop_words``, a unit word (the place
    qualifies it), a person's name or a title, or ``max_topic_lower`` lower-case words."""
    x = _extra()
    nw = x.topic_words
    end, cur, n, lower_run = pos, pos, 0, 0
    after_tu = False
    prev = ""
    while n < 24:
        m = _TOKEN.match(text, cur)
        if not m:
            break
        w = m.group(1)
        low = w.lower()
        nxt = _TOKEN.match(text, m.end())
        nw_ = nxt.group(1) if nxt else ""
        before, prev = prev, low
        if w[0].islower() and end == cur and f"{before} {low}" in nw:
            end = cur = m.end()  # `Chương trình`, `Tây Nam bộ`: the second syllable of a capitalised word
            n += 1
            continue
        if low == "trung" and nw_.lower() == "ương":
            end = cur = nxt.end()  # type: ignore[union-attr]
            n, after_tu = n + 2, True
            continue
        if w[0].isdigit():
            if n and lower_run:
                break  # `sơ kết 5 năm`: a count, no part of the name
            end = cur = m.end()
            n += 1
            continue
        if w[0].isupper():
            if w in ("Trưởng", "Phó", "Chủ", "Bí", "Giám", "Thứ", "Ủy", "UBND", "HĐND", "Tổng"):
                break
            if (w in places.SURNAMES and _CAP_NEXT.match(text, m.end())
                    and m.start(1) not in reg.by_start and not reg.covered(m.start(1))):
                break  # `Phó Trưởng Ban Chỉ đạo Nguyễn Văn A`: the person, not the name
            if low in _UNIT_WORDS and m.start(1) in reg.by_start:
                break
            end = cur = m.end()
            n, lower_run, after_tu = n + 1, 0, False
            continue
        if low in _TOPIC_OPEN and (n == 0 or after_tu or end < cur):
            if low == "các" and not (nw_[:1].isupper() or f"{nw_} {_TOKEN.match(text, nxt.end()).group(1) if nxt and _TOKEN.match(text, nxt.end()) else ''}" in nw):
                break  # `Ban Chỉ đạo các xã`: a plural, no name
            cur, n, after_tu = m.end(), n + 1, False
            continue
        if low == "các" and n and (nw_[:1].isupper() or (nxt and _name_word_at(text, nxt, nw))):
            cur, n = m.end(), n + 1  # `… hệ thống các tổ chức tín dụng`
            continue
        if low in _UNIT_WORDS and not text.startswith(" hội", m.end()):
            break  # `… huyện Cẩm Khê`: the place qualifies the name
        if f"{low} {nw_}" in nw and nw_[:1].islower():
            end = cur = nxt.end()  # type: ignore[union-attr]
            n, lower_run = n + 2, lower_run + 1
            continue
        if low == "phòng" and text.startswith(", chống", m.end()):
            end = cur = m.end() + 7  # `phòng, chống tham nhũng`
            n, lower_run = n + 2, lower_run + 1
            continue
        if low in ("và", "-", "–", "&", ","):
            if n and nxt and (nw_[:1].isupper() or (nw_.lower() not in x.topic_stop and nw_.lower() not in _UNIT_WORDS)):
                cur, n = m.end(), n + 1  # `đổi mới và phát triển doanh nghiệp`, `đổi mới - phát triển`
                continue
            break
        if low in x.topic_stop or lower_run >= x.max_topic_lower:
            break
        end = cur = m.end()
        n, lower_run = n + 1, lower_run + 1
        if text.startswith(", tiêu cực", cur) and end > pos:
            end = cur = cur + len(", tiêu cực")  # `phòng, chống tham nhũng, tiêu cực`
    return end


def _topic_body(text: str, a: int, b: int, head: _Head, reg: _Registry, d: _Data) -> _Body | None:
    """A `topic` head (``Ban Chỉ đạo``) with what it steers and its place; bare (or with a bare
    unit word), the one named last in the article, else the capitalised ``Ban Chỉ đạo`` itself."""
    tail_end = _topic_tail(text, b, d, reg)
    qend, place, unit = _qualifier(text, tail_end, reg)
    if tail_end > b:
        name = f"{head.canon} {text[b + 1:tail_end]}"
        level, end = head.level, tail_end
        if _TU.search(text, b, tail_end):
            level = "central"  # `Ban Chỉ đạo Trung ương về …`, `… tham nhũng Trung ương`
        if place is not None:
            end, level, name = place.end, _level_of_place(place), f"{name} {place.name}"
        elif unit is not None:
            p = reg.place_of(unit, a)
            end, level = qend, _COMMITTEE_UNIT_LEVEL.get(unit, level)
            name = f"{name} {p.name}" if p else f"{name} {unit}"
        body = _Body(a, end, name, head.category, level, head.canon)
        reg.topics.append(body)
        return body
    last = reg.topics[-1] if reg.topics else None
    if place is not None:
        if last is not None and last.name.endswith(place.name):
            return _Body(a, place.end, last.name, last.category, last.level, head.canon)
        return _Body(a, place.end, f"{head.canon} {place.name}", head.category, _level_of_place(place), head.canon)
    if unit is not None:
        p = reg.place_of(unit, a)
        if last is not None and (p is None or last.name.endswith(p.name)):
            return _Body(a, qend, last.name, last.category, last.level, head.canon)
        name = f"{head.canon} {p.name}" if p else f"{head.canon} {unit}"
        return _Body(a, qend, name, head.category, _COMMITTEE_UNIT_LEVEL.get(unit), head.canon)
    if last is not None:
        return _Body(a, b, last.name, last.category, last.level, head.canon)
    if text.startswith(("Ban Chỉ đạo", "BCĐ"), a):
        return _Body(a, b, head.canon, head.category, head.level, head.canon)
    return None


_ALIAS = regex.compile(r"[ ]?\((?P<a>\p{Lu}[\p{L}\d&\-.]*(?:[ ][A-Za-z][A-Za-z\d&\-.]*){0,4})\)")


def _alias_at(text: str, end: int) -> re.Match[str] | None:
    """A bracketed short name right after a body's name ending at ``end``: an acronym
    (``(WHO)``, ``(ĐSVN)``) or a Latin name (``(World Vision)``, ``(Viettel)``)."""
    m = _ALIAS.match(text, end)
    if m is None:
        return None
    a = m.group("a")
    words = a.split(" ")
    caps = sum(1 for c in a if c.isupper())
    if len(words) == 1 and caps < 2 and not (a.isascii() and a.isalpha() and len(a) >= 4):
        return None  # `(Hà)`, `(Ông)`: no short name
    if len(words) > 1 and not (a.isascii() and all(w[0].isupper() or w in ("of", "the", "for", "and") for w in words)):
        return None  # `(Nghệ An)`: a place in brackets
    return m  # type: ignore[return-value]


_INITIAL_SKIP = frozenset({"và", "&", "-", "–", "của"})


def _abbreviates_more(alias: str, name: str) -> bool:
    """Whether ``alias`` is longer initials that end with the name's (``trái phiếu Chính phủ (TPCP)``:
    the bonds, not the government)."""
    letters = "".join(c for c in alias if c.isalpha()).upper()
    words = [w for w in name.replace(",", " ").split() if w.lower() not in _INITIAL_SKIP]
    initials = "".join(w[0] for w in words).upper()
    return alias.isupper() and len(letters) > len(initials) and letters.endswith(initials)


def _abbreviates_tail(alias: str, name: str) -> bool:
    """Whether ``alias`` is the initials of the words after the head only (``Quỹ Bảo hiểm y tế
    (BHYT)``: the insurance, not the fund; ``Quốc hội (QH)``, ``Thanh tra Chính phủ (TTCP)`` are
    the whole name's)."""
    letters = "".join(c for c in alias if c.isalpha()).upper()
    words = [w for w in name.replace(",", " ").split() if w.lower() not in _INITIAL_SKIP]
    initials = "".join(w[0] for w in words).upper()
    return len(letters) >= 2 and initials.endswith(letters) and initials != letters


def _intl_body(text: str, a: int, b: int, head: _Head, d: _Data) -> _Body | None:
    """``Tổ chức``/``Cơ quan`` + a capitalised name: a body when a bracketed alias follows the name
    (``Tổ chức Tầm nhìn Thế giới (World Vision)``) or an international word is in it (``Tổ chức
    Di cư Quốc tế``); never when the first word is an event's (``Tổ chức Hội nghị …``: the verb)."""
    if not text[a].isupper() or text[max(0, a - 4):a].lower() == "ban ":
        return None  # `Ban Tổ chức`, `Trưởng ban Tổ chức Thành ủy`: a party board
    x = _extra()
    first = _TOKEN.match(text, b)
    if first is None or not first.group(1)[0].isupper() or first.group(1) in x.intl_not_first:
        return None
    if _key(first.group(1)) in d.first_words:
        return None  # `Tổ chức Đoàn`, `Tổ chức Thành ủy`: another body follows
    # the name: capitalised words, each with up to two lower-case syllables after it, joined by
    # spaces, `và` or a comma; it ends at the last capitalised word or international phrase
    end, cur, marker, lower = b, b, False, 0
    while True:
        if text.startswith(" ", cur):
            mk = x.intl_markers.match(text, cur + 1)
            if mk and not _CAP_NEXT.match(text, mk.end()):  # (`Vũ Đức Bảo`: a person's name)
                end = cur = mk.end()
                marker, lower = True, 0
                continue
        m = _TOKEN.match(text, cur)
        if m is None:
            if text.startswith(",", cur) and _CAP_NEXT.match(text, cur + 1):
                cur += 1  # `Tổ chức Giáo dục, Khoa học và Văn hóa …`
                continue
            break
        w = m.group(1)
        if w[0].isupper() or w[0].isdigit():
            if w in ("Trưởng", "Phó", "Chủ", "Giám", "Tổng", "Đại"):
                break
            if w in places.SURNAMES and _CAP_NEXT.match(text, m.end()):
                break  # a person's name follows
            end = cur = m.end()
            lower = 0
            continue
        if w == "và" and _CAP_NEXT.match(text, m.end()):
            cur = m.end()
            continue
        if w.lower() in d.stop or lower >= 2:
            break
        cur, lower = m.end(), lower + 1
    if cur > end and _alias_at(text, cur) is not None:
        end = cur  # `Tổ chức Cứu trợ Trẻ em (Save the Children)`: the name runs to the bracket
    if end == b:
        return None
    if not marker and _alias_at(text, end) is None:
        return None
    return _Body(a, end, f"{head.canon} {text[b + 1:end]}", head.category, head.level, head.canon)


def _local_after_country(text: str, a: int, b: int, reg: _Registry) -> places.Place | None:
    """The local unit (``tỉnh``, ``huyện``, ``xã`` … with its name) right after a name ending in
    ``Việt Nam`` at ``b``: the local branch of a national organisation."""
    if not text.endswith("Việt Nam", a, b) or text[b:b + 1] != " ":
        return None
    p = reg.by_start.get(b + 1)
    return p if p is not None and not p.feature and p.unit in _COMMITTEE_UNIT_LEVEL else None


def _head_key(d: _Data, canon: str) -> str:
    for k, h in d.heads.items():
        if h.canon == canon:
            return k
    raise KeyError(canon)


def _with_prefixes(text: str, start: int, prefs: list[tuple[_Prefix, int, int]], body: _Body,
                   reg: _Registry, d: _Data, central: bool = False) -> _Body:
    if not prefs:
        return body
    parent_name = body.name
    if prefs[-1][0].parent_as_party_org and body.head in ("Tỉnh ủy", "Thành ủy", "Quận ủy", "Huyện ủy", "Thị ủy") and body.place:
        parent_name = f"Đảng bộ {body.place}"
    if central and prefs[-1][0].canon != "Ban Chấp hành":
        parent_name = "Trung ương"
    elif central:
        parent_name = "Trung ương Đảng"
    name = " ".join(p.canon for p, _, _ in prefs) + " " + parent_name
    category = body.category
    if body.head == "Quốc hội" or body.category in ("state", "council", "mass_org", "front"):
        category = body.category
    elif prefs[0][0].category == "state" and body.category == "party":
        category = "party"
    return _Body(start, body.end, name, category, body.level, prefs[0][0].canon + " " + body.head, body.unit, body.place)


_PARTY_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Quận ủy", "Huyện ủy", "Thị ủy", "Đảng ủy", "Đảng bộ", "Trung ương")


def _alone_prefixes(text: str, start: int, prefs: list[tuple[_Prefix, int, int]], reg: _Registry, d: _Data) -> _Body | None:
    last = prefs[-1][0]
    if not all(p.alone for p, _, _ in prefs):
        return None
    if not text[prefs[0][1]].isupper() or text[prefs[0][1]:prefs[0][2]].isupper():
        return None  # lower-case `ban chấp hành` or `BCH` alone: too generic
    end = prefs[-1][2]
    parent = reg.last_body(lambda x: x.category == "party" and x.head in _PARTY_COMMITTEES)
    label = " ".join(p.canon for p, _, _ in prefs)
    if parent is None:
        return _Body(start, end, label, "party", None, label)
    pname = parent.name
    if last.parent_as_party_org and parent.head in _PARTY_COMMITTEES[:5] and parent.place:
        pname = f"Đảng bộ {parent.place}"
    return _Body(start, end, f"{label} {pname}", "party", parent.level, label, parent.unit, parent.place)


_CODE_BEFORE = re.compile(r"[0-9A-Za-zĐđ./-]{1,24}\Z")


def _in_code(text: str, pos: int) -> bool:
    """Whether ``pos`` (right after a ``/`` or ``-``) is inside a document code such as
    ``15-NQ/TU`` or ``12/KH-BCĐ``: the token before it holds a digit and a slash or dash."""
    m = _CODE_BEFORE.search(text, max(0, pos - 24), pos)
    return m is not None and any(c.isdigit() for c in m.group())


def find(text: str, ctx: Context | None = None) -> list[Hit]:
    """Body hits in ``text``, in text order, non-overlapping (see the module docstring)."""
    d = _data()
    reg = _Registry(text)
    hits: list[Hit] = []
    last_end = 0
    head_res, head_only = d.head_re.res, d.head_only
    for start, key in _candidate_keys(text, d):
        if start < last_end:
            continue
        if start and text[start - 1] in "/-" and _in_code(text, start):
            continue  # the issuer's acronym in a document code (`15-NQ/TU`) is part of the code
        first_head = head_res[key].match(text, start) if key in head_res else None
        if first_head is None and key in head_only:
            continue  # no head, no prefix, no `Bộ …`/`Trung ương` can start here: `_parse` finds nothing
        body = _parse(text, start, reg, d, key, first_head)
        if body is None:
            continue
        reg.bodies.append(body)
        last_end = body.end
        hits.append(Hit("body", body.start, body.end,
                        {"name": body.name, "category": body.category, "level": body.level}))
    return _with_aliases(text, hits)


def _with_aliases(text: str, hits: list[Hit]) -> list[Hit]:
    """Bracketed short names: ``Tổ chức Tầm nhìn Thế giới (World Vision)`` … ``của World Vision``.

    The short name in the bracket right after a body is no record of its own (a body hit there is
    dropped); written alone later, it is the same body. Department and ministry short names
    (``(GD&ĐT)``) are sectors too (``ngành GD&ĐT``) and are not read so."""
    if "(" not in text or not hits:
        return hits
    x = _extra()
    aliases: dict[str, Hit] = {}
    drop: set[int] = set()
    for i, h in enumerate(hits):
        if i in drop:
            continue
        m = _alias_at(text, h.end)
        if m is None:
            continue
        a = m.group("a")
        if (i + 1 < len(hits) and hits[i + 1].start == m.start("a") and hits[i + 1].end == m.end("a")
                and hits[i + 1].fields["name"] == h.fields["name"]):
            drop.add(i + 1)  # `Ngân hàng Chính sách xã hội (NHCSXH)`: the bracket repeats the body
        if text[max(0, h.start - 4):h.start] == "của ":
            continue  # `Ủy ban Tài chính, Ngân sách của Quốc hội (UBTCNS)`: the bracket names the whole phrase
        if (a not in x.no_alias and a not in aliases and not places.known_name(a)
                and not _abbreviates_tail(a, text[h.start:h.end]) and not _abbreviates_more(a, text[h.start:h.end])):
            aliases[a] = h
    if not aliases and not drop:
        return hits
    out = [h for i, h in enumerate(hits) if i not in drop]
    if aliases:
        taken = sorted((h.start, h.end) for h in out)
        starts = [s for s, _ in taken]
        pat = regex.compile(r"(?<![\p{L}\p{M}\d&\-/])(?:" + "|".join(regex.escape(a) for a in sorted(aliases, key=len, reverse=True))
                            + r")(?![\p{L}\p{M}\d&/]|-\p{L})")
        for m in pat.finditer(text):
            first = aliases[m.group()]
            if m.start() < first.end:
                continue
            if text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
                continue  # the alias in a bracket again, after another mention of the body
            if _CAP_NEXT.match(text, m.end()):
                continue  # `BVĐK Trung tâm tỉnh Lạng Sơn`: the short name opens a longer one
            i = bisect.bisect_right(starts, m.start()) - 1
            if (i >= 0 and taken[i][1] > m.start()) or (i + 1 < len(taken) and taken[i + 1][0] < m.end()):
                continue
            taken.insert(i + 1, (m.start(), m.end()))
            starts.insert(i + 1, m.start())
            out.append(Hit("body", m.start(), m.end(), dict(first.fields)))
        out.sort(key=lambda h: h.start)
    return out
