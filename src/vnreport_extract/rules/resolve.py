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
Named and composite kinds (later recognisers) pass through untouched: they may nest.
"""
from __future__ import annotations

from bisect import bisect_left

from .base import Hit

NUMERIC = frozenset({"quantity", "money", "percent", "ratio", "multiplier", "ordinal"})
TEMPORAL = frozenset({"date", "period", "duration"})
_BASE = NUMERIC | TEMPORAL


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
    others = [h for h in hits if h.kind not in _BASE]
    periods = [h for h in base if h.kind == "period"]
    closed = [p for p in periods if p.fields.get("since") and p.fields.get("until")]
    starts: list[int] = []  # kept hits never overlap: a sorted list of starts finds neighbours
    kept: list[Hit] = []
    nested: list[Hit] = []  # dates inside their one-ended period
    for h in sorted(base, key=lambda h: (-_rank(h), -(h.end - h.start), -h.priority, h.start)):
        if h.kind == "duration" and any(p.start <= h.start and h.end <= p.end for p in periods):
            continue
        inside = [p for p in periods if p.start <= h.start and h.end <= p.end]
        if h.kind == "date" and inside:
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
