"""Cut a normalised article into typed blocks and sentences, and read its masthead.

Vietnamese news pages, once scraped to text, come in many shapes: series + title + byline +
share buttons + lead (``Kinhtedothi - Ngày 30/12, …``), title + lead + body, one giant line
with captions glued into it, sentence-per-line bodies with the captions repeated at the end.
:func:`segment` recognises those shapes with line-level heuristics and precompiled regexes
(no word segmenter, no model) and returns offsets into the text it was given.

Every non-blank line belongs to exactly one block (a line is a block unless a photo credit
glued to the next paragraph splits it); blocks never span a line break. Sentences never cross
a block. Language data (abbreviations, share-button labels, credit words, outlet names…) lives
in ``data/vi/segment.yaml``.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from ..data import load

__all__ = ["BLOCK_KINDS", "BlockSpan", "SentenceSpan", "Segmentation", "segment", "split_sentences"]

BLOCK_KINDS = ("title", "series", "byline", "lead", "heading", "paragraph", "caption", "boilerplate")

_MAX_CAPTION = 300  # longest caption (chars) we accept before a credit or as a repeated line
_MAX_HEADING_CHARS = 160
_MAX_HEADING_WORDS = 25
_MAX_TITLE_CHARS = 250
_MAX_TITLE_WORDS = 45
_MASTHEAD_REACH = 8  # pieces from the top where a date line still counts as the masthead's
_TAIL_REACH = 10  # pieces from the bottom searched for a closing byline


@dataclass(frozen=True)
class BlockSpan:
    """One block: ``text[start:end]`` is stripped; ``duplicate_of`` is the index of the earlier
    block with the same text (a caption repeated as alt text)."""

    kind: str
    start: int
    end: int
    duplicate_of: int | None = None


@dataclass(frozen=True)
class SentenceSpan:
    """One sentence, inside block number ``block``."""

    start: int
    end: int
    block: int


@dataclass(frozen=True)
class Segmentation:
    """Blocks and sentences in text order, and the masthead parts found (exact block strings,
    except ``source``: the outlet named at the head of the lead or in a closing ``Theo …``)."""

    blocks: list[BlockSpan]
    sentences: list[SentenceSpan]
    title: str | None = None
    series: str | None = None
    author: str | None = None
    source: str | None = None
    published: dt.date | None = None


# --------------------------------------------------------------------------------------------
# Language data
# --------------------------------------------------------------------------------------------

_LIST_KEYS = (
    "abbreviations", "roman_context", "ui_tokens", "boilerplate_prefixes", "credit_words",
    "credit_phrases", "credit_lowercase", "sentence_starters", "byline_stopwords",
    "byline_prefixes", "outlets", "not_outlets", "weekdays", "date_labels",
)


@cache
def _data() -> dict[str, tuple[str, ...]]:
    """Load and validate ``data/vi/segment.yaml`` once."""
    return _validate(load("segment.yaml"))


def _validate(raw: object) -> dict[str, tuple[str, ...]]:
    """Check the parsed YAML: every list present, non-empty, of stripped NFC strings, no repeats."""
    if not isinstance(raw, dict):
        raise ValueError("segment.yaml: top level must be a mapping")
    missing = [k for k in _LIST_KEYS if k not in raw]
    if missing:
        raise ValueError(f"segment.yaml: missing lists {missing}")
    out: dict[str, tuple[str, ...]] = {}
    for key in _LIST_KEYS:
        items = raw[key]
        if not isinstance(items, list) or not items:
            raise ValueError(f"segment.yaml: {key} must be a non-empty list")
        seen: set[str] = set()
        for item in items:
            if not isinstance(item, str) or not item.strip() or item != item.strip():
                raise ValueError(f"segment.yaml: {key}: bad entry {item!r}")
            if unicodedata.normalize("NFC", item) != item:
                raise ValueError(f"segment.yaml: {key}: {item!r} is not NFC")
            if item in seen:
                raise ValueError(f"segment.yaml: {key}: duplicate {item!r}")
            seen.add(item)
        out[key] = tuple(items)
    return out


def _alt(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _prefix_free(words: list[str]) -> tuple[str, ...]:
    """``words`` without repeats and without any word that starts with another of them: every
    place where one of ``words`` is written is still a place where one of the result is."""
    uniq = sorted(set(words), key=len)
    out: list[str] = []
    for w in uniq:
        if not any(w.startswith(p) for p in out):
            out.append(w)
    return tuple(out)


@dataclass(frozen=True)
class _Patterns:
    abbreviations: frozenset[str]
    credit_gate: re.Pattern[str]  # a capitalised credit word or a credit phrase
    credit_word: re.Pattern[str]  # a credit word
    glue_literals: tuple[str, ...]  # what a `glue` match starts with (none the prefix of another)
    roman_context: frozenset[str]
    starters: frozenset[str]
    outlets: frozenset[str]
    not_outlets: frozenset[str]
    boundary: regex.Pattern[str]
    token_before: regex.Pattern[str]
    token_back: regex.Pattern[str]  # token_before without ``$``, matched backwards
    initials: regex.Pattern[str]
    list_marker: regex.Pattern[str]
    line: regex.Pattern[str]
    ui_line: regex.Pattern[str]
    bp_prefix: regex.Pattern[str]
    no_alnum: regex.Pattern[str]
    date_line: regex.Pattern[str]
    caption_end: regex.Pattern[str]
    glue: regex.Pattern[str]
    credit_tail: regex.Pattern[str]
    captok: regex.Pattern[str]
    byline: regex.Pattern[str]
    byline_group: regex.Pattern[str]
    byline_stop: regex.Pattern[str]
    name_token: regex.Pattern[str]
    lead_prefix: regex.Pattern[str]
    outlet_like: regex.Pattern[str]
    tail_glue: regex.Pattern[str]
    word: regex.Pattern[str]


@cache
def _patterns() -> _Patterns:
    d = _data()
    ws = r"[^\S\n]"
    # sentence boundaries ---------------------------------------------------------------------
    # (every match starts with one of _BOUNDARY_CHARS: keep them in step, see ``_boundaries``)
    boundary = regex.compile(
        r"(?:\./\.|[.!?…]+)[\"”’'»)\]]*(?=" + ws + r"+[\"“‘'«(\[]?[\p{Lu}\d])"
        r"|(?<=[\p{Ll}\d][\p{Ll}\d])\.(?=\p{Lu}\p{Ll})"
    )
    token_before = regex.compile(r"[^\s(\[“\"‘'«]+$")
    token_back = regex.compile(r"[^\s(\[“\"‘'«]+", regex.REVERSE)
    initials = regex.compile(r"(?:\p{Lu}\.)*\p{Lu}")
    list_marker = regex.compile(r"\d{1,2}|[IVXivx]{1,4}|[a-zđ]")
    # lines ------------------------------------------------------------------------------------
    sep = r"[\s|•·/,:;»›>-]*"
    ui_line = regex.compile(
        r"^(?:" + sep + r"(?:" + _alt(d["ui_tokens"]) + r")(?:\s*\(\d+\))?)+" + sep + r"$",
        regex.IGNORECASE,
    )
    bp_prefix = regex.compile(r"^(?:" + _alt(d["boilerplate_prefixes"]) + r")\s*:", regex.IGNORECASE)
    no_alnum = regex.compile(r"^[^\p{L}\p{N}]*$")
    time = r"\d{1,2}\s*[:hg]\s*\d{2}(?:\s*(?:AM|PM|SA|CH))?"
    gmt = r"(?:\s*\(?\s*GMT\s*[+]\s*0?7(?::00)?\s*\)?)"
    date = (
        r"(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
        r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*(?:,\s*|\s+năm\s+)(?P<y2>\d{4})"
        r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
    )
    dsep = r"\s*[,|–—-]?\s*"
    wd = r"(?:" + _alt(d["weekdays"]) + r")"
    date_line = regex.compile(
        r"^(?:(?:" + _alt(d["date_labels"]) + r")\s*:?\s*)?"
        r"(?:" + wd + dsep + r")?"
        r"(?:(?:lúc\s+)?" + time + gmt + r"?" + dsep + r")?"
        r"(?:" + wd + dsep + r")?"
        r"(?:ngày\s+)?" + date +
        r"(?:" + dsep + r"(?:lúc\s+)?" + time + r")?" + gmt + r"?\s*$",
        regex.IGNORECASE,
    )
    # credits -----------------------------------------------------------------------------------
    cw_all = _alt(d["credit_words"])
    cw_cap = _alt([w for w in d["credit_words"] if w[0].isupper()])
    cp = _alt(d["credit_phrases"])
    cl = _alt(d["credit_lowercase"])
    bnd = r"(?<=^" + ws + r"*|[.)!?\"”’»…]" + ws + r"+|" + ws + r"[-–—|]" + ws + r"*|," + ws + r"*)"
    namech = r"(?:\p{Lu}\.|\.(?=[\p{L}\p{N}])|[^.!?\n])"
    captok = r"(?:\p{Lu}[\p{L}\p{N}]*(?:\.[\p{L}\p{N}]+)*\.?|(?:\p{Lu}\.)+|\d+)"
    caption_end = regex.compile(
        r"(?:\(\s*(?:" + cw_all + r"|" + cp + r")(?=[\s:)])[^()\n]{0,80}\)"
        r"|" + bnd + r"(?:" + cw_cap + r")" + ws + r"*:" + ws + r"*(?:\p{Lu}|\d|" + cl + r")" + namech + r"{0,59}?"
        r"|" + bnd + r"(?:Ảnh|ẢNH)" + ws + r"+" + captok + r"(?:" + ws + r"*[-/&]?" + ws + r"*" + captok + r"){0,4}"
        r"|" + bnd + r"(?:" + cp + r"))"
        r"\.?" + ws + r"*$",
        regex.MULTILINE,
    )
    glue = regex.compile(
        r"(?P<paren>\(\s*(?:" + cw_all + r"|" + cp + r")(?=[\s:)])[^()\n]{0,80}\))"
        r"|" + bnd + r"(?P<phrase>" + cp + r")(?![\p{L}])"
        r"|" + bnd + r"(?P<word>" + cw_cap + r")" + ws + r"*:" + ws + r"*",
        regex.MULTILINE,
    )
    credit_tail = regex.compile(
        r"(?:[.,]" + ws + r"*|" + ws + r"+)(?:(?:" + cp + r")(?![\p{L}])|(?:" + cw_all + r")" + ws + r"*:?"
        + ws + r"*(?:" + cl + r"|" + captok + r"(?:" + ws + r"+" + captok + r"){0,3}))"
    )
    # bylines -------------------------------------------------------------------------------------
    name_tok = r"(?:\p{Lu}[\p{Ll}\p{Lu}]*(?:\.\p{Lu}[\p{Ll}\p{Lu}]*)*|(?:\p{Lu}\.)+\p{Lu}?|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|VN|com|net|org))"
    name = name_tok + r"(?:" + ws + r"+" + name_tok + r"){0,5}"
    bp = _alt(d["byline_prefixes"])
    byline = regex.compile(
        r"^(?P<prefix>(?:" + bp + r")" + ws + r"*:?" + ws + r"+)?(?P<names>" + name
        + r"(?:" + ws + r"*(?:[-–,/&]|và)" + ws + r"*" + name + r"){0,3})"
        r"(?:" + ws + r"*\([^()\n]{1,30}\))?$"
    )
    byline_group = regex.compile(r"^Nhóm" + ws + r"+(?:PV|phóng viên)\b[^\n]{0,30}$")
    byline_stop = regex.compile(r"^(?:" + _alt(d["byline_stopwords"]) + r")(?![\p{L}\p{N}])")
    name_token = regex.compile(name_tok)
    # lead outlet ---------------------------------------------------------------------------------
    domain = r"[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|VN|com|net|org|info)"
    acr = r"\p{Lu}[\p{Lu}&+]{1,6}(?:" + ws + r"(?:Online|online|News))?"
    camel = r"[A-Z][a-z]{6,}(?:[A-Z][a-z]+)?"
    lead_prefix = regex.compile(
        r"(?:\(" + ws + r"*(?P<p>[^()\n]{2,40}?)" + ws + r"*\)" + ws + r"*(?P<pdash>[-–—:]" + ws + r"*)?"
        r"|(?P<n>" + _alt(d["outlets"]) + r"|" + domain + r"|" + acr + r"|" + camel + r")" + ws + r"*[-–—]" + ws + r"+)"
        r"(?=[\"“]?[\p{Lu}\d])"
    )
    outlet_like = regex.compile(r"^(?:" + domain + r"|" + acr + r")$")
    tail_glue = regex.compile(
        r"(?<=[.!?…\"”)]|\./\.)" + ws + r"+(?P<name>" + captok + r"(?:(?:" + ws + r"+|" + ws + r"*[-–/]" + ws + r"*)"
        + captok + r"){0,7}(?:" + ws + r"*\([^()\n]{1,25}\))?)" + ws + r"*$"
    )
    return _Patterns(
        abbreviations=frozenset(d["abbreviations"]),
        credit_gate=re.compile("|".join(re.escape(w) for w in
                                        [w for w in d["credit_words"] if w[0].isupper()] + list(d["credit_phrases"]))),
        credit_word=re.compile("|".join(re.escape(w) for w in d["credit_words"])),
        glue_literals=_prefix_free(["("] + [w for w in d["credit_words"] if w[0].isupper()] + list(d["credit_phrases"])),
        roman_context=frozenset(d["roman_context"]),
        starters=frozenset(d["sentence_starters"]),
        outlets=frozenset(d["outlets"]),
        not_outlets=frozenset(d["not_outlets"]),
        boundary=boundary, token_before=token_before, token_back=token_back, initials=initials, list_marker=list_marker,
        line=regex.compile(r"[^\n]+"), ui_line=ui_line, bp_prefix=bp_prefix, no_alnum=no_alnum,
        date_line=date_line, caption_end=caption_end, glue=glue, credit_tail=credit_tail,
        captok=regex.compile(captok), byline=byline, byline_group=byline_group,
        byline_stop=byline_stop, name_token=name_token, lead_prefix=lead_prefix,
        outlet_like=outlet_like, tail_glue=tail_glue, word=regex.compile(r"\S+"),
    )


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

def _real_boundary(text: str, m: regex.Match[str], start: int, pat: _Patterns) -> bool:
    """False when the dot at ``m`` closes an abbreviation, an initial or a list marker."""
    punct = m.group()
    if punct != ".":
        return True
    d = m.start()
    lo = max(start, d - 40)
    # the run of token characters ending at the dot, matched backwards (what the forward search
    # ``token_before`` finds, without trying every start); ``$`` also matches before a final
    # newline, so a newline right before the dot takes the plain search
    tb = pat.token_back.match(text, lo, d) if text[d - 1:d] != "\n" else pat.token_before.search(text, lo, d)
    if tb is None:
        return True
    token = tb.group()
    if token in pat.abbreviations:
        return False
    if token[-1].isupper() and pat.initials.fullmatch(token):  # (every \p{Lu} is isupper())
        if token in ("I", "V", "X"):
            prev = text[max(start, tb.start() - 20):tb.start()].split()
            return bool(prev) and prev[-1] in pat.roman_context
        return False
    if len(token) <= 4 and pat.list_marker.fullmatch(token):
        before = text[start:tb.start()].rstrip()
        if not before or before[-1] in ":;.!?…\"”)":
            return False
    return True


_BOUNDARY_CHARS = ".!?…"  # every ``boundary`` match starts with one of these
_LAST_MARKS: tuple[str, list[int]] = ("", [])  # (text, where _BOUNDARY_CHARS are written in it)
# ASCII characters after which no ``boundary`` match can start at the mark before them: not a mark,
# a closing quote or bracket, ``/`` (``./.``), whitespace other than a line break, nor a capital
# (the ``1.000`` of a number, ``v.v``, a mark at the end of a line)
_NO_BOUNDARY_AFTER = frozenset(c for c in map(chr, range(128))
                               if c not in ".!?\"')]/" and not c.isupper() and (c == "\n" or not c.isspace()))


def _marks(text: str) -> list[int]:
    """Sorted positions of the characters a sentence boundary starts with, found once per text
    (leaving out the marks followed by a character of :data:`_NO_BOUNDARY_AFTER`, or by nothing)."""
    global _LAST_MARKS
    last_text, got = _LAST_MARKS
    if last_text is not text:
        got = []
        find = text.find
        stop = _NO_BOUNDARY_AFTER
        for ch in _BOUNDARY_CHARS:
            i = find(ch)
            while i >= 0:
                if text[i + 1:i + 2] not in stop and i + 1 < len(text):
                    got.append(i)
                i = find(ch, i + 1)
        got.sort()
        _LAST_MARKS = (text, got)
    return got


def _boundaries(text: str, start: int, end: int, pat: _Patterns) -> Iterator[regex.Match[str]]:
    """``pat.boundary.finditer(text, start, end)``, with the pattern tried only where a boundary
    character is written (same resumption after a match; lookbehinds see the text before ``start``
    either way)."""
    marks = _marks(text)
    match = pat.boundary.match
    last = start
    for i in range(bisect_left(marks, start), bisect_left(marks, end)):
        p = marks[i]
        if p < last:
            continue
        m = match(text, p, end)
        if m is not None:
            last = m.end()
            yield m


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pat = _patterns()
    out: list[tuple[int, int]] = []
    s = start
    for m in _boundaries(text, start, end, pat):
        if not _real_boundary(text, m, start, pat):
            continue
        out.append((s, m.end()))
        s = m.end()
    out.append((s, end))
    spans: list[tuple[int, int]] = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]`` (one line or block; offsets into
    ``text``, stripped). Splits after ``.``, ``!``, ``?``, ``…``, ``./.`` (and closing quotes or
    brackets) when a space and an upper-case letter, digit or opening quote follow; never after
    abbreviations (``TP.``, ``ThS.``, ``v.v.``), initials (``N.V.A.``), list markers, inside
    numbers, dates, codes or URLs, nor before a lower-case word."""
    if end is None:
        end = len(text)
    return _sentences(text, start, end)


