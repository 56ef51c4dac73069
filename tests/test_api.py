"""The public API: extract, load (spaCy pipeline), record types, schema, CLI, entry points."""
from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

import vnreport_extract
from vnreport_extract import Article, InputError, extract, load
from vnreport_extract.schema import SCHEMA_PATH, schema_json

ROOT = Path(__file__).resolve().parents[1]

SAMPLE = ("Quận ủy Hoàng Mai: kết quả năm 2022\n\nAn Thanh\n\n"
          "Kinhtedothi - Ngày 30/12, Quận ủy tổ chức Hội nghị lần thứ 12 nhiệm kỳ 2020 - 2025. "
          "Tổng giá trị sản xuất ước đạt 50.068 tỷ đồng, tăng 9,54% so với cùng kỳ năm 2021; "
          "280/280 chi bộ hoàn thành nhiệm vụ.\n")


def kinds(article):
    return [(r.kind, r.text) for r in article.records]


def test_top_level_is_small_and_typed():
    assert {"extract", "load", "Article", "Record"} <= set(vnreport_extract.__all__)
    assert (Path(vnreport_extract.__file__).parent / "py.typed").exists()
    with pytest.raises(AttributeError):
        vnreport_extract.not_a_name  # noqa: B018


def test_extract_returns_frozen_article_with_exact_offsets():
    art = extract(SAMPLE, published="2022-12-31")
    assert isinstance(art, Article)
    got = kinds(art)
    assert ("money", "50.068 tỷ đồng") in got
    assert ("percent", "9,54%") in got
    assert ("period", "nhiệm kỳ 2020 - 2025") in got
    money = next(r for r in art.records if r.kind == "money")
    assert money.value == 50_068_000_000_000 and money.currency == "VND"
    for r in art.records:
        assert art.text[r.start:r.end] == r.text
        assert r.sentence is not None and art.sentences[r.sentence].start <= r.start
    assert [r.start for r in art.records] == sorted(r.start for r in art.records)
    with pytest.raises(Exception):
        money.value = 1  # frozen
    again = Article.model_validate_json(art.model_dump_json())
    assert again.model_dump() == art.model_dump()


def test_bytes_and_original_offsets():
    text = "Uỷ ban\u200b nhân dân tỉnh ước đạt 1.842 tỷ đồng."
    art = extract(text.encode("utf-8"))
    assert "Ủy ban nhân dân" in art.text and "\u200b" not in art.text
    money = next(r for r in art.records if r.kind == "money")
    start, end = art.to_original(money.start), art.to_original(money.end)
    assert text[start:end] == "1.842 tỷ đồng"


def test_utf16_bytes():
    art = extract("Năm 2022 thu 4.435 tỷ đồng.".encode("utf-16"))
    assert ("money", "4.435 tỷ đồng") in kinds(art)


@pytest.mark.parametrize("bad", [b"", b"   \n ", "", "\u200b\u200b"])
def test_empty_input_is_a_clear_error(bad):
    with pytest.raises(InputError, match="bad.txt"):
        extract(bad, source="bad.txt")


def test_binary_input_is_a_clear_error():
    with pytest.raises(InputError, match="image.png"):
        extract(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, source="image.png")


def test_published_string_is_validated():
    with pytest.raises(ValueError, match="published"):
        extract("Năm 2022.", published="yesterday")


def test_load_returns_spacy_pipeline_keeping_text():
    nlp = load()
    assert nlp.pipe_names == ["vnr_segmenter", "vnr_numeric", "vnr_temporal", "vnr_named", "vnr_resolver", "vnr_facts"]
    text = "  Ngày 30/12,\n\nBan Thường vụ  chỉ đạo ban hành 5 Chỉ thị (43-NQ/TW).\t\n"
    doc = nlp(text)
    assert doc.text == text
    labels = {(s.label_, s.text) for s in doc.spans["vnr"]}
    assert ("quantity", "5 Chỉ thị") in labels
    assert all(t.text.strip() or t.is_space for t in doc)


def test_underthesea_tokenizer_keeps_text_and_groups_words():
    nlp = load(tokenizer="underthesea")
    text = "Ban Chấp hành Đảng bộ quận họp ngày 30/12.\nHai mươi lăm đại biểu dự."
    doc = nlp(text)
    assert doc.text == text
    assert any(" " in t.text for t in doc)  # multi-syllable words, e.g. 'Chấp hành'


def test_factories_are_published_as_entry_points():
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {"vnr_segmenter", "vnr_numeric", "vnr_temporal", "vnr_named", "vnr_resolver", "vnr_facts"} <= names
    import spacy

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})  # no pyvi needed
    nlp.add_pipe("vnr_segmenter")
    nlp.add_pipe("vnr_numeric")
    nlp.add_pipe("vnr_resolver")
    doc = nlp("Có 3.597 doanh nghiệp thành lập mới.")
    assert [(h.kind, doc.text[h.start:h.end]) for h in doc._.vnr_hits] == [("quantity", "3.597 doanh nghiệp")]


