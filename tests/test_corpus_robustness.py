"""extract() over the 300 real articles in ../shared/corpus/news: no exception, offsets exact,
every record valid, sentences inside blocks, and no numeric record inside a document code."""
from __future__ import annotations

import regex

from conftest import shared_path

# document codes as officials write them: 43-NQ/TW, 1234/QĐ-UBND, 15/2023/NĐ-CP, 01/2021/TT-BTC
CODE = regex.compile(r"\b\d+(?:/\d{4})?[/-]\p{Lu}[\p{Lu}Đ]*(?:[/-][\p{Lu}Đ0-9]+)*\b")
NUMERIC = {"quantity", "money", "percent", "ratio", "multiplier", "ordinal", "duration", "date", "period"}


def test_corpus_articles_extract_cleanly():
    from vnreport_extract import extract
    from vnreport_extract.api import build_article
    from vnreport_extract.pipeline.steps import run_steps

    files = sorted(shared_path("corpus", "news").glob("*.txt"))
    assert len(files) >= 300
    inside_codes = []
    n_records = 0
    for path in files:
        article = extract(path.read_bytes(), source=str(path))
        text = article.text
        for b in article.blocks:
            assert 0 <= b.start < b.end <= len(text), (path.name, b)
        for s in article.sentences:
            blk = article.blocks[s.block]
            assert blk.start <= s.start < s.end <= blk.end, (path.name, s, blk)
        codes = [m.span() for m in CODE.finditer(text)]
        for r in article.records:
            assert text[r.start:r.end] == r.text, (path.name, r)
            assert r.sentence is None or 0 <= r.sentence < len(article.sentences)
            if r.kind in NUMERIC and any(s < r.end and r.start < e for s, e in codes):
                inside_codes.append((path.name, r.kind, r.text))
        n_records += len(article.records)
        state = run_steps(text)  # every hit must fit the record contract: none silently dropped
        build_article(text, state.segmentation, state.hits, strict=True)
    print(f"\n{len(files)} articles, {n_records} records")
    assert not inside_codes, inside_codes[:20]