# --------------------------------------------------------------------------------------------
# Lines and pieces
# --------------------------------------------------------------------------------------------

class _Piece:
    """A candidate block: a whole line or a part of a line split at a glued credit."""

    __slots__ = ("start", "end", "hint", "whole", "date", "kind", "_sents")

    def __init__(self, start: int, end: int, hint: str, whole: bool) -> None:
        self.start = start
        self.end = end
        self.hint = hint  # ui | date | credit | caption | text
        self.whole = whole  # the piece is its whole line
        self.date: dt.date | None = None
        self.kind: str | None = None
        self._sents: tuple[int, int, list[tuple[int, int]]] | None = None

    def sentences(self, text: str) -> list[tuple[int, int]]:
        """``_sentences(text, start, end)``, computed once per span (do not mutate the list)."""
        c = self._sents
        if c is None or c[0] != self.start or c[1] != self.end:
            c = self._sents = (self.start, self.end, _sentences(text, self.start, self.end))
        return c[2]


def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def _lstrip(text: str, a: int, b: int) -> int:
    while a < b and text[a].isspace():
        a += 1
    return a


def _parse_date(m: regex.Match[str]) -> dt.date | None:
    g = m.groupdict()
    for dk, mk, yk in (("d", "m", "y"), ("d2", "m2", "y2"), ("d3", "m3", "y3")):
        if g.get(yk):
            try:
                d = dt.date(int(g[yk]), int(g[mk]), int(g[dk]))
            except ValueError:
                return None
            return d if 1945 <= d.year <= 2100 else None
    return None


