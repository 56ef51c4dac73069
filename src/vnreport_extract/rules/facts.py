"""Indicators and targets: the report's facts, linked from already-resolved numeric and temporal hits.

``link(text, hits, sentences, ctx)`` reads each sentence that holds a numeric hit, value by value:

- a value right after a change verb (``tăng 9,54%``), an attainment verb with a plan word after it
  (``bằng 96% dự toán``), or a restatement (``(tương đương 7,8%)``) is an attribute of the fact opened
  just before it in the sentence;
- any other value may open a fact: its subject is the noun phrase before the verb (``đạt``, ``là``,
  ``ước đạt``, ``tăng``…) with period and scope phrases moved to their own fields, plus the counted noun
  and the words right after the value (``3.597 doanh nghiệp thành lập mới``);
- a value compared with (``(cùng kỳ tăng 8,1%)``, ``so với mức 2,6% năm 2022``, ``cao hơn mức tối thiểu 8%``)
  is no fact: the fact before it stays open for the attributes after it;
- a fact is a ``target`` when a modality cue (``phấn đấu``, ``mục tiêu``, ``chỉ tiêu``…) governs its
  clause, or when its period lies after the year the article reports on; otherwise an ``indicator``,
  ``estimate`` when ``ước``/``dự kiến`` governs it.

A count is a fact in any domain when its subject has an economic or statistical head (``tỷ lệ``,
``năng suất``, ``giường bệnh``…), a reporting verb stands before it (``thu gom``, ``cứng hóa``,
``kết nạp``…), or it changes or attains something; a price per unit of measure (``giá lúa 7.500
đồng/kg``) is one too. Counts of meetings, documents and votes are never facts (``data/vi/facts.yaml``). The hit's span is the
clause from the subject to the last attribute; ``measure``/``goal`` is the numeric hit as a nested record.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Callable

from . import places
from .base import Context, Hit
from .numbers import load_yaml

__all__ = ["link"]

VALUE_KINDS = frozenset({"quantity", "money", "percent", "ratio", "multiplier"})
TIME_KINDS = frozenset({"date", "period"})
SKIP_BLOCKS = frozenset({"caption", "boilerplate", "byline", "series"})

_LIST_KEYS = (
    "estimate_cues", "copulas", "change_increase", "change_decrease", "level_markers", "attainment_verbs",
    "attainment_refs", "restatement_cues", "baseline_heads", "baseline_intro", "modality_cues",
    "modality_blockers", "connectors", "edge_words", "scope_places", "scope_phrases", "non_fact_units",
    "fact_units", "ratio_fact_units", "indicator_count_verbs", "vote_words", "denominators", "tail_stops",
    "economic_heads", "cost_phrases", "future_markers", "not_change_after", "sub_item_openers",
    "list_markers", "result_markers", "not_scope_after", "measure_units", "per_capita", "party_heads", "clause_joins", "count_strong_verbs",
    "change_adverbs", "fact_units_whole", "edge_keep_after", "result_after_cue", "unit_openers", "statistic_heads",
    "price_units", "compared_heads", "abbreviations", "domain_count_verbs", "person_heads", "household_heads",
    "speech_verbs", "plan_document_verbs", "classifiers", "joined_names", "pair_verbs", "reference_cues",
    "share_object_verbs", "planned_cost_heads", "evaluation_results", "goal_count_cues", "expected_level_words",
)
_RX_PAREN = re.compile(r"\([^()]{0,80}\)")
_RX_REF_END = re.compile(r"[,;.()]|\s(?:và|tăng|giảm|so|bằng|đạt|trước|do|nhưng|trong)(?!\w)")
_RX_CAP = re.compile(r"\s(\w)(?=[^\W\d_]*\s)")
_LEVEL = ("xuống", "lên", "còn", "đến", "tới", "mức", "về")
# what may stand between a cost phrase and its amount (`rx["cost_end"]`)
_COST_FILLERS = ("là", "khoảng", "gần", "hơn", "trên", "dưới", "lên tới", "lên đến", "tới", "đến", "ước tính",
                 "dự kiến", "hết", "chừng", "xấp xỉ", "trên dưới")
_RX_LEVEL_END = re.compile(r"(?:\s+(?:" + "|".join(_LEVEL) + r"))+\s*$")
# precompiled one-off patterns; `(?<!\w)` moved after the first letter (`(?<!\w.)`) where a
# pattern opened with it, so that `re` can skip to possible first characters
_RX_DONE_END = re.compile(r"(?:đ(?<!\w.)(?:ã|ược))\s+\S+(?:\s+\S+)?\s*$")  # (?<!\w)(?:đã|được)…
_RX_FROM_END = re.compile(r"t(?<!\w.)ừ\s*$")  # (?<!\w)từ\s*$
_RX_UP_DOWN = re.compile(r"(?<!\w)(tăng|giảm|lên|xuống)(?!\w)")
_RX_UNTIL = re.compile(r"tính\s+(?:đến|tới)(?!\w)")
# an estimate verb opening the sentence governs its first clauses ("Ước tính đến hết tháng 8, …")
_RX_EST_OPEN = re.compile(r"ước(?:\s+tính|\s+thực\s+hiện)?(?!\w)")
def _not_treaty(pattern: str) -> str:
    """A ``_word`` pattern whose ``ước`` is not that of ``hiệp ước``, ``công ước``, ``quy ước`` (the
    look-behinds go after the first character, so that `re` still skips to possible first characters)."""
    head = "ư(?<!\\w.)"
    if head not in pattern:
        raise ValueError("facts.yaml: estimate_cues must hold a cue starting with 'ước'")
    return pattern.replace(head, head + "".join(f"(?<!{b}{w}\\sư)" for w in ("hiệp", "công", "quy")
                                                for b in ("\\W", "^")), 1)
_RX_EST_AFTER = re.compile(r"\s*(?:ước|dự kiến)\s")
_RX_DONE = re.compile(r"(?<!\w)(?:đã|đạt được|hiện nay|hiện tại)(?!\w)")
_RX_TIMES_LEFT = re.compile(r"(?:và\s+|cao\s+|tăng\s+)?")
_RX_SHARE_LEFT = re.compile(r"(?:và\s+)?chiếm(?:\s+tỷ lệ)?")
_RX_PHRASE = re.compile(r"[^,;.()]*?(?=\s+(?:và|do|nhưng|song)\s|[,;.()]|$)")
_RX_OR_LESS = re.compile(r"[^,;.]{0,25}?(?<!\w)trở xuống(?!\w)")
_RX_VOTERS = re.compile(r"\s*(?:số\s+)?(?:đại biểu|phiếu|cử tri)")
_RX_PERIOD_GAP = re.compile(r"\s*(?:trong|vào|của|cả)?\s*(?:năm|kỳ)?\s*")
_RX_DA_SE = re.compile(r"(?:đ(?<!\w.)ã|s(?<!\w.)ẽ)\s+")  # (?<!\w)(?:đã|sẽ)\s+
_RX_COMPARED_END = re.compile(r"(?<!\w)(?:so với|so|với|từ)\s*$")
# between two verbs, an evaluation of the value (đạt khá cao với 97,6%; chiếm tỷ lệ lớn với …)
_RX_EVAL = re.compile(r"(?:\s+(?:khá|rất|cao|thấp|lớn|nhỏ|tương đối|tốt|kết quả|mức|tỷ lệ|tỉ lệ|cao nhất|thấp nhất))+\s*")
# "giảm tỷ lệ X còn Y", "nâng tỷ lệ X lên Y": X is the subject
_RX_RAISE = re.compile(r"(?<!\w)(?:nâng|kéo giảm|giảm|tăng|hạ|đưa)\s+(?!(?:nhẹ|mạnh|khá|thêm|chỉ|xuống|lên|còn|"
                       r"đến|tới|dần|nhanh|đột biến|bình quân|trung bình|đáng kể|được)(?!\w))(?P<x>[^\d,;:()]+?)\s+(?:chỉ\s+)?"
                       r"(?:lên mức|lên|xuống còn|còn|xuống dưới|xuống mức|xuống|về mức)\s*$")
_RAISE_ENDS = ("lên", "còn", "dưới", "mức", "xuống")  # the last words `_RX_RAISE` may end with
_RX_STANDARD = re.compile(r"\s+(?:chuẩn|tiêu chuẩn|danh hiệu)(?!\w)")
_RX_STD_HEAD = re.compile(r"đạt(?=\s+(?:chuẩn|tiêu chuẩn|danh hiệu)(?!\w))")
_RX_WORDS = re.compile(r"[^\W\d_]+")
_AGE_UNITS = ("tuổi", "tháng tuổi")
_RX_LEVEL_NOUN = re.compile(r"(?<!\w)(?:mặt|đồng|công)\s+$")
_RX_SHARE_AFTER = re.compile(r"[^;.]*?(?:đạt|tỷ lệ|tỉ lệ|chiếm|bằng|\()\s*(?:tỷ lệ|tỉ lệ)?[\s\w]{0,12}?\d[\d.,]*\s*%")
_RX_NUM_TOKEN = re.compile(r"(?<!\S)\S*\d\S*(?!\S)")
_RX_MEASURE_HEAD = re.compile(r"\s*(?:tỷ lệ|tỉ lệ|số lượng|tổng số|diện tích|sản lượng)(?!\w)")
_RX_YEAR_GAP = re.compile(r"\(?(?:năm\s+)?(?:19|20)\d\d\)?")
# between a change and the level it reached: "tăng 6,4%, đạt 412.000 tấn", "giảm 2%, còn 1,8%"
_RX_LEVEL_AFTER = re.compile(r"(?:ước\s+|và\s+)?(?:đạt|đạt mức|ước đạt|lên|lên mức|còn|xuống còn|ở mức|là)")
_RX_RELATIVE = re.compile(r"\s(?:có|theo|trong đó)\s")
_APPROX = ("hơn", "gần", "khoảng", "trên", "dưới", "xấp xỉ", "ít nhất", "tối thiểu", "tối đa", "không quá",
           "chừng", "có đến", "có tới", "tới", "đến", "ước khoảng", "vào khoảng", "trên dưới", "ngót", "từ",
           "mức", "con số", "tổng cộng", "tổng số", "tổng")


# ------------------------------------------------------------------------------------------------
# data


def _ordered(words: list[str] | tuple[str, ...]) -> list[str]:
    return sorted(set(words), key=lambda w: (-len(w), w))


def _esc(w: str) -> str:
    return re.escape(w).replace(r"\ ", " ").replace(" ", r"\s+")


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "(?:" + "|".join(_esc(w) for w in _ordered(words)) + ")"


def _lb_alt(words: list[str] | tuple[str, ...], esc: Callable[[str], str] = _esc) -> str:
    r"""``(?<!\w)`` + ``_alt(words)``, written so that `re` can skip to possible first characters:
    the words grouped by first character (in ``_alt`` order within a group, the only order that
    matters), the look-behind checked once after that character. ``esc`` writes a word's pattern
    (character by character: the rest of a word is written on its own)."""
    groups: dict[str, list[str]] = {}
    for w in _ordered(words):
        groups.setdefault(w[0], []).append(esc(w[1:]))
    return "(?:" + "|".join(f"{re.escape(c)}(?<!\\w.)(?:{'|'.join(rs)})" for c, rs in groups.items()) + ")"


def _word(words: list[str] | tuple[str, ...], esc: Callable[[str], str] = _esc) -> str:
    return _lb_alt(words, esc) + r"(?!\w)"


def _esc_joined(w: str) -> str:
    """``_esc`` for a joined name: its dashes and commas may have spaces or not around them."""
    return re.escape(w).replace(r"\ \-\ ", r"\s*[-–]\s*").replace(r",\ ", r",\s*").replace(r"\ ", r"\s+")


def _is_w(c: str) -> bool:
    return c.isalnum() or c == "_"  # `\w` of `re`


#: the 29 characters `\s` matches in a `str` pattern (those `str.isspace` accepts)
_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
           "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


class _TailGate:
    """A cheap necessary condition for an end-anchored pattern (``(?:…token)+\\s*$``) whose last
    token is one of ``tokens``: the text, trailing whitespace stripped, ends with the token's last
    word (its trailing run of word characters) or, for a token ending in punctuation, that character.

    ``floor`` is where a match can start at the earliest: the pattern consumes only whitespace and
    the characters of ``tokens`` and ``extra`` (its other literal words), so no match starts before
    the last other character."""

    def __init__(self, tokens: list[str] | tuple[str, ...], extra: str = "") -> None:
        self.alphabet = "".join(sorted(set("".join(tokens) + extra + _SPACES)))
        self.words: set[str] = set()
        self.chars: set[str] = set()
        for t in tokens:
            if _is_w(t[-1]):
                i = len(t)
                while i > 0 and _is_w(t[i - 1]):
                    i -= 1
                self.words.add(t[i:])
            else:
                self.chars.add(t[-1])
        self.lengths = sorted({len(w) for w in self.words})

    def may_end(self, s: str) -> bool:
        t = s.rstrip()
        if not t:
            return False
        if t[-1] in self.chars:
            return True
        last = t[t.rfind(" ") + 1:]
        if last.isalnum():  # the trailing run of word characters is this last word, whole
            return last in self.words
        n = len(t)
        for k in self.lengths:  # the trailing run of word characters is one of the words
            if k > n:
                break
            if t[n - k:] in self.words and (k == n or not _is_w(t[n - k - 1])):
                return True
        return False

    def floor(self, s: str) -> int:
        """No match of the pattern in ``s`` starts before this offset."""
        return len(s.rstrip(self.alphabet))


def _needles(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Substrings one of which every match of ``_word(words)`` contains: words of the entries, each
    time the one in most entries not yet covered (the longer on a tie)."""
    left = [set(w.split()) for w in words]
    picked: list[str] = []
    while left:
        best = max({x for e in left for x in e}, key=lambda x: (sum(x in e for e in left), len(x), x))
        picked.append(best)
        left = [e for e in left if best not in e]
    return tuple(picked)


