"""``extract`` and ``load``: the library's two entry points."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Union

from pydantic import TypeAdapter, ValidationError

from .errors import InputError
from .records import Article, Record

#: Inputs longer than this many characters are refused (a whole archive passed by mistake).
MAX_CHARS = 2_000_000

PIPE_NAMES = ("vnr_segmenter", "vnr_numeric", "vnr_temporal", "vnr_named", "vnr_resolver", "vnr_facts")
_RECORD = TypeAdapter(Record)


def load(*, tokenizer: str = "syllable"):
    """A spaCy ``Language`` for Vietnamese with this library's components.

    ``tokenizer`` is ``"syllable"`` (fast regex cut, the default) or ``"underthesea"`` (word
    segmentation aligned back to the text). The Doc's text is always exactly the input: run
    :func:`vnreport_extract.text.normalize.normalize` first if the text needs cleaning. Results are
    on ``doc._.vnr_hits``, ``doc._.vnr_segmentation`` and ``doc.spans["vnr"]``; set
    ``doc._.vnr_published`` on ``nlp.make_doc(text)`` before running the pipes to resolve relative dates.
    """
    import spacy

    from .pipeline import components as _components  # noqa: F401  registers the factories
    from .pipeline import tokenizer as _tokenizer  # noqa: F401  registers the tokenizer

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {
        "@tokenizers": "vnreport_extract.tokenizer.v1", "mode": tokenizer}}})
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    return nlp


def _coerce_published(published: Union[dt.date, str, None]) -> dt.date | None:
    if published is None or isinstance(published, dt.date):
        return published.date() if isinstance(published, dt.datetime) else published
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError as exc:
        raise ValueError(f"published must be a date or YYYY-MM-DD, got {published!r}") from exc


def extract(text: Union[str, bytes], *, source: str | None = None,
            published: Union[dt.date, str, None] = None) -> Article:
    """Read one article and return its blocks, sentences and records.

    ``text`` is a ``str`` or raw ``bytes`` (UTF-8/16/32, Windows-1258, TCVN3, VNI or VISCII are
    detected). ``source`` names the input in error messages and fills ``Article.source`` when the
    article names no outlet. ``published`` (a date or ``YYYY-MM-DD``) resolves relative expressions
    (``năm nay``) and year-less dates; without it the article's own dates are used.

    An HTML page (it opens with ``<html``/``<!DOCTYPE``, or is mostly markup) has its article text
    taken out first with trafilatura (the ``batch`` extra); ``Article.text`` and every offset then
    refer to that text, and the page's date fills ``published`` when none is given.

    Raises :class:`~vnreport_extract.errors.InputError` (a ``ValueError``) for empty, binary,
    undecodable or oversized input, and for an HTML page with no article text (truncated, a menu, an
    error page); the message names ``source``.
    """
    from .text.decode import decode
    from .text.normalize import normalize

    name = source or "<input>"
    if isinstance(text, (bytes, bytearray, memoryview)):
        text, _encoding = decode(bytes(text), name=name)
    elif not isinstance(text, str):
        raise TypeError(f"extract() takes str or bytes, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise InputError(name, f"input too large: {len(text):,} characters (limit {MAX_CHARS:,})")
    if not text.strip():
        raise InputError(name, "empty input: no text to read")
    pub = _coerce_published(published)
    if looks_like_html(text):
        text, page_published = _html_article(text, name)
        if pub is None and page_published:
            pub = _coerce_published(page_published)

    norm = normalize(text)
    if not norm.text.strip():
        raise InputError(name, "no text left after removing control and invisible characters")
    from .pipeline.steps import run_steps

    # the same steps as load()'s spaCy components, run without building a Doc (a third of the time)
    state = run_steps(norm.text, pub)
    return build_article(state.text, state.segmentation, state.hits, offsets=norm.offset_map,
                         source=source, published=pub)


def article_from_doc(doc, *, offsets: Sequence[int] | None = None, source: str | None = None,
                     published: dt.date | None = None) -> Article:
    """Build the :class:`Article` from a Doc processed by :func:`load`'s pipeline."""
    from .pipeline.components import doc_text

    return build_article(doc_text(doc), doc._.vnr_segmentation, doc._.vnr_hits or [], offsets=offsets,
                         source=source, published=published or doc._.vnr_published)


def build_article(text: str, seg, hits, *, offsets: Sequence[int] | None = None, source: str | None = None,
                  published: dt.date | None = None, strict: bool = False) -> Article:
    """Assemble the :class:`Article`: blocks, sentences and one record per hit.

    The whole article is validated in one call (pydantic's core loops over the records). A hit
    whose fields fall outside the record contract is dropped (``strict=True`` raises instead; the
    test suite runs that way over the corpus).
    """
    from .pipeline.steps import sentence_index

    starts = [s.start for s in seg.sentences]
    records = [{"kind": h.kind, "text": text[h.start:h.end], "start": h.start, "end": h.end,
                "sentence": sentence_index(starts, h.start), **h.fields} for h in hits]
    data = {
        "text": text, "title": seg.title, "series": seg.series, "author": seg.author,
        "source": seg.source or (source if source and not _looks_like_path(source) else None),
        "published": published or seg.published,
        "blocks": [{"kind": b.kind, "start": b.start, "end": b.end, "duplicate_of": b.duplicate_of}
                   for b in seg.blocks],
        "sentences": [{"start": s.start, "end": s.end, "block": s.block} for s in seg.sentences],
        "records": records,
    }
    try:
        article = Article.model_validate(data)
    except ValidationError:
        if strict:
            raise
        good = []
        for rec in records:  # find the records outside the contract and drop them
            try:
                _RECORD.validate_python(rec)
                good.append(rec)
            except ValidationError:
                continue
        article = Article.model_validate({**data, "records": good})
    if offsets is not None:
        article._offset_map = offsets
    return article


_HTML_START = ("<!doctype html", "<html", "<head", "<body", "<?xml")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page rather than article text: it opens with a document tag, or
    markup fills much of its first 2,000 characters."""
    head = text[:4000].lstrip()[:2000].lower()  # no copy of a long text
    if head.startswith(_HTML_START):
        return True
    tags = head.count("<p") + head.count("<div") + head.count("<span") + head.count("<br") + head.count("</")
    return tags >= 8


def _html_article(html: str, name: str) -> tuple[str, str | None]:
    """The article text of an HTML page (trafilatura, from the ``batch`` extra) and its date."""
    try:
        from .io.sources import html_to_text
        page = html_to_text(html)
    except ImportError as exc:
        raise InputError(name, "input is an HTML page; install the 'batch' extra (trafilatura) to take "
                               "its article text out, or pass the article text itself") from exc
    if not page.text.strip():
        raise InputError(name, "HTML page with no article text (a menu, an error page, or truncated HTML)")
    return page.text, page.published


def _looks_like_path(s: str) -> bool:
    return "/" in s or "\\" in s or s.endswith((".txt", ".html", ".htm", ".json", ".jsonl"))