def _credit_after(text: str, pos: int, end: int, pat: _Patterns) -> int:
    """Extend a credit at ``pos`` over a following credit (``Ảnh minh họa. Nguồn: internet``)."""
    m = pat.credit_tail.match(text, pos, end)
    return m.end() if m else pos


def _glue_matches(text: str, a: int, e: int, pat: _Patterns) -> Iterator[regex.Match[str]]:
    """``pat.glue.finditer(text, a, e)``, faster: a match starts with ``(``, a credit phrase or a
    capitalised credit word, so ``glue`` is tried only where one of those is written (``match``
    at a position sees the text around it as ``finditer`` does)."""
    starts: set[int] = set()
    for lit in pat.glue_literals:
        i = text.find(lit, a, e)
        while i >= 0:
            starts.add(i)
            i = text.find(lit, i + 1, e)
    last = a
    for x in sorted(starts):
        if x < last:
            continue
        m = pat.glue.match(text, x, e)
        if m is not None:
            yield m
            last = m.end()


def _glued(text: str, a: int, e: int, pat: _Patterns) -> tuple[int, int, int] | None:
    """Find the first credit glued to following text in ``text[a:e]``: returns (caption start,
    credit end, next start), or None."""
    for m in _glue_matches(text, a, e, pat):
        if m.group("paren") is not None:
            cstart = m.start()
            ce = m.end()
            if ce < e and text[ce] == ".":
                ce += 1
        elif m.group("phrase") is not None:
            cstart = m.start()
            ce = _credit_after(text, m.end(), e, pat)
            if ce < e and text[ce] == ".":
                ce += 1
        else:
            cstart = m.start()
            found = _glued_name(text, m.end(), e, pat)
            if found is None:
                continue
            ce, ns = found
            return _caption_start(text, a, cstart, pat), ce, ns
        ns = _lstrip(text, ce, e)
        if ns == ce or ns >= e:
            continue  # nothing follows, or no space: not glued
        nxt = text[ns]
        if nxt in "\"“'" and ns + 1 < e:
            nxt = text[ns + 1]
        if not (nxt.isupper() or nxt.isdigit()):
            continue
        return _caption_start(text, a, cstart, pat), ce, ns
    return None


