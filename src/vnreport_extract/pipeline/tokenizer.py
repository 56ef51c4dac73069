"""Tokenizers that keep ``doc.text == text``.

``syllable`` (the default) cuts at white space and punctuation, keeping numbers such as ``50.068``,
``9,54`` and codes such as ``43-NQ/TW`` whole: fast, and enough for the rule components, which work
on characters. ``underthesea`` groups syllables into words (``Ban Chấp hành``) with underthesea's
word segmenter and aligns its output back onto the text, so offsets stay exact.
"""
from __future__ import annotations

from typing import Callable, Iterable

import regex
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

_TOKEN = regex.compile(
    r"""
    \p{N}+(?:[.,:/]\p{N}+)+%?                 # 50.068  9,54  1/500  10:30
  | [\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*-?[\p{L}\p{N}]*  # words, 43-NQ/TW, Covid-19
  | \S                                        # any other single character
    """,
    regex.VERBOSE,
)


def _doc_from_pieces(vocab: Vocab, text: str, pieces: Iterable[tuple[int, int]]) -> Doc:
    """Build a Doc from non-space ``(start, end)`` pieces, whitespace kept as spaCy expects:
    one space after a token is its ``spaces`` flag, any other run of white space is a token."""
    words: list[str] = []
    spaces: list[bool] = []

    def gap(ws: str) -> None:
        if ws[:1] == " " and words and not spaces[-1]:
            spaces[-1] = True
            ws = ws[1:]
        if ws:
            words.append(ws)
            spaces.append(False)

    pos = 0
    for start, end in pieces:
        if start > pos:
            gap(text[pos:start])
        words.append(text[start:end])
        spaces.append(False)
        pos = end
    if pos < len(text):
        gap(text[pos:])
    doc = Doc(vocab, words=words, spaces=spaces)
    doc.user_data["vnr_text"] = text  # the components read the text once, not token by token
    return doc


class SyllableTokenizer:
    """Regex tokenizer: syllables, numbers, codes and punctuation; no model."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return _doc_from_pieces(self.vocab, text, (m.span() for m in _TOKEN.finditer(text)))

    # spaCy serialisation protocol: nothing to save
    def to_bytes(self, **_kw) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_kw) -> "SyllableTokenizer":
        return self

    def to_disk(self, _path, **_kw) -> None:
        return None

    def from_disk(self, _path, **_kw) -> "SyllableTokenizer":
        return self


class UnderTheSeaTokenizer(SyllableTokenizer):
    """Words from ``underthesea.word_tokenize``, re-aligned onto the original characters.

    underthesea re-joins and may normalise what it returns, so its strings are never trusted as
    offsets: each word's syllables are searched for in the text from the current position, and a
    word that cannot be found falls back to the syllable tokens it covers.
    """

    def __call__(self, text: str) -> Doc:
        from underthesea import word_tokenize  # imported lazily: slow import, optional path

        pieces: list[tuple[int, int]] = []
        pos = 0
        for line_start, line in _lines(text):
            if not line.strip():
                continue
            for word in word_tokenize(line):
                syllables = word.split()
                if not syllables:
                    continue
                at = text.find(syllables[0], pos)
                if at < 0 or at > line_start + len(line):
                    continue
                end, ok = at + len(syllables[0]), True
                for syl in syllables[1:]:
                    nxt = text.find(syl, end)
                    if nxt < 0 or text[end:nxt].strip():
                        ok = False
                        break
                    end = nxt + len(syl)
                if not ok:
                    end = at + len(syllables[0])
                pieces.append((at, end))
                pos = end
        # anything underthesea dropped is kept as syllable tokens so the Doc covers the text
        return _doc_from_pieces(self.vocab, text, _fill_gaps(text, pieces))


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _fill_gaps(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for start, end in pieces:
        if start < pos:
            continue
        if text[pos:start].strip():
            out.extend(m.span() for m in _TOKEN.finditer(text, pos, start))
        out.append((start, end))
        pos = end
    if text[pos:].strip():
        out.extend(m.span() for m in _TOKEN.finditer(text, pos))
    return out


@registry.tokenizers("vnreport_extract.tokenizer.v1")
def create_tokenizer(mode: str = "syllable") -> Callable[[object], SyllableTokenizer]:
    """spaCy tokenizer factory: ``mode`` is ``syllable`` (default, fast) or ``underthesea``."""
    if mode not in ("syllable", "underthesea"):
        raise ValueError(f"unknown tokenizer mode {mode!r}: use 'syllable' or 'underthesea'")
    cls = SyllableTokenizer if mode == "syllable" else UnderTheSeaTokenizer

    def factory(nlp) -> SyllableTokenizer:
        return cls(nlp.vocab)

    return factory
