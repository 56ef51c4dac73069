"""The spaCy components that run the pipeline's steps over a ``Doc``.

The steps themselves are plain functions in :mod:`.steps` (no spaCy there: ``extract()`` runs them
straight over the text). The components registered here run the very same steps over ``doc.text``
and publish the results on the Doc, so a spaCy user gets identical hits:

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

from bisect import bisect_left, bisect_right
from typing import Callable

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..rules.base import Hit
from .steps import (  # noqa: F401  (re-exported: the steps were defined here before steps.py)
    FOUNDATION_STEPS, STEPS, State, facts_step, named_step, numeric_step, resolve_step, run_steps,
    segment_step, sentence_index, temporal_step,
)

SPAN_KEY = "vnr"

for _name in ("vnr_segmentation", "vnr_hits", "vnr_published", "vnr_year"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


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