def _glued_name(text: str, pos: int, e: int, pat: _Patterns) -> tuple[int, int] | None:
    """After ``Ảnh:`` at ``pos``: (credit end, next sentence start) when 1–5 capitalised words
    are followed by a capitalised sentence start; None when unclear."""
    toks: list[tuple[int, int]] = []
    nxt: tuple[int, int] | None = None
    for w in pat.word.finditer(text, pos, min(e, pos + 160)):
        tok = w.group()
        if tok in ("-", "–", "/", "&") or pat.captok.fullmatch(tok) or tok in ("internet", "Internet"):
            toks.append((w.start(), w.end()))
            if len(toks) > 9:
                return None
            if tok.endswith(".") and len(toks) >= 1 and not pat.initials.fullmatch(tok[:-1]):
                ns = _lstrip(text, w.end(), e)
                if ns < e and (text[ns].isupper() or text[ns] in "\"“"):
                    return w.end(), ns
                return None
            continue
        nxt = (w.start(), w.end())
        break
    if not toks or nxt is None:
        return None
    words = [text[s:t] for s, t in toks]
    j = -1
    for i in range(1, len(words)):
        if words[i] in pat.starters:
            j = i
            break
    if j < 0:
        nw = text[nxt[0]:nxt[1]]
        if not (nw[0].islower() or nw[0].isdigit()):
            return None
        j = len(words) - 1
    if j < 1 or not words[j][0].isupper() or words[j - 1] in ("-", "–", "/", "&"):
        return None
    if sum(1 for w in words[:j] if w not in ("-", "–", "/", "&")) > 5:
        return None
    return toks[j - 1][1], toks[j][0]


