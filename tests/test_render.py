"""The review page (render.py): escaping, one highlight per record, nesting, table links, offline."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from vnreport_extract.records import (Article, Block, Body, Date, Event, Indicator, Location, Money, Ordinal,
                                      Percent, Period, Person, Quantity, Sentence, Target, Document, Duration,
                                      Multiplier, Ratio)
from vnreport_extract.review import describe, render, show_main

ROOT = Path(__file__).resolve().parents[1]

# Our own test article (not from any corpus): every kind, nesting, a crossing pair, a script tag.
TEXT = (
    "Tin Hà Nội\n"
    "Ngày 30/12, Quận ủy Long Biên tổ chức Hội nghị Ban Chấp hành lần thứ 9 nhiệm kỳ 2020 - 2025.\n"
    "<script>alert(1)</script> Theo Nghị quyết số 12-NQ/QU, tổng thu ngân sách năm 2022 ước đạt "
    "1.842 tỷ đồng, tăng 9,54% so với cùng kỳ, bằng 96% dự toán; 45/50 phường gấp 2 lần.\n"
    "Năm 2023 phấn đấu thu 2.000 tỷ đồng trong 12 tháng tại phường Bồ Đề.\n"
    "Ảnh: Trần Minh & \"AT\" <b>\n"
)


def _at(sub: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(sub, i + 1)
    return i, i + len(sub)


def _span(cls, sub: str, nth: int = 0, **fields):
    s, e = _at(sub, nth)
    return cls(text=TEXT[s:e], start=s, end=e, **fields)


def _article() -> Article:
    money = _span(Money, "1.842 tỷ đồng", value=1842e9)
    year22 = _span(Date, "năm 2022", year=2022)
    goal = _span(Money, "2.000 tỷ đồng", value=2000e9)
    year23 = _span(Date, "Năm 2023", year=2023)
    ind_s, _ = _at("tổng thu ngân sách")
    _, ind_e = _at("96% dự toán")
    tgt_s, _ = _at("Năm 2023 phấn đấu")
    _, tgt_e = _at("2.000 tỷ đồng")
    records = [
        _span(Date, "Ngày 30/12", year=2022, month=12, day=30, year_inferred=True),
        _span(Body, "Quận ủy Long Biên", name="Quận ủy Long Biên", category="party", level="district"),
        _span(Event, "Hội nghị Ban Chấp hành lần thứ 9 nhiệm kỳ 2020 - 2025",
              name="Hội nghị Ban Chấp hành lần thứ 9 nhiệm kỳ 2020 - 2025", ordinal=9),
        _span(Body, "Ban Chấp hành", name="Ban Chấp hành", category="party"),
        _span(Ordinal, "lần thứ 9", value=9),
        _span(Period, "nhiệm kỳ 2020 - 2025", since={"year": 2020}, until={"year": 2025}, label="nhiệm kỳ"),
        _span(Document, "Nghị quyết số 12-NQ/QU", doc_type="Nghị quyết", number="12-NQ/QU"),
        Indicator(text=TEXT[ind_s:ind_e], start=ind_s, end=ind_e, subject="tổng thu ngân sách", measure=money,
                  status="estimate", period=year22, change={"direction": "increase", "value": 9.54, "unit": "percent"},
                  baseline="cùng kỳ", attainment={"value": 96, "of": "dự toán"}),
        year22, money,
        _span(Percent, "9,54%", value=9.54),
        _span(Percent, "96%", value=96),
        _span(Ratio, "45/50 phường", numerator=45, denominator=50, unit="phường"),
        # crosses the ratio: "phường gấp 2 lần" starts inside "45/50 phường" and ends after it
        _span(Quantity, "phường gấp 2", value=2, unit="phường"),
        _span(Multiplier, "gấp 2 lần", value=2),
        Target(text=TEXT[tgt_s:tgt_e], start=tgt_s, end=tgt_e, subject="thu", goal=goal, modality="phấn đấu",
               period=year23),
        year23, goal,
        _span(Duration, "12 tháng", value=12, unit="month"),
        _span(Location, "phường Bồ Đề", name="phường Bồ Đề", admin_level="ward"),
        _span(Person, "Trần Minh", name="Trần Minh"),
    ]
    records.sort(key=lambda r: (r.start, -r.end))
    lines, blocks, pos = TEXT.split("\n"), [], 0
    kinds = ["series", "lead", "paragraph", "paragraph", "caption"]
    for kind, line in zip(kinds, lines):
        blocks.append(Block(kind=kind, start=pos, end=pos + len(line)))
        pos += len(line) + 1
    sentences = [Sentence(start=b.start, end=b.end, block=i) for i, b in enumerate(blocks)]
    return Article(text=TEXT, title="Báo cáo <i>thử</i>", blocks=blocks, sentences=sentences, records=records)


# ---- a tiny DOM from the stdlib parser --------------------------------------------------------

VOID = {"meta", "br", "img", "link", "input", "hr"}


class Node:
    def __init__(self, tag: str, attrs: dict, parent: "Node | None"):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.iter()

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())


class Tree(HTMLParser):
    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.feed(page)
        self.close()
        assert self.cur is self.root, f"unclosed <{self.cur.tag}>"

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_endtag(self, tag):
        assert tag == self.cur.tag, f"</{tag}> closes <{self.cur.tag}>: badly nested HTML"
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


@pytest.fixture(scope="module")
def article() -> Article:
    return _article()


@pytest.fixture(scope="module")
def page(article) -> str:
    return render(article)


@pytest.fixture(scope="module")
def tree(page) -> Tree:
    return Tree(page)


def test_article_text_is_escaped_and_no_article_script_runs(page, tree):
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    scripts = [n for n in tree.root.iter() if n.tag == "script"]
    assert len(scripts) == 1, "only the page's own script"
    assert "alert(1)" not in scripts[0].text()
    assert not any(n.tag == "b" for n in tree.root.iter()), "<b> from the caption must stay text"
    assert "<title>Báo cáo &lt;i&gt;thử&lt;/i&gt;</title>" in page
    assert not re.search(r"\son\w+\s*=", page.split("<script>")[0]), "no inline event handlers"


def test_text_content_is_the_article_text(tree, article):
    (text,) = [n for n in tree.root.iter() if n.attrs.get("id") == "text"]
    assert text.text() == article.text


def test_every_record_has_a_highlight_with_kind_and_offsets(tree, article):
    by_rec: dict[str, list[Node]] = {}
    for n in tree.root.iter():
        if "rec" in n.classes:
            by_rec.setdefault(n.attrs["data-rec"], []).append(n)
    assert len(by_rec) == len(article.records)
    kinds = set()
    for i, r in enumerate(article.records):
        frags = by_rec[f"rec-{i}"]
        assert frags[0].attrs.get("id") == f"rec-{i}"
        for f in frags:
            assert f"k-{r.kind}" in f.classes
            assert (f.attrs["data-kind"], int(f.attrs["data-start"]), int(f.attrs["data-end"])) == (r.kind, r.start, r.end)
        assert "".join(f.text() for f in frags) == r.text
        assert describe(r).splitlines()[0] in frags[0].attrs["title"]
        kinds.add(r.kind)
    assert len(kinds) == 16, "the test article covers all kinds of the contract"


def test_nested_records_are_nested_elements(tree):
    first = {n.attrs["id"]: n for n in tree.root.iter() if n.attrs.get("id", "").startswith("rec-")}

    def rec(kind, text):
        return next(n for n in first.values() if n.attrs.get("data-kind") == kind and "rec" in n.classes
                    and n.text() == text)

    event = rec("event", "Hội nghị Ban Chấp hành lần thứ 9 nhiệm kỳ 2020 - 2025")
    for inner in (rec("body", "Ban Chấp hành"), rec("ordinal", "lần thứ 9"), rec("period", "nhiệm kỳ 2020 - 2025")):
        assert event in list(inner.ancestors())
    indicator = next(n for n in first.values() if n.attrs.get("data-kind") == "indicator")
    for inner in (rec("money", "1.842 tỷ đồng"), rec("percent", "9,54%"), rec("date", "năm 2022")):
        assert indicator in list(inner.ancestors())
    measure = first[f"{indicator.attrs['id']}-measure"]
    assert "role-measure" in measure.classes and measure.text() == "1.842 tỷ đồng"
    assert indicator in list(measure.ancestors())
    # the caption's person stays inside the caption block, which is shaded
    person = rec("person", "Trần Minh")
    assert any("b-caption" in a.classes for a in person.ancestors())
    # an outer record's underline is pushed below its inner ones
    assert "h1" in event.classes or "h2" in event.classes


def test_crossing_records_are_split_into_fragments(tree):
    frags = [n for n in tree.root.iter() if n.attrs.get("data-kind") == "quantity" and "rec" in n.classes]
    assert len(frags) == 2
    assert "".join(f.text() for f in frags) == "phường gấp 2"
    assert "first" in frags[0].classes and "cont" in frags[1].classes and "id" not in frags[1].attrs


def test_tables_link_to_existing_ids(tree, page):
    ids = {n.attrs["id"] for n in tree.root.iter() if "id" in n.attrs}
    links = [n.attrs["href"] for n in tree.root.iter() if n.tag == "a"]
    assert links and all(h.startswith("#") and h[1:] in ids for h in links)
    ind = next(n for n in tree.root.iter() if n.tag == "table" and "indicators" in n.classes)
    rows = [n for n in ind.iter() if n.tag == "tr" and n.attrs.get("data-rec")]
    assert len(rows) == 1
    cells = [c.text() for c in rows[0].children if isinstance(c, Node) and c.tag == "td"]
    assert cells[0].startswith("tổng thu ngân sách") and "estimate" in cells[0]
    assert cells[1:] == ["1,842,000,000,000 VND", "2022", "+9.54%", "cùng kỳ", "96% of dự toán"]
    tgt = next(n for n in tree.root.iter() if n.tag == "table" and "targets" in n.classes)
    cells = [c.text() for c in next(n for n in tgt.iter() if n.tag == "tr" and n.attrs.get("data-rec")).children
             if isinstance(c, Node)]
    assert cells == ["thu", "2,000,000,000,000 VND", "phấn đấu", "2023", ""]
    hrefs = {h[1:] for h in links}
    indicator_id = next(n.attrs["id"] for n in tree.root.iter() if n.attrs.get("data-kind") == "indicator"
                        and "rec" in n.classes)
    assert {indicator_id, f"{indicator_id}-measure", f"{indicator_id}-period"} <= hrefs


def test_page_is_self_contained(page):
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:|//)""", page, re.I)
    assert not re.search(r"""url\(\s*["']?(?:https?:|//)""", page, re.I)
    assert "@import" not in page and "<link" not in page and "http" not in page.split("<body>")[0]


