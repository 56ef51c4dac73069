"""spaCy components: thin wrappers that run the pure recognisers in ``rules/`` over ``doc.text``.

Each component is registered as a factory under a versioned name and published through the
``spacy_factories`` entry point, so ``nlp.add_pipe("vnr_numeric")`` works in any spaCy pipeline once
the package is installed. Results live on the Doc:

- ``doc._.vnr_segmentation``: blocks, sentences and masthead (``text.segment.Segmentation``);
- ``doc._.vnr_hits``: the recognised :class:`~vnreport_extract.rules.base.Hit` list;
- ``doc.spans["vnr"]``: the same hits as spans labelled by kind (token-aligned, for displaCy);
- ``doc._.vnr_published`` / ``doc._.vnr_year``: the reference date given by the caller and the
  year the article is about, used to resolve relative and year-less dates.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.base import Context, Hit

SPAN_KEY = "vnr"

for _name, _default in (("vnr_segmentation", None), ("vnr_hits", None), ("vnr_published", None),
                        ("vnr_year", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _hits(doc: Doc) -> list[Hit]:
    if doc._.vnr_hits is None:
        doc._.vnr_hits = []
    return doc._.vnr_hits


def context_of(doc: Doc) -> Context:
    """The rule context for a Doc: the caller's published date and the article's year."""
    published: dt.date | None = doc._.vnr_published
    return Context(published=published, default_year=doc._.vnr_year)


class Segmenter:
    """Cuts the Doc into typed blocks and sentences; marks sentence starts on tokens."""

    def __call__(self, doc: Doc) -> Doc:
        from ..text.segment import segment

        seg = segment(doc.text)
        doc._.vnr_segmentation = seg
        if len(doc):
            starts = {s.start for s in seg.sentences}
            for tok in doc:
                tok.is_sent_start = tok.i == 0 or tok.idx in starts
        return doc


class Numeric:
    """Quantities, money, percentages, ratios, multipliers and ordinals."""

    def __call__(self, doc: Doc) -> Doc:
        from ..rules import numeric

        _hits(doc).extend(numeric.find(doc.text, context_of(doc)))
        return doc


class Temporal:
    """Dates, periods and durations; infers the article's year first for year-less dates."""

    def __call__(self, doc: Doc) -> Doc:
        from ..rules import temporal

        ctx = context_of(doc)
        hits = temporal.find(doc.text, ctx)
        if ctx.default_year is None:
            year = temporal.infer_year(doc.text, hits, ctx.published)
            if year is not None:
                doc._.vnr_year = year
                hits = temporal.find(doc.text, context_of(doc))
        _hits(doc).extend(hits)
        return doc


class Resolver:
    """Resolves overlaps between recognisers and exposes the hits as ``doc.spans['vnr']``."""

    def __call__(self, doc: Doc) -> Doc:
        from ..rules.resolve import resolve

        hits = resolve(_hits(doc))
        doc._.vnr_hits = hits
        spans = []
        for h in hits:
            span = doc.char_span(h.start, h.end, label=h.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("vnr_segmenter", default_config={})
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    """Factory for :class:`Segmenter`."""
    return Segmenter()


@Language.factory("vnr_numeric", default_config={})
def make_numeric(nlp: Language, name: str) -> Numeric:
    """Factory for :class:`Numeric`."""
    return Numeric()


@Language.factory("vnr_temporal", default_config={})
def make_temporal(nlp: Language, name: str) -> Temporal:
    """Factory for :class:`Temporal`."""
    return Temporal()


@Language.factory("vnr_resolver", default_config={})
def make_resolver(nlp: Language, name: str) -> Resolver:
    """Factory for :class:`Resolver`."""
    return Resolver()


def sentence_index(starts: list[int], offset: int) -> int | None:
    """Index of the sentence (by sorted start offsets) that contains ``offset``."""
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 else None