def _caption_start(text: str, a: int, credit_start: int, pat: _Patterns) -> int:
    """Start of the caption that ends with the credit at ``credit_start``: the start of the last
    sentence before it (or ``a``)."""
    spans = _sentences(text, a, credit_start)
    if not spans:
        return a
    last = spans[-1][0]
    if len(spans) >= 2 and credit_start - last < 3:
        last = spans[-2][0]
    return last


def _line_pieces(text: str, a: int, e: int, pat: _Patterns) -> list[_Piece]:
    line = text[a:e]
    if len(line) <= 120:
        if pat.no_alnum.match(line) or pat.ui_line.match(line) or pat.bp_prefix.match(line):
            return [_Piece(a, e, "ui", True)]
        if len(line) <= 80:
            dm = pat.date_line.match(line)
            if dm:
                d = _parse_date(dm)
                if d is not None:
                    p = _Piece(a, e, "date", True)
                    p.date = d
                    return [p]
    elif pat.bp_prefix.match(line) and len(line) <= 300:
        return [_Piece(a, e, "ui", True)]
    pieces: list[_Piece] = []
    cur = a
    # a credit (`glue`, `caption_end`) needs a capitalised credit word or a credit phrase, or `(`
    # and a credit word: lines with only `ảnh hưởng`, `bản đồ`… skip both scans (either implies
    # a lower-cased credit stem in the line, the test this one replaces)
    has_credit = (pat.credit_gate.search(line) is not None
                  or ("(" in line and pat.credit_word.search(line) is not None))
    while has_credit:
        g = _glued(text, cur, e, pat)
        if g is None:
            break
        cs, ce, ns = g
        if ce - cs > _MAX_CAPTION:
            break
        if cs > cur:
            pieces.append(_Piece(cur, _rstrip(text, cur, cs), "text", False))
        hint = "credit" if _is_credit_only(text, cs, ce, pat) else "caption"
        pieces.append(_Piece(cs, _rstrip(text, cs, ce), hint, False))
        cur = ns
    cm = pat.caption_end.search(text, max(cur, e - 140), e) if has_credit else None
    if cm is not None:
        cstart = cm.start()
        if cstart <= cur:
            pieces.append(_Piece(cur, e, "credit", not pieces))
            return pieces
        cs = cur if e - cur <= 400 else _caption_start(text, cur, cstart, pat)
        if cs > cur:
            pieces.append(_Piece(cur, _rstrip(text, cur, cs), "text", False))
        pieces.append(_Piece(cs, e, "caption", not pieces))
        return pieces
    pieces.append(_Piece(cur, e, "text", not pieces))
    return pieces