def test_blocks_are_typed_and_shaded(tree):
    blocks = [n for n in tree.root.iter() if "block" in n.classes]
    assert [next(c for c in b.classes if c.startswith("b-")) for b in blocks] == [
        "b-series", "b-lead", "b-paragraph", "b-paragraph", "b-caption"]


def test_duplicate_block_and_no_blocks_and_zero_length():
    a = Article(text="Ảnh 1\nẢnh 1", blocks=[Block(kind="caption", start=0, end=5),
                                          Block(kind="caption", start=6, end=11, duplicate_of=0)])
    t = Tree(render(a))
    dup = [n for n in t.root.iter() if "dup" in n.classes]
    assert len(dup) == 1 and dup[0].text() == "Ảnh 1" and "repeats block 0" in dup[0].attrs["data-label"]
    bare = Article(text="x 5 y", records=[Quantity(text="", start=2, end=2, value=5)])
    t = Tree(render(bare))
    (z,) = [n for n in t.root.iter() if "rec" in n.classes]
    assert z.attrs["data-start"] == z.attrs["data-end"] == "2" and z.attrs["id"] == "rec-0"
    assert next(n for n in t.root.iter() if n.attrs.get("id") == "text").text() == "x 5 y"


def test_real_fixture_every_record_highlighted():
    from vnreport_extract import extract

    a = extract((ROOT / "fixtures" / "hoang-mai-2023.txt").read_bytes(), published="2022-12-30")
    t = Tree(render(a))
    ids = {n.attrs.get("id") for n in t.root.iter()}
    assert all(f"rec-{i}" in ids for i in range(len(a.records)))
    assert next(n for n in t.root.iter() if n.attrs.get("id") == "text").text() == a.text


