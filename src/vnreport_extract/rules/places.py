"""Places: administrative units, rivers, roads, sites and countries in Vietnamese text.

``find(text, ctx)`` returns hits of kind ``location`` with fields ``name`` and ``admin_level``
(``province``, ``city``, ``district``, ``ward``, ``commune``, ``town`` or None).

Decisions (gold and the body recogniser depend on them):

* A unit word followed by a name is a place, unit included in the span and in ``name``
  (``quận Hoàng Mai``, ``xã Vĩnh Lộc A``, ``phường Mỹ Đình 2``, ``Quận 2``, ``tổ dân phố 5``).
  The name is the longest known unit name at that point (gazetteer, ``places_gazetteer.json``,
  generated from ``underthesea.address``), else a run of capitalised words cut before a
  surname or a title word (so ``quận Nam Từ Liêm Nguyễn Văn Hải`` stops after ``Liêm``).
  ``14 phường``, ``các xã`` (no capitalised name after the unit) are not places.
* A list after a unit continues it: ``hai xã Vĩnh Lộc A, Vĩnh Lộc B``; ``phường 12, 13``.
* A bare name is a place only when it is a whole capitalised run and a province or district of
  the gazetteer (``Vĩnh Phúc``, ``Nam Từ Liêm``), not after ``ông``/``bà``… Its ``name`` gets the
  unit word (``tỉnh Vĩnh Phúc``, ``quận Nam Từ Liêm``, ``Thành phố Hà Nội``).
* Centrally-run cities (Hà Nội, TP HCM, Hải Phòng, Đà Nẵng, Cần Thơ, Huế) and any ``thành phố X``
  are ``city``; ``thị xã`` is ``town``; features and countries have ``admin_level`` None.
* When ``ctx.extras["bodies"]`` holds body hits (or ``(start, end)`` pairs), places inside them are
  dropped: the body covers its place.

``scan(text)`` gives the richer internal records (unit word, bare name) the body recogniser uses.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import regex

from .base import Context, Hit, word_automaton

from ..data import load

__all__ = ["find", "scan", "Place", "gazetteer_level", "known_name", "register_head_words", "head_starts",
           "matches_at"]

_LEVELS = {"province", "city", "district", "ward", "commune", "town", None}

# The patterns scanned over whole articles use the standard `re` module (its alternations skip
# impossible start characters, several times faster than `regex` here), so letter classes are spelt
# out: Latin upper- and lower-case letters (Vietnamese included) and combining marks.
_LATIN = [chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00))]
LU = "".join(c for c in _LATIN if c.isupper())
LL = "".join(c for c in _LATIN if c.islower()) + "\u0300-\u036f"
_E = rf"(?![{LU}{LL}\d])"
# `_B` checked after the first character instead of before it: the same condition, but a pattern
# that starts with a literal or a character class lets `re` skip to possible start characters
_B1 = rf"(?<![{LU}{LL}\d].)"
# capitalised word: `Hà`, `KBang`, `M'Đrắk`, a lone capital letter (`Vĩnh Lộc A`)
_CAP = rf"[{LU}][{LL}'’]*(?:[{LU}][{LL}]+)?{_E}"
_RUN = rf"{_CAP}(?:[ ]{_CAP}){{0,5}}(?:[ ]\d+{_E})?"
_RUN_B = rf"[{LU}]{_B1}[{LL}'’]*(?:[{LU}][{LL}]+)?{_E}(?:[ ]{_CAP}){{0,5}}(?:[ ]\d+{_E})?"  # `_B` + `_RUN`

# ---- one scan for the head words of the named recognisers -----------------------------------
# Places, people, bodies, documents and events each look for a few hundred fixed words (unit
# words, aliases, titles, family names, body words, document types, event heads). One Aho-Corasick
# automaton (pyahocorasick) finds where all of them occur in one pass of C, once per text; each
# recogniser then tries its own pattern only there (`matches_at`), which gives what its `finditer`
# over the whole text gave.

_HEAD_WORDS: dict[str, frozenset[str]] = {}
# Latin letters and ASCII digits: every recogniser's head pattern refuses them before a word
_IN_WORD = frozenset(c for c in _LATIN if c.isupper() or c.islower()) | frozenset("0123456789")
# spacing the patterns accept between the words of a head word other than one space
_ODD_SPACE = re.compile("[\t\u00a0]|  ")


def register_head_words(owner: str, words: Iterable[str]) -> None:
    """Let :func:`head_starts` report, under ``owner``, where one of ``words`` starts in a text.
    A space in a word stands for any run of spaces, tabs and no-break spaces (as ``[ ]+`` and
    ``[ \\t\\u00a0]+`` do in the recognisers' patterns)."""
    ws = frozenset(" ".join(w.split()) for w in words)
    if not ws or "" in ws:
        raise ValueError(f"head words of {owner!r}: empty")
    if _HEAD_WORDS.get(owner) != ws:
        _HEAD_WORDS[owner] = ws
        _head_automata.cache_clear()
        head_starts.cache_clear()


def _shortest(words: Iterable[str]) -> list[str]:
    """``words`` without those another of them begins (they start where it starts)."""
    out: list[str] = []
    for w in sorted(words):  # a word's extensions follow it in sorted order
        if not out or not w.startswith(out[-1]):
            out.append(w)
    return out


@functools.cache
def _head_automata() -> tuple[Any, Any, int, tuple[str, ...]]:
    """The automata over the registered words (whole, and first words only), the longest word's
    length and the owners, in the order of the automata's owner indices."""
    owners = tuple(sorted(_HEAD_WORDS))

    def build(words_of: dict[str, Iterable[str]]) -> Any:
        by_word: dict[str, list[int]] = {}
        for i, owner in enumerate(owners):
            for w in _shortest(words_of[owner]):
                by_word.setdefault(w, []).append(i)
        return word_automaton({w: tuple(idx) for w, idx in by_word.items()})

    whole = build(_HEAD_WORDS)
    first = build({o: {w.split(" ")[0] for w in ws} for o, ws in _HEAD_WORDS.items()})
    return whole, first, max((len(w) for ws in _HEAD_WORDS.values() for w in ws), default=0), owners


@functools.lru_cache(maxsize=16)
def head_starts(text: str) -> dict[str, tuple[int, ...]]:
    """For each owner of :func:`register_head_words`, the offsets (ascending) where one of its
    words starts in ``text`` after no letter or digit: every place its head pattern can match
    (and some where it does not). Shared by the recognisers of one article; do not modify."""
    whole, first, longest, owners = _head_automata()
    if not owners:
        return {}
    found: list[list[int]] = [[] for _ in owners]
    in_word = _IN_WORD

    def collect(matches: Iterable[tuple[int, tuple[int, tuple[int, ...]]]]) -> None:
        for end, (n, idx) in matches:
            s = end - n
            if s and text[s - 1] in in_word:
                continue
            for i in idx:
                found[i].append(s)

    collect(whole.iter(text))
    if "  " in text or "\t" in text or "\u00a0" in text:
        # a word written with other spacing than single spaces starts with its first word less than
        # `longest` characters before the first odd spacing in it
        for m in _ODD_SPACE.finditer(text):
            collect(first.iter(text, max(0, m.start() - longest - 1), m.start()))
        return {o: tuple(sorted(set(f))) for o, f in zip(owners, found)}
    return {o: tuple(sorted(f)) for o, f in zip(owners, found)}


def matches_at(pattern: re.Pattern[str] | regex.Pattern[str], text: str, starts: Iterable[int]
               ) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives when each of them starts at one of ``starts``
    (ascending): ``pattern`` tried there only, a match's end the least next start."""
    last = 0
    for s in starts:
        if s >= last:
            m = pattern.match(text, s)
            if m is not None:
                yield m
                last = m.end()


SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Huỳnh Hoàng Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Đoàn Lương "
    "Lưu Mai Tạ Hà Cao Tô Chu Vương Thái Châu Quách Lâm Kiều Đào Triệu Âu Khổng Mạc".split())
