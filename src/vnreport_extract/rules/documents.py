"""Documents: laws, resolutions, decisions, directives, plans, programmes.

``find(text, ctx)`` returns hits of kind ``document`` with fields ``doc_type`` (``Nghị quyết``,
``Luật``, ``Kế hoạch``…), ``number`` (the code as written without spaces: ``43-NQ/TW``,
``1234/QĐ-UBND``, ``15/2023/NĐ-CP``, a bare ``18``) or None, and ``issuer`` (from the code's
issuer part through a table in ``data/vi/documents.yaml``: ``TW`` -> ``Ban Chấp hành Trung ương``,
``UBND`` -> ``Ủy ban nhân dân``, ``CP`` -> ``Chính phủ``…; else from ``của <body>`` right after the
span; else the type's usual issuer: ``Nghị định`` -> ``Chính phủ``, ``Luật`` -> ``Quốc hội``).
An issue date (``ngày 24/1/2022``) is not part of the span and not recorded.

Shapes:

* type + (``số``) + code: ``Nghị quyết số 43-NQ/TW``, ``Chỉ thị 40 – CT/TW``, ``Nghị định 18``
  (a bare number not followed by a unit: ``Kế hoạch 5 năm`` has no number).
* type + event: ``Nghị quyết Đại hội Đảng bộ quận lần thứ IV`` (the span covers the event, which
  ``events.py`` reports separately).
* type + ``của`` + a capitalised body when nothing else follows: ``Nghị quyết của HĐND TP``.
* type + a quoted or written name up to a stop word, punctuation or ``max_name_words``:
  ``Luật Ngân sách Nhà nước``, ``Kế hoạch phát triển kinh tế - xã hội 5 năm``, ``Chương trình giáo
  dục phổ thông 2018``, ``nghị quyết về việc điều chỉnh dự toán``.
* A report-like type (``Báo cáo``, ``Kết luận``, ``Thông báo``: ``coded`` in the data) needs a code
  or a quoted title: ``Báo cáo của UBND tỉnh``, ``Kết luận phiên họp`` are no documents.
* A type that is also a verb or common noun (``quyết định``, ``kế hoạch``, ``báo cáo``) needs a
  capital letter or a code; in lower case only noun types with a code, ``về …`` or a capitalised
  name count. A type after a number or quantifier (``5 Chỉ thị``, ``các nghị quyết``) or inside a
  body name (``Bộ Kế hoạch và Đầu tư``) is no document; nor is a bare type (``Nghị quyết này``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from . import places
from .base import Context, Hit
from .bodies import _data as _bodies_data
from .events import _spans as _event_spans
from .events import event_end_at
from .numbers import load_yaml
from .people import _data as _people_data
from .people import case_variants, trie_regex
from ..data import word_list

__all__ = ["find", "issuer_from_code"]

_WS = r"[ \t\u00a0]"
_SPACES = re.compile(_WS + "*")
_TOKEN = re.compile(r"[^\W_][\w.&'/]*(?<!\.)|[-–]")
_CODE = re.compile(
    rf"{_WS}+(?:số{_WS}*)?(?P<code>\d+[a-z]?(?:{_WS}?[/–-]{_WS}?\d{{4}}(?!\d))?"
    rf"(?:{_WS}?[/–-]{_WS}?[A-ZĐ][A-Za-zĐđ0-9&]*)+)(?![\w/])")
_BARE_NUMBER = re.compile(
    rf"{_WS}+(?:số{_WS}*)?(?!(?:19|20)\d\d(?!\d))(?P<code>\d+)(?![\w/%]|[.,]\d)"
    rf"(?!{_WS}*(?:%|tháng|ngày|tuần|quý|giờ|phút|lần|người|tỷ|triệu|nghìn|ngàn|đồng|ha|km|điểm|văn bản)(?!\w))"
    rf"(?!{_WS}+năm(?!\w))")
# `Nghị định số 79 năm 2010`, `Chỉ thị 07 năm 2015`: a number with `số` or of two digits or more,
# then the year of issue (one digit alone is a count: `Kế hoạch 5 năm 2021 - 2025`)
_NUMBER_YEAR = re.compile(
    rf"{_WS}+(?:số{_WS}*(?=\d)|(?=\d\d))(?P<code>\d+){_WS}+năm{_WS}+(?:19|20)\d\d(?![\d/–-])")
_YEAR_END = re.compile(rf"năm{_WS}+(?:19|20)\d\d$")
# a department named by two fields (`phòng Tài chính - Kế hoạch`): the type word is the second field
_DEPT_PAIR = re.compile(rf"[A-ZĐ][^\W\d_]*(?:{_WS}+[^\W\d_]+)?{_WS}*[-–]{_WS}*$")
_CUA = re.compile(rf"{_WS}+của{_WS}+")
_CODED_WORDS = re.compile(rf"(?:{_WS}+[^\W\d_]+){{1,3}}(?={_WS}+số{_WS})")
_QUOTE = re.compile(rf"{_WS}*[“\"]([^”\"\n]{{2,150}})[”\"]")


@dataclass(frozen=True)
class _Type:
    doc_type: str
    noun: bool
    issuer: str | None
    about: bool = True  # a `về …` topic may continue a written name
    coded: bool = False  # only with a code or a quoted title (`Báo cáo số 12/BC-UBND`; not `Báo cáo của …`)


@dataclass(frozen=True)
class _Data:
    types: dict[str, _Type]  # lower-cased surface -> type
    type_re: re.Pattern[str]  # a type word at a word start (``.match``)
    not_after: re.Pattern[str]
    not_before: re.Pattern[str]
    party: dict[str, str]
    state: dict[str, str]
    type_codes: frozenset[str]
    stop: re.Pattern[str]
    issuer_stop: frozenset[str]
    before_lower: re.Pattern[str]
    max_words: int


def _strs(d: dict[str, Any], key: str) -> list[str]:
    return word_list(d, key, "documents.yaml")


@functools.cache
def _data() -> _Data:
    """Load and validate ``data/vi/documents.yaml`` once."""
    d = load_yaml("documents.yaml")
    if not isinstance(d, dict) or not isinstance(d.get("types"), list) or not d["types"]:
        raise ValueError("documents.yaml: types must be a non-empty list")
    types: dict[str, _Type] = {}
    surfaces: set[str] = set()
    for e in d["types"]:
        if not isinstance(e, dict) or not isinstance(e.get("type"), str) or not isinstance(e.get("noun"), bool):
            raise ValueError(f"documents.yaml: bad type entry {e!r}")
        for flag in ("about", "coded"):
            if not isinstance(e.get(flag, flag == "about"), bool):
                raise ValueError(f"documents.yaml: {flag} must be a bool in {e!r}")
        t = _Type(str(e.get("doc_type", e["type"])), e["noun"], e.get("issuer"), e.get("about", True),
                  e.get("coded", False))
        types[e["type"].lower()] = t
        surfaces |= case_variants(e["type"])
    iss = d.get("issuers")
    if not isinstance(iss, dict) or not all(isinstance(iss.get(k), dict) and iss[k] for k in ("party", "state")):
        raise ValueError("documents.yaml: issuers needs party and state tables")
    max_words = d.get("max_name_words")
    if not isinstance(max_words, int) or not 1 <= max_words <= 40:
        raise ValueError("documents.yaml: max_name_words must be an int in 1..40")
    types_alt = trie_regex(surfaces)
    places.register_head_words("documents.type", surfaces)  # where `find` tries `type_re`
    return _Data(
        types=types, type_re=re.compile(rf"(?<![\w/])(?:{types_alt})(?!\w)"),
        not_after=re.compile(rf"(?:{trie_regex(_strs(d, 'not_after'))})(?!\w)"),
        not_before=re.compile(rf"(?:(?<!\w)(?:{trie_regex(_strs(d, 'not_before'))})|\d(?:[\d.,]*\d)?){_WS}+$"),
        party={str(k): str(v) for k, v in iss["party"].items()},
        state={str(k): str(v) for k, v in iss["state"].items()},
        type_codes=frozenset(_strs(d, "type_codes")),
        stop=re.compile(rf"(?:{trie_regex(_strs(d, 'name_stopwords'))})(?!\w)"), max_words=max_words,
        issuer_stop=frozenset(_strs(d, "issuer_stopwords")),
        before_lower=re.compile(rf"(?<!\w)(?:{trie_regex(_strs(d, 'not_before_lower'))}){_WS}+$"),
    )


def issuer_from_code(code: str) -> str | None:
    """The issuing body named by a document code (``43-NQ/TW`` -> ``Ban Chấp hành Trung ương``,
    ``15/2023/NĐ-CP`` -> ``Chính phủ``, ``23/2021/QH15`` -> ``Quốc hội``), or None."""
    d = _data()
    party = re.match(rf"\d+[a-z]?{_WS}?[–-]{_WS}?[A-ZĐ]", code) is not None
    table = d.party if party else d.state
    parts = [re.sub(r"\d+$", "", p) for p in re.split(rf"{_WS}?[/–-]{_WS}?", code) if not p.isdigit()]
    parts = [p for p in parts if p]
    if parts and parts[0] in d.type_codes:
        parts = parts[1:]
    for p in parts:
        if p in table:
            return table[p]
    return None


_EXPAND = (("UBND", "Ủy ban nhân dân"), ("QH", "Quốc hội"), ("HĐND", "Hội đồng nhân dân"), ("TP HCM", "Thành phố Hồ Chí Minh"),
           ("TP.HCM", "Thành phố Hồ Chí Minh"), ("TW", "Trung ương"))


def _body_after(text: str, pos: int, limit: int = 8) -> int:
    """End of a capitalised body phrase starting at ``pos`` (``HĐND TP``, ``Chính phủ``,
    ``Bộ Tài chính``), or ``pos`` when none."""
    end = pos
    n = 0
    hm = _bodies_data().head_re.match(text, pos) or _bodies_data().prefix_re.match(text, pos)
    if hm is not None and text[pos:pos + 1].isupper():
        end, n = hm.end(), hm.group().count(" ") + 1  # `Ban Bí thư`: the body's own form, lower case included
    while n < limit:
        q = _SPACES.match(text, end).end()
        t = _TOKEN.match(text, q)
        if not t:
            break
        w = t.group()
        if not (w[0].isupper() or (n > 0 and w.lower() in _people_data().role_words and w not in "-–&")):
            break
        if n > 0 and w in _data().issuer_stop:
            break  # `Chỉ thị của Thủ tướng Theo số liệu …`: a new clause starts
        end = t.end()
        n += 1
    return end


def _issuer_text(s: str) -> str:
    for a, b in _EXPAND:
        s = re.sub(rf"(?<!\w){re.escape(a)}(?!\w)", b, s)
    return s


_VE_TAIL = re.compile(rf"(?:{_WS}+về(?:{_WS}+việc)?)+$")


def _name_end(text: str, pos: int, about: bool = True) -> tuple[int, bool]:
    """Walk a written name from ``pos``. Returns (end, first word capitalised or ``về``).
    ``about``: whether a ``về …`` topic after the first word belongs to the name."""
    d = _data()
    start = end = pos
    strong = False
    n = 0
    while n < d.max_words:
        q = _SPACES.match(text, pos).end()
        ve = text.startswith("về", q) and not text[q + 2:q + 3].isalpha()
        if ve and n > 0 and not about:
            break  # `Luật Đấu thầu về …`: the law's name ends, the topic is prose
        if not (n > 0 and ve) and d.stop.match(text, q):
            break
        t = _TOKEN.match(text, q)
        if not t:
            break
        w = t.group()
        if n > 0 and w[0].isupper() and (w in d.issuer_stop or d.type_re.match(text, q)):
            break  # `… NTM Tuy nhiên`, `Luật Ngân sách Kết luận thanh tra`: a new clause or document
        pos = t.end()
        n += 1
        if w in "-–":
            if n == 1 or not re.match(rf"{_WS}*[^\W_]", text[pos:pos + 3]):
                break
            continue
        if n == 1 and (w[0].isupper() or w == "về"):
            strong = True
        end = pos
        if text[end - 1].isdecimal() and _YEAR_END.search(text, max(0, end - 12), end):
            break  # `Luật Ngân sách nhà nước năm 2015`: the year closes the name
    if n > 1 and (v := _VE_TAIL.search(text, start, end)) is not None and v.start() > start:
        end = v.start()  # `Nghị quyết … về việc` cut by a stop word: the dangling `về việc` is no name
    return end, strong


# the time that closes a plan's or a strategy's title: `năm 2024`, `giai đoạn 2021-2025`, `5 năm 2021-2025`,
# `đến năm 2030, tầm nhìn đến năm 2045`, `thời kỳ 2021 - 2030, tầm nhìn đến năm 2050`
_Y = r"(?:19|20)\d\d(?!\d)"
_TITLE_TIME = re.compile(
    rf"(?:(?:giai{_WS}+đoạn|thời{_WS}+kỳ|nhiệm{_WS}+kỳ|(?:đến|tới){_WS}+năm|năm){_WS}+)?{_Y}"
    rf"(?:{_WS}*[-–]{_WS}*(?:{_Y}|\d\d(?!\d)))?"
    rf"(?:{_WS}*,{_WS}*tầm{_WS}+nhìn{_WS}+(?:đến|tới){_WS}+năm{_WS}+{_Y})?")
_TITLE_TIME_FIRST = frozenset({"giai", "thời", "nhiệm", "đến", "tới", "năm"})
_TITLE_VERB = re.compile(rf"(?:triển{_WS}+khai|thực{_WS}+hiện|tổ{_WS}+chức)(?!\w)")


def _titled_end(text: str, pos: int, limit: int = 14) -> int | None:
    """End of a title closed by its time, from ``pos`` (after the type word): lower-case words,
    dashes and capitalised names, then the time (``Kế hoạch đầu tư công năm 2024``, ``Chiến lược
    tài chính đến năm 2030, tầm nhìn đến năm 2045``); None when a stop word, punctuation or the word
    limit comes first."""
    d = _data()
    n = 0
    while n <= limit:
        q = _SPACES.match(text, pos).end()
        t = _TOKEN.match(text, q)
        if not t:
            return None
        w = t.group()
        if n and (w.isdecimal() or w in _TITLE_TIME_FIRST):
            tm = _TITLE_TIME.match(text, q)
            if tm is not None:
                return tm.end()
        if not n and (tv := _TITLE_VERB.match(text, q)) is not None:
            pos, n = tv.end(), 1  # `Kế hoạch triển khai công tác … năm 2017`: a plan named by what it carries out
            continue
        if w == "số" and not text[(k := _SPACES.match(text, t.end()).end()):k + 1].isdecimal():
            pos, n = t.end(), n + 1  # `chuyển đổi số`: the word, not the `số` of a code
            continue
        if d.stop.match(text, q) or (n and w[0].isupper() and (w in d.issuer_stop or d.type_re.match(text, q))):
            return None
        pos = t.end()
        n += 1
    return None


def _sentence_start(text: str, s: int) -> bool:
    """Whether ``s`` opens a sentence or a line (where a capital letter says nothing)."""
    return s == 0 or re.search(r"(?:[.!?:…\n]|^)[\s\"“”'‘’]*$", text[max(0, s - 4):s]) is not None


def _inner_title(text: str, he: int, end: int) -> tuple[int, int, str] | None:
    """``Nghị quyết về Kế hoạch đầu tư công năm 2024``: the outer name stopped at ``về`` before a
    capitalised type; the inner document's (start, end, doc_type) when its title closes with a time."""
    if not text[he:end].rstrip().endswith("về"):
        return None
    q = _SPACES.match(text, end).end()
    m = _data().type_re.match(text, q)
    if m is None or not text[q:q + 1].isupper():
        return None
    te = _titled_end(text, m.end())
    if te is None:
        return None
    return q, te, _data().types[" ".join(m.group().split()).lower()].doc_type


