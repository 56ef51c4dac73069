"""The ``vnreport-extract`` console script.

Exit codes: 0 every input was read; 1 at least one input failed (its error row is written and the
run goes on); 2 bad command line.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator, TextIO

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2
SUFFIXES = (".txt", ".text", ".md")


def _inputs(paths: list[str]) -> Iterator[tuple[str, Path | None, str | None]]:
    """(name, path, error) for every file named or found under a folder, in a stable order."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not files:
                yield raw, None, f"no {'/'.join(SUFFIXES)} files in folder"
            for f in files:
                yield str(f), f, None
        elif p.is_file():
            yield raw, p, None
        else:
            yield raw, None, "no such file or folder"


def _summary(name: str, article, out: TextIO) -> None:
    kinds = Counter(r.kind for r in article.records)
    head = article.title or article.text[:70].replace("\n", " ")
    print(f"== {name}", file=out)
    print(f"   title: {head}", file=out)
    meta = [f"{k}: {v}" for k, v in (("source", article.source), ("author", article.author),
                                     ("series", article.series), ("published", article.published)) if v]
    if meta:
        print("   " + "; ".join(meta), file=out)
    print(f"   {len(article.blocks)} blocks, {len(article.sentences)} sentences, "
          f"{len(article.records)} records: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())), file=out)
    for r in [r for r in article.records if r.kind in ("money", "percent")][:5]:
        value = getattr(r, "value", None)
        unit = getattr(r, "currency", None) or ("%" if r.kind == "percent" else "")
        print(f"     {r.kind:<8} {r.text!r:<28} → {value:,.10g} {unit}", file=out)


def cmd_extract(args: argparse.Namespace) -> int:
    from .api import extract
    from .errors import InputError

    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    summary_out = sys.stderr if args.output is None else sys.stdout
    failures = 0
    collected = []
    try:
        for name, path, error in _inputs(args.paths):
            row: dict = {"name": Path(name).name.rsplit(".", 1)[0], "path": name}
            if error is None:
                try:
                    data = path.read_bytes()
                    article = extract(data, source=name, published=args.published)
                    row["article"] = article.model_dump(mode="json")
                    if args.summary:
                        _summary(name, article, summary_out)
                except (InputError, OSError, ValueError) as exc:
                    error = str(exc) if isinstance(exc, InputError) else f"{name}: {exc}"
            if error is not None:
                failures += 1
                row["error"] = error if error.startswith(name) else f"{name}: {error}"
                print(f"vnreport-extract: {row['error']}", file=sys.stderr)
            if args.format == "jsonl":
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                collected.append(row)
        if args.format == "json":
            json.dump(collected, out, ensure_ascii=False, indent=1)
            out.write("\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return EXIT_INPUT_ERRORS if failures else EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """``show ARTICLE [--html OUT] [--published DATE] [--title T]``: see :func:`review.show_main`."""
    from .review import show_main

    return show_main(args.rest)


def cmd_schema(args: argparse.Namespace) -> int:
    from .schema import schema_json

    text = schema_json()
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    """``vnreport-extract batch``: sources into a database (and JSON lines / Parquet), with a summary."""
    try:
        from .io.batch import run_batch, summary_text
        from .io.stores import DEFAULT_DB, parse_url
    except ImportError as exc:  # pragma: no cover - the batch extra is missing
        print(f"vnreport-extract batch needs the batch extra: pip install 'vnreport-extract[batch]' ({exc})",
              file=sys.stderr)
        return EXIT_USAGE
    try:
        parse_url(args.db)
    except ValueError as exc:
        print(f"vnreport-extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.workers < 1:
        print("vnreport-extract: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    progress = None if args.progress is None else args.progress == "on"
    if args.scheduler is not None or args.dask:
        from .distributed import run_distributed

        try:
            stats = run_distributed(args.sources, scheduler=args.scheduler, parquet=args.parquet, db=args.db,
                                    n_workers=args.workers, max_bytes=args.max_bytes)
        except ValueError as exc:
            print(f"vnreport-extract: {exc}", file=sys.stderr)
            return EXIT_USAGE
        where = ", ".join(x for x in (args.db, args.parquet) if x)
    else:
        stats = run_batch(args.sources, db=args.db, jsonl=args.jsonl, parquet=args.parquet,
                          workers=args.workers, resume=args.resume, max_bytes=args.max_bytes,
                          progress=progress)
        where = ", ".join(x for x in (args.db or DEFAULT_DB, args.jsonl, args.parquet) if x)
    print(summary_text(stats, store=where))
    return EXIT_INPUT_ERRORS if stats.errors else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="vnreport-extract", description=(
        "Typed records (numbers, money, dates, periods …) from Vietnamese government news."))
    ap.add_argument("--version", action="version", version=_version())
    sub = ap.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract records from articles (files or folders of .txt)")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    ex.add_argument("--format", choices=("jsonl", "json"), default="jsonl",
                    help="output format: one JSON object per article per line (default), or one JSON list")
    ex.add_argument("-o", "--output", metavar="FILE", help="write records here instead of standard output")
    ex.add_argument("--published", metavar="DATE", help="publication date YYYY-MM-DD for relative dates")
    ex.add_argument("--summary", action="store_true",
                    help="print a readable summary per article (to stdout with -o, else to stderr)")
    ex.set_defaults(func=cmd_extract)

    ba = sub.add_parser("batch", help="extract folders, archives, JSON lines and WARC crawls into a database",
                        description="Extract every input of SOURCES (folders, globs, .txt/.html, .zip, .tar[.gz], "
                                    ".jsonl, .warc[.gz]) into a database: SQLite by default, DuckDB or "
                                    "PostgreSQL. Every input gets an articles row; unreadable ones carry an error.")
    ba.add_argument("sources", nargs="+", metavar="SOURCE", help="folders, glob patterns, files, archives")
    ba.add_argument("--db", metavar="URL", help="store: a .sqlite/.duckdb path, sqlite:///FILE, duckdb:///FILE or "
                                               "postgresql://USER@HOST:PORT/DB (default: vnreport.sqlite)")
    ba.add_argument("--jsonl", metavar="FILE", help="also append one JSON line per article here")
    ba.add_argument("--parquet", metavar="DIR", help="also write Parquet parts to DIR/articles and DIR/records")
    ba.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1)")
    ba.add_argument("--resume", action="store_true",
                    help="skip inputs already stored with the same content and extractor version")
    ba.add_argument("--max-bytes", type=int, default=16 * 1024 * 1024, metavar="N",
                    help="refuse inputs (files, members, lines, pages) larger than this (default 16 MiB)")
    ba.add_argument("--progress", choices=("on", "off"), default=None,
                    help="progress bar on stderr (default: when stderr is a terminal)")
    ba.add_argument("--scheduler", metavar="ADDRESS",
                    help="run on a Dask cluster (tcp://HOST:8786); writes --parquet and/or a PostgreSQL --db")
    ba.add_argument("--dask", action="store_true", help="run on a local Dask cluster of --workers processes")
    ba.set_defaults(func=cmd_batch)

    sh = sub.add_parser("show", add_help=False,
                        help="write a self-contained HTML review page of one article (show --help for options)")
    sh.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    sh.set_defaults(func=cmd_show)

    sc = sub.add_parser("schema", help="print the JSON schema of the Article record")
    sc.add_argument("-o", "--output", metavar="FILE")
    sc.set_defaults(func=cmd_schema)
    return ap


def _version() -> str:
    from . import __version__

    return f"vnreport-extract {__version__}"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["show"]:  # its own parser, so that "show --help" shows its options
        from .review import show_main

        return show_main(argv[1:])
    args = build_parser().parse_args(argv)
    if getattr(args, "output", None):
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