_TITLE_WORDS = frozenset(
    "Chủ Phó Bí Giám Trưởng Thứ Ủy Uỷ Tổng Chánh Viện Hiệu Thủ Bộ Sở Ban Hội Công Cục Tòa Toà Ngân "
    "Kho Tập Nhà Người Tiến Thạc Báo Ảnh Cơ Các Trong Năm Theo Đại Thượng Trung Đồng".split())


@dataclass(frozen=True, slots=True)
class Place:
    """A place found in the text (internal record, richer than the hit)."""

    start: int
    end: int
    name: str  # canonical, with its unit word
    level: str | None  # admin_level
    unit: str  # unit word as canonicalised (`quận`, `tỉnh`, `thành phố`, `sông`…) or ""
    short: str  # the bare name (`Hoàng Mai`, `2`, `Hồ Chí Minh`)
    feature: bool = False
    bare: bool = False  # written without its unit word (`Vĩnh Phúc`)


@dataclass(frozen=True)
class _Data:
    provinces: dict[str, str]
    districts: dict[str, str]
    wards: frozenset[str]
    bare: dict[str, tuple[str, str | None]]  # bare name -> (unit, level)
    admin_units: dict[str, dict[str, Any]]  # canonical unit -> spec
    feature_units: dict[str, dict[str, Any]]
    not_after: dict[str, frozenset[str]]
    cue_words: frozenset[str]
    person_before: frozenset[str]
    leading_words: frozenset[str]
    aliases: dict[str, tuple[str, str | None, bool]]
    strict_not_after: tuple[str, ...]
    strict_not_before: frozenset[str]
    written: dict[str, str]  # unit word as written -> canonical unit
    unit_at: re.Pattern[str]  # `_B`, a unit word (group `u`) and a name (`n`), see `_data`
    alias_re: Any
    run_re: Any
    admin_names: frozenset[str]  # provinces and districts
    function_words: frozenset[str]
    feature_not_names: frozenset[str]
    title_next: dict[str, frozenset[str]]
    list_names: frozenset[str]  # wards, districts and provinces
    province_firsts: frozenset[str]  # first words of the provinces' names (and of their aliases)
    longer_units: dict[str, tuple[str, ...]]  # a unit word -> the written unit words that extend it