def _is_credit_only(text: str, cs: int, ce: int, pat: _Patterns) -> bool:
    m = pat.caption_end.search(text, cs, ce)
    return m is not None and m.start() <= cs


# --------------------------------------------------------------------------------------------
# Shapes
# --------------------------------------------------------------------------------------------

def _ends_open(s: str) -> bool:
    """True when the line has no final sentence punctuation (title/heading shape)."""
    t = s.rstrip("\"”’')]»")
    if not t:
        return False
    return t[-1] not in ".,;:…!?" or (t[-1] in "!?" and t is not s)


def _titleish(text: str, p: _Piece) -> bool:
    s = text[p.start:p.end]
    if p.hint != "text" or len(s) > _MAX_TITLE_CHARS or len(s.split()) > _MAX_TITLE_WORDS:
        return False
    if s[0] in "-+*•–—" or s[0].islower():
        return False
    last = s.rstrip("\"”’')]» ")
    if not last or last[-1] in ".,;:":
        return False
    return len(p.sentences(text)) == 1


def _headingish(text: str, p: _Piece) -> bool:
    s = text[p.start:p.end]
    if p.hint != "text" or len(s) > _MAX_HEADING_CHARS:
        return False
    words = len(s.split())
    if words > _MAX_HEADING_WORDS or s[0] in "-+*•–—" or s[0].islower():
        return False
    last = s.rstrip("\"”’')]» ")
    if not last or last[-1] in ".,;:…":
        return False
    if last[-1] in "!?" and words > 12:
        return False
    return len(p.sentences(text)) == 1


def _bylineish(text: str, p: _Piece, pat: _Patterns, *, tail: bool) -> bool:
    """A short line naming people (``An Thanh``, ``Trung Sơn - Tuyết Nguyễn``, ``Theo
    Chinhphu.vn``, ``H.Y (tổng hợp)``). In the masthead a bare name needs 2–5 words."""
    s = text[p.start:p.end]
    if p.hint != "text" or len(s) > 60:
        return False
    if pat.byline_group.match(s):
        return True
    m = pat.byline.match(s)
    if m is None or pat.byline_stop.match(m.group("names")):
        return False
    if m.group("prefix"):
        return True
    first = regex.split(r"\s*(?:[-–,/&]|\bvà\b)\s*", m.group("names"))[0]
    n = len(pat.name_token.findall(first))
    if n == 1:
        tok = first.strip()
        return tail and (bool(pat.initials.fullmatch(tok.rstrip("."))) or "." in tok
                         or (tok.isupper() and len(tok) <= 6) or tok in pat.outlets)
    return 2 <= n <= 5


