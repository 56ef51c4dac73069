"""The pipeline's steps, and the spaCy components that run them over a ``Doc``.

Each step is a plain function over a :class:`State` (the text, the caller's published date, the
article's year, the segmentation and the hits so far) that calls the pure recognisers in
``rules/``. ``extract()`` runs the steps directly on the text; the spaCy components registered
here run the very same steps over ``doc.text`` and publish the results on the Doc, so a spaCy user
gets identical hits:

- ``doc._.vnr_segmentation``: blocks, sentences and masthead (``text.segment.Segmentation``);
  token ``is_sent_start`` follows its sentences, so ``doc.sents`` works;
- ``doc._.vnr_hits``: the recognised :class:`~vnreport_extract.rules.base.Hit` list;
- ``doc.spans["vnr"]``: the same hits as spans labelled by kind (token-aligned, for displaCy);
- ``doc._.vnr_published`` / ``doc._.vnr_year``: the reference date given by the caller and the
  year the article is about, used to resolve relative and year-less dates.

Components are registered as factories and published through the ``spacy_factories`` entry
point, so ``nlp.add_pipe("vnr_numeric")`` works in any spaCy pipeline once the package is installed.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..rules.base import Context, Hit

SPAN_KEY = "vnr"

for _name in ("vnr_segmentation", "vnr_hits", "vnr_published", "vnr_year"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


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


# ---- spaCy adapters -----------------------------------------------------------------------

def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get("vnr_text")
    if text is None:
        text = doc.user_data["vnr_text"] = doc.text
    return text


def _state_of(doc: Doc) -> State:
    return State(text=doc_text(doc), published=doc._.vnr_published, year=doc._.vnr_year,
                 segmentation=doc._.vnr_segmentation, hits=list(doc._.vnr_hits or []))


def _write_back(doc: Doc, state: State) -> None:
    doc._.vnr_year = state.year
    doc._.vnr_segmentation = state.segmentation
    doc._.vnr_hits = state.hits


class StepComponent:
    """A spaCy component that runs one pipeline step over ``doc.text``."""

    def __init__(self, step: Callable[[State], None]):
        self.step = step

    def __call__(self, doc: Doc) -> Doc:
        state = _state_of(doc)
        self.step(state)
        _write_back(doc, state)
        return doc


class Segmenter(StepComponent):
    """Cuts the Doc into typed blocks and sentences; marks sentence starts on tokens."""

    def __init__(self):
        super().__init__(segment_step)

    def __call__(self, doc: Doc) -> Doc:
        super().__call__(doc)
        if len(doc):
            # one array write instead of a per-token property (which re-checks the whole Doc)
            idx = doc.to_array([IDX]).ravel()
            starts = [s.start for s in doc._.vnr_segmentation.sentences]
            flags = numpy.where(numpy.isin(idx, starts), 1, -1).astype("int32")
            flags[0] = 1
            doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))
        return doc


class SpanWriter(StepComponent):
    """A step that also exposes the hits so far as ``doc.spans['vnr']`` (resolver, facts)."""

    def __call__(self, doc: Doc) -> Doc:
        super().__call__(doc)
        doc.spans[SPAN_KEY] = token_spans(doc, doc._.vnr_hits)
        return doc


@Language.factory("vnr_segmenter", default_config={})
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    """Factory for :class:`Segmenter`."""
    return Segmenter()


@Language.factory("vnr_numeric", default_config={})
def make_numeric(nlp: Language, name: str) -> StepComponent:
    """Factory for the numeric recogniser component."""
    return StepComponent(numeric_step)


@Language.factory("vnr_temporal", default_config={})
def make_temporal(nlp: Language, name: str) -> StepComponent:
    """Factory for the temporal recogniser component."""
    return StepComponent(temporal_step)


@Language.factory("vnr_named", default_config={})
def make_named(nlp: Language, name: str) -> StepComponent:
    """Factory for the named-kind recogniser component (bodies, places, people, documents, events)."""
    return StepComponent(named_step)


@Language.factory("vnr_facts", default_config={})
def make_facts(nlp: Language, name: str) -> SpanWriter:
    """Factory for the indicator and target linker component."""
    return SpanWriter(facts_step)


@Language.factory("vnr_resolver", default_config={})
def make_resolver(nlp: Language, name: str) -> SpanWriter:
    """Factory for the overlap resolver component."""
    return SpanWriter(resolve_step)


def token_spans(doc: Doc, hits: list[Hit]) -> list[Span]:
    """Hits as token spans, expanded to token boundaries (``alignment_mode="expand"``), in one pass."""
    if not len(doc):
        return []
    arr = doc.to_array([IDX, LENGTH])
    starts = arr[:, 0].tolist()
    ends = (arr[:, 0] + arr[:, 1]).tolist()
    spans = []
    for h in hits:
        i = max(bisect_right(starts, h.start) - 1, 0)
        j = bisect_left(ends, h.end) + 1
        if h.end > h.start and i < j <= len(doc):
            spans.append(Span(doc, i, j, label=h.kind))
    return spans


def sentence_index(starts: list[int], offset: int) -> int | None:
    """Index of the sentence (by sorted start offsets) that contains ``offset``."""
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 else None