def _read(name: str) -> Any:
    return load(name)


def _rest_re(w: str) -> str:
    """A word or phrase without its first character as a regex, spaces as ``[ ]+``."""
    return re.escape(w[1:]).replace(r"\ ", "[ ]+")


def _by_first_char(items: list[tuple[str, str]], guard: str = _B1) -> str:
    """An alternation of ``(first character, rest as a regex)`` items, in the given order, that
    starts with ``_B``: grouped by first character (the order within a group kept, which is all
    the order there is between items that can match at one place) with ``_B1`` checked once per
    group, so `re` tries few branches and skips to possible start characters. With ``guard=""``
    the alternation does not check ``_B``."""
    groups: dict[str, list[str]] = {}
    for first, rest in items:
        groups.setdefault(first, []).append(rest)
    return "(?:" + "|".join(f"{re.escape(c)}{guard}(?:{'|'.join(rs)})" for c, rs in groups.items()) + ")"


def _words_alt(words: list[str]) -> str:
    """``_B`` and then any of ``words``, longest first."""
    return _by_first_char([(w[0], _rest_re(w)) for w in sorted(set(words), key=len, reverse=True)])


@functools.cache
def _data() -> _Data:
    """Load and validate the gazetteer and ``places.yaml`` once."""
    gaz = _read("places_gazetteer.json")
    man = _read("places.yaml")
    for key in ("provinces", "districts", "wards"):
        if not gaz.get(key):
            raise ValueError(f"places_gazetteer.json: {key!r} missing or empty")
    for key in ("admin_units", "feature_units", "aliases", "extra_units", "cue_words", "person_before",
                "function_words", "title_word_next"):
        if not man.get(key):
            raise ValueError(f"places.yaml: {key!r} missing or empty")
    provinces = dict(gaz["provinces"])
    districts = dict(gaz["districts"])
    for name, spec in man["extra_units"].items():
        if spec["level"] in ("province", "city") and spec.get("unit") is None:
            provinces[name] = spec["level"]
        else:
            districts[name] = spec.get("unit", "")
    if not set(provinces.values()) <= {"province", "city"}:
        raise ValueError("places: province levels must be province or city")
    stop = set(man.get("bare_stop", []))
    bare: dict[str, tuple[str, str | None]] = {}
    for name, unit in districts.items():
        if name in stop or len(name.split()) < 2 or name[0].isdigit() or name.startswith("Quận"):
            continue
        bare[name] = (unit, _unit_level(unit, name, provinces))
    for name, level in provinces.items():
        if name not in stop:
            bare[name] = ("thành phố" if level == "city" else "tỉnh", level)
    bare.pop("Hồ Chí Minh", None)  # bare, the name is the person's
    admin_units = man["admin_units"]
    for unit, spec in admin_units.items():
        if spec.get("level") not in _LEVELS:
            raise ValueError(f"places.yaml: bad level for {unit!r}")
    aliases: dict[str, tuple[str, str | None, bool]] = {}
    for surface, val in man["aliases"].items():
        if not isinstance(val, list) or len(val) not in (2, 3) or val[1] not in _LEVELS:
            raise ValueError(f"places.yaml: bad alias {surface!r}")
        aliases[surface] = (val[0], val[1], len(val) == 3 and val[2] == "strict")
    for name in provinces:
        if "-" in name:
            canon = (f"tỉnh {name}" if provinces[name] == "province" else f"Thành phố {name}", provinces[name], False)
            left, _, right = (w.strip() for w in name.partition("-"))
            for variant in (name, f"{left}-{right}", f"{left} – {right}", f"{left}–{right}"):
                aliases.setdefault(variant, canon)

    written: dict[str, str] = {}
    for unit, spec in admin_units.items():
        forms = spec.get("written") or [unit, unit[0].upper() + unit[1:]]
        for f in forms:
            written[f] = unit
    for unit, spec in man["feature_units"].items():
        for f in (spec or {}).get("written") or [unit]:
            written.setdefault(f, unit)  # lower case only: `Hồ Chí Minh`, `Cảng hàng không …` are names
    unit_items = [(w[0], _rest_re(w) + ("" if w.endswith(".") else _E))
                  for w in sorted(written, key=len, reverse=True)]
    name_part = rf"[ ]*(?P<n>{_RUN}|\d+[A-Z]?{_E}|(?P<a>[A-Z][A-Z0-9]+{_E}(?:[ ](?:[IVX]+|\d+){_E})?))"
    # `_B`, a unit word and its name, tried where `head_starts` finds a unit word
    unit_at = re.compile(rf"(?<![{LU}{LL}\d])(?P<u>{_by_first_char(unit_items, '')}){name_part}")
    alias_re = re.compile(rf"{_words_alt(list(aliases))}{_E}")
    register_head_words("places.alias", aliases)
    register_head_words("places.unit", written)
    return _Data(
        provinces=provinces, districts=districts, wards=frozenset(gaz["wards"]), bare=bare,
        admin_units=admin_units, feature_units=man["feature_units"],
        not_after={k: frozenset(v or []) for k, v in man.get("not_after", {}).items()},
        cue_words=frozenset(man["cue_words"]), person_before=frozenset(man["person_before"]),
        leading_words=frozenset(man.get("leading_words", [])), aliases=aliases,
        strict_not_after=tuple(man.get("strict_not_after", [])),
        strict_not_before=frozenset(man.get("strict_not_before", [])),
        written=written, unit_at=unit_at, alias_re=alias_re, run_re=re.compile(_RUN_B),
        admin_names=frozenset(provinces.keys() | districts.keys()),
        province_firsts=frozenset(n.split(" ")[0] for n in provinces) | frozenset(man.get("province_first_variants", []))
        | frozenset(a.split(" ")[1] for a, v in aliases.items() if v[1] in ("province", "city") and a.startswith("tỉnh ")),
        longer_units={u: tuple(f for f in written if f != u and f.startswith(u + " ")) for u in written},
        function_words=frozenset(man["function_words"]),
        feature_not_names=frozenset(man.get("feature_not_names") or []),
        title_next={k: frozenset(v) for k, v in man["title_word_next"].items()},
        list_names=frozenset(gaz["wards"]) | provinces.keys() | districts.keys(),
    )


