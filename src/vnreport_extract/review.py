"""The review page: one self-contained HTML file showing an article with its records.

``render(article)`` returns the page as a string; ``show_main(argv)`` is the
``vnreport-extract show ARTICLE [--html OUT] [--published DATE]`` command. The page highlights every
record by kind (nested and overlapping records stay visible), shows the normalised value on hover,
shades captions and boilerplate, and lists indicators and targets in tables that link back to their
place in the text. All article text is HTML-escaped and the page loads nothing from the network.
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import html
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from .records import Article
from .data import read_text

__all__ = ["render", "show_main", "KIND_ORDER", "describe"]

#: The record kinds of the contract, in the order the legend shows them.
KIND_ORDER: tuple[str, ...] = (
    "indicator", "target",
    "event", "document", "body", "location", "person",
    "quantity", "money", "percent", "ratio", "multiplier", "ordinal",
    "date", "period", "duration",
)
_COMPOSITE = frozenset({"indicator", "target"})
_NAMED = frozenset({"body", "location", "person", "document", "event"})
_SPAN_FIELDS = frozenset({"kind", "text", "start", "end", "sentence"})
# Nesting preference when two records cover the same characters: lower rank sits outside.
_RANK = {"indicator": 0, "target": 0, "event": 1, "document": 1, "body": 2, "location": 2, "person": 2,
         "period": 3}
_ROLE_RANK = 9


# ---- values ----------------------------------------------------------------------------------

def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _num(v: Any) -> str:
    if v is None:
        return "?"
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)):
        if float(v).is_integer() and abs(v) < 1e18:
            return f"{int(v):,}"
        return f"{v:,.10g}"
    return str(v)


_APPROX = {"about": "≈", "over": ">", "under": "<", "at_least": "≥", "at_most": "≤", "nearly": "≲"}


def _range(rec: Any) -> str:
    lo, hi = _get(rec, "value"), _get(rec, "value_max")
    text = _num(lo) if hi is None else f"{_num(lo)}–{_num(hi)}"
    approx = _get(rec, "approx")
    return f"{_APPROX.get(approx, approx)} {text}" if approx else text


def _point(p: Any) -> str:
    if p is None:
        return "…"
    y, m, d = _get(p, "year"), _get(p, "month"), _get(p, "day")
    parts = [f"{y:04d}" if isinstance(y, int) else "????"]
    if m is not None:
        parts.append(f"{m:02d}")
    if d is not None:
        parts.append(f"{d:02d}")
    return "-".join(parts)


def _date(rec: Any) -> str:
    y, m, d, q = (_get(rec, k) for k in ("year", "month", "day", "quarter"))
    parts = [f"{y:04d}" if isinstance(y, int) else "????"]
    if q is not None and m is None:
        parts.append(f"Q{q}")
    if m is not None:
        parts.append(f"{m:02d}")
    if d is not None:
        parts.append(f"{d:02d}")
    out = "-".join(parts)
    notes = [n for n, flag in (("year inferred", _get(rec, "year_inferred")),
                               ("relative", _get(rec, "relative"))) if flag]
    return out + (f" ({', '.join(notes)})" if notes else "")


def _extras(rec: Any, skip: Iterable[str] = ()) -> str:
    data = rec.model_dump(mode="json") if hasattr(rec, "model_dump") else dict(rec)
    skip = set(skip) | _SPAN_FIELDS
    return ", ".join(f"{k}={v}" for k, v in data.items() if k not in skip and v not in (None, False))


def describe(rec: Any) -> str:
    """The normalised value of a record (or a nested measure/period) as one short line of text."""
    kind = _get(rec, "kind")
    if kind == "quantity":
        unit = _get(rec, "unit")
        return _range(rec) + (f" {unit}" if unit else "")
    if kind == "money":
        return f"{_range(rec)} {_get(rec, 'currency') or ''}".rstrip()
    if kind == "percent":
        return _range(rec) + "%"
    if kind == "ratio":
        unit = _get(rec, "unit")
        return f"{_num(_get(rec, 'numerator'))}/{_num(_get(rec, 'denominator'))}" + (f" {unit}" if unit else "")
    if kind == "multiplier":
        return f"×{_num(_get(rec, 'value'))}"
    if kind == "ordinal":
        return f"#{_num(_get(rec, 'value'))}"
    if kind == "date":
        return _date(rec)
    if kind == "period":
        label = _get(rec, "label")
        return f"{_point(_get(rec, 'since'))} → {_point(_get(rec, 'until'))}" + (f" ({label})" if label else "")
    if kind == "duration":
        return f"{_range(rec)} {_get(rec, 'unit')}"
    if kind == "body":
        bits = [b for b in (_get(rec, "category"), _get(rec, "level")) if b]
        return f"{_get(rec, 'name')}" + (f" ({', '.join(bits)})" if bits else "")
    if kind == "location":
        level = _get(rec, "admin_level")
        return f"{_get(rec, 'name')}" + (f" ({level})" if level else "")
    if kind == "person":
        role = _get(rec, "role")
        return f"{_get(rec, 'name')}" + (f", {role}" if role else "")
    if kind == "document":
        bits = [b for b in (_get(rec, "number"), _get(rec, "issuer")) if b]
        return f"{_get(rec, 'doc_type')}" + (f" {' · '.join(bits)}" if bits else "")
    if kind == "event":
        ordinal = _get(rec, "ordinal")
        return f"{_get(rec, 'name')}" + (f" (#{ordinal})" if ordinal is not None else "")
    if kind == "indicator":
        lines = [f"{_get(rec, 'subject')} = {_sub(_get(rec, 'measure'))}",
                 f"status: {_get(rec, 'status')}"]
        for name, value in (("period", _sub(_get(rec, "period"), None)), ("change", _change(_get(rec, "change"))),
                            ("baseline", _get(rec, "baseline")), ("attainment", _of(_get(rec, "attainment"), "%")),
                            ("scope", _get(rec, "scope"))):
            if value:
                lines.append(f"{name}: {value}")
        return "\n".join(lines)
    if kind == "target":
        lines = [f"{_get(rec, 'subject')} → {_sub(_get(rec, 'goal'), 'no value stated')}",
                 f"modality: {_get(rec, 'modality')}"]
        for name, value in (("period", _sub(_get(rec, "period"), None)), ("achieved", _of(_get(rec, "achieved"), ""))):
            if value:
                lines.append(f"{name}: {value}")
        return "\n".join(lines)
    return _extras(rec) if rec is not None else ""


def _sub(rec: Any, missing: str | None = "?") -> str | None:
    return missing if rec is None else describe(rec)


def _change(ch: Any) -> str | None:
    if ch is None:
        return None
    sign = {"increase": "+", "decrease": "−"}.get(_get(ch, "direction"), "")
    unit = {"percent": "%", "times": "×", "absolute": ""}.get(_get(ch, "unit"), "")
    return f"{sign}{_num(_get(ch, 'value'))}{unit}" if unit != "×" else f"{sign}×{_num(_get(ch, 'value'))}"


def _of(a: Any, unit: str) -> str | None:
    if a is None:
        return None
    of = _get(a, "of")
    return f"{_num(_get(a, 'value'))}{unit}" + (f" of {of}" if of else "")


def _tooltip(rec: Any) -> str:
    return f"{_get(rec, 'kind')} · {_get(rec, 'text')!r}\n{describe(rec)}"


# ---- marks and nesting --------------------------------------------------------------------------

@dataclass(eq=False)
class _Mark:
    start: int
    end: int
    group: int             # 0 = block layer (always outermost), 1 = records
    rank: int
    tag: str
    classes: list[str]
    attrs: dict[str, str]
    ident: str | None = None     # id of the first fragment
    label: str = ""
    height: int = 0
    children: list["_Mark"] = field(default_factory=list)

    def key(self) -> tuple[int, int, int, int]:
        return (self.group, self.start, -self.end, self.rank)


def _kind_class(kind: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in str(kind))
    return f"k-{safe}"


def _record_marks(article: Article, n_text: int) -> list[_Mark]:
    marks: list[_Mark] = []
    for i, rec in enumerate(article.records):
        kind = str(_get(rec, "kind"))
        start, end = int(_get(rec, "start")), int(_get(rec, "end"))
        if not 0 <= start <= end <= n_text:
            continue  # out of range: nothing to highlight (the tables still list it)
        family = "composite" if kind in _COMPOSITE else "named" if kind in _NAMED else "value"
        rid = f"rec-{i}"
        attrs = {"data-kind": kind, "data-start": str(start), "data-end": str(end), "data-rec": rid,
                 "title": _tooltip(rec)}
        marks.append(_Mark(start, end, 1, _RANK.get(kind, 5), "span",
                           ["rec", _kind_class(kind), family], attrs, ident=rid))
        for role in ("measure", "goal", "period"):
            sub = _get(rec, role) if kind in _COMPOSITE else None
            if sub is None or _get(sub, "start") is None:
                continue
            s, e = int(_get(sub, "start")), int(_get(sub, "end"))
            if not 0 <= s <= e <= n_text:
                continue
            sid = f"{rid}-{role}"
            sattrs = {"data-kind": str(_get(sub, "kind")), "data-role": role, "data-of": rid,
                      "data-start": str(s), "data-end": str(e), "data-rec": sid,
                      "title": f"{role} of {kind} rec-{i}\n{describe(sub)}"}
            marks.append(_Mark(s, e, 1, _ROLE_RANK, "span", ["role", f"role-{role}"], sattrs, ident=sid))
    return marks


def _block_marks(article: Article, text: str) -> list[_Mark]:
    marks: list[_Mark] = []
    covered: list[tuple[int, int]] = []
    for i, b in enumerate(article.blocks):
        start, end = max(0, b.start), min(len(text), b.end)
        if start >= end:
            continue
        classes = ["block", f"b-{b.kind}"]
        label = b.kind
        attrs = {"data-block": str(i), "data-start": str(start), "data-end": str(end)}
        if b.duplicate_of is not None:
            classes.append("dup")
            label = f"{b.kind} · repeats block {b.duplicate_of}"
        attrs["data-label"] = label
        marks.append(_Mark(start, end, 0, 0, "div", classes, attrs, ident=f"block-{i}"))
        covered.append((start, end))
    covered.sort()
    pos = 0
    gaps: list[tuple[int, int]] = []
    for s, e in covered:
        if s > pos:
            gaps.append((pos, s))
        pos = max(pos, e)
    if pos < len(text):
        gaps.append((pos, len(text)))
    for s, e in gaps:
        if text[s:e].strip():
            marks.append(_Mark(s, e, 0, 1, "div", ["block", "b-none"], {"data-label": "outside any block"}))
        else:
            marks.append(_Mark(s, e, 0, 1, "span", ["gap"], {}))
    return marks


def _set_heights(marks: list[_Mark]) -> None:
    """How many levels of records each record contains (to stack the underlines of nested spans)."""
    recs = sorted((m for m in marks if m.group == 1 and m.end > m.start), key=_Mark.key)
    stack: list[_Mark] = []
    for m in recs:
        while stack and not (stack[-1].start <= m.start and m.end <= stack[-1].end):
            stack.pop()
        if stack:
            stack[-1].children.append(m)
        stack.append(m)
    for m in reversed(recs):
        m.height = 1 + max((c.height for c in m.children), default=-1)
        if m.height and "rec" in m.classes:
            m.classes.append(f"h{min(m.height, 5)}")


def _open(m: _Mark, first: bool) -> str:
    classes = list(m.classes) + (["first"] if first else ["cont"])
    parts = [f'<{m.tag} class="{html.escape(" ".join(classes))}"']
    if first and m.ident:
        parts.append(f' id="{html.escape(m.ident)}"')
    for k, v in m.attrs.items():
        parts.append(f' {k}="{html.escape(v, quote=True)}"')
    return "".join(parts) + ">"



def _render_text(article: Article) -> tuple[str, set[str]]:
    """The article's HTML and the ids it defines."""
    text = article.text
    marks = _block_marks(article, text) + _record_marks(article, len(text))
    _set_heights(marks)
    empty = sorted((m for m in marks if m.start == m.end), key=_Mark.key)
    spans = [m for m in marks if m.end > m.start]
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[_Mark]] = {}
    for m in spans:
        starts.setdefault(m.start, []).append(m)
    empties: dict[int, list[_Mark]] = {}
    for m in empty:
        empties.setdefault(m.start, []).append(m)

    out: list[str] = []
    opened: set[int] = set()
    stack: list[_Mark] = []
    active: list[_Mark] = []
    for a, b in zip(bounds, bounds[1:] + [None]):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        want = sorted(active, key=_Mark.key)
        k = 0
        while k < len(stack) and k < len(want) and stack[k] is want[k]:
            k += 1
        for m in reversed(stack[k:]):
            out.append(f"</{m.tag}>")
        for m in want[k:]:
            out.append(_open(m, id(m) not in opened))
            opened.add(id(m))
        stack = want
        for m in empties.get(a, []):
            out.append(_open(m, True) + f"</{m.tag}>")
        if b is not None:
            out.append(html.escape(text[a:b], quote=True))
    for m in reversed(stack):
        out.append(f"</{m.tag}>")
    return "".join(out), {m.ident for m in marks if m.ident and (id(m) in opened or m.start == m.end)}