def test_committed_schema_is_current():
    committed = (ROOT / SCHEMA_PATH).read_text(encoding="utf-8")
    assert committed == schema_json(), "run: vnreport-extract schema -o docs/article.schema.json"


def test_cli_extract_writes_jsonl_and_error_rows(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SAMPLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "vnreport_extract.cli", "extract", str(good), str(empty),
                           str(tmp_path / "missing.txt"), "-o", str(out), "--summary"],
                          capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["name"] for r in rows] == ["good", "empty", "missing"]
    assert rows[0]["article"]["records"] and "error" not in rows[0]
    assert "empty.txt" in rows[1]["error"] and "empty" in rows[1]["error"]
    assert "missing.txt" in rows[2]["error"]
    assert "empty.txt" in proc.stderr and "== " in proc.stdout


def test_cli_json_format_and_usage_error(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Năm 2022, thu 4.435 tỷ đồng.", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "vnreport_extract.cli", "extract", str(good), "--format", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    money = [r for r in data[0]["article"]["records"] if r["kind"] == "money"]
    assert [r["value"] for r in money] == [4_435_000_000_000]
    bad = subprocess.run([sys.executable, "-m", "vnreport_extract.cli", "extract"], capture_output=True, text=True)
    assert bad.returncode == 2


def test_spacy_path_gives_the_same_records_as_extract():
    from vnreport_extract.api import article_from_doc
    from vnreport_extract.text.normalize import normalize

    nlp = load()
    for path in sorted((ROOT / "fixtures").glob("*.txt"))[:6]:
        raw = path.read_text(encoding="utf-8")
        expected = extract(raw, published="2023-06-30")
        doc = nlp.make_doc(normalize(raw).text)
        doc._.vnr_published = expected.published
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        got = article_from_doc(doc)
        assert got.model_dump()["records"] == expected.model_dump()["records"], path.name
        assert len(list(doc.sents)) == len(expected.sentences)


ARTICLE_HTML = """<!DOCTYPE html><html><head><title>Quận ủy họp tổng kết</title></head><body>
<nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
<article><h1>Quận ủy họp tổng kết năm 2022</h1>
<p>Ngày 30/12, Quận ủy Hoàng Mai tổ chức Hội nghị Ban Chấp hành lần thứ 12 nhiệm kỳ 2020 - 2025.</p>
<p>Tổng giá trị sản xuất các ngành chủ yếu ước đạt 50.068 tỷ đồng, tăng 9,54% so với cùng kỳ năm 2021.
Tổng chi ngân sách nhà nước quận năm 2022 ước đạt 1.842 tỷ đồng, bằng 96% dự toán.</p>
<p>Quận đã hoàn thành mục tiêu tổng quát năm 2022, 19/19 chỉ tiêu ước hoàn thành, một số chỉ tiêu vượt kế hoạch.</p>
</article><footer>Bản quyền thuộc về báo điện tử</footer></body></html>"""


def test_html_page_gives_its_article_text():
    art = extract(ARTICLE_HTML.encode("utf-8"), source="page.html")
    assert "<p>" not in art.text and "Trang chủ" not in art.text
    assert ("money", "50.068 tỷ đồng") in kinds(art)
    assert any(r.kind == "indicator" for r in art.records)


@pytest.mark.parametrize("bad", [
    "<!DOCTYPE html><html><head><title>x</title></head><body><nav>Trang chủ</nav>",  # truncated, no article
    "<html><body><div><span>Đăng nhập</span></div></body></html>",
])
def test_html_page_without_article_text_is_a_clear_error(bad):
    with pytest.raises(InputError, match="broken.html.*(HTML page with no article text|HTML)"):
        extract(bad, source="broken.html")


def test_run_steps_can_run_the_foundation_alone():
    from vnreport_extract.pipeline.steps import FOUNDATION_STEPS, run_steps

    text = "Năm 2023, UBND quận Hoàng Mai thu ngân sách ước đạt 4.435 tỷ đồng, tăng 9,54%."
    full = {h.kind for h in run_steps(text).hits}
    base = {h.kind for h in run_steps(text, None, FOUNDATION_STEPS).hits}
    assert {"money", "percent", "date", "body", "indicator"} <= full
    assert base == {"money", "percent", "date"}
    with pytest.raises(ValueError, match="unknown steps"):
        run_steps(text, None, ("vnr_numeric", "vnr_nothing"))


def test_extract_does_not_import_spacy():
    # extract() runs the steps straight over the text: spaCy (and its third of a second of
    # imports) is only for load() users. A fresh interpreter, since this suite imports spaCy itself.
    code = ("import sys; from vnreport_extract import extract; "
            "a = extract('Năm 2023, UBND tỉnh thu ngân sách ước đạt 4.435 tỷ đồng.'); "
            "print(len(a.records), 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    n, spacy_loaded = out.stdout.split()
    assert int(n) >= 4 and spacy_loaded == "False"