_UNIT_LEVELS = {"quận": "district", "huyện": "district", "thị xã": "town", "thành phố": "city",
                "đặc khu": "district", "": "district"}
_CANON_UNITS = {"tp": "thành phố", "q.": "quận", "p.": "phường", "tx": "thị xã"}


def _unit_level(unit: str, name: str, provinces: dict[str, str]) -> str | None:
    return _UNIT_LEVELS.get(unit, "district")


def known_name(name: str) -> bool:
    """``name`` is written as a place on its own: a province, city or district of the gazetteer,
    or a fixed spelling (``Việt Nam``, ``Tây Nguyên``, ``Donald`` is not)."""
    d = _data()
    return name in d.provinces or name in d.districts or name in d.aliases or name in d.bare


def gazetteer_level(name: str) -> str | None:
    """Admin level of a bare known name (``Vĩnh Phúc`` -> ``province``), else None."""
    d = _data()
    if name in d.provinces:
        return d.provinces[name]
    if name in d.districts:
        return _unit_level(d.districts[name], name, d.provinces)
    if name in d.wards:
        return "ward"
    return None


_RUN_RE = re.compile(_RUN)
_SPACE_RUN = re.compile("[ ]+")
# searched backwards (`(?r)`) over a window that ends at the place: the match ends there
_PREV_WORD = regex.compile(r"(?r)([\p{L}\p{M}\d.]+)[ ]*$")
_PREV_TWO = regex.compile(r"(?r)([\p{L}\p{M}]+[ ]+[\p{L}\p{M}]+)[ ]*$")
_NEXT_WORD = regex.compile(r"[ ]+([\p{L}\p{M}]+)")
_LOWER_NEXT = regex.compile(r" \p{Ll}")
_NUM_NEXT = regex.compile(r"\d+(?=[ ]*(?:[,;.)]|$|và[ ]|quận|huyện|phường|xã|thị))")


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 30), pos)
    return m.group(1) if m else ""