# ---- tables ------------------------------------------------------------------------------------

def _cell(value: Any, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    if value is None or value == "":
        return f"<td{c}></td>"
    return f"<td{c}>{html.escape(str(value), quote=True)}</td>"


def _link(rid: str, label: str) -> str:
    return f'<a href="#{html.escape(rid)}">{html.escape(label or "(no text)", quote=True)}</a>'


def _linked_cell(rid: str | None, label: str | None, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    if not label:
        return f"<td{c}></td>"
    return f"<td{c}>{_link(rid, label) if rid else html.escape(label, quote=True)}</td>"


def _tables(article: Article, ids: set[str]) -> str:
    inds = [(i, r) for i, r in enumerate(article.records) if _get(r, "kind") == "indicator"]
    tgts = [(i, r) for i, r in enumerate(article.records) if _get(r, "kind") == "target"]

    def rid(i: int, role: str | None = None) -> str | None:
        name = f"rec-{i}" + (f"-{role}" if role else "")
        return name if name in ids else None

    out = [f'<h2 id="indicators">Indicators <span class="n">({len(inds)})</span></h2>']
    if inds:
        out.append('<table class="facts indicators"><thead><tr><th>subject</th><th>value</th><th>period</th>'
                   "<th>change</th><th>baseline</th><th>attainment</th></tr></thead><tbody>")
        for i, r in inds:
            status = _get(r, "status")
            scope = _get(r, "scope")
            subject = str(_get(r, "subject") or _get(r, "text"))
            est = ' <span class="est">estimate</span>' if status == "estimate" else ""
            sc = f' <span class="est">{html.escape(scope)}</span>' if scope else ""
            subj = _link(rid(i), subject) if rid(i) else html.escape(subject)
            out.append(f'<tr id="row-rec-{i}" data-rec="rec-{i}"><td>{subj}{est}{sc}</td>'
                       + _linked_cell(rid(i, "measure"), _sub(_get(r, "measure"), None), "num")
                       + _linked_cell(rid(i, "period"), _sub(_get(r, "period"), None))
                       + _cell(_change(_get(r, "change")), "num") + _cell(_get(r, "baseline"))
                       + _cell(_of(_get(r, "attainment"), "%")) + "</tr>")
        out.append("</tbody></table>")
    else:
        out.append('<p class="empty">No indicators in this article.</p>')
    out.append(f'<h2 id="targets">Targets <span class="n">({len(tgts)})</span></h2>')
    if tgts:
        out.append('<table class="facts targets"><thead><tr><th>subject</th><th>goal</th><th>modality</th>'
                   "<th>period</th><th>achieved</th></tr></thead><tbody>")
        for i, r in tgts:
            subject = str(_get(r, "subject") or _get(r, "text"))
            subj = _link(rid(i), subject) if rid(i) else html.escape(subject)
            out.append(f'<tr id="row-rec-{i}" data-rec="rec-{i}"><td>{subj}</td>'
                       + _linked_cell(rid(i, "goal"), _sub(_get(r, "goal"), None), "num")
                       + _cell(_get(r, "modality"))
                       + _linked_cell(rid(i, "period"), _sub(_get(r, "period"), None))
                       + _cell(_of(_get(r, "achieved"), "")) + "</tr>")
        out.append("</tbody></table>")
    else:
        out.append('<p class="empty">No targets in this article.</p>')
    return "".join(out)


def _legend(article: Article) -> str:
    counts: dict[str, int] = {}
    for r in article.records:
        k = str(_get(r, "kind"))
        counts[k] = counts.get(k, 0) + 1
    kinds = [k for k in KIND_ORDER if k in counts] + sorted(k for k in counts if k not in KIND_ORDER)
    buttons = [f'<button type="button" class="{_kind_class(k)}" data-kind="{html.escape(k)}" '
               f'title="show or hide {html.escape(k)} highlights"><span class="sw"></span>'
               f"{html.escape(k)} {counts[k]}</button>" for k in kinds]
    return f'<div class="legend">{"".join(buttons)}</div>'


@functools.cache
def _asset(name: str) -> str:
    return read_text(name, "render")


def _safe_inline(code: str, tag: str) -> str:
    # A literal closing tag inside an inlined asset would end the element early.
    return code.replace(f"</{tag}", f"<\\/{tag}")


def render(article: Article, *, title: str | None = None) -> str:
    """Render ``article`` as one self-contained HTML review page and return it as a string.

    Every record is a ``<span class="rec k-KIND">`` with ``data-start``/``data-end`` (the first
    fragment of record ``N`` has ``id="rec-N"``; a record that crosses another is split into
    fragments sharing ``data-rec``); the normalised value is its hover text. Indicators and
    targets are tabled beside the text with links to ``#rec-N``. ``title`` defaults to the
    article's headline. The article text is HTML-escaped; CSS and JavaScript are inlined, so the
    page works offline.
    """
    page_title = title or article.title or (article.source or "Article") + " — review"
    body, ids = _render_text(article)
    meta = [f"{k}: {v}" for k, v in (("source", article.source), ("author", article.author),
                                     ("series", article.series), ("published", article.published)) if v]
    meta.append(f"{len(article.blocks)} blocks · {len(article.sentences)} sentences · "
                f"{len(article.records)} records")
    css = _safe_inline(_asset("review.css"), "style")
    js = _safe_inline(_asset("review.js"), "script")
    esc = functools.partial(html.escape, quote=True)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="vnreport_extract.render">\n'
        f"<title>{esc(page_title)}</title>\n<style>\n{css}</style>\n</head>\n<body>\n"
        f'<header class="page"><h1>{esc(page_title)}</h1>'
        f'<div class="meta">{esc(" · ".join(str(m) for m in meta))}</div>{_legend(article)}</header>\n'
        '<main class="review">\n'
        f'<section class="article" aria-label="article text"><div class="text" id="text">{body}</div></section>\n'
        f'<aside class="facts" aria-label="indicators and targets">{_tables(article, ids)}</aside>\n'
        "</main>\n"
        '<div id="info" role="status"></div>\n'
        f"<script>\n{js}</script>\n</body>\n</html>\n"
    )


# ---- command line ------------------------------------------------------------------------------

def _load_article(path: Path, published: str | None) -> Article:
    """An Article from a text file (extracted now) or from JSON written by ``vnreport-extract extract``."""
    from .api import extract

    if path.suffix.lower() in (".json", ".jsonl"):
        raw = path.read_text(encoding="utf-8").strip()
        data = json.loads(raw.splitlines()[0] if path.suffix.lower() == ".jsonl" else raw)
        if isinstance(data, list):
            data = data[0]
        if isinstance(data, dict) and "article" in data:
            data = data["article"]
        if isinstance(data, dict) and "error" in data:
            raise ValueError(f"{path}: {data['error']}")
        return Article.model_validate(data)
    return extract(path.read_bytes(), source=str(path), published=published)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="vnreport-extract show",
        description="Write a self-contained HTML review page of one article: every record highlighted "
                    "by kind, values on hover, tables of indicators and targets.")
    ap.add_argument("article", metavar="ARTICLE",
                    help="an article (.txt, any supported encoding) or a .json/.jsonl row written by "
                         "'vnreport-extract extract'")
    ap.add_argument("--html", metavar="OUT", help="where to write the page (default: ./ARTICLE-STEM.review.html)")
    ap.add_argument("--published", metavar="DATE", help="publication date YYYY-MM-DD for relative dates")
    ap.add_argument("--title", help="page title (default: the article's headline)")
    return ap


def show_main(argv: Sequence[str] | None = None) -> int:
    """``vnreport-extract show ARTICLE [--html OUT] [--published DATE]``; returns the exit code.

    ``argv`` holds the arguments after ``show``. Writes the page to ``OUT`` or to
    ``<article-stem>.review.html`` in the current folder and prints its path. Exit codes: 0 written,
    1 the article could not be read, 2 bad command line.
    """
    from .errors import InputError

    try:
        args = _parser().parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    path = Path(args.article)
    if args.published:
        try:
            dt.date.fromisoformat(args.published)
        except ValueError:
            print(f"vnreport-extract show: --published must be YYYY-MM-DD, got {args.published!r}", file=sys.stderr)
            return 2
    if not path.is_file():
        print(f"vnreport-extract show: {path}: no such file", file=sys.stderr)
        return 1
    try:
        article = _load_article(path, args.published)
    except (InputError, OSError, ValueError) as exc:
        msg = str(exc) if str(path) in str(exc) else f"{path}: {exc}"
        print(f"vnreport-extract show: {msg}", file=sys.stderr)
        return 1
    stem = path.stem or "article"
    out = Path(args.html) if args.html else Path.cwd() / f"{stem}.review.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(article, title=args.title), encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(show_main())
