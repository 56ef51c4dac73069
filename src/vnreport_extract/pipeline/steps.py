"""The pipeline's steps: plain functions over a :class:`State`, with no spaCy.

Each step (the text, the caller's published date, the article's year, the segmentation and the
hits so far) calls the pure recognisers in ``rules/``. ``extract()`` runs them straight over the
text with :func:`run_steps`; the spaCy components in :mod:`.components` run the very same steps
over ``doc.text`` for :func:`~vnreport_extract.load` users. Keeping this module free of spaCy means
``extract()`` never imports spaCy (a third of a second at start-up and most of the process's
objects, which the garbage collector would otherwise walk again and again).
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Callable

from ..rules.base import Context, Hit


@dataclass
class State:
    """What the steps read and write for one article."""

    text: str
    published: dt.date | None = None
    year: int | None = None
    segmentation: Any = None
    hits: list[Hit] = field(default_factory=list)

    def context(self) -> Context:
        return Context(published=self.published, default_year=self.year)


# ---- steps --------------------------------------------------------------------------------

def segment_step(state: State) -> None:
    """Blocks, sentences and masthead."""
    from ..text.segment import segment

    state.segmentation = segment(state.text)


def numeric_step(state: State) -> None:
    """Quantities, money, percentages, ratios, multipliers and ordinals."""
    from ..rules import numeric

    state.hits.extend(numeric.find(state.text, state.context()))


def temporal_step(state: State) -> None:
    """Dates, periods and durations; the article's year is inferred for year-less dates."""
    from ..rules import temporal

    ctx = state.context()
    hits = temporal.find(state.text, ctx)  # infers the article's year itself when ctx has none
    if state.year is None:
        state.year = temporal.infer_year(state.text, hits, state.published)
    state.hits.extend(hits)


def named_step(state: State) -> None:
    """Bodies, places, people, documents and events (``rules/bodies.py`` … ``rules/events.py``)."""
    from ..rules import bodies, documents, events, people, places

    ctx = state.context()
    seg = state.segmentation
    if seg is not None:
        ctx.extras["byline_spans"] = [(b.start, b.end) for b in seg.blocks if b.kind == "byline"]
    body_hits = bodies.find(state.text, ctx)
    ctx.extras["bodies"] = body_hits
    state.hits.extend(body_hits)
    for module in (places, people, documents, events):
        state.hits.extend(module.find(state.text, ctx))


def resolve_step(state: State) -> None:
    """Overlaps between recognisers (``rules/resolve.py``)."""
    from ..rules.named_links import attach
    from ..rules.resolve import resolve

    state.hits = attach(state.text, resolve(state.hits))


def facts_step(state: State) -> None:
    """Indicators and targets linked from the resolved numeric and temporal hits (``rules/facts.py``)."""
    from ..rules import facts

    ctx = state.context()
    seg = state.segmentation
    sentences = [(s.start, s.end) for s in seg.sentences] if seg is not None else [(0, len(state.text))]
    if seg is not None:
        ctx.extras["blocks"] = seg.blocks  # the linker reads kind/start/end off the block objects
    linked = facts.link(state.text, state.hits, sentences, ctx)
    if linked:
        state.hits = sorted(state.hits + linked, key=lambda h: (h.start, -(h.end - h.start)))


#: The steps in order, by component name (``api.PIPE_NAMES`` follows this order).
STEPS: dict[str, Callable[[State], None]] = {
    "vnr_segmenter": segment_step,
    "vnr_numeric": numeric_step,
    "vnr_temporal": temporal_step,
    "vnr_named": named_step,
    "vnr_resolver": resolve_step,
    "vnr_facts": facts_step,
}


#: The foundation's steps: segmentation, numbers, dates and the overlap resolver (no named kinds, no facts).
FOUNDATION_STEPS = ("vnr_segmenter", "vnr_numeric", "vnr_temporal", "vnr_resolver")


def run_steps(text: str, published: dt.date | None = None, steps: tuple[str, ...] | None = None) -> State:
    """Run the steps over ``text`` (already normalised) without building a spaCy Doc.

    ``steps`` names the steps to run, in pipeline order (default: all of :data:`STEPS`), e.g.
    :data:`FOUNDATION_STEPS` to time the foundation alone.
    """
    state = State(text=text, published=published)
    if steps is None:
        for step in STEPS.values():
            step(state)
    else:
        unknown = set(steps) - STEPS.keys()
        if unknown:
            raise ValueError(f"unknown steps: {sorted(unknown)}; known: {list(STEPS)}")
        for name, step in STEPS.items():
            if name in steps:
                step(state)
    return state


def sentence_index(starts: list[int], offset: int) -> int | None:
    """Index of the sentence (by sorted start offsets) that contains ``offset``."""
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 else None