def _prev_two(text: str, pos: int) -> str:
    m = _PREV_TWO.search(text, max(0, pos - 40), pos)
    return m.group(1) if m else ""


def _cut_name(words: list[str], names: Any, followed_by_lower: bool, next_word: str = "",
              feature: bool = False) -> int:
    """How many of ``words`` form the name after a unit word (0: no name). A function word
    (``Cũng``, ``Tại``: a lost full stop) ends the name. After a feature unit (a street, bridge…
    often named after a person: ``đường Phạm Văn Đồng``, ``phố Nguyễn Công Trứ``) a title word
    listed in ``title_word_next`` ends the name only when its own next word follows
    (``Đồng chí``, ``Công an``)."""
    for k in range(len(words), 0, -1):
        if " ".join(words[:k]) in names:
            return k
    d = _data()
    n = len(words)
    for i in range(n):
        if words[i] in d.function_words:
            return i
    tnext = d.title_next if feature else {}

    def title_at(i: int) -> bool:
        w = words[i]
        if w not in _TITLE_WORDS:
            return False
        if w not in tnext:
            return True
        nxt = words[i + 1] if i + 1 < n else next_word
        return nxt.lower() in tnext[w]

    for i in range(1, n):
        if words[i] in SURNAMES and n - i >= 2:
            return i
        if i < n - 1 and title_at(i):
            return i
    if n >= 2 and title_at(n - 1) and (followed_by_lower or words[n - 1] not in tnext):
        return n - 1
    return n


def _level_for(unit: str, spec: dict[str, Any], short: str, d: _Data) -> str | None:
    if unit in ("thành phố", "tp", "thủ đô"):
        return "city"
    if unit == "tỉnh":
        return "city" if d.provinces.get(short) == "city" else "province"
    return spec.get("level")


def _canon_unit(unit: str) -> str:
    return _CANON_UNITS.get(unit, unit)


def _display(unit: str, short: str, level: str | None, d: _Data) -> str:
    if unit == "thủ đô":
        return f"Thành phố {short}"
    if unit == "thành phố" and d.provinces.get(short) == "city":
        return f"Thành phố {short}"
    if unit == "quận" and short.isdigit():
        return f"Quận {short}"
    return f"{unit} {short}" if unit else short


