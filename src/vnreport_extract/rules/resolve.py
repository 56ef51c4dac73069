"""Overlap resolution between hits of different recognisers (pure, no spaCy).

Policy, from how the records are annotated (``shared/spec/GOLD.md``):
- a temporal hit (date, period, duration) and a bare quantity/ratio/multiplier/ordinal over the same
  digits: the temporal reading wins (``năm 2022`` is a year, not 2022 of something), except a ratio with
  a counted noun (``12/12 chi bộ``), which is never a date;
- money and percent win over a temporal reading of the same digits (``5-7%`` is no date);
- a duration inside a period is dropped, and so is a date inside a two-ended period (the period
  carries it); the date inside a one-ended period (``từ ngày 1/1/2016``, ``trước ngày 31/1/2025``)
  is kept, as annotators read it either way;
- otherwise, within a family, the longer hit wins, then the higher ``priority``, then the earlier.
Named kinds may nest (a body inside an event or a document name) but:
- a location inside or across a body is dropped (the body names the place: ``UBND tỉnh Hà Tĩnh``);
- a person inside or across a body or a location is dropped (``TP Hồ Chí Minh`` is a place);
- two hits of the same named kind that overlap keep the longer.
Composite kinds pass through untouched.
"""
from __future__ import annotations

from bisect import bisect_left

from .base import Hit

NUMERIC = frozenset({"quantity", "money", "percent", "ratio", "multiplier", "ordinal"})
TEMPORAL = frozenset({"date", "period", "duration"})
_BASE = NUMERIC | TEMPORAL
NAMED = frozenset({"body", "location", "person", "document", "event"})


def _rank(h: Hit) -> int:
    """Strength when a numeric and a temporal reading collide (higher wins)."""
    if h.kind in ("money", "percent"):
        return 3
    if h.kind == "ratio" and h.fields.get("unit"):
        return 3
    if h.kind in TEMPORAL:
        return 2
    return 1


def resolve(hits: list[Hit]) -> list[Hit]:
    """Drop the losing hit of every conflicting overlap; return the rest in text order."""
    base = [h for h in hits if h.kind in _BASE]
    others = resolve_named([h for h in hits if h.kind in NAMED])
    others += [h for h in hits if h.kind not in _BASE and h.kind not in NAMED]
    periods = [h for h in base if h.kind == "period"]
    closed = [p for p in periods if p.fields.get("since") and p.fields.get("until")]
    starts: list[int] = []  # kept hits never overlap: a sorted list of starts finds neighbours
    kept: list[Hit] = []
    nested: list[Hit] = []  # dates inside their one-ended period
    for h in sorted(base, key=lambda h: (-_rank(h), -(h.end - h.start), -h.priority, h.start)):
        if h.kind == "duration" and any(p.start <= h.start and h.end <= p.end for p in periods):
            continue
        if h.kind == "date":
            inside = [p for p in periods if p.start <= h.start and h.end <= p.end]
            if inside:
                if any(p in closed for p in inside):
                    continue
                nested.append(h)
                continue
        i = bisect_left(starts, h.start)
        if (i > 0 and kept[i - 1].end > h.start) or (i < len(kept) and kept[i].start < h.end):
            continue
        starts.insert(i, h.start)
        kept.insert(i, h)
    kept_periods = {id(k) for k in kept if k.kind == "period"}
    nested = [h for h in nested if any(id(p) in kept_periods and p.start <= h.start and h.end <= p.end
                                       for p in periods)]
    return sorted(kept + nested + others, key=lambda h: (h.start, -(h.end - h.start)))


def _longest_per_kind(hits: list[Hit]) -> list[Hit]:
    kept: list[Hit] = []
    by_kind: dict[str, list[Hit]] = {}  # the kept hits of each kind
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), -h.priority, h.start)):
        same = by_kind.setdefault(h.kind, [])
        if not any(k.start < h.end and h.start < k.end for k in same):
            kept.append(h)
            same.append(h)
    return kept


def resolve_named(hits: list[Hit]) -> list[Hit]:
    """Named-kind overlaps (see the module docstring)."""
    kept = _longest_per_kind(hits)
    blockers = {"location": ("body",), "person": ("body", "location")}
    spans: dict[str, list[tuple[int, int]]] = {}
    for k in kept:
        if k.kind in ("body", "location"):
            spans.setdefault(k.kind, []).append((k.start, k.end))
    out = []
    for h in kept:
        kinds = blockers.get(h.kind, ())
        if kinds and any(a < h.end and h.start < b for kind in kinds for a, b in spans.get(kind, ())):
            continue
        out.append(h)
    return out