def _byline_parts(s: str, pat: _Patterns) -> tuple[str | None, str | None]:
    """(author, source) from a byline line."""
    m = pat.byline.match(s)
    if m is not None and m.group("prefix") and m.group("prefix").strip().rstrip(":").strip() == "Theo":
        rest = m.group("names").strip()
        if rest in pat.outlets or pat.outlet_like.match(rest):
            return None, rest
        return rest, None
    if s in pat.outlets:
        return None, s
    parts = regex.split(r"\s+Theo\s+", s, maxsplit=1)
    if len(parts) == 2:  # "Minh Thư Theo Trí Thức Trẻ/HPG"
        return parts[0], parts[1].split("/")[0].strip() or None
    if "/" in s:  # "Phi Long/VOV.VN"
        tail = s.rsplit("/", 1)[1].strip()
        if tail in pat.outlets or "." in tail:
            return s, tail
    return s, None


def _lead_source(text: str, p: _Piece, pat: _Patterns) -> str | None:
    m = pat.lead_prefix.match(text, p.start, p.end)
    if m is None or m.end() >= p.end:
        return None
    if m.group("p") is not None:
        name = m.group("p").strip()
        if regex.match(r"(?i)(?:ảnh|nguồn|video|clip)\b", name):
            return None
        known = name in pat.outlets or bool(pat.outlet_like.match(name))
        if m.group("pdash") is None and not known:
            return None
        if len(name.split()) > 4:
            return None
        return name
    name = m.group("n").strip()
    if name in pat.not_outlets or name.split()[0] in pat.not_outlets:
        return None
    return name


# --------------------------------------------------------------------------------------------
# Segmentation
# --------------------------------------------------------------------------------------------

