"""People: names after titles and honorifics, free-standing full names, later short mentions and
bylines.

``find(text, ctx)`` returns hits of kind ``person`` with fields ``name`` (the name as written,
without the title) and ``role`` (the title phrase written before the name, or after it as
``, Chủ tịch …``/`` - Giám đốc …``/``(Phó Bí thư …)``; ``None`` after a bare honorific such as
``ông``/``bà`` with no role after the name).

How a name is found (word lists in ``data/vi/people.yaml``):

* A *candidate* is a run of 2-4 capitalised syllables that starts with a family name and ends where
  the capitalised run ends (``… Hà Nội Hoàng Trung Hải`` gives ``Hoàng Trung Hải``). The span is
  the text as written: ``Đinh La thăng`` (a lower-case syllable) yields ``Đinh La``, which still
  overlaps the gold span.
* A title (``Bí thư``, ``Phó Chủ tịch``, ``Bộ trưởng``, ``Đại tá``, ``PGS.TS``…) reaches a candidate
  through a body phrase of capitalised words, acronyms, numbers and body words (``Bí thư Quận ủy
  kiêm Chủ tịch UBND quận Nam Từ Liêm Nguyễn Văn Hải``); titles chain with ``,`` and ``kiêm``
  (``Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải``). An honorific (``ông``,
  ``bà``, ``đồng chí``…) must touch the name. Rare family names (``Hà``, ``Mai``, ``Cao``, ``Văn``…)
  count only right after a title or honorific.
* After a unit word inside the role (``tỉnh``, ``phường``…) a two-syllable run is the place, not a
  person (``Chủ tịch UBND phường Lê Lợi``); after ``đường``/``phố`` it is always a street.
* Without a title, a candidate of 3-4 syllables with a common family name is a person unless the
  word before it makes it a street, school, place or organisation (``đường Nguyễn Văn Linh``,
  ``Trường THPT Lê Quý Đôn``) or it is glued to a longer capitalised run.
* Province and district names that start like a family name (``Hà Tĩnh``, ``Hoàng Mai``,
  ``Hồ Chí Minh``) are never persons; ``Chủ tịch Hồ Chí Minh`` is, and ``Bác Hồ`` gives ``Hồ`` with
  name ``Hồ Chí Minh``.
* ``ông Hưng``/``Bộ trưởng Dũng`` (an honorific or title + one syllable) is a person when that
  syllable ends a full name found in the same text; ``name`` and ``role`` are the full mention's
  (gold marks such mentions optional). Priority -1.
* Bylines come from ``ctx.extras["byline_spans"]`` (``(start, end)`` pairs from the segmenter):
  ``Theo``, outlet names in parentheses or after ``/``, and ``PV``/``Nhóm PV`` are dropped; each
  remaining 2-4 syllable name (Title Case or upper case; several joined by ``-``/``,``) is a
  person with role ``None``. Photo credits (``Ảnh: Minh Anh``) are persons with role ``photo credit``.
"""
from __future__ import annotations

import functools
from bisect import bisect_right, insort
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import regex

from . import places
from .base import Context, Hit
from .resolve import BYLINE_PRIORITY
from .numbers import load_yaml
from ..data import word_list

__all__ = ["find"]

_WS = r"[ \t\u00a0]"
_SYL = r"\p{Lu}\p{Ll}*"
_UNIT_WORDS = frozenset({"tỉnh", "thành phố", "tp", "tp.", "quận", "huyện", "phường", "xã", "thị xã",
                         "thị trấn", "thôn", "ấp", "bản", "khu phố"})
_STREET_WORDS = frozenset({"đường", "phố", "ngõ", "ngách", "hẻm", "đại lộ"})
_MAX_ROLE_TOKENS = 16


# ---------------------------------------------------------------------------------------------
# helpers shared with documents.py and events.py


def case_variants(phrase: str) -> set[str]:
    """The ways a lower-/title-case phrase is capitalised in news text: as written, every word
    capitalised, all lower case, only the first word capitalised, the first word lower-cased.
    A phrase with an acronym-like word (two capitals in a word: ``ĐB``, ``PGS.TS``) stays as is."""
    words = phrase.split()
    if any(sum(c.isupper() for c in w) > 1 for w in words):
        return {phrase}

    def cap(w: str) -> str:
        return w[:1].upper() + w[1:]

    def low(w: str) -> str:
        return w[:1].lower() + w[1:]

    return {phrase, " ".join(cap(w) for w in words), " ".join(low(w) for w in words),
            " ".join([cap(words[0])] + [low(w) for w in words[1:]]),
            " ".join([low(words[0])] + words[1:])}


