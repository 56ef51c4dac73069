"""Attach parts that other recognisers found to documents and events (pure, no spaCy).

- an event gets the ``term`` of the period written in or right after it (``Hội nghị … lần thứ 12
  nhiệm kỳ 2020 - 2025``) and the canonical ``body`` of the longest body named inside it;
- a document gets the ``date`` written right after it or inside it (``Nghị quyết số 43-NQ/TW ngày
  12/3/2023``).
"""
from __future__ import annotations

from .base import Hit

_GAP = ",; "  # what may stand between a name and the date or term after it


def _adjacent(text: str, end: int, h: Hit, inside: tuple[int, int]) -> bool:
    if inside[0] <= h.start and h.end <= inside[1]:
        return True
    return h.start >= end and h.start - end <= 3 and not text[end:h.start].strip(_GAP)


def attach(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with documents and events completed; other hits are returned unchanged."""
    periods = [h for h in hits if h.kind == "period" and h.fields.get("label") in ("nhiệm kỳ", "khóa", "khoá")
               or h.kind == "period" and h.fields.get("since") and h.fields.get("until")]
    dates = [h for h in hits if h.kind == "date" and h.fields.get("day")]
    bodies = [h for h in hits if h.kind == "body"]
    out = []
    for h in hits:
        if h.kind == "event":
            fields = dict(h.fields)
            term = next((p for p in periods if _adjacent(text, h.end, p, (h.start, h.end))), None)
            if term is not None and fields.get("term") is None:
                since, until = term.fields.get("since") or {}, term.fields.get("until") or {}
                fields["term"] = {"since": since.get("year"), "until": until.get("year")}
            inner = [b for b in bodies if h.start <= b.start and b.end <= h.end]
            if inner and fields.get("body") is None:
                fields["body"] = max(inner, key=lambda b: b.end - b.start).fields.get("name")
            h = Hit(h.kind, h.start, h.end, fields, h.priority)
        elif h.kind == "document":
            # a date of issue is written "ngày …" right after the name (or inside it)
            when = next((d for d in dates if _adjacent(text, h.end, d, (h.start, h.end))
                         and (d.end <= h.end or text[d.start:d.start + 4].lower() == "ngày")), None)
            if when is not None and h.fields.get("date") is None:
                f = when.fields
                h = Hit(h.kind, h.start, h.end, {**h.fields, "date": {"year": f.get("year"), "month": f.get("month"),
                                                                       "day": f.get("day")}}, h.priority)
        out.append(h)
    return out
