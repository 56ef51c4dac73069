"""The review page in a real browser: headless Chromium loads it, runs its script, and photographs it.

Chromium is Debian's ``chromium`` package, installed by ``scripts/setup_browser.sh`` (called from
``scripts/setup.sh``). The test skips, loudly, only when no Chromium is installed.
"""
from __future__ import annotations

import importlib.util
import struct
import warnings
from pathlib import Path

import pytest

from vnreport_extract import extract
from vnreport_extract.records import Date, Indicator, Money, Percent, Target
from vnreport_extract.review import render

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "fixtures" / "hoang-mai-2023.txt"


def _load_script():
    spec = importlib.util.spec_from_file_location("vnr_screenshot", ROOT / "scripts" / "screenshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


shot = _load_script()
CHROMIUM = shot.find_chromium()
if CHROMIUM is None:
    _REASON = ("NO CHROMIUM: the browser test of the review page did not run. Install it with "
               "`bash scripts/setup_browser.sh` (Debian's chromium package) or set $CHROMIUM.")
    warnings.warn(_REASON, stacklevel=1)
    pytestmark = pytest.mark.skip(reason=_REASON)


def _find(text: str, sub: str) -> tuple[int, int]:
    i = text.index(sub)
    return i, i + len(sub)


def _fixture_article():
    """hoang-mai-2023 as extracted; if the extractor gives no indicator/target yet, add one of each
    (built on the article's own money records) so that both tables have rows to check."""
    a = extract(FIXTURE.read_bytes(), source=str(FIXTURE), published="2022-12-30")
    records = list(a.records)
    if not a.records_of("indicator"):
        s, _ = _find(a.text, "tổng giá trị sản xuất các ngành chủ yếu ước đạt")
        ms, me = _find(a.text, "50.068 tỷ đồng")
        _, e = _find(a.text, "so với cùng kỳ năm 2021")
        measure = Money(text=a.text[ms:me], start=ms, end=me, value=50068e9)
        records.append(Indicator(text=a.text[s:e], start=s, end=e, subject="tổng giá trị sản xuất các ngành chủ yếu",
                                 measure=measure, status="estimate", baseline="cùng kỳ năm 2021",
                                 change={"direction": "increase", "value": 9.54, "unit": "percent"}))
    if not a.records_of("target"):
        s, _ = _find(a.text, "Tổng thu ngân sách nhà nước trên địa bàn quận năm 2022 phấn đấu")
        gs, ge = _find(a.text, "4.435 tỷ đồng")
        ps, pe = _find(a.text[s:], "năm 2022")
        goal = Money(text=a.text[gs:ge], start=gs, end=ge, value=4435e9)
        period = Date(text="năm 2022", start=s + ps, end=s + pe, year=2022)
        records.append(Target(text=a.text[s:ge + 1], start=s, end=ge + 1, subject="Tổng thu ngân sách nhà nước",
                              goal=goal, modality="phấn đấu", period=period,
                              achieved={"value": 100, "of": "dự toán"}))
    records.sort(key=lambda r: (r.start, -r.end))
    return a.model_copy(update={"records": records})


@pytest.fixture(scope="module")
def article():
    return _fixture_article()


@pytest.fixture(scope="module")
def page(tmp_path_factory, article) -> Path:
    path = tmp_path_factory.mktemp("review") / "hoang-mai-2023.review.html"
    path.write_text(render(article), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dom(page) -> str:
    return shot.dump_dom(page)


def test_highlights_are_in_the_browser_dom(dom, article):
    from test_render import Tree  # the same tiny DOM as the unit tests

    tree = Tree(dom.split("<!DOCTYPE html>")[-1])
    recs = [n for n in tree.root.iter() if "rec" in n.classes]
    first = {n.attrs["id"]: n for n in recs if "id" in n.attrs}
    for i, r in enumerate(article.records):
        node = first[f"rec-{i}"]
        assert f"k-{r.kind}" in node.classes and int(node.attrs["data-start"]) == r.start
        assert "".join(n.text() for n in recs if n.attrs["data-rec"] == f"rec-{i}") == r.text
    text = next(n for n in tree.root.iter() if n.attrs.get("id") == "text")
    assert text.text() == article.text
    # the event of the lead holds its ordinal when the extractor gives events; the indicator holds its money
    money = next(n for n in recs if n.attrs["data-kind"] == "money" and n.text() == "50.068 tỷ đồng")
    assert any(a.attrs.get("data-kind") == "indicator" for a in money.ancestors())


def test_tables_in_the_browser_dom_link_to_the_text(dom, article):
    from test_render import Tree

    tree = Tree(dom.split("<!DOCTYPE html>")[-1])
    ids = {n.attrs["id"] for n in tree.root.iter() if "id" in n.attrs}
    for cls, kind in (("indicators", "indicator"), ("targets", "target")):
        table = next(n for n in tree.root.iter() if n.tag == "table" and cls in n.classes)
        rows = [n for n in table.iter() if n.tag == "tr" and n.attrs.get("data-rec")]
        assert len(rows) == len(article.records_of(kind)) > 0
        for row in rows:
            hrefs = [a.attrs["href"] for a in row.iter() if a.tag == "a"]
            assert f"#{row.attrs['data-rec']}" in hrefs
            assert all(h[1:] in ids for h in hrefs)
    assert "50,068,000,000,000 VND" in dom and "+9.54%" in dom


def test_page_script_runs_and_article_markup_does_not(tmp_path):
    hostile = ("Ngày 5/12, xã thu 12 tỷ đồng.\n"
               "<script>document.body.setAttribute('data-pwned', 'script')</script>"
               "<img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\"> cuối bài.")
    page = tmp_path / "hostile.html"
    page.write_text(render(extract(hostile, published="2023-12-06")), encoding="utf-8")
    dom = shot.dump_dom(page, fragment="rec-1")
    assert 'data-pwned="' not in dom, "markup from the article ran"
    assert "<img" not in dom
    assert "&lt;script&gt;document.body" in dom
    # the page's own script ran: it marked the record named in the URL fragment
    from test_render import Tree

    tree = Tree(dom.split("<!DOCTYPE html>")[-1])
    flashed = [n for n in tree.root.iter() if "flash" in n.classes]
    assert flashed and {n.attrs["data-rec"] for n in flashed} == {"rec-1"}


def test_screenshot_is_a_real_png(page, tmp_path):
    png = shot.screenshot(page, tmp_path / "review.png", size=(1200, 900))
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 900)
    assert len(data) > 30_000, "a blank page compresses to a few kB; the review page does not"
