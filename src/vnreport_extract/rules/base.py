"""What every rule module returns: plain hits over a string, no spaCy, no pydantic.

A rule module exposes ``find(text: str, ctx: Context) -> list[Hit]``. ``text`` is the normalised
article text (or any string); offsets are into it. The pipeline turns hits into records
(``records.py``), resolves overlaps between modules and assigns sentences.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import ahocorasick


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


def word_automaton(words: Mapping[str, Any]) -> Any:
    """An Aho-Corasick automaton (``pyahocorasick``) over the keys of ``words``: its ``iter(text)``
    yields ``(end, (len(word) - 1, words[word]))`` for every occurrence of every word, so the
    occurrence starts at ``end - len(word) + 1``. One pass of C finds all of them."""
    auto = ahocorasick.Automaton()
    for w, payload in words.items():
        auto.add_word(w, (len(w) - 1, payload))
    auto.make_automaton()
    return auto