def test_show_writes_default_file_in_cwd(tmp_path, monkeypatch, capsys):
    src = tmp_path / "in" / "bai-viet.txt"
    src.parent.mkdir()
    src.write_text("Ngày 5/12, xã thu 12 tỷ đồng. <script>x()</script>", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert show_main([str(src), "--published", "2023-12-06"]) == 0
    out = tmp_path / "bai-viet.review.html"
    assert capsys.readouterr().out.strip() == str(out)
    page = out.read_text(encoding="utf-8")
    assert "k-money" in page and "&lt;script&gt;x()" in page


def test_show_html_option_json_input_and_errors(tmp_path, capsys, article):
    row = tmp_path / "row.jsonl"
    row.write_text(json.dumps({"name": "a", "path": "a.txt", "article": article.model_dump(mode="json")},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "sub" / "page.html"
    assert show_main([str(row), "--html", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == render(article)
    capsys.readouterr()
    assert show_main([str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert show_main([str(empty), "--html", str(tmp_path / "e.html")]) == 1
    assert not (tmp_path / "e.html").exists()
    assert show_main([str(empty), "--published", "30/12/2022"]) == 2
    assert show_main([]) == 2


def test_top_level_render_is_the_function(article):
    import vnreport_extract

    import vnreport_extract.review  # noqa: F401  importing the module must not shadow the function

    assert vnreport_extract.render(article) == render(article)
    assert vnreport_extract.render is render