@functools.lru_cache(maxsize=16)
def scan(text: str) -> tuple[Place, ...]:
    """All places in ``text`` in text order, non-overlapping (bodies not considered)."""
    d = _data()
    written = d.written
    cands: list[tuple[int, int, int, Place]] = []  # (start, -len, -prio, place)

    def add(place: Place, prio: int) -> None:
        cands.append((place.start, place.start - place.end, -prio, place))

    starts = head_starts(text)
    for m in matches_at(d.alias_re, text, starts["places.alias"]):  # `d.alias_re.finditer(text)`
        name, level, strict = d.aliases[m.group()]
        if strict:
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt and (nxt.group(1)[0].isupper() or nxt.group(1) in d.strict_not_before):
                continue
            before = text[max(0, m.start() - 12):m.start()].rstrip()
            if before.endswith(d.strict_not_after):
                continue
        unit, short = "", name
        for u in ("Thành phố ", "tỉnh "):
            if name.startswith(u):
                unit, short = u.strip().lower(), name[len(u):]
        add(Place(m.start(), m.end(), name, level, unit, short), 3)

    for m in matches_at(d.unit_at, text, starts["places.unit"]):
        u = m.group("u")
        m_start = m.start("u")
        raw_unit = _SPACE_RUN.sub(" ", u) if "  " in u else u
        unit = written.get(raw_unit) or written.get(m.group("u"))
        if unit is None:
            continue
        is_admin = unit in d.admin_units
        spec = d.admin_units[unit] if is_admin else d.feature_units[unit]
        raw = m.group("n")
        if m.group("a") is not None and not spec.get("acronym"):
            continue  # only some sites take an acronym as their name (`khu công nghiệp VSIP II`)
        number = raw[0].isdigit()
        if number and not spec.get("numbered"):
            continue
        if spec.get("only_numbered") and not number:
            continue
        if not raw_unit.endswith(".") and m.start("n") == m.end("u") and not number:
            continue  # `TPHCM`-like glued forms are aliases
        prev = _prev_word(text, m_start)
        if prev.lower() in d.not_after.get(unit, ()) or prev in d.not_after.get(unit, ()):
            continue
        if spec.get("cue") and prev.lower() not in d.cue_words and not prev[:1].isdigit() and prev:
            continue
        if raw_unit[0].isupper() and prev[:1].isupper() and not is_admin:
            continue  # `Cục Đường …` is a body's word, not a road
        cu = _canon_unit(unit)
        if number:
            short, end = raw, m.end("n")
        elif m.group("a") is not None:
            short, end = raw, m.end("n")
        else:
            words = raw.split(" ")
            names: Any
            if cu in ("phường", "xã", "thị trấn"):
                names = d.wards
            elif cu in ("tỉnh", "thành phố", "thủ đô") or is_admin:
                names = d.admin_names
            else:
                names = ()
            lower_next = bool(_LOWER_NEXT.match(text, m.end("n")))
            nw = _NEXT_WORD.match(text, m.end("n")) if lower_next else None
            k = _cut_name(words, names, lower_next, nw.group(1) if nw else "", not is_admin)
            if k == 0:
                continue
            short = " ".join(words[:k])
            if is_admin and short not in names and words[0] in SURNAMES and len(words) >= 3:
                continue  # `HĐND TP Nguyễn Thị Quyết Tâm`: a person after the unit word
            if cu == "tỉnh" and short not in names and words[0] not in d.province_firsts:
                continue  # `UBND tỉnh Thào Xuân Sùng`: no province starts so, a person after the unit word
            end = m.start("n") + len(short)
            if spec.get("pairs") and k == len(words):
                pm = _PAIR.match(text, end)
                if pm:
                    pw = pm.group(1).split(" ")
                    pk = _cut_name(pw, (), False)
                    if pk:
                        short = text[m.start("n"):pm.start(1)] + " ".join(pw[:pk])
                        end = m.start("n") + len(short)  # `cao tốc Trung Lương - Mỹ Thuận`
            if is_admin and cu in ("tỉnh", "thành phố") and text[end:end + 3].lstrip()[:1] in ("-", "–"):
                am = d.alias_re.match(text, m.start("n"))
                if am and am.end() > end and d.aliases[am.group()][1] in ("province", "city"):
                    full = d.aliases[am.group()][0]
                    short = full.split(" ", 1)[1] if full.startswith(("tỉnh ", "Thành phố ")) else full
                    end = am.end()  # `tỉnh Bà Rịa - Vũng Tàu`: the whole hyphenated name
        if not is_admin and short in d.feature_not_names:
            continue  # `Tổng công ty … Khu công nghiệp Việt Nam`: a body's words, not a site
        if not is_admin and any(text.startswith(f, m_start) for f in d.longer_units.get(raw_unit, ())):
            continue  # `đường Vành đai phía Tây 2`: a longer unit word (`đường Vành đai`), no road named `Vành`
        if is_admin:
            level = _level_for(cu, spec, short, d)
            place = Place(m_start, end, _display(cu, short, level, d), level, cu, short)
        else:
            name = f"{unit} {short}"
            place = Place(m_start, end, name, None, cu, short, feature=True)
        add(place, 2)
        if is_admin:
            _continue_list(text, place, spec, d, add, prev)

    # a bare name takes the unit the article writes it with (`quận Hoàng Mai` … `Hoàng Mai`)
    seen_units = {c[3].short: c[3] for c in cands if c[3].unit and not c[3].feature}
    bare = d.bare
    for m in d.run_re.finditer(text):
        run = m.group()
        if run in bare:
            start = m.start()
        else:
            sp = run.find(" ")
            if sp < 0:
                continue  # one word, not a known name (most runs: `Ông`, `Theo`)
            if run[:sp] in d.leading_words and run[sp + 1:] in bare:
                start, run = m.start() + sp + 1, run[sp + 1:]
            else:
                run = _name_before_person(run, bare) if run.count(" ") >= 4 else None
                if run is None:
                    continue
                start = m.start()
        prev = _prev_word(text, start).lower()
        if prev in d.person_before or _prev_two(text, start).lower() in d.person_before:
            continue
        unit, level = d.bare[run]
        if run in seen_units:
            unit, level = seen_units[run].unit, seen_units[run].level
        add(Place(start, start + len(run), _display(unit, run, level, d), level, unit, run, bare=True), 1)

    _unit_lists(text, d, cands, add)

    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    out: list[Place] = []
    last_end = -1
    for _, _, _, p in cands:
        if p.start >= last_end:
            out.append(p)
            last_end = p.end
    return tuple(out)