def _strong_start(text: str, q: int) -> bool:
    """Whether the word at ``q`` may open a name that `_name_end` calls strong (capitalised or
    ``về``): when not, `_name_end` from just before ``q`` returns ``strong`` False."""
    t = _TOKEN.match(text, q)
    return t is not None and (t.group()[0].isupper() or t.group() == "về")


def _body_starts(ctx: Context | None) -> frozenset[int]:
    """Where the bodies of ``ctx.extras["bodies"]`` (hits or ``(start, end)`` pairs) start."""
    bodies = (ctx.extras.get("bodies") if ctx is not None else None) or []
    return frozenset(b.start if isinstance(b, Hit) else int(b[0]) for b in bodies)


def find(text: str, ctx: Context | None = None) -> list[Hit]:
    """Document hits in ``text``, in text order (see the module docstring)."""
    d = _data()
    events = {s: e for s, e, _ in _event_spans(text)}
    body_starts = _body_starts(ctx)
    out: list[Hit] = []
    last_end = -1
    # `d.type_re.finditer(text)`, tried where the shared head-word scan finds a type word
    for m in places.matches_at(d.type_re, text, places.head_starts(text)["documents.type"]):
        s, he = m.span()
        if s < last_end:
            continue
        if s in body_starts:
            continue  # `Chương trình Phát triển Liên hợp quốc`: a body's name, no programme
        surface = m.group()
        info = d.types[" ".join(surface.split()).lower()]
        lower = surface[0].islower()
        q = _SPACES.match(text, he).end()
        if d.not_before.search(text, max(0, s - 25), s) or _DEPT_PAIR.search(text, max(0, s - 30), s):
            continue
        if d.not_after.match(text, q) and (lower or _sentence_start(text, s) or _titled_end(text, he) is None):
            continue  # `Kế hoạch và Đầu tư`, `kế hoạch tài chính`; not `… Chiến lược tài chính đến năm 2030`
        number: str | None = None
        issuer: str | None = None
        nested: tuple[int, int, str] | None = None
        end = he
        if lower and d.before_lower.search(text, max(0, s - 25), s):
            continue  # `công ty luật …`, `sinh viên luật`: the common noun, no document
        # the three number shapes start with spaces, then `số` or a digit
        numbered = q > he and (text[q:q + 1].isdecimal() or text.startswith("số", q))
        c = (_CODE.match(text, he) or _NUMBER_YEAR.match(text, he) or _BARE_NUMBER.match(text, he)) if numbered else None
        if c is None and info.coded and not _QUOTE.match(text, he):
            # `Kết luận thanh tra số 27/KL-TTT`: a word or two of kind between the type and its code
            w = _CODED_WORDS.match(text, he)
            if w is not None and (not w.group().islower() or "của" in w.group().split()):
                w = None  # `báo cáo của Nghị quyết số 43-NQ/TW`: the code is another document's
            c = _CODE.match(text, w.end()) if w else None
            if c is None:
                continue  # `Báo cáo của Ban Thường trực …`, `Kết luận phiên họp`: a report named by what it is
        if c:
            number = re.sub(r"\s+", "", c.group("code")).replace("–", "-")
            end = c.end()
            issuer = issuer_from_code(number)
        elif lower and not (info.noun and _strong_start(text, q)):
            continue  # a lower-case type needs a code, or a noun type a capitalised name or `về`
        elif q in events and not lower:
            end = events[q]
        elif not lower and (ev := event_end_at(text, q)) is not None and ev > q:
            end = ev
        else:
            qm = _QUOTE.match(text, he)
            cua = _CUA.match(text, he)
            if qm and not lower:
                end = qm.end()
            elif cua and not lower:
                b = _body_after(text, cua.end())
                if b == cua.end():
                    continue
                end = b
                issuer = _issuer_text(text[cua.end():b])
            elif (mid := not _sentence_start(text, s)) and text[q:q + 1].islower() \
                    and (te := _titled_end(text, he)) is not None:
                end = te  # `… về Kế hoạch đầu tư công năm 2024`: a title capitalised mid-sentence, closed by its time
            else:
                end, strong = _name_end(text, he, info.about)
                if end == he:
                    continue
                if " " not in text[q:end].strip() and text[q:q + 1].islower() and d.stop.match(text, _SPACES.match(text, end).end()):
                    continue  # `Đề án đặt ra …`, `Đề án đưa ra …`: one lower-case word then a stop word is a verb
                if lower and not (info.noun and strong):
                    continue
                if not mid and not info.noun and not (strong and text[q:q + 1].isupper()):
                    continue  # `Thông báo về …` opening a sentence is the verb
                inner = _inner_title(text, he, end)
                if inner is not None:
                    nested, end = inner, inner[1]
        if issuer is None:
            cua = _CUA.match(text, end)
            if cua:
                b = _body_after(text, cua.end())
                if b > cua.end():
                    issuer = _issuer_text(text[cua.end():b])
        if issuer is None:
            issuer = info.issuer
        out.append(Hit("document", s, end, {"doc_type": info.doc_type, "number": number, "issuer": issuer}))
        if nested is not None:  # the document named inside this one's title is a record of its own
            out.append(Hit("document", nested[0], nested[1], {"doc_type": nested[2], "number": None, "issuer": None}))
        last_end = end
    return out
