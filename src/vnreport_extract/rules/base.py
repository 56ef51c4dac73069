"""What every rule module returns: plain hits over a string, no spaCy, no pydantic.

A rule module exposes ``find(text: str, ctx: Context) -> list[Hit]``. ``text`` is the normalised
article text (or any string); offsets are into it. The pipeline turns hits into records
(``records.py``), resolves overlaps between modules and assigns sentences.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Hit:
    """One recognised span. ``fields`` holds the kind's normalised fields from RECORDS.md
    (e.g. ``{"value": 50068e9, "currency": "VND", "value_max": None, "approx": None}``)."""

    kind: str
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    priority: int = 0  # higher wins when two hits of the same family overlap with equal length


@dataclass(slots=True)
class Context:
    """What a rule may know beyond the string."""

    published: dt.date | None = None  # resolves relative expressions; missing years
    default_year: int | None = None  # year the article is about, when the pipeline found one
    extras: dict[str, Any] = field(default_factory=dict)