def _name_before_person(run: str, bare: Any) -> str | None:
    """The place that opens a run of capitalised words followed by a person's name
    (``Huyện ủy Mai Châu Hà Văn Nam``: ``Mai Châu``), or None: the longest known name of two words
    or more, then a surname and at least two more words."""
    words = run.split(" ")
    for k in range(len(words) - 3, 1, -1):
        if words[k] in SURNAMES and " ".join(words[:k]) in bare:
            return " ".join(words[:k])
    return None


_PAIR = re.compile(rf"[ ]?[-–][ ]?({_RUN})")
_LIST_SEP = regex.compile(r"(?:[ ]*,[ ]*|[ ]+(?:và|hoặc)[ ]+)")


def _continue_list(text: str, place: Place, spec: dict[str, Any], d: _Data, add: Any, prev: str) -> None:
    """``xã Vĩnh Lộc A, Vĩnh Lộc B`` / ``phường 12, 13``: more names of the same unit."""
    plural = prev.lower() in {"các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"} or prev.isdigit()
    pos = place.end
    while True:
        sep = _LIST_SEP.match(text, pos)
        if not sep:
            return
        at = sep.end()
        if place.short.isdigit():
            m = _NUM_NEXT.match(text, at)
            if not m:
                return
            short = m.group()
        else:
            m = _RUN_RE.match(text, at)
            if not m:
                return
            words = m.group().split(" ")
            k = _cut_name(words, d.list_names, False)
            if k == 0:
                return
            short = " ".join(words[:k])
            known = short in d.wards or short in d.districts or short in d.provinces
            if not (known or plural) or words[0] in SURNAMES and not known:
                return
            if short in d.provinces or (short in d.districts and short not in d.wards):
                return  # the list moved up a level: the bare-name pass takes it
        end = at + len(short)
        add(Place(at, end, _display(place.unit, short, place.level, d), place.level, place.unit, short), 2)
        pos = end


@dataclass(frozen=True)
class _ListData:
    intro: re.Pattern[str]  # unit words (`u`), a few lower-case words, an intro word
    counts: frozenset[str]  # the word before the unit words: a count or plural (or digits)


@functools.cache
def _list_data() -> _ListData:
    """``unit_list`` of ``places.yaml``, compiled once (see :func:`_unit_lists`)."""
    spec = _read("places.yaml").get("unit_list") or {}
    counts, units, intros = spec.get("counts"), spec.get("units"), spec.get("intros")
    if not counts or not units or not intros:
        raise ValueError("places.yaml: unit_list needs counts, units and intros")
    d = _data()
    if any(u not in d.admin_units for u in units):
        raise ValueError("places.yaml: unit_list units must be admin units")
    n = int(spec.get("max_between", 6))
    alt = lambda ws: "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    unit = rf"(?:{alt(units)}){_E}(?![ ]hội{_E})"
    lower = rf"[{LL.replace(chr(0x300) + '-' + chr(0x36f), '')}][{LL}]*{_E}"
    intro = re.compile(
        rf"[ ](?P<u>{unit}(?:[ ]*,[ ]*{unit}|[ ]+và[ ]+{unit})*)"
        rf"(?:[ ]+(?!(?:{alt(intros)}){_E}){lower}){{0,{n}}}?[ ]*,?[ ]*"
        rf"(?:\(?(?:{alt(intros)}){_E}[ ]*:?|:)[ ]*")
    register_head_words("places.list", units)  # `intro` starts with a space and one of them
    return _ListData(intro, frozenset(counts))