def segment(text: str) -> Segmentation:
    """Cut ``text`` (normalised: NFC, ``\\n`` line ends) into typed blocks and sentences and read
    the masthead (title, series, author, source, published date). Offsets index ``text``."""
    pat = _patterns()
    pieces: list[_Piece] = []
    gaps: list[bool] = []  # gaps[i]: a blank line separates piece i from piece i-1
    prev_end = 0
    for lm in pat.line.finditer(text):
        a = _lstrip(text, lm.start(), lm.end())
        e = _rstrip(text, a, lm.end())
        if a >= e:
            continue
        blank = text.count("\n", prev_end, a) >= 2
        new = _line_pieces(text, a, e, pat)
        for k, p in enumerate(new):
            pieces.append(p)
            gaps.append(blank and k == 0)
        prev_end = e
    if not pieces:
        return Segmentation(blocks=[], sentences=[])

    n = len(pieces)
    for p in pieces:
        if p.hint in ("ui", "date", "credit"):
            p.kind = "boilerplate"
        elif p.hint == "caption":
            p.kind = "caption"

    title = series = author = source = None
    published: dt.date | None = None

    def next_text(i: int) -> int | None:
        """Index of the next text piece after ``i``, skipping boilerplate; None at a caption."""
        for j in range(i + 1, n):
            if pieces[j].hint == "text":
                return j
            if pieces[j].kind != "boilerplate":
                return None
        return None

    # masthead: series, title, byline --------------------------------------------------------
    first = next_text(-1)
    masthead_end = -1
    if first is not None and first < _MASTHEAD_REACH and pieces[first].whole and _titleish(text, pieces[first]):
        t = first
        second = next_text(first)
        if second is not None and _titleish(text, pieces[second]) and not _bylineish(text, pieces[second], pat, tail=False):
            third = next_text(second)
            p1, p2 = pieces[first], pieces[second]
            n1 = len(text[p1.start:p1.end].split())
            n2 = len(text[p2.start:p2.end].split())
            if n1 <= 12 and ((third is not None and _bylineish(text, pieces[third], pat, tail=False))
                             or (n2 <= 20 and (p1.end - p1.start) < (p2.end - p2.start))):
                p1.kind = "series"
                series = text[p1.start:p1.end]
                t = second
        pt = pieces[t]
        pt.kind = "title"
        title = text[pt.start:pt.end]
        masthead_end = t
        b = next_text(t)
        if b is not None and not _bylineish(text, pieces[b], pat, tail=False) and _titleish(text, pieces[b]):
            c = next_text(b)
            if c is not None and _bylineish(text, pieces[c], pat, tail=False):
                pieces[b].kind = "heading"  # a subtitle between the title and the byline
                b = c
        if b is not None and _bylineish(text, pieces[b], pat, tail=False):
            pieces[b].kind = "byline"
            author, src = _byline_parts(text[pieces[b].start:pieces[b].end], pat)
            source = source or src
            masthead_end = b

    # lead -------------------------------------------------------------------------------------
    lead_i = next_text(masthead_end) if masthead_end >= 0 else next_text(-1)
    if lead_i is None and masthead_end < 0:
        lead_i = next((i for i, p in enumerate(pieces) if p.hint == "text"), None)
    if lead_i is not None:
        lp = pieces[lead_i]
        src = _lead_source(text, lp, pat)
        if src is not None:
            lp.kind = "lead"
            source = src
        elif title is not None and (not _headingish(text, lp) or len(text[lp.start:lp.end].split()) > 20):
            lp.kind = "lead"
        else:
            lead_i = None

    # published: a date line in the masthead ----------------------------------------------------
    limit = max(_MASTHEAD_REACH, lead_i if lead_i is not None else 0)
    for p in pieces[:limit]:
        if p.hint == "date" and p.date is not None:
            published = p.date
            break

    # a byline glued at the very end of the last line ---------------------------------------------
    last = pieces[-1]
    if last.hint == "text" and last.kind is None and last.end - last.start > 80:
        tg = pat.tail_glue.search(text, max(last.start, last.end - 80), last.end)
        if tg is not None:
            name = tg.group("name")
            ns = tg.start("name")
            if (len(name) <= 50 and not pat.byline_stop.match(name)
                    and (len(name.split()) >= 2 or pat.initials.fullmatch(name.rstrip(".")))
                    and len(_sentences(text, last.start, ns)) >= 1):
                cut = _rstrip(text, last.start, ns)
                nb = _Piece(ns, last.end, "text", False)
                last.end = cut
                last.whole = False
                nb.kind = "byline"
                pieces.append(nb)
                gaps.append(False)
                n += 1

    # closing byline (and the captions some sites print after it) ----------------------------------
    tail_by: int | None = None
    if pieces[-1].kind == "byline":
        tail_by = n - 1
    else:
        for i in range(n - 1, max(-1, n - 1 - _TAIL_REACH), -1):
            p = pieces[i]
            if p.kind in ("title", "series", "byline", "lead"):
                break
            if p.kind == "boilerplate" or p.kind == "caption":
                continue
            if _bylineish(text, p, pat, tail=True):
                after = [j for j in range(i + 1, n) if pieces[j].kind != "boilerplate"]
                if not after or (any(gaps[j] for j in range(i + 1, n))
                                 and all(pieces[j].end - pieces[j].start <= _MAX_CAPTION for j in after)):
                    if any(q.kind in (None, "lead") for q in pieces[:i]):
                        tail_by = i
                break
            if p.end - p.start > _MAX_CAPTION:
                break
    if tail_by is not None:
        bp_ = pieces[tail_by]
        bp_.kind = "byline"
        for j in range(tail_by + 1, n):
            if pieces[j].kind is None:
                pieces[j].kind = "caption"
        if tail_by > 0 and pieces[tail_by - 1].kind is None and _bylineish(text, pieces[tail_by - 1], pat, tail=True):
            pieces[tail_by - 1].kind = "byline"
        for j in (tail_by - 1, tail_by):
            if j >= 0 and pieces[j].kind == "byline" and j != masthead_end:
                a_, s_ = _byline_parts(text[pieces[j].start:pieces[j].end], pat)
                author = author or a_
                source = source or s_

    # a lone credit line makes the short line before it a caption ----------------------------------
    for i, p in enumerate(pieces):
        if p.hint == "credit" and p.whole and i > 0:
            q = pieces[i - 1]
            if q.kind in (None, "heading") and q.whole and q.end - q.start <= _MAX_CAPTION and i - 1 > masthead_end:
                q.kind = "caption"

    # body: headings and paragraphs ------------------------------------------------------------
    for i, p in enumerate(pieces):
        if p.kind is not None:
            continue
        if p.whole and i > 0 and _headingish(text, p):
            j = next_text(i)
            if j is not None or any(q.kind is None or q.kind == "caption" for q in pieces[i + 1:]):
                p.kind = "heading"
                continue
        p.kind = "paragraph"

    # repeated lines (alt text) ------------------------------------------------------------------
    dup: list[int | None] = [None] * n
    seen: dict[str, int] = {}
    for i, p in enumerate(pieces):
        s = text[p.start:p.end]
        j = seen.get(s)
        if j is None:
            seen[s] = i
            continue
        dup[i] = j
        q = pieces[j]
        if q.kind in ("byline", "boilerplate", "caption"):
            p.kind = q.kind
        elif len(s) <= _MAX_CAPTION:
            if q.kind in ("paragraph", "heading"):
                q.kind = "caption"
            p.kind = "caption"
        else:
            p.kind = "paragraph"

    blocks: list[BlockSpan] = []
    sentences: list[SentenceSpan] = []
    for i, p in enumerate(pieces):
        kind = p.kind or "paragraph"
        blocks.append(BlockSpan(kind, p.start, p.end, dup[i]))
        for a, b in p.sentences(text):
            sentences.append(SentenceSpan(a, b, i))
    return Segmentation(blocks=blocks, sentences=sentences, title=title, series=series,
                        author=author, source=source, published=published)