def _has_any(s: str, needles: tuple[str, ...]) -> bool:
    """Whether ``s`` contains one of ``needles`` (a cheap test before a search of many words)."""
    for n in needles:
        if n in s:
            return True
    return False


@dataclass(frozen=True)
class _Data:
    words: dict[str, tuple[str, ...]]
    rx: dict[str, re.Pattern[str]]
    gates: dict[str, _TailGate]  # of the end-anchored patterns in ``rx``
    needles: dict[str, tuple[str, ...]]  # of the word-list patterns in ``rx`` (see ``_needles``)
    words_first: frozenset[str]  # the first words of ``connectors`` and ``edge_words`` (see ``_clean``)
    abbreviations: frozenset[str]  # words written with a dot that ends no clause (``tp.``)
    compared_first: tuple[str, ...]  # the first words of ``compared_heads``
    joined_chars: frozenset[str]  # the characters a match of ``rx["joined"]`` may hold, but spaces
    joined_before: dict[str, tuple[str, ...]]  # a boundary character: the words joined names write before it


@functools.cache
def _data() -> _Data:
    raw = load_yaml("facts.yaml")
    if not isinstance(raw, dict):
        raise ValueError("facts.yaml must be a mapping")
    words: dict[str, tuple[str, ...]] = {}
    for key in _LIST_KEYS:
        v = raw.get(key)
        if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
            raise ValueError(f"facts.yaml: {key} must be a non-empty list of non-empty strings")
        words[key] = tuple(" ".join(x.lower().split()) for x in v)
    w = words
    change = w["change_increase"] + w["change_decrease"]
    approx = _word(_APPROX)
    # "giảm nhẹ 8,2%", "tăng bình quân 12,4%/năm": an adverb between the change verb and the value
    adverb = r"(?:\s+" + _alt(w["change_adverbs"]) + r"(?!\w))?"
    # "Chỉ số giá …": an edge word that starts a noun with the word after it is kept
    keep = r"(?!\s+" + _alt(w["edge_keep_after"]) + r"(?!\w))"
    edge = _lb_alt(w["edge_words"]) + r"(?!\w)" + keep
    not_verb = r"(?!\s+" + _alt(w["not_change_after"]) + r"(?!\w))"
    rx = {
        "approx_tail": re.compile(r"(?:\s*(?:" + approx + r"|[-–:(]))+\s*$"),
        # (not the "ước" of "hiệp ước", "công ước", "quy ước")
        "estimate": re.compile(_not_treaty(_word(w["estimate_cues"]))),
        "estimate_strict": re.compile(_not_treaty(_word([c for c in w["estimate_cues"] if c.startswith("ước")]))),
        "copula": re.compile(_word(w["copulas"] + w["estimate_cues"])),
        "verb": re.compile(_word(w["copulas"] + w["estimate_cues"] + change) + not_verb),
        "change_end": re.compile(r"(?:^|(?<=\s))(?:ước\s+|chỉ\s+|cao\s+|lại\s+)?(?P<verb>" + _alt(change)
                                 + r")" + adverb + r"(?:\s+(?P<lvl>" + _alt(w["level_markers"]) + r"))?\s*$"),
        "attr_change": re.compile(r"^(?:và\s+|nhưng\s+|song\s+)?(?:ước\s+|chỉ\s+|cao\s+|lại\s+)?(?P<verb>"
                                  + _alt(change) + r")" + adverb + r"(?:\s+(?P<lvl>" + _alt(w["level_markers"]) + r"))?$"),
        "attr_attain": re.compile(r"^(?:và\s+)?(?:ước\s+)?(?P<verb>" + _alt(w["attainment_verbs"]) + r")$"),
        "restate": re.compile(r"^(?:" + _alt(w["restatement_cues"]) + r")?$"),
        "ref": re.compile(r"^\s*(?P<ref>" + _alt(w["attainment_refs"]) + r")(?!\w)"),
        "baseline": re.compile(r"^[\s)]*(?:" + _alt(w["baseline_intro"]) + r")\s+(?!sánh)(?P<b>[^,;.()\n]+)"),
        "baseline_any": re.compile(_lb_alt(w["baseline_intro"]) + r"\s+(?!sánh)(?P<b>[^,;.()\n]+)"),
        "baseline_head": re.compile(r"^\s*(?P<b>" + _alt(w["baseline_heads"]) + r"[^,;.()\n]*)"),
        "baseline_cut": re.compile(r"\s(?:và|với|do|nhưng|song|trong khi|trong đó|tăng|giảm|bằng|đạt|là|vì|nên|"
                                   r"nhờ|khi|mà|thì|để)\s"),
        "level_between": re.compile(r"^\s*(?:/\s*[^\W\d_]+\s*)?(?:gdp\s+|grdp\s+)?(?:(?:tăng|giảm)\s+)?(?:xuống|lên|đến|tới)(?:\s+(?:còn|mức))?\s*$"),
        "actual_verb": re.compile(r"(?<!\w)(?:đạt|chỉ đạt|đạt được|thực hiện|đã|là)(?!\w)"),
        "modality": re.compile(_word(w["modality_cues"])),
        "blocker_end": re.compile(_word(w["modality_blockers"]) + r"\s*$"),
        "plan_document_end": re.compile(_word(w["plan_document_verbs"]) + r"\s*$"),
        "joined": re.compile(_word(w["joined_names"], _esc_joined)),
        # a character no joined name holds: no name runs over it
        "joined_hard": re.compile("[^" + re.escape("".join(sorted(set("".join(w["joined_names"]) + ",-–")))) + r"\s]"),
        "plan_document": re.compile(_word(w["plan_document_verbs"]) + r"\s+kế\s+hoạch(?!\w)"),
        "body_before": re.compile(r"(?<!\w)(?:sở|bộ|phòng|vụ|cục|ban|ủy ban|uỷ ban|hội đồng)\s*$"),
        "connector_start": re.compile(r"^\s*(?:" + _word(w["connectors"]) + r"[\s,]*)+"),
        "edge_start": re.compile(r"^\s*(?:" + edge + r"\s*)+"),
        "edge_end": re.compile(r"(?:\s*" + _word(w["edge_words"]) + r")+\s*$"),
        "result_after_cue": re.compile(r"[^,;:.()]{0,80}?" + _word(w["result_after_cue"])),
        "scope": re.compile(_lb_alt(w["scope_phrases"]) + r"(?:\s+" + _alt(w["scope_places"])
                            + r")?(?!\w)(?!\s+" + _alt(w["not_scope_after"]) + r"(?!\w))"),
        "vote": re.compile(_word(w["vote_words"])),
        "sub_item": re.compile(r"\s*" + _word(w["sub_item_openers"])),
        "list_marker": re.compile(_word(w["list_markers"])),
        # (not over a bracket: "tăng 4% (nếu không kể …)" is a hypothesis of its own)
        "list_marker_after": re.compile(r"[^,;.(]*" + _word(w["list_markers"])),
        "result": re.compile(_word(w["result_markers"])),
        "per_capita": re.compile(_word(w["per_capita"])),
        "party": re.compile(r"\s*" + _word(w["party_heads"])),
        # "45/47 tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ": the result of an evaluation
        "evaluated": re.compile(r"\s*(?P<e>" + _word(w["party_heads"]) + r"[^,;:()]{0,40}" + _word(w["evaluation_results"]) + ")"),
        "join": re.compile(_word(w["clause_joins"])),
        "strong": re.compile(_word(w["count_strong_verbs"])),
        "domain_verb": re.compile(_word(w["domain_count_verbs"])),
        "future": re.compile(_word(w["future_markers"])),
        "economic": re.compile(_word(w["economic_heads"])),
        "statistic": re.compile(_word(w["statistic_heads"])),
        # "7.500 đồng/kg": money per unit of measure, read right after the amount
        "per_unit": re.compile(r"\s*/\s*" + _word(w["price_units"])),
        # a subject headed by a price: "giá lúa", "giá bán bình quân" (not "giá trị", "giá thành")
        "price": re.compile(r"(?:mức\s+)?giá(?!\w)(?!\s+(?:trị|tiêu dùng|cả|thành|từ)(?!\w))"),
        # the cost phrase must sit right before the amount (fillers only): "với tổng kinh phí khoảng 62 tỷ",
        # never a measure's name that merely starts like one ("giá trị sản xuất ước đạt …")
        "cost_end": re.compile(_word(w["cost_phrases"])
                               + r"(?:\s+(?:" + "|".join(_esc(f) for f in _COST_FILLERS) + r"))*\s*[:]?\s*$"),
        "count_verb": re.compile(_word(w["indicator_count_verbs"])),
        "speech": re.compile(_word(w["speech_verbs"])),
        # "Hộ bà Nguyễn Thị Lan", "ông Trần Văn A": one named household or person (a capital follows)
        "individual": re.compile(r"^\s*(?:" + _alt(w["household_heads"]) + r"\s+)?" + _alt(w["person_heads"])
                                 + r"\s+"),
        # "thấp hơn năm trước 0,4%", "cao hơn cùng kỳ 1,2 điểm phần trăm": a change with its baseline before it
        "compare": re.compile(r"^(?:và\s+|nhưng\s+|song\s+)?(?P<verb>" + _alt(change) + r")\s+(?:so\s+với\s+|so\s+)?"
                              r"(?P<b>(?:[^\W\d_]+\s+){0,4}?" + _alt(w["baseline_heads"]) + r"[^\d,;:()]{0,30}?)\s*$"),
        "denominator": re.compile(r"^\s*" + _word(w["denominators"])),
        "baseline_before": re.compile(r"(?<!\w)so(?:\s+với)?\s+(?P<b>[^\W\d_][^,;:()]{1,60}?)\s+(?:ước\s+)?(?:"
                                      + _alt(change) + r")" + adverb + r"\s*$"),
        # the same period before, with its own change or level: "cùng kỳ tăng", "cùng kỳ năm trước là"
        "compared_head": re.compile(r"^" + _alt(w["compared_heads"]) + r"(?:\s+[^\W\d_]+){0,2}?\s+(?:"
                                    + _alt(change) + adverb + r"|đạt|là|ở mức|chỉ|chỉ đạt)$"),
        "tail_stop": re.compile(r"[,;:.()\[\]/“”\"!?]|\s[-–]\s|" + _word(w["tail_stops"])),
        "actor": re.compile(r"^.*?(?<!\w)(?:đã|sẽ)\s+"),
        # "Kinh phí thực hiện dự kiến 126,5 tỷ đồng": a cost head a few words before the cue
        "planned_cost": re.compile(_word(w["planned_cost_heads"]) + r"(?:\s+[^\W\d_]+){0,4}\s*$"),
        # clause boundaries `[,;:()\[\]]|\s[-–]\s|\.(?=\s)`, found by their punctuation (`re` skips to
        # it): a dash's match is the dash alone, standing for ` - ` with the spaces around it (see `_Sentence`)
        "boundary_marks": re.compile(r"[,;:()\[\].\-–](?:(?<=[,;:()\[\]])|(?<=\s[-–])(?=\s)|(?<=\.)(?=\s))"),
    }
    gates = {  # the tokens each end-anchored pattern may end with
        "approx_tail": _TailGate(_APPROX + ("-", "–", ":", "(")),
        "edge_end": _TailGate(w["edge_words"]),
        "change_end": _TailGate(change + w["change_adverbs"] + w["level_markers"], "ướcchỉcaolại"),
        "cost_end": _TailGate(w["cost_phrases"] + _COST_FILLERS + (":",)),
    }
    needles = {key: _needles(w[src]) for key, src in (
        ("modality", "modality_cues"), ("vote", "vote_words"), ("list_marker", "list_markers"),
        ("future", "future_markers"))}
    first = {x.split()[0] for x in w["connectors"] + w["edge_words"]}
    if not all(x.isalnum() for x in first):
        raise ValueError("facts.yaml: connectors and edge_words must start with a word")
    return _Data(words=words, rx=rx, gates=gates, needles=needles, words_first=frozenset(first),
                 abbreviations=frozenset(w["abbreviations"]),
                 compared_first=tuple(sorted({x.split()[0] for x in w["compared_heads"]})),
                 joined_chars=frozenset("".join(w["joined_names"]) + ",-–") - frozenset(_SPACES),
                 joined_before=_joined_before(w["joined_names"]))


#: the characters ``rx["boundary_marks"]`` finds
_BOUNDARY_CHARS = ",;:()[].-–"