_LIST_ITEM = re.compile(rf"{_CAP}(?:[ ]{_CAP}){{0,2}}")
_MORE_CAP = re.compile(rf"[ ]{_CAP}")
_ITEM_SEP = re.compile(r"[ ]*[,;][ ]*(?:(?:và|hoặc)[ ]+)?|[ ]+(?:và|hoặc)[ ]+")
_ITEM_END = re.compile(r"[ ]*(?:[,;.:)…\n]|\([ ]*|$)")
# first words that open a body, a title or a sentence, never a commune's name in a list
_NOT_LIST_FIRST = frozenset("Chủ Phó Bí Giám Trưởng Ủy Uỷ Ban Sở Bộ Cục Công Hội Tòa Toà Ngân Kho Tập Nhà "
                            "Người Báo Ảnh UBND HĐND Đảng Chi Trường Bệnh Ông Bà".split())


def _unit_lists(text: str, d: _Data, cands: list[tuple[int, int, int, Place]], add: Any) -> None:
    """Bare names listed after a count or plural of a unit word: ``7 xã ven biển, gồm Khánh Lâm,
    Khánh Hưng và Đá Bạc``, ``3 xã là A, B và C``, ``các phường: A, B, C``. Each name of one to
    three capitalised syllables is a place of that unit (the gazetteer's level when it knows the
    name); a place found there already (``TP HCM``) is kept and the list read on past it. A single
    name the gazetteer does not know, or a first name followed by a lower-case word (``các xã có
    nhiệm vụ: Rà soát …``), makes no list."""
    ld = _list_data()
    known_at = {c[0]: c[3] for c in cands}
    # `ld.intro.finditer(text)`, tried at the spaces before the unit words
    at = [s - 1 for s in head_starts(text)["places.list"] if s and text[s - 1] == " "]
    for m in matches_at(ld.intro, text, at):
        before = _prev_word(text, m.start())
        if not (before in ld.counts or before.isdigit()):
            continue  # `7 xã`, `các phường`: a count or plural opens the list
        units = re.split(r"[ ]*,[ ]*|[ ]+và[ ]+", m.group("u"))
        unit = _canon_unit(units[0].lower())
        spec = d.admin_units.get(unit)
        if spec is None:
            continue
        pos = m.end()
        items: list[tuple[int, str, bool]] = []  # (start, short, closed by a separator or the end)
        while True:
            p = known_at.get(pos)
            if p is not None and not p.feature and p.unit and not p.bare:
                items.append((pos, "", True))  # written with its own unit (`thị xã Kỳ Anh`, `TP HCM`): kept as found
                end = p.end
            else:
                im = _LIST_ITEM.match(text, pos)
                if im is None or _MORE_CAP.match(text, im.end()):
                    break  # no name, or a run of four capitalised words or more: no commune's name
                short = im.group()
                first = short.split(" ")[0]
                if first in _NOT_LIST_FIRST or first in d.function_words or short.startswith("Đồng chí"):
                    break
                end = im.end()
                sep_next = _ITEM_SEP.match(text, end) or _ITEM_END.match(text, end)
                items.append((pos, short, sep_next is not None))
                if sep_next is None:
                    break  # `… và Văn Bán đạt chuẩn`: the last name, a clause goes on
            sep = _ITEM_SEP.match(text, end)
            if sep is None:
                break
            pos = sep.end()
        named = [(s, short, closed) for s, short, closed in items if short]
        if not named:
            continue
        if not items[0][2] and items[0][1] and items[0][1] not in d.list_names:
            continue  # `các xã có nhiệm vụ: Rà soát …`: a sentence, no list
        if len(items) == 1 and named[0][1] not in d.list_names:
            continue
        for s, short, _ in named:
            u, level = unit, _level_for(unit, spec, short, d)
            if short in d.provinces and (len(units) > 1 or d.provinces[short] == "city" and unit in ("tỉnh", "thành phố")):
                u = "thành phố" if d.provinces[short] == "city" else "tỉnh"
                level = d.provinces[short]
            add(Place(s, s + len(short), _display(u, short, level, d), level, u, short), 2)


def find(text: str, ctx: Context | None = None) -> list[Hit]:
    """Location hits in ``text`` (see the module docstring for what counts)."""
    bodies = (ctx.extras.get("bodies") if ctx is not None else None) or []
    spans = sorted((b.start, b.end) if isinstance(b, Hit) else (int(b[0]), int(b[1])) for b in bodies)
    # a place [a, b) is inside a body when some body starting at or before `a` ends at or after `b`:
    # the largest end among the bodies that start by `a` (a running maximum) tells
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    hits = []
    for p in scan(text):
        if spans and (i := bisect.bisect_right(starts, p.start)) and reach[i - 1] >= p.end:
            continue
        hits.append(Hit("location", p.start, p.end, {"name": p.name, "admin_level": p.level}))
    return hits