def trie_regex(words: Iterable[str], space: str = _WS + "+", guard: str = "") -> str:
    """A regex alternation of ``words`` built as a character trie (fast with many entries; the
    longest word wins because every optional tail is greedy). Spaces match ``space``.

    ``guard`` (e.g. ``(?<![\\w/].)``, a look-behind over the first character) is put right after
    each word's first character: the same condition as a look-behind before the alternation, but
    the pattern then starts with a character class, so ``re`` skips to possible start characters.
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if guard:
        if "" in root:
            raise ValueError("trie_regex: an empty word cannot take a guard")
        firsts = [(space if ch == " " else re.escape(ch)) + guard + _trie_build(root[ch], space)
                  for ch in sorted(root)]
        return firsts[0] if len(firsts) == 1 else "(?:" + "|".join(firsts) + ")"
    return _trie_build(root, space)


def _trie_build(node: dict[str, Any], space: str) -> str:
    """The regex of a trie node built by :func:`trie_regex`."""
    alts, singles = [], []
    for ch in sorted(k for k in node if k):
        sub = _trie_build(node[ch], space)
        atom = space if ch == " " else re.escape(ch)
        if sub or ch == " ":
            alts.append(atom + sub)
        else:
            singles.append(re.escape(ch))
    if singles:
        alts.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
    if not alts:
        return ""
    if "" in node:
        return "(?:" + "|".join(alts) + ")?"
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


# ---------------------------------------------------------------------------------------------
# data


@dataclass(frozen=True)
class _Data:
    common: frozenset[str]
    rare_after_role: frozenset[str]  # rare family names that may follow a whole role (title + body)
    rare: frozenset[str]
    titles: frozenset[str]
    honorifics: frozenset[str]
    short_cues: frozenset[str]
    role_words: frozenset[str]
    not_before: frozenset[str]
    not_names: frozenset[str]
    not_syllables: frozenset[str]
    byline_not: frozenset[str]
    prefixes: frozenset[str]
    uncle: dict[str, str]
    open_honorifics: frozenset[str]
    foreign_not: frozenset[str]


def _strs(d: dict[str, Any], key: str) -> list[str]:
    return word_list(d, key, "people.yaml")


@functools.cache
def _data() -> _Data:
    """Load and validate ``data/vi/people.yaml`` once."""
    d = load_yaml("people.yaml")
    if not isinstance(d, dict):
        raise ValueError("people.yaml: top level must be a mapping")
    fam = d.get("family_names")
    if not isinstance(fam, dict):
        raise ValueError("people.yaml: family_names must map common/rare to lists")
    common, rare, titled = _strs(fam, "common"), _strs(fam, "rare"), _strs(fam, "rare_after_role")
    if not set(titled) <= set(rare):
        raise ValueError(f"people.yaml: rare_after_role not in rare: {sorted(set(titled) - set(rare))}")
    for w in common + rare:
        if not w[0].isupper() or not regex.match(r"\p{Lu}", w):
            raise ValueError(f"people.yaml: family name {w!r} must be capitalised")
    uncle = d.get("uncle_ho")
    if not isinstance(uncle, dict) or set(uncle) != {"cue", "short", "name"}:
        raise ValueError("people.yaml: uncle_ho needs cue, short and name")
    honorifics = frozenset(_strs(d, "honorifics"))
    open_h = frozenset(_strs(d, "open_honorifics"))
    if not open_h <= honorifics:
        raise ValueError(f"people.yaml: open_honorifics not in honorifics: {sorted(open_h - honorifics)}")
    titles: set[str] = set()
    for t in _strs(d, "titles"):
        titles |= case_variants(t)
    return _Data(
        common=frozenset(common), rare=frozenset(rare) - frozenset(common), rare_after_role=frozenset(titled),
        titles=frozenset(titles), honorifics=honorifics,
        short_cues=frozenset(_strs(d, "short_mention_cues")),
        role_words=frozenset(w.lower() for w in _strs(d, "role_words")),
        not_before=frozenset(_strs(d, "not_person_before")),
        not_names=frozenset(_strs(d, "not_person_names")),
        not_syllables=frozenset(_strs(d, "not_name_syllables")),
        byline_not=frozenset(w.lower() for w in _strs(d, "byline_not_names")),
        prefixes=frozenset(_strs(d, "title_prefixes")), uncle={k: str(v) for k, v in uncle.items()},
        open_honorifics=open_h, foreign_not=frozenset(_strs(d, "foreign_not_words")),
    )


@dataclass(frozen=True)
class _Pat:
    name: regex.Pattern[str]
    head: re.Pattern[str]  # a title or an honorific (group ``w``), without its prefix
    token: re.Pattern[str]
    chain: re.Pattern[str]
    title_at: re.Pattern[str]
    not_before: re.Pattern[str]
    after_role: re.Pattern[str]
    short_name: regex.Pattern[str]
    byline_name: regex.Pattern[str]
    uncle: re.Pattern[str]
    prefix_ends: frozenset[str]  # last characters of the title prefixes
    open_run: regex.Pattern[str]
    foreign: regex.Pattern[str]


@functools.cache
def _pat() -> _Pat:
    d = _data()
    fam = trie_regex(d.common | d.rare)
    # (`(?=\p{Lu})`: every family name starts with one, see `_data`; the look-ahead lets `regex`
    # skip to upper-case letters)
    # (or a name of the Central Highlands glued with an apostrophe: `K'Bình`, `H'Hen Niê`)
    name = regex.compile(
        rf"(?=\p{{Lu}})(?<![\p{{L}}\p{{N}}])(?:(?:{fam})(?:{_WS}+{_SYL}(?![\p{{L}}\p{{N}}])){{1,3}}"
        rf"|\p{{Lu}}['’]\p{{Lu}}\p{{Ll}}+(?:{_WS}+{_SYL}(?![\p{{L}}\p{{N}}])){{0,2}})"
        rf"(?![\p{{L}}\p{{N}}])(?!{_WS}+\p{{Lu}})(?![.-]\p{{L}})")
    titles = trie_regex(d.titles)
    pre = trie_regex(d.prefixes)
    # one alternation of titles and honorifics (the union's longest word is the title-first
    # pick, see `_check_heads`); a prefix (`nguyên`, `tân`…) is looked for backwards, see `_heads`
    # (`(?<![\w/])` and the word; it ends with a letter or `.`, never a space)
    head = re.compile(rf"(?<![\w/])(?P<w>{trie_regex(d.titles | d.honorifics)})(?!\w)\.?")
    places.register_head_words("people.head", d.titles | d.honorifics)
    places.register_head_words("people.name", d.common | d.rare)
    token = re.compile(r"[^\W_][\w.&'/]*(?<!\.)|[-–&]")
    chain = re.compile(rf",{_WS}*(?=(?:{titles})(?!\w))|kiêm(?!\w)")
    title_at = re.compile(rf"(?:(?:{pre}){_WS}+)?(?:{titles})(?!\w)\.?")
    nb = trie_regex(d.not_before)
    not_before = re.compile(rf"(?:(?<!\w)(?:{nb})\.?|\d[\w.,/-]*){_WS}+$")
    after_role = re.compile(rf"(?:,|{_WS}+[-–]|{_WS}*\(){_WS}*(?=(?:(?:{pre}){_WS}+)?(?:{titles})(?!\w))")
    short_name = regex.compile(rf"{_WS}+(?P<n>{_SYL})(?![\p{{L}}\p{{N}}])(?!{_WS}+\p{{Lu}})")
    byline_name = regex.compile(
        rf"(?:\p{{Lu}}\.{_WS}?)?(?:{_SYL}|\p{{Lu}}+)(?:{_WS}+(?:{_SYL}|\p{{Lu}}+)){{1,3}}")
    _check_heads(d)
    return _Pat(name=name, head=head, token=token, chain=chain, title_at=title_at,
                not_before=not_before, after_role=after_role, short_name=short_name,
                byline_name=byline_name, prefix_ends=frozenset(w[-1] for w in d.prefixes),
                open_run=regex.compile(
                    rf"{_WS}+(?P<n>{_SYL}(?:{_WS}+{_SYL}){{1,4}})(?![\p{{L}}\p{{N}}])"
                    rf"(?!{_WS}+\p{{Lu}})(?![.'’-]\p{{L}})"),
                foreign=regex.compile(
                    rf"(?<![\p{{L}}\p{{N}}])[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?){{1,2}}"
                    rf"(?![\p{{L}}\p{{N}}])(?!{_WS}+\p{{Lu}})(?![.'’-]\p{{L}})"),
                uncle=re.compile(rf"(?<!\w){re.escape(d.uncle['cue'])}{_WS}+({re.escape(d.uncle['short'])})(?!\w)"))


_SPACES = re.compile(_WS + "*")
_RX_LIST_JOIN = re.compile(_WS + r"*(?:,|,?" + _WS + r"+và)" + _WS + "+")
# a Vietnamese syllable written without diacritics (`Minh`, `Hung`); a Latin word that is not one
# (`Joe`, `Biden`, `Kishida`) marks a foreign name
_VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                          r"(?:ng|nh|ch|[cmnpt])?")
_CLAUSE_START = frozenset(".!?:;\"“”'‘’(–-…\n")
_BOUNDARY = re.compile(r"(?<![\w/])")
_HSPACE = " \t\u00a0"


def _check_heads(d: _Data) -> None:
    """The head scan (`_heads`) finds what one pattern ``(?<![\\w/])(?:(?P<pre>prefix)\\s+)?
    (?:(?P<title>…)|(?P<hon>…))(?!\\w)\\.?`` finds when no honorific goes on from a whole title
    (``Anh`` + ``Anh X``), no title or honorific starts with a prefix word, and prefixes are single
    words."""
    for w in d.honorifics:
        for t in d.titles:
            if w.startswith(t) and len(w) > len(t) and not (w[len(t)].isalnum() or w[len(t)] == "_"):
                raise ValueError(f"people.yaml: honorific {w!r} goes on from title {t!r}")
    for pw in d.prefixes:
        if pw.split() != [pw]:
            raise ValueError(f"people.yaml: title prefix {pw!r} must be one word")
        for w in d.titles | d.honorifics:
            if w == pw or w.startswith(pw + " "):
                raise ValueError(f"people.yaml: {w!r} starts with title prefix {pw!r}")


def _heads(text: str) -> list[tuple[int, int, str | None]]:
    """``(start, end, honorific as written or None)`` of every title or honorific, with the
    prefix word written before a title or honorific (``nguyên Bí thư``) in the span."""
    p, d = _pat(), _data()
    out: list[tuple[int, int, str | None]] = []
    last = 0
    for m in places.matches_at(p.head, text, places.head_starts(text)["people.head"]):
        x = m.start("w")
        w = m.group("w")
        hon = None if " ".join(w.split()) in d.titles else w
        j = x
        while j > 0 and text[j - 1] in _HSPACE:
            j -= 1
        if j < x and text[j - 1] in p.prefix_ends:
            start = x
            for pw in d.prefixes:  # the leftmost start wins, as in a left-to-right scan
                a = j - len(pw)
                if last <= a < start and text.startswith(pw, a) and _BOUNDARY.match(text, a):
                    start = a
            x = start
        out.append((x, m.end(), hon))
        last = m.end()
    return out


def _offsets(text: str, c: str) -> Iterator[int]:
    """Where the character ``c`` stands in ``text``."""
    i = text.find(c)
    while i >= 0:
        yield i
        i = text.find(c, i + 1)


def _foreign_name(run: str) -> bool:
    """``run`` (2-3 capitalised ASCII words) reads as a foreign person's name: one word is not a
    Vietnamese syllable and none is a company, brand or place word (``Group``, ``Vietnam``)."""
    words = run.split()
    if any(w in _data().foreign_not for w in words):
        return False
    return any(not _VI_SYLLABLE.fullmatch(part.lower()) for w in words for part in w.split("-"))


def _clause_start(text: str, pos: int) -> bool:
    """Nothing but spaces between ``pos`` and the start of the text, a line or a clause."""
    j = pos
    while j > 0 and text[j - 1] in _HSPACE:
        j -= 1
    return j == 0 or text[j - 1] in _CLAUSE_START


def _hit(start: int, end: int, name: str, role: str | None, priority: int = 0) -> Hit:
    return Hit("person", start, end, {"name": name, "role": role}, priority)


def _role_token(w: str) -> bool:
    return w[0].isupper() or w[0].isdigit() or w.lower() in _data().role_words


def _walk(text: str, pos: int, starts: dict[int, int] | None, limit: int
          ) -> tuple[int, int | None, str | None, int]:
    """Walk role tokens from ``pos`` (titles chain with ``,``/``kiêm``). Stops at a candidate start
    in ``starts`` (when given) or at the first token a role cannot contain. Returns (end of the
    last role token, candidate start or None, lower-cased word just before the candidate, tokens
    walked)."""
    p = _pat()
    last: str | None = None
    end, n = pos, 0
    while n <= limit:
        q = _SPACES.match(text, pos).end()
        if starts is not None and q in starts:
            return end, q, last, n
        c = p.chain.match(text, q)
        if c:
            h = p.title_at.match(text, _SPACES.match(text, c.end()).end())
            if h is None:
                break
            pos = end = h.end()
            last = None
            n += 1
            continue
        t = p.token.match(text, q)
        if not t or not _role_token(t.group()):
            break
        if starts is None and t.group()[0].isupper() and p.name.match(text, q):
            break  # role after a name: the next person of a list starts here
        lw = t.group().lower()
        last = f"{last} {lw}" if last is not None and f"{last} {lw}" in _UNIT_WORDS else lw
        pos = end = t.end()
        n += 1
    return end, None, last, n


def _place_split(text: str, q: int, syl: list[str]) -> int:
    """How many syllables of the candidate at ``q`` end a place begun by the word before it
    (``Huyện ủy Mai | Châu Hà Văn Nam``: 1), when a full name of two syllables or more remains."""
    j = q
    while j > 0 and text[j - 1] in " \t\u00a0":
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    prev = text[k:j]
    if not prev[:1].isupper() or j == q:
        return 0
    for n in range(len(syl) - 2, 0, -1):
        if places.known_name(" ".join([prev, *syl[:n]])) and syl[n] in places.SURNAMES:
            return n
    return 0


def _role_after(text: str, end: int) -> str | None:
    """``…, Chủ tịch UBND Quận 2`` / `` - Giám đốc Sở …`` / ``(Phó Bí thư …)`` right after a name."""
    p = _pat()
    m = p.after_role.match(text, end)
    if not m:
        return None
    h = p.title_at.match(text, m.end())
    if h is None:
        return None
    stop, _, _, _ = _walk(text, h.end(), None, _MAX_ROLE_TOKENS)
    return text[m.end():stop].rstrip(" ,-–&") or None


def _bad_name(cand: str) -> bool:
    d = _data()
    if any(s in d.not_syllables for s in cand.split()):
        return True
    # `cand` is a listed name or starts with one and a space
    if cand in d.not_names:
        return True
    i = cand.find(" ")
    while i > 0:
        if cand[:i] in d.not_names:
            return True
        i = cand.find(" ", i + 1)
    return False


_BYLINE_CUT = regex.compile(r"\(|/|(?<=\s)(?:Theo|Nguồn|Ảnh)(?=[\s:])")
_BYLINE_LEAD = regex.compile(r"\s*(?:Theo|Bài(?:\s+và\s+ảnh)?|Bài,\s*ảnh|Tin,\s*ảnh)\s*:?\s+")
_BYLINE_PART = regex.compile(r"[^,;\-–]+")


def _bylines(text: str, spans: Any) -> list[Hit]:
    out: list[Hit] = []
    if not isinstance(spans, (list, tuple)):
        return out
    for span in spans:
        try:
            a, b = max(0, int(span[0])), min(len(text), int(span[1]))
        except (TypeError, ValueError, IndexError):
            continue
        seg = text[a:b]
        cut = len(seg)
        m = _BYLINE_CUT.search(seg)
        if m and m.start() > 0:
            cut = m.start()
        lead = _BYLINE_LEAD.match(seg)
        seg_start = lead.end() if lead else 0
        for part in _BYLINE_PART.finditer(seg[seg_start:cut]):
            s = part.group()
            core = s.strip()
            if not _credited_name(core):
                continue
            ps = a + seg_start + part.start() + (len(s) - len(s.lstrip()))
            out.append(_hit(ps, ps + len(core), core, None, BYLINE_PRIORITY))
    return out


# (`(?<!\w)` checked after the `Ả`: the pattern then starts with a literal, which `re` skips to)
_PHOTO = re.compile(rf"Ả(?<!\wẢ)nh(?:{_WS}+minh{_WS}+họa)?{_WS}*:{_WS}*([^\n/()\-–,;.]+)")


def _credited_name(core: str) -> bool:
    """Whether a piece of a byline or photo credit is a name (not an outlet, ``PV``, ``Theo``…)."""
    d = _data()
    return bool(core) and _pat().byline_name.fullmatch(core) is not None and core.lower() not in d.byline_not \
        and not any(w.lower() in d.byline_not for w in core.split())


def _photo_credits(text: str) -> list[Hit]:
    """Photo credits (``Ảnh: Minh Anh``): the name, role ``photo credit``; outlets and ``PV`` are not names."""
    out: list[Hit] = []
    for m in _PHOTO.finditer(text):
        core = m.group(1).strip()
        if core.isupper() or not _credited_name(core):
            continue
        s = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        out.append(_hit(s, s + len(core), core, "photo credit", BYLINE_PRIORITY))
    return out


def _antecedent(fulls: list[Hit], pos: int, honorific: str) -> Hit:
    """Of the full names sharing a given name, the one a short mention at ``pos`` refers to: named
    last before it (else first after), a woman's name (``Thị``) for ``bà``, a man's for ``ông``."""
    before = [x for x in fulls if x.start < pos] or fulls[:1]
    if honorific in ("ông", "anh"):
        before = [x for x in before if "Thị" not in x.fields["name"].split()] or before
    elif honorific in ("bà", "chị"):
        before = [x for x in before if "Thị" in x.fields["name"].split()] or before
    return before[-1]


def _open_mentions(text: str, heads: list[tuple[int, int, str | None]], hits: dict[int, Hit]) -> None:
    """``ông Donald Trump``, ``bà Thi Thị Lan``, ``ông Tuấn Anh``: a run of 2-5 capitalised
    syllables right after an open honorific (``open_honorifics``) is a person whatever its first
    syllable, unless it is a title, a body word or a known place. A run that ends a full name found
    in the text is a later mention of it (its name and role, priority -1)."""
    p, d = _pat(), _data()
    taken = [(hh.start, hh.end) for hh in hits.values()]
    fulls: list[Hit] | None = None
    for h_start, h_end, h_hon in heads:
        if h_hon is None or h_hon not in d.open_honorifics:
            continue
        m = p.open_run.match(text, h_end)
        if not m:
            continue
        s, e = m.span("n")
        if any(a < e and s < b for a, b in taken):
            continue
        cand = m.group("n")
        if _bad_name(cand) or p.title_at.match(text, s) or places.known_name(cand):
            continue
        syl = cand.split()
        if places.known_name(" ".join(syl[:2])) or (len(syl) > 4 and (syl[0] in d.common or syl[0] in d.rare)):
            continue  # a Vietnamese name has at most 4 syllables: a longer run lost its full stop
        if h_hon[0].isupper() and not _clause_start(text, h_start):
            continue  # `núi Bà Đen`, `Bà Nà Hills`, `Hoàng Anh Gia Lai`
        if p.not_before.search(text[max(0, h_start - 40):h_start]):
            continue  # `đường Ông Ích Khiêm`
        if fulls is None:
            fulls = sorted((hh for hh in hits.values() if hh.priority == 0), key=lambda x: x.start)
        tail = " " + cand
        same = [x for x in fulls if x.fields["name"].endswith(tail)]
        if same:
            full = _antecedent(same, s, h_hon.lower())
            hits[s] = _hit(s, e, full.fields["name"], full.fields["role"], -1)
        else:
            hits[s] = _hit(s, e, cand, _role_after(text, e))
        taken.append((s, e))


def _names(text: str) -> dict[int, int]:
    """Start -> end of every match of the name pattern (``finditer(text, overlapped=True)``),
    tried only where a family name starts or a capital stands before an apostrophe."""
    name = _pat().name
    at = places.head_starts(text)["people.name"]
    glued = [i - 1 for a in "'’" if a in text for i in _offsets(text, a) if i]
    cands: dict[int, int] = {}
    for q in sorted({*at, *glued}) if glued else at:
        m = name.match(text, q)
        if m is not None:
            cands[q] = m.end()
    return cands


def find(text: str, ctx: Context | None = None) -> list[Hit]:
    """Person hits in ``text``, in text order (see the module docstring)."""
    p, d = _pat(), _data()
    cands = _names(text)
    for m in p.foreign.finditer(text):  # `Tổng thống Joe Biden`, `Thủ tướng Nhật Bản Fumio Kishida`
        if _foreign_name(m.group()):
            cands.setdefault(m.start(), m.end())
    hits: dict[int, Hit] = {}
    heads = _heads(text)
    for h_start, h_end, h_hon in heads:
        is_hon = h_hon is not None
        _, q, last, n = _walk(text, h_end, cands, 0 if is_hon else _MAX_ROLE_TOKENS)
        if q is None:
            continue
        e = cands[q]
        cand = text[q:e]
        syl = cand.split()
        shift = _place_split(text, q, syl) if n else 0
        if shift:
            # `Bí thư Huyện ủy Mai Châu Hà Văn Nam`: the role's last word and the first syllables make a
            # place (`Mai Châu`); the name is what follows
            q = q + len(" ".join(syl[:shift])) + 1
            cand, syl = text[q:e], syl[shift:]
        direct = n == 0
        if _bad_name(cand) and not (direct and not is_hon and cand == d.uncle["name"]):
            continue
        if (syl[0] in d.rare and not direct and syl[0] not in d.rare_after_role and not shift) or last in _STREET_WORDS:
            continue
        if last in _UNIT_WORDS and len(syl) < 3:
            continue
        role = None if is_hon else text[h_start:q].rstrip(" ,\t\u00a0") or None
        role = role or _role_after(text, e)
        prev = hits.get(q)
        if prev is None or (role and len(role) > len(prev.fields["role"] or "")):
            hits[q] = _hit(q, e, cand, role)
    # free-standing full names
    taken = sorted((hh.start, hh.end) for hh in hits.values())
    for s, e in cands.items():
        if s in hits:
            continue
        cand = text[s:e]
        syl = cand.split()
        if any(a < s < b for a, b in taken) or _bad_name(cand):
            continue
        if len(syl) < 3 or syl[0] not in d.common:
            # the next name of a list (`các đại biểu Lê Thị Hồng, Đinh Văn Sơn và K'Bình`)
            i = bisect_right(taken, (s, s)) - 1
            if i < 0 or not _RX_LIST_JOIN.fullmatch(text, taken[i][1], s):
                continue
            hits[s] = _hit(s, e, cand, None)
            insort(taken, (s, e))
            continue
        before = text[max(0, s - 40):s]
        if p.not_before.search(before):
            continue
        prev_tok = re.search(r"(\S+)" + _WS + r"+$", before)
        if prev_tok and prev_tok.group(1)[0].isupper() and prev_tok.group(1)[-1].isalnum():
            continue  # glued to a longer proper noun (``Công ty Luyện kim Trần …`` is not caught)
        hits[s] = _hit(s, e, cand, _role_after(text, e))
        insort(taken, (s, e))
    _open_mentions(text, heads, hits)
    # Bác Hồ
    cue = d.uncle["cue"]
    if cue in text:
        for m in p.uncle.finditer(text):
            hits.setdefault(m.start(1), _hit(m.start(1), m.end(1), d.uncle["name"], cue, -1))
    # later short mentions: ``ông Hưng`` after ``… Nguyễn Phước Hưng``
    # (the full name named last before the mention, of the sex the honorific says, wins)
    given: dict[str, list[Hit]] = {}
    role_of: dict[str, str] = {}
    for hh in sorted(hits.values(), key=lambda x: x.start):
        syl = hh.fields["name"].split()
        if len(syl) >= 2 and hh.priority == 0:
            given.setdefault(syl[-1], []).append(hh)
            if hh.fields["role"] and hh.fields["name"] not in role_of:
                role_of[hh.fields["name"]] = hh.fields["role"]
    if given:
        spans = [(hh.start, hh.end) for hh in hits.values()]
        for _, h_end, h_hon in heads:
            if h_hon is not None and h_hon not in d.short_cues:
                continue
            m = p.short_name.match(text, h_end)
            if not m or m.group("n") not in given:
                continue
            s, e = m.span("n")
            if any(a < e and s < b for a, b in spans):
                continue
            full = _antecedent(given[m.group("n")], s, (h_hon or "").lower())
            hits[s] = _hit(s, e, full.fields["name"], full.fields["role"] or role_of.get(full.fields["name"]), -1)
    if "Ảnh" in text:
        for b in _photo_credits(text):
            if not any(hh.start < b.end and b.start < hh.end for hh in hits.values()):
                hits[b.start] = b
    if ctx is not None:
        for b in _bylines(text, ctx.extras.get("byline_spans")):
            if not any(hh.start < b.end and b.start < hh.end for hh in hits.values()):
                hits[b.start] = b
    return sorted(hits.values(), key=lambda x: (x.start, x.end))