def _joined_before(names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For each clause boundary character a joined name holds (a comma, a dash, ``"-"`` for both),
    the words the names write before it: ``nông, lâm …`` has ``nông`` before a comma."""
    out: dict[str, set[str]] = {}
    for name in names:
        for i, c in enumerate(name):
            if c in _BOUNDARY_CHARS:
                before = name[:i].split()
                if not before:
                    raise ValueError(f"facts.yaml: joined name {name!r} opens with a punctuation mark")
                out.setdefault("-" if c == "–" else c, set()).add(before[-1])
    return {k: tuple(sorted(v)) for k, v in out.items()}



def _abbreviation(low: str, s0: int, p: int, d: _Data) -> bool:
    """Whether the dot at ``p`` ends an abbreviation (``tp.``, ``ts.``): the word before it is one."""
    k = p
    while k > s0 and low[k - 1].isalpha() and p - k < 4:
        k -= 1
    return k < p and (k == s0 or not _is_w(low[k - 1])) and low[k:p] in d.abbreviations


def _end_search(d: _Data, key: str, s: str) -> re.Match[str] | None:
    """``d.rx[key].search(s)`` for an end-anchored pattern, skipped when ``s`` cannot end with it."""
    gate = d.gates[key]
    return d.rx[key].search(s, gate.floor(s)) if gate.may_end(s) else None


def _strip_approx(s: str, d: _Data) -> str:
    """``rx["approx_tail"].sub("", s)``: approximators and dashes ending ``s`` removed."""
    m = _end_search(d, "approx_tail", s)
    return s[:m.start()] + s[m.end():] if m is not None else s  # the one match runs to the end of ``s``


# ------------------------------------------------------------------------------------------------
# helpers


def _record(text: str, h: Hit) -> dict[str, Any]:
    return {"kind": h.kind, "text": text[h.start:h.end], "start": h.start, "end": h.end, **h.fields}


def _squash(s: str) -> str:
    return " ".join(s.split())


@dataclass
class _Fact:
    kind: str
    value: Hit
    start: int
    end: int
    subject: str
    status: str = "actual"
    modality: str | None = None
    period: Hit | None = None
    change: dict[str, Any] | None = None
    baseline: str | None = None
    attainment: dict[str, Any] | None = None
    scope: str | None = None
    achieved: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def hit(self, text: str) -> Hit:
        rec = _record(text, self.value)
        period = _record(text, self.period) if self.period is not None else None
        if self.kind == "indicator":
            fields = {"subject": self.subject, "measure": rec, "status": self.status, "period": period,
                      "change": self.change, "baseline": self.baseline, "attainment": self.attainment,
                      "scope": self.scope}
        else:
            fields = {"subject": self.subject, "goal": rec, "modality": self.modality or "chỉ tiêu",
                      "period": period, "achieved": self.achieved}
        return Hit(self.kind, self.start, self.end, fields)


class _Cues:
    """The joined names (``rx["joined"]``) of the sentences that ask for them, and the modality cues of
    sentences: each searched for within its sentence only, when asked (the sentences with values, less
    than half of an article's text; a sentence without values only when a later one reads its cue)."""

    def __init__(self, low: str, d: _Data) -> None:
        self.low, self.rx = low, d.rx["modality"]
        # the names written with a comma or dash inside (`nông, lâm nghiệp và thủy sản`)
        self.joined_rx, self.joined_chars = d.rx["joined"], d.joined_chars
        self.joined_hard = d.rx["joined_hard"]

    def joined_within(self, s0: int, s1: int) -> list[tuple[int, int]]:
        """The spans of ``rx["joined"].finditer(low)`` inside ``[s0, s1)``, found by a search of the
        sentence alone (only sentences with values ask, less than half of an article's text). It is
        widened, where needed, to edges no name can run over: edges whose last character that is not a
        space is none a name holds. The article's search passes such an edge as the sentence's does
        and reads nothing past it."""
        low, chars = self.low, self.joined_chars
        a, b = s0, s1
        k = s0 - 1
        while k >= 0 and low[k].isspace():
            k -= 1
        if k >= 0 and low[k] in chars:  # a name may run over `s0`: back to a character no name holds
            while k >= 0 and (low[k] in chars or low[k].isspace()):
                k -= 1
            a = k + 1
        k = s1 - 1
        while k >= 0 and low[k].isspace():
            k -= 1
        if k >= 0 and low[k] in chars:  # a name may run over `s1`: on to a character no name holds
            m = self.joined_hard.search(low, s1)
            b = m.end() if m is not None else len(low)
        return [m.span() for m in self.joined_rx.finditer(low, a, b) if s0 <= m.start() and m.end() <= s1]

    def within(self, s0: int, s1: int) -> list[re.Match[str]]:
        """``rx["modality"].finditer(low, s0, s1)`` as a list: the cues of one sentence."""
        return list(self.rx.finditer(self.low, s0, s1))


class _Sentence:
    """One sentence being read: its values, times and clause boundaries (found when first asked for)."""

    def __init__(self, text: str, low: str, s0: int, s1: int, values: list[Hit], times: list[Hit],
                 cues: _Cues, modality: list[re.Match[str]] | None = None) -> None:
        self.text, self.low, self.s0, self.s1 = text, low, s0, s1
        self.values, self.times = values, times
        self.hits = values + times
        self.vstarts = [h.start for h in values]
        self.modality = cues.within(s0, s1) if modality is None else modality
        self.cue_scan = cues
        self.cues: list[tuple[int, int, str, bool, bool]] | None = None
        self.bounds: list[int] = []  # offsets just after a boundary character
        self.bchar: list[str] = []
        self.scanned = False

    def _scan(self) -> None:
        """Find the clause boundaries: ``,;:()[]``, a dash between spaces and a full stop before a space,
        except inside a value, a time, a joined name or a bracket without a value."""
        self.scanned = True
        low, s0, s1, values, times = self.low, self.s0, self.s1, self.values, self.times
        d = _data()
        marks: list[tuple[int, int, str]] = []  # (start, end, character) of the boundaries found
        last = s0  # where the last boundary ended: ` - ` boundaries do not overlap
        for m in d.rx["boundary_marks"].finditer(low, s0, s1):
            p = m.start()
            c = low[p]
            e = p + 1
            if c == "-" or c == "–":
                p, e = p - 1, p + 2  # the spaces around the dash
                if p < last:
                    continue  # its space is the end of the dash before, or before the sentence
                if self._short_pair(p, e):
                    continue  # "vắc xin sởi - rubella đạt 94,8%": two names joined, no clause after the dash
            elif c == "." and _abbreviation(low, s0, p, d):
                continue  # "TP. Hồ Chí Minh", "PGS. TS.": the dot of an abbreviation
            last = e
            marks.append((p, e, c))
        if not marks:
            return
        # spans covering offsets: values, times and brackets without a value
        spans = [(h.start, h.end) for h in values]
        spans.extend((h.start, h.end) for h in times)
        # `nông, lâm nghiệp và thủy sản`: one name, no boundary inside (searched for only when a comma
        # or dash follows a word that a joined name writes before one)
        if any(self._joined_may_hold(p, c, d) for p, _e, c in marks):
            spans.extend(self.cue_scan.joined_within(s0, s1))
        if "(" in low[s0:s1]:
            for m in _RX_PAREN.finditer(low, s0, s1):
                a, b = m.start(), m.end()
                if not any(a <= h.start < b for h in values):
                    spans.append((a, b))  # (GDP), (không tính tạm ứng): part of the subject
        spans.sort()
        starts = [a for a, _ in spans]
        reach: list[int] = []  # the furthest end of the spans so far
        far = -1
        for _, b in spans:
            if b > far:
                far = b
            reach.append(far)
        for p, e, c in marks:
            i = bisect_right(starts, p) - 1
            if i >= 0 and reach[i] > p:
                continue  # inside a value, a time, a joined name or a bracket
            self.bounds.append(e)
            self.bchar.append(c)

    def _short_pair(self, p: int, e: int) -> bool:
        """Whether the dash between ``p`` and ``e`` joins two lower-case words, with at most two more words
        and a value's verb (``đạt``, ``tăng`` …) before the next value: a compound name, no boundary."""
        low, text = self.low, self.text
        if not (p > self.s0 and text[p - 1].isalpha() and text[p - 1].islower() and text[e:e + 1].isalpha()
                and text[e:e + 1].islower()):
            return False
        i = bisect_left(self.vstarts, e)
        if i >= len(self.vstarts):
            return False
        words = low[e:self.vstarts[i]].split()
        if not 2 <= len(words) <= 4:
            return False
        pair_verbs = _data().words["pair_verbs"]
        return words[-1] in pair_verbs or " ".join(words[-2:]) in pair_verbs

    def _joined_may_hold(self, p: int, c: str, d: _Data) -> bool:
        """Whether the boundary ``c`` found at ``p`` (a dash's at the space before it) may lie inside a
        joined name: the word before it (spaces skipped) is one such a name writes before ``c``."""
        words = d.joined_before.get("-" if c == "–" else c)
        if words is None:
            return False
        low, k = self.low, p + 1 if c == "-" or c == "–" else p
        while k > self.s0 and low[k - 1].isspace():
            k -= 1
        return low.endswith(words, self.s0, k)

    def clause_start(self, pos: int) -> tuple[int, str]:
        """Start of the clause holding ``pos`` and the boundary character before it ('' at the sentence start)."""
        if not self.scanned:
            self._scan()
        i = bisect_right(self.bounds, pos) - 1
        if i < 0:
            return self.s0, ""
        return self.bounds[i], self.bchar[i]



# ------------------------------------------------------------------------------------------------
# the linker


def link(text: str, hits: list[Hit], sentences: list[tuple[int, int]], ctx: Context) -> list[Hit]:
    """Indicators and targets of one article, linked from its resolved numeric and temporal ``hits``.

    ``sentences`` are ``(start, end)`` offsets; ``ctx.extras["blocks"]`` (optional) holds the
    segmenter's ``(kind, start, end)`` blocks, used for paragraph scope and to skip captions.
    Returns hits of kind ``indicator`` and ``target`` in text order.
    """
    d = _data()
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case changes length: fall back per char
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    values = sorted((h for h in hits if h.kind in VALUE_KINDS and not (h.end - h.start == 4 and _year_value(low, h))),
                    key=lambda h: h.start)
    times = sorted((h for h in hits if h.kind in TIME_KINDS), key=lambda h: h.start)
    if not values:
        return []
    blocks = [(b.kind, b.start, b.end) if hasattr(b, "kind") else (b[0], b[1], b[2])
              for b in (ctx.extras.get("blocks") or [])]
    last_para = max((b[1] for b in blocks if b[0] in ("paragraph", "lead")), default=-1)
    # headings after the last paragraph are links to other articles ("Tin liên quan")
    blocks = [("boilerplate", b[1], b[2]) if b[0] == "heading" and b[1] > last_para else b for b in blocks]
    block_starts = [b[1] for b in blocks]
    ref_year = ctx.published.year if ctx.published else ctx.default_year
    vstarts = [h.start for h in values]
    tstarts = [h.start for h in times]

    cue_scan = _Cues(low, d)
    out: list[_Fact] = []
    # "cue": the last modality cue of the paragraph's sentences so far (see `_note_cue`, `_para_cue`)
    para_state: dict[str, Any] = {"block": None, "period": None, "cue": None, "pending": [], "last": None}
    carry: Hit | None = None  # the last paragraph's lead period, carried to paragraphs without one
    for s0, s1 in sentences:
        bi = bisect_right(block_starts, s0) - 1
        block = blocks[bi] if bi >= 0 and blocks[bi][2] > s0 else None
        if block is not None and block[0] in SKIP_BLOCKS:
            continue
        if para_state["block"] != (block[1] if block else None):
            # a new paragraph; "Trong đó, …" opening it still refers to the last fact before it
            para_state = {"block": block[1] if block else None, "period": None, "cue": None, "pending": [],
                          "last": para_state.get("last"), "first": True}
        i0, i1 = bisect_right(vstarts, s0 - 1), bisect_right(vstarts, s1 - 1)
        svals = [v for v in values[i0:i1] if v.end <= s1] if i1 > i0 else []
        stimes: list[Hit] = []
        lead = None  # read only for a sentence with values or opening a paragraph
        if svals or para_state.get("first"):
            j0, j1 = bisect_right(tstarts, s0 - 1), bisect_right(tstarts, s1 - 1)
            stimes = [t for t in times[j0:j1] if t.end <= s1]
            lead = _lead_time(low, s0, stimes)
        if block is not None and block[0] == "heading":
            carry = None  # a heading opens a new part of the report: nothing carried over it
        if para_state.get("first"):
            para_state["first"] = False
            if lead is not None:
                para_state["period"] = lead if lead.fields.get("day") is None else None
                carry = para_state["period"]
            elif carry is not None and (block is None or block[0] != "heading"):
                # "Năm 2022, …" opened the paragraph before: this one reports on the same period
                para_state["period"], para_state["carried"] = carry, True
        if not svals:
            para_state["pending"].append((s0, s1))  # its cues are read only if a later sentence asks
            continue
        sent = _Sentence(text, low, s0, s1, svals, stimes, cue_scan)
        facts = _read_sentence(sent, lead, para_state, ref_year, d)
        out.extend(facts)
        _note_cue(sent, para_state, d)
        if facts:
            para_state["last"] = facts[-1]
    return [f.hit(text) for f in out]


def _year_value(low: str, h: Hit) -> bool:
    """A year read as a value (``12% năm 2015``: the ``2015`` given a percent's kind), never a measure."""
    t = low[h.start:h.end]
    return len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2100 and low.endswith("năm ", 0, h.start)


def _lead_time(low: str, s0: int, stimes: list[Hit]) -> Hit | None:
    """A date/period opening the sentence (``Năm 2022, …``, ``Tính đến ngày 30/6, …``)."""
    for t in stimes:
        if t.start - s0 > 25:
            return None
        before = low[s0:t.start].strip(" ,")
        if len(before.split()) <= 3:
            return t
    return None


def _note_cue(sent: "_Sentence", state: dict[str, Any], d: _Data) -> None:
    """Remember a sentence's last modality cue for the sentences after it in the paragraph."""
    cues = _cues(sent, d)
    if cues:
        state["cue"], state["pending"] = cues[-1][2], []


def _para_cue(s: "_Sentence", state: dict[str, Any], d: _Data) -> str | None:
    """The last modality cue of the paragraph's sentences before ``s``: that of the last sentence
    with one. The sentences without values noted since the last cue (``state["pending"]``) are
    searched only now, from the last."""
    pending = state["pending"]
    while pending:
        s0, s1 = pending.pop()
        found = s.cue_scan.within(s0, s1)
        if not found:
            continue
        # (only the last cue's name is read: its scoping, hence the clauses, are not needed)
        cues = _cues(_Sentence("", s.low, s0, s1, [], [], s.cue_scan, found), d, scoping=False)
        if cues:
            state["cue"] = cues[-1][2]
            pending.clear()
    return state["cue"]


def _cues(s: "_Sentence", d: _Data, scoping: bool = True) -> list[tuple[int, int, str, bool, bool]]:
    """Modality cues of a sentence as ``(start, end, cue, scoping, blocked)``. A blocked cue names a
    result or a reference (``đã hoàn thành mục tiêu``, ``bằng 96% dự toán``): it never scopes, and
    applies to its own clause only when it is not a past result. Without ``scoping`` no cue is marked
    scoping, and the list is not kept on ``s``."""
    if s.cues is not None and scoping:
        return s.cues
    low, rx = s.low, d.rx
    found: list[tuple[int, int, str, bool, bool]] = []
    for m in s.modality:
        pos = m.start()
        before = low[max(s.s0, pos - 24):pos]
        if rx["body_before"].search(before) and not s.text[pos:pos + 1].islower():
            continue  # Sở Kế hoạch và Đầu tư (but "Sở phấn đấu số hóa …": the department aims)
        if m.group().strip() == "kế hoạch" and rx["plan_document_end"].search(before):
            continue  # "chuẩn bị kế hoạch tặng quà": a plan as a document, no goal
        if rx["blocker_end"].search(before):
            if before.endswith("vượt ") and any(0 <= h.start - m.end() <= 3 for h in s.values):
                continue  # "vượt kế hoạch 12 người": the amount over the plan, a reference and no goal
            if not _RX_DONE_END.search(before):
                found.append((pos, m.end(), _squash(m.group()), False, True))
            continue
        if m.group().strip() in ("chỉ tiêu", "mục tiêu") and rx["result_after_cue"].match(low, m.end(), s.s1):
            continue  # "các chỉ tiêu kinh doanh đều đạt …": the indicators of a result, no plan
        inside = next((h for h in s.values if h.start <= pos < h.end), None)
        if inside is not None:
            # "23 chỉ tiêu chủ yếu:" heads a list of targets; "21/22 chỉ tiêu" is a result
            if inside.kind == "ratio" or ":" not in low[inside.end:inside.end + 25]:
                continue
        elif any(0 <= pos - h.end <= 3 and (m.group().strip() in d.words["reference_cues"]
                                            or not _has_any(low[h.end:pos], (",", ";", ":"))) for h in s.values):
            continue  # "bằng 96% dự toán": a reference, not a plan (a verb after a comma is: "… ha, phấn đấu …")
        found.append((pos, m.end(), _squash(m.group()), scoping and _is_scoping(low, s, pos, d), False))
    # "đề ra" next to another cue yields to it (đề ra 23 chỉ tiêu; chỉ tiêu đề ra)
    kept = [c for c in found if not (c[2] == "đề ra" and any(
        o is not c and o[2] != "đề ra" and abs(o[0] - c[0]) <= 24 for o in found))]
    if scoping:
        s.cues = kept
    return kept


# ------------------------------------------------------------------------------------------------
# one sentence


def _read_sentence(s: _Sentence, lead: Hit | None, para: dict[str, Any], ref_year: int | None,
                   d: _Data) -> list[_Fact]:
    low, rx = s.low, d.rx
    facts: list[_Fact] = []
    open_fact: _Fact | None = None
    last_attr: str | None = None  # what the previous value was used for
    used_to = s.s0  # end of the text taken by the last fact or attribute
    consumed: set[int] = set()
    target_mode = False
    inherit_status = None
    if rx["sub_item"].match(low, s.s0, s.s0 + 30) \
            and para.get("last") is not None:
        inherit_status = para["last"].status
    cues = _cues(s, d)
    est_open = low.startswith("ước", s.s0) and bool(_RX_EST_OPEN.match(low, s.s0))
    vals = s.values
    pairs = _list_pairs(s, d) if "lần lượt" in low[s.s0:s.s1] else {}
    for idx, v in enumerate(vals):
        if idx in consumed:
            continue
        cs, bch = s.clause_start(v.start)
        prev = vals[idx - 1] if idx > 0 else None
        prev_used = prev is not None and last_attr is not None
        gap_from = max(cs, prev.end) if prev_used and prev is not None else cs
        gap_from = max(gap_from, min(used_to, v.start))
        left_raw = low[gap_from:v.start]
        left_core = _strip_approx(left_raw, d).strip()
        if bch in (";", ":") and open_fact is not None and gap_from == cs:
            open_fact = None
        clause_low = low[cs:v.start]
        after_low = low[v.end:min(s.s1, v.end + 60)]
        nxt = vals[idx + 1] if idx + 1 < len(vals) else None
        paired = pairs.get(idx)
        if paired is None and _has_any(low[cs:min(s.s1, v.end + 60)], d.needles["list_marker"]) and (
                rx["list_marker"].search(clause_low) or rx["list_marker_after"].match(after_low)):
            # "lần lượt …" whose subjects and values do not pair; "nếu": hypothetical
            open_fact, last_attr = None, None
            continue
        if paired is not None:
            open_fact, last_attr = None, None
        # ---- attributes of the open fact
        if open_fact is not None and prev is not None and _same_span(s, prev.end, v.start):
            used = _attribute(s, open_fact, v, left_core, bch, last_attr, d)
            if used == "second_change":
                # a second change against another baseline: the same subject measured again
                verb = _squash(rx["attr_change"].match(left_core.strip(" ,")).group("verb"))
                k = low.find(verb.split()[0], gap_from, v.start)
                again = _Fact("indicator", v, k if k >= 0 else v.start, v.end,
                              open_fact.subject, status=open_fact.status, period=open_fact.period,
                              change=_change(verb, v, d), scope=open_fact.scope)
                _after_value(s, again, v, d)
                facts.append(again)
                open_fact, last_attr = again, "change"
                used_to = max(used_to, again.end)
                continue
            if used == "share" and open_fact.kind == "indicator":
                # "32 mặt hàng …, chiếm 93,5% tổng kim ngạch": the share is a fact of its own
                share = _share_fact(s, open_fact, v, gap_from, d)
                facts.append(share)
                open_fact, last_attr = share, "measure"
                used_to = max(used_to, share.end)
                continue
            if used:
                last_attr = used
                open_fact.end = max(open_fact.end, _attr_end(s, v, d))
                used_to = max(used_to, open_fact.end)
                continue
            if open_fact.extra.get("self_change") and open_fact.value is prev and open_fact.kind == "indicator" \
                    and v.kind in ("money", "quantity", "percent") and _RX_LEVEL_AFTER.fullmatch(left_core.strip(" ,")) \
                    and _fact_value(s, v, d, cs):
                # "X tăng 6,4%, đạt 412.000 tấn": the level is the measure, the percent its change
                open_fact.value = v
                open_fact.extra["self_change"] = False
                open_fact.extra["weak"] = False
                if rx["estimate"].search(left_core):
                    open_fact.status = "estimate"
                _after_value(s, open_fact, v, d)
                last_attr = "measure"
                used_to = max(used_to, open_fact.end)
                continue
        if paired is None and rx["compare"].match(left_core.strip(" ,")):
            last_attr = None  # "cao hơn năm trước 0,4%" with no fact before it: a change of nothing named
            continue
        if paired is None and bch == "(" and left_core and prev is not None and rx["restate"].match(left_core):
            continue  # "95.000 USD (tương đương gần 2,4 tỷ đồng)": the same amount again, no fact of its own
        if paired is None and open_fact is not None and open_fact.kind == "indicator" and open_fact.value is prev \
                and v.kind == "quantity" and left_core.strip() == "với" and open_fact.value.kind in ("money", "quantity"):
            # "dư nợ đạt 1.562 tỷ đồng với 36.875 hộ vay, tăng 412 tỷ đồng …": the count that goes with the
            # amount, no fact of its own; the amount's fact stays open for the change after it
            open_fact.end = max(open_fact.end, v.end)
            continue
        if paired is None and _compared_value(s, v, cs, bch, d):
            # "(cùng kỳ tăng 8,1%)", "so với mức 2,6% năm 2022": the level compared with, no fact of its own;
            # the fact before it stays open for the attributes after it (", và đạt 71% kế hoạch")
            if open_fact is not None and open_fact.kind == "indicator" and open_fact.baseline is None \
                    and bch != "(" and facts and open_fact is facts[-1]:
                _compared_baseline(s, open_fact, v, cs, d)
            continue
        if paired is not None:
            # "A, B và C lần lượt tăng 3,8%, 9,6% và 7,4%": the i-th value of the i-th subject
            subj, p_start, verb = paired
            if not _fact_value(s, v, d, cs):
                continue
            fact = _Fact("indicator", v, p_start, v.end, subj,
                         change=_change(verb, v, d) if verb else None)
            fact.extra["left"] = p_start
            fact.extra["paired"] = True
            fact.extra["weak"] = v.kind == "quantity" and not verb and not _economic(subj, d)
            nxt_v = vals[idx + 1] if idx + 1 < len(vals) else None
            if nxt_v is None or pairs.get(idx + 1) is None:
                _baseline_after(s, fact, v, d)  # "… và 7,4% so với cùng kỳ": the whole list's baseline
                for f0 in facts:
                    if f0.extra.get("paired") and f0.baseline is None:
                        f0.baseline = fact.baseline
        # ---- "từ A xuống B": A is where it came from
        elif nxt is not None and _RX_FROM_END.search(left_raw) and _same_kind(v, nxt) \
                and rx["level_between"].match(_blank_times(s, v.end, nxt.start)):
            consumed.add(idx + 1)
            fact = _new_fact(s, nxt, left_raw, gap_from, cs, prev if prev_used else None, d, start_at=v.start)
            if fact is not None:
                verb = _RX_UP_DOWN.search(low[gap_from:nxt.start])
                a, b = v.fields.get("value"), nxt.fields.get("value")
                if verb and isinstance(a, (int, float)) and isinstance(b, (int, float)) and a != b:
                    unit = "percent" if v.kind == "percent" else "absolute"
                    fact.change = {"direction": "increase" if b > a else "decrease",
                                   "value": round(float(abs(b - a)), 6),
                                   "unit": unit}
        else:
            fact = _new_fact(s, v, left_raw, gap_from, cs, prev if prev_used else None, d)
        if fact is None:
            if bch in (";", ":"):
                open_fact = None
            last_attr = None
            continue
        # ---- its period: own, else earlier in the sentence, else the sentence's or paragraph's lead
        left_at = fact.extra.get("left", fact.start)
        if fact.period is None:
            bound = max(facts[-1].value.end, facts[-1].end) if facts else s.s0  # (after its baseline's time)
            for t in s.times:
                if bound <= t.start and t.end <= left_at and not _RX_COMPARED_END.search(
                        low[max(s.s0, t.start - 10):t.start]):
                    fact.period = t
        if fact.period is None and facts and facts[-1].period is not None and lead is None \
                and s.s0 <= facts[-1].period.start:
            fact.period = facts[-1].period  # "năm 2016 … đạt X; lợi nhuận đạt Y": the sentence's own period
        if fact.period is None:
            fact.period = lead if lead is not None and lead.end <= fact.value.start else para.get("period")
            if fact.period is not None and fact.period is para.get("period") and para.get("carried"):
                fact.extra["carried"] = True
        # a period carried from an earlier paragraph is not this clause's time: no future or past check on it
        own_period = None if fact.extra.get("carried") else fact.period
        # ---- indicator or target, status
        span_low = low[left_at:fact.value.start]
        # "chưa đạt chỉ tiêu đề ra (90% trở lên)": the cue before the bracket governs the value in it
        cue_from = s.clause_start(cs - 1)[0] if bch == "(" and cs > s.s0 and not low[left_at:fact.value.start].strip() \
            else left_at
        local = next((c for c in reversed(cues) if cue_from <= c[0] < fact.value.start), None)
        local_cue = local[2] if local is not None else None
        scope_cue = next((c[2] for c in reversed(cues) if c[3] and c[0] < fact.value.start), None)
        if own_period is not None and ref_year is not None:
            y = _year_of(own_period)
            future = y is not None and y > ref_year and not _current_span(own_period, ref_year)
        else:
            before = low[s.s0:fact.value.start]
            future = _has_any(before, d.needles["future"]) and bool(rx["future"].search(before))
        if own_period is not None and _RX_UNTIL.match(low[own_period.start:own_period.end]):
            future = False  # "tính đến tháng 8/2016": the cut-off date of a reported stock
        cue = local_cue or scope_cue
        if cue is not None and not local_cue and not future and own_period is not None and ref_year is not None:
            y = _year_of(own_period)
            if y is not None and y < ref_year:
                cue = None  # a scoping cue does not reach a value of a past period
        if local is not None and local[4] and not future and own_period is not None and ref_year is not None:
            y = _year_of(own_period)
            if y is not None and y < ref_year:
                cue = None  # "năm 2023 … thành công về chỉ tiêu …": a past result
        est = bool(rx["estimate"].search(span_low)) or \
            bool(_RX_EST_AFTER.match(low, fact.value.end, fact.value.end + 20)) or \
            (est_open and low.find(";", s.s0, fact.value.start) < 0)  # "Ước tính đến hết tháng 8, tín dụng tăng 11%"
        if cue in ("dự kiến", "dự báo") and not future and not (
                cue == local_cue == "dự kiến" and (_planned_cost(s, local, fact.value, d)
                                                   or _planned_action(s, local, fact.value, d))):
            cue, est = None, True
        if cue is None and future and not rx["estimate_strict"].search(span_low) \
                and not _RX_DONE.search(span_low):
            cue = _para_cue(s, para, d) or "chỉ tiêu"  # a later year alone, unless the clause says it is done
        if cue is None and target_mode and not _reports_result(span_low):
            cue = facts[-1].modality if facts and facts[-1].kind == "target" else None
        if cue is not None and _reports_result(span_low) and not local_cue and not future:
            cue = None
        if cue is not None and fact.value.kind == "quantity" and \
                (fact.value.fields.get("unit") or "").startswith("chỉ tiêu"):
            continue  # "đề ra 20 chỉ tiêu": the number of targets, not one
        if cue is not None and not local_cue and not future and _RX_ATTAINED_AFTER.match(low, fact.value.end, s.s1):
            cue = None  # "…; thu ngân sách đạt 615 tỷ đồng, bằng 75% dự toán": a result measured against the plan
        if local is not None and local[0] < fact.value.start:
            named = _after_cue_subject(s, local[1], fact.value.start, d)
            if named and fact.subject and len(fact.subject.split()) <= 2 and named.lower() != fact.subject.lower() \
                    and not _economic(fact.subject.lower(), d) and _economic(named.lower(), d):
                fact.subject = named  # "huyện được giao dự toán thu ngân sách 820 tỷ đồng": the measure is named after the cue
        if cue is not None:
            fact.kind, fact.modality = "target", cue
            target_mode = True
            if own_period is None:
                fact.period = None  # the reported period carried from before is not the goal's
            if local_cue or (scope_cue and cue == scope_cue):
                fact.extra["weak"] = False
        else:
            if est:
                fact.status = "estimate"
            elif rx["actual_verb"].search(span_low):
                fact.status = "actual"
            elif facts and facts[-1].kind == "indicator":
                fact.status = facts[-1].status
            elif inherit_status:
                fact.status = inherit_status
            if fact.extra.get("party") and fact.value.kind == "percent":
                continue
        sub_item = bool(rx["sub_item"].match(low, left_at, left_at + 20))
        if not fact.subject:
            parents = [f for f in facts if not f.extra.get("sub_item")] or facts
            if parents:
                fact.subject = parents[-1].subject
        if not fact.subject:
            continue
        fact.extra["sub_item"] = sub_item
        _after_value(s, fact, fact.value, d)
        facts.append(fact)
        open_fact = fact
        last_attr = "measure"
        used_to = max(used_to, fact.end)
    return [f for f in facts if not f.extra.get("weak") or f.change is not None or f.attainment is not None]


_RX_RESPECTIVELY = re.compile(r"l(?<!\w.)ần lượt(?!\w)")
_RX_LIST_GAP = re.compile(r"\s*(?:[,;]\s*)?(?:và\s+)?(?:" + "|".join(_APPROX) + r")?\s*")
_RX_LIST_WHERE = re.compile(r"(?<!\w)(?:ở|tại)\s")
_RX_LIST_SPLIT = re.compile(r"\s*(?:,|;|\s(?:và|với)\s)\s*")
_RX_LIST_VERB = re.compile(r"\s*(?:(?P<ch>tăng|giảm)(?:\s+tương ứng)?|ước đạt|đạt(?:\s+mức)?|là|ở mức|chiếm|bằng)?\s*:?\s*$")


def _list_pairs(s: _Sentence, d: _Data) -> dict[int, tuple[str, int, str | None]]:
    """``A, B và C lần lượt tăng 3,8%, 9,6% và 7,4%`` (or ``tăng lần lượt …``): the value index → its
    subject, the subject's start and the change verb, when the subjects and the values pair one to one."""
    low, rx = s.low, d.rx
    out: dict[int, tuple[str, int, str | None]] = {}
    for m in _RX_RESPECTIVELY.finditer(low, s.s0, s.s1):
        first = next((i for i, h in enumerate(s.values) if h.start >= m.end()), None)
        if first is None:
            continue
        # the values: a run joined only by commas, "và" and approximators
        run = [first]
        while run[-1] + 1 < len(s.values) and _RX_LIST_GAP.fullmatch(
                low, s.values[run[-1]].end, s.values[run[-1] + 1].start):
            run.append(run[-1] + 1)
        v0 = s.values[first]
        # the verb: "lần lượt tăng", "tăng lần lượt", "lần lượt là"
        between = low[m.end():v0.start]
        vm = _RX_LIST_VERB.match(between)
        if vm is None:
            continue
        # the subjects: from the last value, ";", ":" or the sentence start to the marker (or its verb)
        left_end = m.start()
        bm = re.search(r"(?:(?P<ch>tăng|giảm)|ước đạt|đạt|là|ở mức)\s*$", low[s.s0:left_end])
        verb = vm.group("ch")
        if bm is not None:
            verb = verb or bm.group("ch")
            left_end = s.s0 + bm.start()
        a = max([s.s0] + [h.end for h in s.values if h.end <= left_end]
                + [s.s0 + k + 1 for k, c in enumerate(low[s.s0:left_end]) if c in ";:"])
        for t in s.times:
            if t.start >= a and t.end <= left_end:
                if low.startswith(",", t.end) or not low[a:t.start].strip(" ,"):
                    a = t.end  # "Năm 2023, …": the lead period, before the subjects
                else:
                    return {}  # "năm 2022 và 2023 lần lượt là …": the list is of periods, not subjects
        seg = s.text[a:left_end]
        sm = rx["scope"].search(low, a, left_end)
        if sm is not None:
            seg = s.text[a:sm.start()] + " " * (sm.end() - sm.start()) + s.text[sm.end():left_end]
        if _RX_LIST_WHERE.search(seg.lower()):
            continue  # "tỷ lệ này ở các huyện A, B và C lần lượt là …": a list of places, one subject
        parts = [p for p in _RX_LIST_SPLIT.split(seg) if p.strip()]
        if len(parts) != len(run) or len(run) < 2 or len({s.values[k].kind for k in run}) > 1:
            continue
        subjects = [_clean(p, d) for p in parts]
        if not all(subjects) or any(len(x.split()) > 12 for x in subjects):
            continue
        head = subjects[0]
        for i, k in enumerate(run):
            start = low.find(subjects[i].lower(), a, left_end) if i else low.find(head.lower(), a, left_end)
            out[k] = (subjects[i], start if start >= 0 else a, verb)
    return out


# "… so với mức 2,6%", "… cao hơn mức tối thiểu 8%", "… so với giới hạn 85%": the value after the comparison
# word and a few words naming it (no verb, except after "mức": "mức tăng 6,68%") is the level compared with
_RX_COMPARED_REF = re.compile(r"(?<!\w)(?P<cmp>so\s+với|hơn)\s+(?P<ref>mức(?:\s+[^\W\d_]+){0,4}|(?:[^\W\d_]+\s+){0,4}"
                             r"(?:mức|giới hạn|yêu cầu|quy định|ngưỡng|trần|tối thiểu|tối đa)(?:\s+[^\W\d_]+){0,3}"
                             r"|(?:số|con số)(?:\s+[^\W\d_]+){0,8}?\s+là)\s*$")
# a comparison ending a clause right before a bracket: "thấp hơn đầu nhiệm kỳ (năm 2015 là 67,7%)"
_RX_COMPARISON_END = re.compile(r"(?<!\w)(?:(?:cao|thấp|lớn|nhỏ|kém|nhiều|ít)\s+hơn|so\s+với)(?:\s+[^\W\d_]+){1,5}\s*$")
_RX_BRACKET_LEVEL = re.compile(r"^\s*(?:là|ở mức|đạt|khoảng|mức)?\s*$")


def _compared_value(s: _Sentence, v: Hit, cs: int, bch: str, d: _Data) -> bool:
    """Whether ``v`` is the level a fact is compared with, not a fact: the same period of the year before
    and its own change (``(cùng kỳ tăng 8,1%)``, ``cùng kỳ năm trước tăng 7,5%``), or the level named after
    a comparison (``so với mức 2,6% năm 2022``, ``cao hơn mức tối thiểu 8%``)."""
    low = s.low
    if bch != "(":  # (a cheap test first: a comparison word, or a compared period opening the clause)
        seg = low[cs:v.start]
        if "so" not in seg and "hơn" not in seg and not seg.lstrip(" ,").startswith(d.compared_first):
            return False
    # (all the patterns below read at most the last words before the value)
    raw = " ".join(_blank_times(s, max(cs, v.start - 120), v.start).split()).strip(" ,(")
    left = _strip_approx(raw, d).strip(" ,(")
    if bch == "(" and cs > s.s0 + 1 and (not left or _RX_BRACKET_LEVEL.match(left)):
        # "thấp hơn cùng kỳ (5,48%)", "thấp hơn đầu nhiệm kỳ (năm 2015 là 67,7%)"; not the level of a plan
        # compared with ("thấp hơn mục tiêu đề ra (3,7%)": a target)
        cm = _RX_COMPARISON_END.search(low, max(s.s0, cs - 50), cs - 1)
        return cm is not None and not d.rx["modality"].search(cm.group())
    if d.rx["compared_head"].match(left):
        return True
    m = _RX_COMPARED_REF.search(raw)  # (unstripped: "mức" is also an approximator)
    return m is not None and not (m.group("cmp") == "hơn" and raw[:m.start()].rstrip().endswith(("tăng", "giảm")))


def _compared_baseline(s: _Sentence, f: _Fact, v: Hit, cs: int, d: _Data) -> None:
    """The open fact's baseline from a compared level after it: ``giảm so với mức 2,6% năm 2022``."""
    low = s.low
    k = low.rfind("so với", max(cs, f.value.end), v.start)
    if k < 0:
        return
    end = v.end
    for t in s.times:
        if 0 <= t.start - end <= 2:
            end = t.end  # the level's own time
    f.baseline = _squash(s.text[k + len("so với"):end]) or None
    f.end = max(f.end, end)


def _blank_times(s: _Sentence, a: int, b: int) -> str:
    """``s.low[a:b]`` with the times and years inside it blanked (``từ 12% năm 2015 lên 13%``)."""
    seg = s.low[a:b]
    for t in s.times:
        if a <= t.start and t.end <= b:
            seg = seg[:t.start - a] + " " * (t.end - t.start) + seg[t.end - a:]
    return _RX_YEAR_GAP.sub(" ", seg)


def _same_kind(a: Hit, b: Hit) -> bool:
    if a.kind == b.kind:
        return True
    bare = {"quantity"}
    return (a.kind in bare and not a.fields.get("unit")) or (b.kind in bare and not b.fields.get("unit"))


def _goal_count(s: _Sentence, v: Hit, cs: int, d: _Data) -> bool:
    """A count with a goal's cue before it in its clause, the cue naming no result or reference
    (``phấn đấu số hóa 1,5 triệu văn bằng``, ``có kế hoạch … khoan thêm 35 giếng``)."""
    value = float(v.fields.get("value") or 0)
    if v.kind != "quantity" or not v.fields.get("unit") or value < 10 or (1900 <= value <= 2100 and value == int(value)):
        return False  # (a handful of items; a year read as a count: "đến 2020 chuyển đổi")
    if s.low.endswith(" cho ", 0, v.start):
        return False  # "bố trí kế hoạch vốn cho 18 dự án": who receives, not what is aimed at
    return any(cs <= c[0] and c[1] <= v.start and v.start - c[1] <= 60 and not c[4] and c[2] in d.words["goal_count_cues"]
               for c in _cues(s, d))


# a change right after a counted phrase, after a comma (`…, tăng 24%`, `…, gấp 2,4 lần`)
_RX_CHANGE_AFTER = re.compile(r"[^,;:()\d]{0,50},\s*(?:tăng|giảm|gấp)\s+(?:gần\s+|hơn\s+|khoảng\s+|trên\s+)?\d")


def _evaluated(s: _Sentence, v: Hit, d: _Data) -> tuple[int, int] | None:
    """Where the party units or members a count or ratio grades and their grade stand, right after
    its number (``45/47 tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ``), or None."""
    unit = (v.fields.get("unit") or "").lower()
    at = v.end - len(unit) if unit and s.low.endswith(unit, v.start, v.end) else v.end
    m = d.rx["evaluated"].match(s.low, at, min(s.s1, v.end + 90))
    return m.span("e") if m is not None else None


def _planned_cost(s: _Sentence, cue: tuple[int, int, str, bool, bool], v: Hit, d: _Data) -> bool:
    """``dự kiến`` right before an amount that a cost head names (``kinh phí thực hiện dự kiến 126,5 tỷ
    đồng``, ``tổng mức đầu tư dự kiến khoảng 40 tỷ USD``): the money planned for a plan or project, a
    target, not an estimate of a result."""
    if v.kind != "money" or _strip_approx(s.low[cue[1]:v.start], d).strip(" :") not in ("", "là"):
        return False
    return bool(d.rx["planned_cost"].search(s.low[max(s.s0, cue[0] - 48):cue[0]]))


_RX_PLAN_FILLER = re.compile(r"(?:\s*(?:trong|vào|đến|sẽ|thêm|,)(?!\w))*\s*")


def _planned_action(s: _Sentence, cue: tuple[int, int, str, bool, bool], v: Hit, d: _Data) -> bool:
    """``dự kiến`` followed by an action other than reaching a level (``dự kiến gieo sạ khoảng 18.500 ha``,
    ``dự kiến trong 6 tháng cuối năm sẽ hoàn thành thêm 3 dự án``): a plan, a target; ``dự kiến đạt``,
    ``dự kiến tăng`` of a result stay estimates."""
    between = s.low[cue[1]:v.start]
    for t in s.times:  # (the plan's time is no action)
        if cue[1] <= t.start and t.end <= v.start:
            between = between[:t.start - cue[1]] + " " * (t.end - t.start) + between[t.end - cue[1]:]
    m = _RX_PLAN_FILLER.match(between)
    words = _strip_approx(between[m.end():], d).split()
    return bool(words) and not any(w in d.words["expected_level_words"] for w in words) and v.kind in ("quantity", "money")


def _reports_result(span_low: str) -> bool:
    """A clause reporting a result (``đã``, ``đạt được``, ``mới``) rather than a plan."""
    return bool(_data().rx["result"].search(span_low))


def _year_of(h: Hit) -> int | None:
    f = h.fields
    if h.kind == "date":
        return f.get("year")
    until = f.get("until") or {}
    since = f.get("since") or {}
    return until.get("year") or since.get("year")


def _current_span(h: Hit, ref_year: int) -> bool:
    """A span over the turn of the reported year (``năm học 2024-2025``, ``niên vụ 2023-2024``) is current."""
    if h.kind != "period":
        return False
    since, until = (h.fields.get("since") or {}).get("year"), (h.fields.get("until") or {}).get("year")
    return since is not None and until is not None and since <= ref_year < until and until - since <= 1


def _same_span(s: _Sentence, a: int, b: int) -> bool:
    """No semicolon/colon or ``trong đó`` between two values (they may share a fact)."""
    seg = s.low[a:b]
    return ";" not in seg and ":" not in seg and "trong đó" not in seg and "trong khi" not in seg


def _is_scoping(low: str, s: _Sentence, pos: int, d: _Data) -> bool:
    """A cue opening its clause (or a list) scopes over what follows; one after the subject is local."""
    cs, _ = s.clause_start(pos)
    before = low[cs:pos]
    before = d.rx["connector_start"].sub("", before)
    if not before.split():
        return True
    # an actor before the cue (Đảng bộ phường phấn đấu …, huyện phấn đấu …) still scopes;
    # a measured subject (tốc độ tăng trưởng GRDP phấn đấu …) makes the cue local
    return not _economic(before, d)


def _economic(s: str, d: _Data) -> bool:
    return bool(d.rx["economic"].search(s.lower()))


# ------------------------------------------------------------------------------------------------
# attributes


def _attribute(s: _Sentence, f: _Fact, v: Hit, left: str, bch: str, last: str | None, d: _Data) -> str | None:
    """Attach ``v`` to the open fact as change / attainment / baseline / restatement; the role, or None."""
    rx, low = d.rx, s.low
    left = left.strip(" ,")
    right = low[v.end:min(s.s1, v.end + 80)]
    if v.kind == "multiplier" and low[v.start:v.end].startswith("gấp") and \
            _RX_TIMES_LEFT.fullmatch(left) and f.kind == "indicator":
        if f.change is None:
            f.change = _change("gấp", v, d)
        _baseline_after(s, f, v, d)
        return "change"
    cm = rx["compare"].match(left)
    if cm is not None and v.kind in ("percent", "quantity", "money", "multiplier"):
        # "…, thấp hơn năm trước 0,4%": the change of the open fact, its baseline written before the value
        if f.kind == "indicator" and f.change is None:
            f.change = _change(_squash(cm.group("verb")), v, d)
            if f.baseline is None:
                k = low.rfind(cm.group("b"), f.value.end, v.start)
                if k >= 0:
                    f.baseline = _squash(s.text[k:k + len(cm.group("b"))])
        return "change"
    m = rx["attr_change"].match(left)
    if m and not m.group("lvl"):
        verb = _squash(m.group("verb"))
        if v.kind == "percent" and verb == "vượt" and rx["ref"].match(right) and f.kind == "indicator":
            if f.attainment is None:
                f.attainment = {"value": 100.0 + float(v.fields["value"]), "of": _ref_text(s, v.end, d)}
            return "attainment"
        if f.kind == "target" and bch in (",", ";") and f.value.kind == v.kind and f.change is not None:
            return None  # "giảm 10% biên chế, giảm 10% chi thường xuyên": a list of goals
        if f.change is None and f.kind == "indicator":
            f.change = _change(verb, v, d)
        elif f.kind == "indicator" and f.change is not None and f.baseline is not None \
                and v.kind in ("percent", "multiplier") and rx["baseline"].match(right) \
                and not rx["ref"].match(_RX_SO_VOI.sub("", right, count=1)):
            return "second_change"  # "tăng 0,3% so với tháng trước và tăng 3,1% so với cùng kỳ"
        _baseline_after(s, f, v, d)
        return "change"
    if v.kind == "percent" and _RX_SHARE_LEFT.fullmatch(left):
        return "share"  # "20.243 hộ, chiếm 1,03% dân số": the same fact as a share
    m = rx["attr_attain"].match(left)
    if m and v.kind == "percent":
        verb = _squash(m.group("verb"))
        if rx["ref"].match(right):
            if f.kind == "indicator" and f.attainment is None:
                val = float(v.fields["value"]) + (100.0 if verb == "vượt" else 0.0)
                f.attainment = {"value": val, "of": _ref_text(s, v.end, d)}
            elif f.kind == "target" and f.achieved is None:
                f.achieved = {"value": float(v.fields["value"]), "of": _ref_text(s, v.end, d)}
            return "attainment"
        if rx["baseline"].match(right) or rx["baseline_head"].match(right):
            _baseline_after(s, f, v, d)
            return "baseline"
        if f.value.kind != "percent" and not rx["tail_stop"].match(right.lstrip()) and bch == ",":
            # đạt gần 68,4% số tiền thiệt hại: a share of a named reference
            of = _tail(s, v.end, d)
            if of and f.kind == "indicator" and f.attainment is None:
                f.attainment = {"value": float(v.fields["value"]), "of": of}
                return "attainment"
        if last == "measure" and bch == "," and f.kind == "indicator" and f.attainment is None \
                and f.value.kind in ("quantity", "ratio", "money") \
                and (not right.strip() or rx["tail_stop"].match(right.lstrip())):
            # "hoàn thành 18 công trình, đạt 90%": nothing named after it, the attainment of the count
            f.attainment = {"value": float(v.fields["value"]), "of": None}
            return "attainment"
        if bch == "(":
            return "restatement"
        return None
    if (bch == "(" or rx["restate"].match(left) and left) and rx["restate"].match(left) \
            and last in ("change", "measure", "attainment") \
            and not any(f.value.end <= c[0] < v.start for c in _cues(s, d)):
        if last == "measure" and f.value.kind == "percent" and v.kind == "money" and f.kind == "target":
            # phấn đấu hoàn thành 100% dự toán (4.435 tỷ đồng): the amount is the goal
            f.achieved = {"value": float(f.value.fields["value"]), "of": _ref_text(s, f.value.end, d)}
            f.value = v
            return "measure"
        if last == "measure" and v.kind == f.value.kind and bch == "(" and not left:
            _baseline_after(s, f, v, d)
            return "restatement"
        if last in ("change", "attainment") or left:
            _baseline_after(s, f, v, d)
            return "restatement"
    return None


def _share_fact(s: _Sentence, of: _Fact, v: Hit, start: int, d: _Data) -> _Fact:
    """The share written after a fact (``…, chiếm 93,5% tổng kim ngạch xuất khẩu``) as an indicator of
    its own: ``tỷ trọng`` of the fact's subject in the whole named after the value, same status and period."""
    whole = _tail(s, v.end, d)
    subject = f"tỷ trọng {of.subject}" + (f" trong {whole}" if whole else "")
    k = s.low.find("chiếm", start, v.start)
    share = _Fact("indicator", v, k if k >= 0 else v.start, v.end, subject, status=of.status, period=of.period)
    k = s.low.find(whole.lower(), v.end, s.s1) if whole else -1
    if k >= 0:
        share.end = k + len(whole)
    _after_value(s, share, v, d)
    return share


def _after_cue_subject(s: _Sentence, a: int, b: int, d: _Data) -> str:
    """The noun phrase between a modality cue and its value (``dự toán thu ngân sách 820 tỷ đồng``), or ''."""
    seg = _strip_approx(s.low[a:b], d).strip(" ,:")
    words = seg.split()
    if not 1 <= len(words) <= 6 or d.rx["verb"].search(seg) or any(c in seg for c in ",;()"):
        return ""
    k = s.low.find(words[0], a, b)
    return _clean(_squash(s.text[k:k + len(seg)]), d) if k >= 0 else ""


# an attainment written right after a value (`, bằng 75% dự toán`, `, đạt 62% kế hoạch`)
_RX_ATTAINED_AFTER = re.compile(r"\s*,?\s*(?:bằng|đạt|vượt)\s+(?:gần\s+|hơn\s+|khoảng\s+)?[\d.,]+\s*%\s+"
                                r"(?:so\s+với\s+)?(?:dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)")
_RX_TIMES_YEAR = re.compile(r"^\s+(?P<b>năm\s+\d{4})(?!\d)")
_RX_SO_VOI = re.compile(r"^\s*so\s+với\s+")


def _change(verb: str, v: Hit, d: _Data) -> dict[str, Any] | None:
    value = v.fields.get("value")
    if value is None:
        return None
    direction = "decrease" if verb in d.words["change_decrease"] else "increase"
    unit = {"percent": "percent", "multiplier": "times"}.get(v.kind, "absolute")
    return {"direction": direction, "value": float(value), "unit": unit}


def _ref_text(s: _Sentence, pos: int, d: _Data) -> str | None:
    """The reference written at ``pos`` (``dự toán Trung ương giao``), as written."""
    low = s.low[pos:min(s.s1, pos + 80)]
    m = d.rx["ref"].match(low)
    if not m:
        return None
    cut = _RX_REF_END.search(low, m.end())
    end = cut.start() if cut else len(low)
    words = s.text[pos + m.start("ref"):pos + end].split()[:8]
    return " ".join(words) or None


def _attr_end(s: _Sentence, v: Hit, d: _Data) -> int:
    """Where an attribute value's phrase ends: its reference or baseline words after it."""
    limit = next((h.start for h in s.values if h.start >= v.end), s.s1)
    right = s.low[v.end:limit]
    m = _RX_PHRASE.match(right)
    end = v.end + (len(m.group().rstrip()) if m else 0)
    return min(end, s.s1)


_RX_PER_UNIT = re.compile(r"(?:/[^\W\d_]+(?: dân)?){1,2}")  # "/kg", "/người/năm", "/vạn dân"


def _baseline_after(s: _Sentence, f: _Fact, v: Hit, d: _Data) -> None:
    if f.baseline is not None:
        return
    at = v.end  # where the baseline may start: after the value, and after a price's per-unit tail
    per = _RX_PER_UNIT.match(s.low, at) if s.low[at:at + 1] == "/" else None
    if per is not None:  # "300 đồng/kg so với đầu vụ"
        at = per.end()
    right = s.low[at:min(s.s1, at + 90)]
    m = d.rx["baseline"].match(right) or d.rx["baseline_head"].match(right)
    if not m and v.kind == "multiplier":
        m = _RX_TIMES_YEAR.match(right)  # "gấp 2,4 lần năm 2021": the year compared with
    if not m:
        return
    b = m.group("b")
    cut = d.rx["baseline_cut"].search(" " + b + " ")
    if cut:
        b = (" " + b)[:cut.start()]
    b = b.rstrip()
    if b.strip():
        start = at + m.start("b")
        end = start + len(b)
        f.baseline = _squash(s.text[start:end])
        f.end = max(f.end, end)


def _after_value(s: _Sentence, f: _Fact, v: Hit, d: _Data) -> None:
    """Baseline and restatements written right after the measure; the fact's end."""
    if v.kind == "percent" and f.kind == "indicator" and f.attainment is None and f.value is v \
            and d.rx["ref"].match(s.low[v.end:v.end + 40]):
        # "giải ngân đạt 55% kế hoạch năm": the measure is itself the share of the plan reached
        f.attainment = {"value": float(v.fields["value"]), "of": _ref_text(s, v.end, d)}
    _baseline_after(s, f, v, d)
    f.end = max(f.end, v.end)


# ------------------------------------------------------------------------------------------------
# a new fact


def _new_fact(s: _Sentence, v: Hit, left_raw: str, gap_from: int, cs: int, prev: Hit | None, d: _Data,
              start_at: int | None = None) -> _Fact | None:
    rx, low = d.rx, s.low
    if not _fact_value(s, v, d, cs):
        return None
    start = gap_from
    # two facts in one clause joined by "và": the second's subject starts after it
    near = s.values[bisect_left(s.vstarts, cs):bisect_right(s.vstarts, v.start)]  # the values starting in the clause
    last_val = max((h.end for h in near if h.end <= v.start), default=None)
    if last_val is not None and start_at is None:
        jm = None
        for jm in rx["join"].finditer(low, last_val, v.start):
            pass
        if jm is not None and not (jm.group() == "còn" and not _strip_approx(low[jm.end():v.start], d).strip()):
            # ("5 tuổi … giảm xuống còn 18,6%": "còn" right before the value is a level, not a join)
            start = max(start, jm.end())
    left_end = start_at if start_at is not None else v.start
    subject, period, scope, change, core_start = _subject(s, start, left_end, v, d)
    baseline = None
    bb = _baseline_before(s, start, left_end, d) if change is not None else None
    if bb is not None:
        baseline = _squash(s.text[bb[0]:bb[1]])
        baseline = baseline[2:].lstrip() if baseline.lower().startswith("so") else baseline
        baseline = baseline[3:].lstrip() if baseline.lower().startswith("với") else baseline
        core_start = min(core_start, bb[0])
    if not _has_head(subject, v) and (prev is None or prev.end <= cs) and not (
            v.kind in ("quantity", "ratio") and v.fields.get("unit")):
        # (bằng 82%), "đạt 77,8%" after a clause without values: the subject is further left
        pc = s.clause_start(cs - 1) if cs > s.s0 else None
        inside = [h for h in s.values if pc is not None and pc[0] <= h.start < cs]
        # "356/512 trường đạt chuẩn, đạt tỷ lệ 69,5%": a count left to its share names the subject
        counted = prev is None and v.kind == "percent" and len(inside) == 1 and inside[0].kind == "ratio"
        if pc is not None and (not inside or counted):
            subj2, period2, scope2, _c, start2 = _subject(s, pc[0], cs - 1, v, d, whole=True)
            if counted and subj2:
                subj2 = _clean(_RX_NUM_TOKEN.sub(" ", s.text[inside[0].start:cs - 1]), d) or subj2
            if subj2:
                subject, core_start, start = subj2, start2, pc[0]
                period, scope = period or period2, scope or scope2
                bm = rx["baseline_any"].search(low, pc[0], cs)
                if bm:
                    base = bm.group("b")
                    cut = rx["baseline_cut"].search(" " + base + " ")
                    baseline = _squash((" " + base)[:cut.start()] if cut else base) or None
    if baseline is None and start == cs and cs > s.s0 and low[cs - 1] == "," and len(subject.split()) <= 2 \
            and v.kind in ("percent", "money") and subject:
        # "trong đó từ thuế, phí khoảng 13,5%": a short list of nouns split by the comma
        pc = s.clause_start(cs - 1)
        head = rx["connector_start"].sub("", low[pc[0]:cs - 1])
        # ... or a measure named before it: "tỷ lệ chất thải được thu gom, xử lý đạt 100%"
        measure = _RX_MEASURE_HEAD.match(head) is not None and len(head.split()) <= 12
        if not any(pc[0] <= h.start < cs for h in s.values + s.times) and (
                1 <= len(head.split()) <= 3 and not rx["verb"].search(head) or measure):
            subj2, _p, _s, _c, start2 = _subject(s, pc[0], left_end, v, d)
            if subj2:
                subject, core_start, start = subj2, start2, pc[0]
    if baseline is None and start == cs and cs > s.s0 and low[cs - 1] == "," and _RX_LIST_TAIL.match(subject):
        # "vốn đăng ký mới, bổ sung và góp cổ phần đạt …", "máy móc, thiết bị, dụng cụ và phụ tùng tăng …":
        # the last items of a list of nouns; the subject starts with its first item
        a = _list_start(s, cs, d)
        if a < cs:
            subj2, _p, _s, _c, start2 = _subject(s, a, left_end, v, d)
            if subj2 and len(subj2) > len(subject):
                subject, core_start, start = subj2, start2, a
    f = _Fact("indicator", v, core_start, v.end, subject, period=period, scope=scope, change=change,
              baseline=baseline)
    f.extra["self_change"] = change is not None and v.kind in ("percent", "multiplier")
    f.extra["left"] = min(start, core_start)
    sl = subject.lower()
    im = rx["individual"].match(sl)
    if im is not None and subject[im.end():im.end() + 1].isupper() and not rx["speech"].search(sl):
        return None  # "Hộ bà Lan được bồi thường 1,2 tỷ đồng": one household's amount, not an aggregate
    if v.kind == "money" and not _big_money(v) and not rx["per_capita"].search(sl) and not (
            rx["per_unit"].match(low, v.end) and rx["price"].match(sl)):
        return None  # a price or a fee, not an aggregate; a price per kg of a product is a statistic
    if v.kind == "ratio" or (v.kind == "quantity" and (v.fields.get("unit") or "").startswith("chỉ tiêu")):
        f.extra["weak"] = False
    elif v.kind == "quantity":
        strong = _economic(sl, d) or bool(rx["strong"].search(low, core_start, v.start))
        unit = (v.fields.get("unit") or "").lower()
        if _evaluated(s, v, d) is not None or _goal_count(s, v, s.clause_start(v.start)[0], d):
            strong = True  # "9 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ": a graded result, any size
        elif float(v.fields.get("value") or 0) < 10 and unit not in d.words["measure_units"]:
            # "có hai doanh nghiệp", "trao giấy chứng nhận cho 8 dự án": a handful of items described,
            # not a statistic, unless a reporting verb gives it (thành lập mới 5 doanh nghiệp)
            strong = bool(rx["strong"].search(low, core_start, v.start))
        if not strong and float(v.fields.get("value") or 0) >= 10:
            # a count in any domain: "có 4.250 giường bệnh", "đã hoàn thành 120 km đường"
            # the domain verb close before the value (not "hoàn thành đóng điện cho 3 bản … với 246 hộ")
            strong = bool(rx["statistic"].search(sl)) or bool(rx["domain_verb"].search(
                low, max(min(start, core_start), v.start - 32), v.start))
            if not strong:
                # "có 1.046 hộ dân bị ảnh hưởng", "214 hộ phải bố trí tái định cư": the domain verb after the
                # counted noun, in the same clause
                stop = min(s.s1, v.end + 32)
                for ch in ",;(":
                    k = low.find(ch, v.end, stop)
                    if k >= 0:
                        stop = k
                strong = bool(rx["domain_verb"].search(low, v.end, stop))
        threshold = _RX_COUNT_THRESHOLD.match(low, v.end, min(s.s1, v.end + 80))
        if threshold is not None and float(v.fields.get("value") or 0) >= 2:
            # "28 mặt hàng đạt kim ngạch trên 1 tỷ USD": a count defined by a threshold is a statistic;
            # the threshold is part of what is counted
            strong = True
            m_end = next((h.end for h in s.values if h.start == threshold.end() - 1), None)
            if m_end is not None:
                f.subject = _squash(f"{v.fields.get('unit') or ''} {s.text[v.end:m_end]}")
                f.end = max(f.end, m_end)
        f.extra["weak"] = not strong
    if v.kind == "percent":
        tail = low[v.end:v.end + 30].lstrip()
        f.extra["party"] = bool(rx["party"].match(tail)) and not rx["evaluated"].match(low, v.end, min(s.s1, v.end + 90))
    return f


# a subject ending a list of nouns: at most three words, "và", the last item
_RX_LIST_TAIL = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+và\s+[^\W\d_]")


def _list_start(s: _Sentence, cs: int, d: _Data) -> int:
    """Where a list of nouns whose last items open the clause at ``cs`` (after a comma) starts: the comma
    pieces before it that hold no value, time or verb and open with no connector (``Theo Sở Tài chính,``),
    the first of them up to ten words long, the others up to four."""
    rx, low = d.rx, s.low
    a = cs
    while a > s.s0 and low[a - 1] == ",":
        p0, _ch = s.clause_start(a - 1)
        piece = low[p0:a - 1]
        words = piece.split()
        if not 1 <= len(words) <= 10 or any(p0 <= h.start < a for h in s.hits) or rx["verb"].search(piece) \
                or rx["connector_start"].match(piece) or (a < cs and len(words) > 4) or "(" in piece:
            break
        a = p0
        if len(words) > 4:
            break  # a long first item ("vốn đầu tư trực tiếp nước ngoài đăng ký mới")
    return a


def _has_head(subject: str, v: Hit) -> bool:
    """Whether a subject names something beyond the value's own counted noun."""
    words = subject.split()
    unit = (v.fields.get("unit") or "") if v.kind in ("quantity", "ratio") else ""
    return len(words) > len(unit.split())


def _big_money(v: Hit) -> bool:
    value = float(v.fields.get("value") or 0)
    return value >= (1e9 if v.fields.get("currency", "VND") == "VND" else 1e6)


# a count, a verb and a noun, then "trên/hơn/từ/dưới" or "mốc" right before the value: the value is the
# threshold that defines what is counted (`28 mặt hàng đạt kim ngạch trên 1 tỷ USD`, `7 mặt hàng vượt
# mốc 10 tỷ USD`), not a measure of its own
_THRESHOLD_TAIL = r"\s+(?:(?:mốc|ngưỡng)|[^\W\d_]+(?:\s+[^\W\d_]+){0,6}\s+(?:trên|hơn|từ|dưới|mốc))\s*"
_RX_THRESHOLD = re.compile(r"\d[\d.,]*\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+(?:đạt|có|vượt)" + _THRESHOLD_TAIL + "$")
_THRESHOLD_ENDS = ("mốc", "ngưỡng", "trên", "hơn", "từ", "dưới")  # the last words `_RX_THRESHOLD` may end with


# after a count: what is counted reaches a threshold (`… mặt hàng đạt kim ngạch trên 1 tỷ USD`)
_RX_COUNT_THRESHOLD = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s+(?:đạt|vượt)" + _THRESHOLD_TAIL + r"\d")


def _fact_value(s: _Sentence, v: Hit, d: _Data, cs: int) -> bool:
    """Whether a value can be a fact's measure at all (not a vote, meeting or document count)."""
    rx, low = d.rx, s.low
    clause = low[max(s.s0, cs - 60):min(s.s1, v.end + 40)]
    if v.kind in ("percent", "ratio", "quantity") and _has_any(clause, d.needles["vote"]) and rx["vote"].search(clause):
        return False
    after = low[v.end:v.end + 40]
    if "trở xuống" in after and _RX_OR_LESS.match(after):
        return False  # a threshold in a definition (thu nhập từ 16 triệu đồng/người/năm trở xuống)
    if v.kind in ("money", "quantity") and _end_search(d, "cost_end", _strip_approx(low[cs:v.start], d)):
        return False  # "với tổng kinh phí 62 tỷ đồng": the cost of one project, not a statistic
    if low.find("hoạch", max(cs, v.start - 80), v.start) >= 0 \
            and rx["plan_document"].search(low, max(cs, v.start - 80), v.start):
        return False  # "chuẩn bị kế hoạch tặng quà cho 15.000 hộ nghèo": what a plan being drafted covers
    if v.kind in ("money", "quantity", "percent") and low[max(cs, v.start - 80):v.start].rstrip().endswith(
            _THRESHOLD_ENDS) and _RX_THRESHOLD.search(low, max(cs, v.start - 80), v.start):
        return False  # "28 mặt hàng đạt kim ngạch trên 1 tỷ USD": a threshold in what is counted
    if v.kind == "ratio":
        unit = (v.fields.get("unit") or "").lower()
        if unit in d.words["ratio_fact_units"]:
            return True
        # "356/512 trường đạt chuẩn": a count of a fact unit, unless its share follows (đạt tỷ lệ 95,2%),
        # which is then the measure
        if _evaluated(s, v, d) is not None:
            return True  # "45/47 tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ"
        return bool(unit) and unit not in d.words["non_fact_units"] and unit not in d.words["party_heads"] \
            and _is_fact_unit(unit, d) and not _RX_SHARE_AFTER.match(low, v.end, min(s.s1, v.end + 70))
    if v.kind == "quantity":
        unit = (v.fields.get("unit") or "").lower()
        if unit.startswith("chỉ tiêu"):
            return bool(rx["count_verb"].search(low[cs:min(s.s1, v.end + 30)]))
        if unit and _evaluated(s, v, d) is not None:
            return True  # "9 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ"
        if not unit:
            # a bare number needs a subject with an economic head right before it
            return _economic(low[cs:v.start], d) and v.fields.get("value", 0) >= 10
        if unit in d.words["unit_openers"]:
            # "350.000 lượt bệnh nhân": the counted noun is the one after the opener; "tổng số lượt khám
            # bệnh đạt 4,1 triệu lượt": or the one the subject names after it
            nxt = _RX_WORDS.findall(low, v.end, v.end + 30)
            if any(_is_fact_unit(" ".join(nxt[:k]), d) for k in (1, 2, 3) if len(nxt) >= k):
                return True
            k = low.rfind(unit + " ", cs, v.start)
            named = _RX_WORDS.findall(low, k + len(unit), min(v.start, k + len(unit) + 30)) if k >= 0 else []
            return any(_is_fact_unit(" ".join([unit, *named[:j]]), d) or _is_fact_unit(" ".join(named[:j]), d)
                       for j in (1, 2) if len(named) >= j)
        if unit in d.words["non_fact_units"]:
            return False
        if _goal_count(s, v, cs, d):
            return True  # "phấn đấu số hóa 1,5 triệu văn bằng": a goal counts whatever it aims at
        if float(v.fields.get("value") or 0) >= 10 and _RX_CHANGE_AFTER.match(low, v.end, min(s.s1, v.end + 90)):
            return True  # "tiếp nhận 8.112 hồ sơ trực tuyến, gấp 2,4 lần …": a count with its change is a statistic
        return _is_fact_unit(unit, d) or bool(_RX_COUNT_THRESHOLD.match(low, v.end, min(s.s1, v.end + 80)))
    if v.kind == "multiplier":
        return bool(_end_search(d, "change_end", _strip_approx(low[cs:v.start], d)))
    if v.kind == "percent":
        after = low[v.end:v.end + 25]
        if _RX_VOTERS.match(after):
            return False
    return True


def _is_fact_unit(unit: str, d: _Data) -> bool:
    """Whether a counted noun (lower case) is one that facts are counted in (``fact_units``)."""
    units, heads = _fact_unit_sets()
    if unit in units:
        return True
    # ``unit`` opens with a fact unit (not a whole-only one) followed by a space
    k = unit.find(" ")
    while k >= 0:
        if unit[:k] in heads:
            return True
        k = unit.find(" ", k + 1)
    return False


@functools.cache
def _fact_unit_sets() -> tuple[frozenset[str], frozenset[str]]:
    """``fact_units`` as a set, and those of them that may head a longer unit."""
    d = _data()
    units = frozenset(d.words["fact_units"])
    whole = set(d.words["fact_units_whole"])
    return units, frozenset(f for f in units if f not in whole)


def _subject(s: _Sentence, a: int, b: int, v: Hit, d: _Data, whole: bool = False
             ) -> tuple[str, Hit | None, str | None, dict[str, Any] | None, int]:
    """Subject, own period, scope and change (when the value follows a change verb) of a value."""
    rx, low, text = d.rx, s.low, s.text
    if b - a > 160:  # a subject is a noun phrase, not a paragraph: look at the last words only
        k = low.find(" ", b - 160, b)
        a = k + 1 if k >= 0 else b - 160
    # blank out times inside the left span, keep the nearest as the fact's period
    left = text[a:b]
    period = None
    # "CPI tháng 10 so với tháng trước tăng 0,3%": the baseline written before the change verb is blanked,
    # its time is not the fact's period
    bb = _baseline_before(s, a, b, d) if not whole else None
    if bb is not None:
        left = left[:bb[0] - a] + " " * (bb[1] - bb[0]) + left[bb[1] - a:]
    for t in s.times:
        if t.start >= a and t.end <= b:
            if bb is None or not bb[0] <= t.start < bb[1]:
                period = t
            left = left[:t.start - a] + " " * (t.end - t.start) + left[t.end - a:]
        elif t.start >= b and t.start <= v.end + 40 and period is None and not whole:
            gap = low[v.end:t.start]
            if t.start >= v.end and _RX_PERIOD_GAP.fullmatch(gap):
                period = t
    left_low = left.lower()
    scope = None
    sm = rx["scope"].search(left_low)
    if sm:
        scope = _squash(left[sm.start():sm.end()])
        left = left[:sm.start()] + " " * (sm.end() - sm.start()) + left[sm.end():]
        left_low = left.lower()
    change = None
    # a modality cue is searched for only where one can be (in ``left_low``, hence in ``core`` and ``subj``)
    modal = _has_any(left_low, d.needles["modality"])
    core = _strip_approx(left_low, d)
    cm = _end_search(d, "change_end", core)
    if cm and not cm.group("lvl") and not whole:
        change = _change(_squash(cm.group("verb")), v, d)
    elif cm is None and not whole and v.kind == "percent" and core.endswith(("trưởng", "trưởng ")):
        gm = _RX_GROWTH_END.search(core)
        cue_end = 0  # (a cue before it must leave a subject: not "phấn đấu tăng trưởng 9-10%")
        for m0 in rx["modality"].finditer(core, 0, gm.start()) if gm is not None and modal else ():
            cue_end = m0.end()
        if gm is not None and _clean(core[cue_end:gm.start()], d):
            # "khu vực công nghiệp và xây dựng tăng trưởng 7,9%": a growth rate, the change of what precedes
            change = _change("tăng", v, d)
            core = core[:gm.start()]
    # split at the last verb: what precedes is the subject
    subj_end = len(core)
    verbs = list(rx["verb"].finditer(core))
    verb_pos = verbs[-1] if verbs else None
    if len(verbs) >= 2 and verb_pos is not None and _squash(verb_pos.group()) in ("với", "là") \
            and _RX_EVAL.fullmatch(core, verbs[-2].end(), verb_pos.start()):
        # "tỷ lệ tốt nghiệp đạt khá cao với 97,6%": the subject ends at the verb before the evaluation
        verb_pos = verbs[-2]
    has_copula = False
    if verb_pos is not None:
        pre = core[:verb_pos.start()]
        if pre.strip(" ,"):
            subj_end = verb_pos.start()
            has_copula = True
        else:
            # "có 500 chiến sĩ", "đạt 77,8%": nothing before the verb
            subj_end = verb_pos.start()
    subj_from = 0
    da = None
    for da in _RX_DA_SE.finditer(core) if "đã" in core or "sẽ" in core else ():
        pass
    if da is not None and (verb_pos is None or da.start() >= verb_pos.end()) and core[da.end():].strip():
        # "các thành viên … đã xuất khẩu 50 tấn": the actor is not the subject, the verb phrase is
        subj_from, subj_end, has_copula = da.end(), len(core), False
    rm = _RX_RAISE.search(core) if core.rstrip().endswith(_RAISE_ENDS) else None
    if rm is not None and (verb_pos is None or verb_pos.start() <= rm.start("x")) \
            and not rx["verb"].search(rm.group("x")) and not (modal and rx["modality"].search(core)):
        # "giảm tỷ lệ rác chôn lấp còn 50%", "nâng tỷ lệ hội viên lên 75%": what is raised or cut
        subj_from, subj_end, has_copula = rm.start("x"), rm.end("x"), True
    subj = left[subj_from:subj_end]
    # a modality cue: the subject is what follows it ("phấn đấu tỷ lệ huy động … đạt"), or, when only a
    # verb follows ("phấn đấu hoàn thành"), what precedes it ("Tổng thu ngân sách … phấn đấu")
    mm = None
    actor = False  # the subject is the actor before the cue ("tỉnh phấn đấu có 12 bác sĩ …")
    for mm in rx["modality"].finditer(subj.lower()) if modal else ():
        pass
    if mm is not None:
        after_cue, before_cue = subj[mm.end():], subj[:mm.start()]
        verb_phrase = left[subj_from + mm.end():len(core)]
        verb_phrase = _RX_LEVEL_END.sub("", verb_phrase)
        if _clean(after_cue, d):
            subj = after_cue
        elif _clean(before_cue, d) and (_economic(before_cue, d) or not _clean(verb_phrase, d)):
            subj = before_cue
            actor = not _economic(before_cue, d)
        else:
            # "phấn đấu giảm nợ đọng thuế xuống dưới 5%": the verb phrase after the cue is the subject
            rest = left[subj_from + mm.end():len(core)]
            subj = _RX_LEVEL_END.sub("", rest)
    # the actor before "đã"/"sẽ" is not the subject
    subj_low = subj.lower()
    am = rx["actor"].match(subj_low) if "đã" in subj_low or "sẽ" in subj_low else None
    if am and subj[am.end():].strip():
        subj = subj[am.end():]
    # a sentence run on without its full stop: "… tăng thu ngân sách Tổng thu ngân sách nhà nước …"
    subj_low = subj.lower()
    # (a capital letter after the first character is needed: none when the rest is lower case)
    for cm2 in () if subj[1:].islower() else _RX_CAP.finditer(subj):
        k = cm2.start(1)
        if subj[k].isupper() and subj[k + 1:k + 2].islower() and subj[k - 2:k - 1].islower() and \
                rx["economic"].match(subj_low, k + (5 if subj_low.startswith("tổng ", k) else 0)):
            subj = subj[k:]
            break
    subj = _clean(subj, d)
    if "ước" in subj:
        # "tổng thu ngân sách ước thực hiện cả năm là …", "tổng vốn đầu tư ước cả năm đạt …": the estimate
        # verb and the period words after it are not the subject's
        em = _RX_EST_INSIDE.search(subj.lower())
        if em is not None and len(subj[:em.start()].split()) >= 2 \
                and all(x in _EST_RESIDUE for x in subj[em.end():].lower().split()):
            subj = _clean(subj[:em.start()], d)
    if not subj and verb_pos is not None and mm is None and not (modal and rx["modality"].search(core, verb_pos.end())):
        # "Đặc biệt, với kết quả thu 6.279 tỷ đồng": nothing before the verb, the words after it
        subj = _clean(left[verb_pos.end():len(core)], d)
    # cut relative clauses on a long subject: "tổng số hộ nghèo có thu nhập từ …"
    sl = subj.lower()
    cut = _RX_RELATIVE.search(" " + sl + " ") if len(sl.split()) > 6 else None
    if cut and len(sl[:max(0, cut.start() - 1)].split()) >= 2:
        subj = subj[:max(0, cut.start() - 1)]
    if subj and scope is None and " " in subj and v.kind in ("quantity", "ratio") and v.fields.get("unit") \
            and places.known_name(subj.strip()):
        # "Thanh Hóa có 19 bác sĩ/vạn dân": the province is where it is counted, the counted noun the subject
        scope, subj = subj.strip(), ""
    # the counted noun and the words after the value
    parts = [subj]
    unit = v.fields.get("unit") if v.kind in ("quantity", "ratio") else None
    if unit and unit.lower() not in subj.lower() and unit.lower() not in d.words["measure_units"] \
            and not (subj and unit.lower() in d.words["classifiers"]):
        per = _RX_PER_UNIT.match(s.text, v.end) if s.text[v.end:v.end + 1] == "/" else None
        # (a classifier adds nothing to a named subject: `Tổng đàn gia súc có 125.000 con`); a rate keeps
        # what it is per (`46,3 giường bệnh/vạn dân`)
        parts.append(unit + per.group() if per else unit)
    # (after a copula, a money or percent value's tail is dropped when the subject has two words or more)
    if not whole and not (has_copula and v.kind in ("money", "percent") and len(subj.split()) >= 2):
        tail = _tail(s, v.end, d, share=v.kind == "percent")
        if tail and not (v.kind == "percent" and rx["denominator"].match(tail.lower())):
            parts.append(tail)
    if actor and len(parts) > 1:
        parts[0] = ""  # the goal is the counted noun, not who aims at it
    if v.kind == "percent" and not whole and (actor or subj.lower().strip() in d.words["share_object_verbs"]):
        # "phấn đấu đạt 95% dân số tham gia bảo hiểm y tế", "thu hút từ 95% trở lên phụ nữ tham gia tổ chức
        # hội": the share is of the noun phrase after the value; the verb or actor before it is no subject
        after = v.end
        om = _RX_OR_MORE.match(s.low, after)
        if om is not None:
            after = om.end()
        tail = _tail(s, after, d, share=True)
        if len(tail.split()) >= 2:
            parts = [tail]
    elif unit and not whole and (em := _evaluated(s, v, d)) is not None:
        # "18/21 chi bộ hoàn thành tốt nhiệm vụ": what was graded and its grade, whatever led to the count
        parts, subj = [s.text[em[0]:em[1]]], ""
    subject = _squash(" ".join(parts))  # (an empty part only adds spaces)
    # start of the fact's span: first kept word of the left side
    core_start = a + (len(left) - len(left.lstrip())) if subj else v.start
    if subj:
        first = subj.lower().split(None, 1)
        k = low.find(first[0], a, b) if first else -1
        core_start = k if k >= 0 else core_start
    if period is not None and period.start < core_start and period.start >= a:
        core_start = period.start
    return subject, period, scope, change, core_start


_RX_OR_MORE = re.compile(r"\s+(?:trở\s+lên|trở\s+xuống)(?!\w)")


# an estimate verb inside a subject followed only by a few words (its period): not "hiệp ước", "công ước"
_RX_EST_INSIDE = re.compile(r"(?<!\Whiệp)(?<!\Wcông)(?<!\Wquy)(?<!\Wgiao)(?<!\Wđiều)\s+ước(?:\s+(?:thực hiện|tính))?"
                            r"(?=(?:\s+[^\W\d_]+){0,4}\s*$)")


# what may follow an estimate verb inside a subject: the rest of its period and scope ("ước cả năm",
# "ước thực hiện 7 tháng đầu năm của tỉnh", the time itself blanked)
_EST_RESIDUE = frozenset("cả năm tháng quý đầu cuối của tp tỉnh thành phố huyện quận thị xã toàn".split())


# "X tăng trưởng 7,9%": growth as the verb before a rate; not the noun of "mức/tốc độ/tỷ lệ tăng trưởng 7,9%",
# "đạt tăng trưởng 13%"
_RX_GROWTH_END = re.compile(r"(?<!mức)(?<!\Wđộ)(?<!\Wlệ)(?<!đạt)(?<!\Wcó)(?<!với)(?<!\Wvề)(?<!\Wsố)(?<!trọng)(?<!\Wlà)"
                            r"\s+tăng\s+trưởng\s*$")


def _baseline_before(s: _Sentence, a: int, b: int, d: _Data) -> tuple[int, int] | None:
    """``(start, end)`` of ``so với <baseline>`` written between a subject and its change verb at ``b``
    (``CPI tháng 10 so với tháng trước tăng 0,3%``), or None."""
    if s.low.find("so", a, b) < 0:
        return None
    m = d.rx["baseline_before"].search(_strip_approx(s.low[a:b], d))
    return (a + m.start(), a + m.end("b")) if m is not None else None


def _clean(subj: str, d: _Data) -> str:
    rx = d.rx
    s = subj
    while True:  # until nothing more is cut (`_strip_edges` is idempotent)
        s = _strip_edges(s)
        low = s.lower()
        cut = s
        first = low.split(None, 1)
        # a connector or an edge word opens ``low`` only when its first word does
        opens = not first or not first[0].isalnum() or first[0] in d.words_first
        m = rx["connector_start"].match(low) if opens else None
        if m and m.end():
            cut = s[m.end():]
        else:
            m = rx["edge_start"].match(low) if opens else None
            if m and m.end():
                cut = s[m.end():]
            else:
                m = _end_search(d, "edge_end", low)
                if m and m.start() < len(low):
                    cut = s[:m.start()]
                else:
                    m = rx["estimate"].search(low)
                    if m and m.end() == len(low.rstrip()):
                        cut = s[:m.start()]
        if cut == s:
            return _squash(s)
        s = cut


_OPEN_CLOSE = {"(": ")", "“": "”", "[": "]"}


def _strip_edges(s: str) -> str:
    """Strip spaces and punctuation at both ends, keeping quotes and brackets that are balanced."""
    s = s.strip(" ,;:-–")
    while s:
        head, tail = s[0], s[-1]
        if (head in _OPEN_CLOSE and _OPEN_CLOSE[head] not in s) or (head == '"' and s.count('"') % 2):
            s = s[1:].strip(" ,;:-–")
        elif (tail in ")”]" and {")": "(", "”": "“", "]": "["}[tail] not in s) or (tail == '"' and s.count('"') % 2):
            s = s[:-1].strip(" ,;:-–")
        else:
            break
    return s


def _tail(s: _Sentence, pos: int, d: _Data, share: bool = False) -> str:
    """The noun phrase written right after a value, up to a stop word, boundary or another hit.
    With ``share`` (a percent of a noun: ``96% hộ gia đình đạt danh hiệu …``) it reads on over ``đạt``."""
    low = s.low
    limit = min(s.s1, pos + 90)
    for h in s.hits:
        if pos <= h.start < limit and not (h.kind == "quantity" and h.fields.get("unit") in _AGE_UNITS):
            limit = h.start  # "98,7% trẻ em dưới 1 tuổi được tiêm chủng": an age stays in the noun
    seg = low[pos:limit]
    m = d.rx["tail_stop"].search(seg)
    while m and m.group() == "bằng" and _RX_LEVEL_NOUN.search(seg, 0, m.start()):
        m = d.rx["tail_stop"].search(seg, m.end())  # "320 ha mặt bằng": a noun, not "bằng 90%"
    while m and m.group() == "đạt" and _RX_STANDARD.match(seg, m.end()) and (not share or seg[:m.start()].split()):
        m = d.rx["tail_stop"].search(seg, m.end())  # "85 trường đạt chuẩn quốc gia": one noun phrase
    if share and m and m.group() == "đạt" and seg[:m.start()].split():
        m2 = d.rx["tail_stop"].search(seg, m.end())
        if m2 is None or m2.group() != "đạt":
            m = m2
    if m:
        if m.group() == "," and 1 <= len(seg[:m.start()].split()) <= 2:
            # "100% thôn, khu dân cư có nhà văn hóa": a short list of nouns goes on after the comma
            rest = seg[m.end():]
            m2 = d.rx["tail_stop"].search(rest)
            more = rest[:m2.start()] if m2 else ""
            if more.split() and not d.rx["verb"].match(more.strip()) and len(more.split()) <= 8:
                seg = seg[:m.end()] + more
            else:
                seg = seg[:m.start()]
        else:
            seg = seg[:m.start()]
    if not seg.split():
        return ""
    raw = " ".join(s.text[pos:pos + len(seg)].split()[:12])
    std = _RX_STD_HEAD.match(raw.lower())
    if std:  # "đạt chuẩn quốc gia" is the noun's own phrase: its "đạt" stays
        return _squash(raw[:std.end()] + " " + _clean(raw[std.end():], d))
    return _clean(raw, d)
