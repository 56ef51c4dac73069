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
- a person inside or across a body or a location is dropped (``TP Hồ Chí Minh`` is a place),
  except a name in the byline, which wins over a place of the same span (``Minh Anh - Thanh Thủy``);
- two hits of the same named kind that overlap keep the longer, except a document named inside
  another's title after its first word (``Nghị quyết về Chiến lược … đến năm 2030``: two records).
Composite kinds pass through untouched.
"""
from __future__ import annotations

from bisect import bisect_left

from .base import Hit

NUMERIC = frozenset({"quantity", "money", "percent", "ratio", "multiplier", "ordinal"})
TEMPORAL = frozenset({"date", "period", "duration"})
_BASE = NUMERIC | TEMPORAL
NAMED = frozenset({"body", "location", "person", "document", "event"})
#: The priority of a person read off the byline or a photo credit (``rules/people.py``): it wins over a
#: place of the same span.
BYLINE_PRIORITY = 2


def _rank(h: Hit) -> int:
    """Strength when a numeric and a temporal reading collide (higher wins)."""
    kind = h.kind
    if kind in ("money", "percent") or kind == "ratio" and h.fields.get("unit"):
        return 3
    return 2 if kind in TEMPORAL else 1


def resolve(hits: list[Hit]) -> list[Hit]:
    """Drop the losing hit of every conflicting overlap; return the rest in text order."""
    base: list[Hit] = []
    named: list[Hit] = []
    rest: list[Hit] = []
    for h in hits:
        (base if h.kind in _BASE else named if h.kind in NAMED else rest).append(h)
    others = resolve_named(named) + rest
    periods = [h for h in base if h.kind == "period"]
    closed = [p for p in periods if p.fields.get("since") and p.fields.get("until")]
    starts: list[int] = []  # kept hits never overlap: a sorted list of starts finds neighbours
    kept: list[Hit] = []
    nested: list[Hit] = []  # dates inside their one-ended period
    for h in sorted(base, key=lambda h: (-_rank(h), h.start - h.end, -h.priority, h.start)):
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


class _Spans:
    """Non-overlapping spans kept so far, sorted: ``overlaps`` is two neighbour checks (bisect)
    instead of a scan over every kept span. A span of no length is kept aside and checked one by
    one, so the answer is the plain any-overlap test's for every input."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.empty: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some kept span ``(a, b)`` has ``a < end and start < b``."""
        i = bisect_left(self.starts, start)
        if (i > 0 and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end):
            return True
        return any(a < end and start < b for a, b in self.empty)

    def inside(self, start: int, end: int) -> bool:
        """Whether some kept span ``(a, b)`` holds ``start..end`` whole and starts before it."""
        i = bisect_left(self.starts, start) - 1
        return i >= 0 and self.starts[i] < start and end <= self.ends[i]

    def add(self, start: int, end: int) -> None:
        """Keep a span that overlaps none kept (see :meth:`overlaps`)."""
        if end <= start:
            self.empty.append((start, end))
            return
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _overlapping(hits: list[Hit]) -> bool:
    """Whether two of ``hits`` may overlap (always True when one has no length)."""
    spans = sorted([(h.start, h.end) for h in hits])
    if any(b <= a for a, b in spans):
        return True
    return any(spans[i][1] > spans[i + 1][0] for i in range(len(spans) - 1))


def _longest_per_kind(hits: list[Hit]) -> list[Hit]:
    order = sorted(hits, key=lambda h: (-(h.end - h.start), -h.priority, h.start))
    by_kind: dict[str, list[Hit]] = {}
    for h in hits:
        by_kind.setdefault(h.kind, []).append(h)
    crowded = {k for k, same in by_kind.items() if len(same) > 1 and _overlapping(same)}
    if not crowded:
        return order  # no two hits of a kind overlap: every hit is kept
    kept: list[Hit] = []
    spans = {k: _Spans() for k in crowded}  # the kept spans of each kind with overlaps
    for h in order:
        same = spans.get(h.kind)
        if same is not None:
            if same.overlaps(h.start, h.end):
                if h.kind == "document" and same.inside(h.start, h.end):
                    kept.append(h)  # `Nghị quyết về Kế hoạch đầu tư công năm 2024`: a document named in one's title
                continue
            same.add(h.start, h.end)
        kept.append(h)
    return kept


def resolve_named(hits: list[Hit]) -> list[Hit]:
    """Named-kind overlaps (see the module docstring)."""
    kept = _longest_per_kind(hits)
    bylined = {(h.start, h.end) for h in kept if h.kind == "person" and h.priority >= BYLINE_PRIORITY}
    if bylined:  # a byline is read as names even where a name is also a place (`Thanh Thủy`)
        kept = [h for h in kept if not (h.kind == "location" and (h.start, h.end) in bylined)]
    bodies = _Spans()
    places = _Spans()
    for k in kept:
        if k.kind == "body":
            bodies.add(k.start, k.end)  # the kept spans of one kind never overlap
        elif k.kind == "location":
            places.add(k.start, k.end)
    out = []
    for h in kept:
        if h.kind == "location" and bodies.overlaps(h.start, h.end):
            continue
        if h.kind == "person" and (bodies.overlaps(h.start, h.end) or places.overlaps(h.start, h.end)):
            continue
        out.append(h)
    return out
