"""Run :func:`vnreport_extract.extract` over every input of some sources and store the results.

One reader (the calling process) streams :class:`~.sources.Item` s; N worker processes extract
chunks of up to 8 inputs; the calling process writes each article in one transaction. At most
``2 × workers`` chunks (each at most 8 inputs or 4 MiB) are in flight at once, so memory stays bounded whatever the size of the sources. ``resume=True`` skips
inputs the store already holds with the same content and extractor version.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from .sources import DEFAULT_MAX_BYTES, Item, Reader, count_items, html_to_text
from .stores import ARTICLE_COLUMNS, RECORD_COLUMNS, Result, Store, open_store

__all__ = ["BatchStats", "run_batch", "process_item", "error_result", "article_id", "record_row",
           "extractor_version", "JsonlSink", "ParquetSink", "summary_text"]


def extractor_version() -> str:
    """The version written to ``articles.extractor_version``."""
    from .. import __version__

    return f"vnreport-extract {__version__}"


def article_id(origin: str, content_sha256: str) -> str:
    """The article id: 32 hex digits of SHA-256 over the origin and the content hash."""
    return hashlib.sha256(f"{origin}\0{content_sha256}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _base_row(item: Item) -> dict[str, Any]:
    digest = item.content_sha256
    return {c: None for c in ARTICLE_COLUMNS} | {
        "id": article_id(item.origin, digest), "origin": item.origin, "content_sha256": digest,
        "url": item.url, "title": item.title, "source": item.source,
        "extractor_version": extractor_version(), "n_records": 0, "processed_at": _now(),
    }


def error_result(item: Item, error_kind: str | None = None, error: str | None = None) -> Result:
    """The ``articles`` row for an input that could not be read."""
    row = _base_row(item)
    row["error_kind"] = error_kind or item.error_kind or "invalid"
    row["error"] = error or item.error or "invalid input"
    row["published"] = _iso_date(item.published)
    return Result(article=row)


def _iso_date(value: Any) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def _period_ymd(p: dict | None) -> tuple[Any, Any, Any]:
    if not p:
        return None, None, None
    if p.get("kind") == "date":
        return p.get("year"), p.get("month"), p.get("day")
    point = p.get("until") or p.get("since") or {}
    return point.get("year"), point.get("month"), point.get("day")


def record_row(aid: str, seq: int, rec: dict[str, Any], data: str | None = None) -> dict[str, Any]:
    """A ``records`` row from a record dumped as JSON (``model_dump(mode="json")``).

    Typed columns: ``value``/``value_max``/``unit``/``currency`` of the record, or of the
    ``measure``/``goal`` of an indicator/target (``unit`` is ``%`` for percents); ``year``/
    ``month``/``day`` of a date, the end (else start) of a period, or the ``period`` of an
    indicator/target; ``name`` of a body, location, person or event, the number (else type) of a
    document, the subject of an indicator/target. ``data`` is the record as a JSON string: ``data``
    when given (the record's own ``model_dump_json()``), else ``rec`` serialised here.
    """
    kind = rec["kind"]
    num = rec.get("measure") or rec.get("goal") if kind in ("indicator", "target") else rec
    num = num or {}
    unit = num.get("unit") if isinstance(num.get("unit"), str) else None
    if num.get("kind") == "percent":
        unit = "%"
    if kind in ("indicator", "target"):
        y, m, d = _period_ymd(rec.get("period"))
        name = rec.get("subject")
    elif kind in ("date", "period"):
        y, m, d = _period_ymd(rec)
        name = None
    else:
        y = m = d = None
        name = rec.get("name") if kind != "document" else (rec.get("number") or rec.get("doc_type"))
    value = num.get("value") if isinstance(num.get("value"), (int, float)) else None
    return {
        "article_id": aid, "seq": seq, "kind": kind, "start": rec["start"], "end": rec["end"],
        "text": rec["text"], "sentence": rec.get("sentence"),
        "value": float(value) if value is not None else None,
        "value_max": num.get("value_max"), "unit": unit, "currency": num.get("currency"),
        "year": y, "month": m, "day": d, "name": name,
        "data": data if data is not None else json.dumps(rec, ensure_ascii=False),
    }


def _maxrss_kb() -> int:
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    except (ImportError, OSError):  # pragma: no cover - not on POSIX
        return 0


def _classify(exc: Exception) -> str:
    from ..errors import DecodeError

    reason = (getattr(exc, "reason", None) or str(exc)).lower()
    if isinstance(exc, DecodeError):
        return "undecodable"
    if "binary" in reason:
        return "binary"
    if "too large" in reason:
        return "too_large"
    if "empty" in reason or "no text left" in reason:
        return "empty"
    return "invalid"


def process_item(item: Item) -> Result:
    """Extract one input: the ``articles`` row and its ``records`` rows; never raises for bad input."""
    from ..api import extract
    from ..errors import InputError

    if item.error is not None:
        return error_result(item)
    row = _base_row(item)
    published = _iso_date(item.published)
    try:
        if item.kind == "html":
            page = html_to_text(item.data if item.data is not None else (item.text or ""), url=item.url)
            if not page.text.strip():
                return error_result(item, "no_article_text", "no article text found in the page")
            text: str | bytes = page.text
            row["title"] = row["title"] or page.title
            published = published or _iso_date(page.published)
        else:
            text = item.text if item.text is not None else (item.data or b"")
        article = extract(text, source=item.origin, published=published)
    except InputError as exc:
        return error_result(item, _classify(exc), exc.reason)
    except Exception as exc:  # noqa: BLE001 - one input must never stop the batch
        return error_result(item, "internal", f"{type(exc).__name__}: {exc}")
    row["title"] = row["title"] or article.title
    row["source"] = row["source"] or article.source
    row["author"] = article.author
    row["published"] = article.published.isoformat() if article.published else published
    row["text"] = article.text
    row["n_chars"] = len(article.text)
    # (the record's JSON text from pydantic's serializer: half the time of json.dumps over its dict)
    records = [record_row(row["id"], i, r.model_dump(mode="json"), r.model_dump_json())
               for i, r in enumerate(article.records)]
    row["n_records"] = len(records)
    return Result(article=row, records=records, maxrss_kb=_maxrss_kb())


#: Inputs are sent to worker processes in chunks of at most this many items or bytes.
CHUNK_ITEMS = 8
CHUNK_BYTES = 4 * 1024 * 1024


def process_items(items: list[Item]) -> list[Result]:
    """:func:`process_item` over a chunk (one round trip to a worker process)."""
    return [process_item(item) for item in items]


def _warm() -> None:
    """Worker initialiser: load the pipeline once, before the first input arrives."""
    from ..api import extract

    try:
        extract("Năm 2022 thu ngân sách đạt 5 tỷ đồng.")
    except Exception:  # noqa: BLE001  pragma: no cover
        pass


# ---- sinks -----------------------------------------------------------------------------------

class JsonlSink:
    """One JSON line per article: the ``articles`` row plus ``records`` (their JSON) — appends."""

    def __init__(self, path: str | Path) -> None:
        """Open ``path`` for appending (created with its folder)."""
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.f: TextIO = open(path, "a", encoding="utf-8")

    def write(self, result: Result) -> None:
        """Write one article."""
        row = {k: v for k, v in result.article.items() if k != "text"}
        head = json.dumps(row, ensure_ascii=False)[:-1]
        self.f.write(head + ', "records": [' + ", ".join(r["data"] for r in result.records) + "]}\n")

    def close(self) -> None:
        """Flush and close."""
        self.f.close()


def _arrow_schemas():
    import pyarrow as pa

    types = {"seq": pa.int64(), "start": pa.int64(), "end": pa.int64(), "sentence": pa.int64(),
             "year": pa.int64(), "month": pa.int64(), "day": pa.int64(), "n_chars": pa.int64(),
             "n_records": pa.int64(), "value": pa.float64(), "value_max": pa.float64()}
    arts = pa.schema([(c, types.get(c, pa.string())) for c in ARTICLE_COLUMNS])
    recs = pa.schema([(c, types.get(c, pa.string())) for c in RECORD_COLUMNS])
    return arts, recs


def write_parquet_part(results: list[Result], folder: str | Path, part: str) -> None:
    """Write ``folder/articles/part-PART.parquet`` and ``folder/records/part-PART.parquet``
    (``data`` as a JSON string), the same columns as the database tables."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arts_schema, recs_schema = _arrow_schemas()
    arts = [r.article for r in results]
    recs = [rec for r in results for rec in r.records]
    for sub, rows, schema in (("articles", arts, arts_schema), ("records", recs, recs_schema)):
        out = Path(folder) / sub
        out.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pylist(rows, schema=schema)
        tmp = out / f".part-{part}.parquet.tmp"
        pq.write_table(table, tmp)
        tmp.replace(out / f"part-{part}.parquet")  # readers never see half a file


class ParquetSink:
    """Buffers results and writes Parquet parts of ``rows_per_part`` articles."""

    def __init__(self, folder: str | Path, *, rows_per_part: int = 5000) -> None:
        """Parts go to ``folder/articles`` and ``folder/records``, named by run and number."""
        self.folder = Path(folder)
        self.rows_per_part = rows_per_part
        self.buffer: list[Result] = []
        self.run = dt.datetime.now().strftime("%Y%m%d%H%M%S")
        self.n = 0

    def write(self, result: Result) -> None:
        """Add one article; flushes a part when the buffer is full."""
        self.buffer.append(result)
        if len(self.buffer) >= self.rows_per_part:
            self.flush()

    def flush(self) -> None:
        """Write the buffered articles as one part."""
        if self.buffer:
            write_parquet_part(self.buffer, self.folder, f"{self.run}-{self.n:05d}")
            self.n += 1
            self.buffer = []

    def close(self) -> None:
        """Flush what is left."""
        self.flush()


# ---- the run ---------------------------------------------------------------------------------

@dataclass
class BatchStats:
    """What a batch did: counts by outcome, records by kind, errors by kind, timing."""

    articles: int = 0          # inputs processed in this run (ok + errors)
    ok: int = 0
    errors: int = 0
    skipped: int = 0           # already in the store (--resume)
    records: int = 0
    records_by_kind: Counter = field(default_factory=Counter)
    errors_by_kind: Counter = field(default_factory=Counter)
    files: int = 0
    seconds: float = 0.0
    max_worker_rss_kb: int = 0

    def add(self, result: Result) -> None:
        """Count one result."""
        self.articles += 1
        if result.article.get("error") is not None:
            self.errors += 1
            self.errors_by_kind[result.article.get("error_kind") or "invalid"] += 1
        else:
            self.ok += 1
            self.records += len(result.records)
            self.records_by_kind.update(r["kind"] for r in result.records)
        self.max_worker_rss_kb = max(self.max_worker_rss_kb, result.maxrss_kb)

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds else 0.0


def summary_text(stats: BatchStats, *, store: str | None = None) -> str:
    """The end-of-run summary printed by ``vnreport-extract batch``."""
    lines = [f"articles: {stats.articles} ({stats.ok} read, {stats.errors} errors"
             + (f", {stats.skipped} already stored, skipped" if stats.skipped else "") + ")"
             + f" from {stats.files} files in {stats.seconds:.1f} s ({stats.rate:.1f} articles/s)"]
    lines.append(f"records: {stats.records}" + (": " + ", ".join(
        f"{k} {n}" for k, n in sorted(stats.records_by_kind.items(), key=lambda kv: (-kv[1], kv[0])))
        if stats.records else ""))
    if stats.errors:
        lines.append("errors by reason: " + ", ".join(
            f"{k} {n}" for k, n in sorted(stats.errors_by_kind.items(), key=lambda kv: (-kv[1], kv[0]))))
    if store:
        lines.append(f"stored in: {store}")
    return "\n".join(lines)


def _progress(total: int | None, enabled: bool | None):
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc="batch", file=sys.stderr, disable=enabled is False
                or (enabled is None and not sys.stderr.isatty()), smoothing=0.1, dynamic_ncols=True)


def run_batch(sources: Iterable[str], *, db: str | None = None, store: Store | None = None,
              jsonl: str | Path | None = None, parquet: str | Path | None = None, workers: int = 1,
              resume: bool = False, max_bytes: int = DEFAULT_MAX_BYTES, progress: bool | None = None,
              in_flight: int | None = None) -> BatchStats:
    """Extract every input of ``sources`` and store the results.

    ``db`` is a store URL (default ``vnreport.sqlite``; see :func:`~.stores.parse_url`), or pass an
    open ``store``. ``jsonl``/``parquet`` also write JSON lines / Parquet parts. ``workers`` > 1
    runs that many worker processes. ``resume`` skips inputs already stored with the same content
    hash and extractor version. ``progress``: a tqdm bar on stderr (None: when stderr is a terminal).
    """
    sources = list(sources)
    own_store = store is None
    if store is None:
        store = open_store(db)
    sinks: list[Any] = []
    if jsonl:
        sinks.append(JsonlSink(jsonl))
    if parquet:
        sinks.append(ParquetSink(parquet))
    stats = BatchStats()
    started = time.perf_counter()
    version = extractor_version()
    done = store.done(version) if resume else {}
    reader = Reader(sources, max_bytes=max_bytes)
    total = count_items(sources)
    bar = _progress(total, progress)

    def emit(result: Result) -> None:
        store.write(result)
        for sink in sinks:
            sink.write(result)
        stats.add(result)
        bar.update(1)
        bar.set_postfix(files=reader.files, errors=stats.errors, refresh=False)

    def todo() -> Iterator[Item]:
        for item in reader:
            if resume and done.get(item.origin) == item.content_sha256:
                stats.skipped += 1
                bar.update(1)
                continue
            yield item

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm) if workers > 1 else None
    try:
        if pool is None:
            for item in todo():
                emit(process_item(item))
        else:
            limit = in_flight or 2 * workers  # chunks in flight: bounded memory between reader and workers
            pending: set[Future] = set()
            chunk: list[Item] = []
            chunk_bytes = 0

            def collect(block: bool) -> None:
                nonlocal pending
                if not pending:
                    return
                finished, pending = wait(pending, timeout=None if block else 0, return_when=FIRST_COMPLETED)
                for fut in finished:
                    for result in fut.result():
                        emit(result)

            def submit() -> None:
                nonlocal chunk, chunk_bytes
                if chunk:
                    pending.add(pool.submit(process_items, chunk))
                    chunk, chunk_bytes = [], 0
                while len(pending) >= limit:
                    collect(block=True)

            for item in todo():
                if item.error is not None:
                    emit(error_result(item))
                    continue
                chunk.append(item)
                chunk_bytes += len(item.data or b"") + len(item.text or "")
                if len(chunk) >= CHUNK_ITEMS or chunk_bytes >= CHUNK_BYTES:
                    submit()
                else:
                    collect(block=False)
            submit()
            while pending:
                collect(block=True)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        bar.close()
        for sink in sinks:
            sink.close()
        if own_store:
            store.close()
    stats.files = reader.files
    stats.seconds = time.perf_counter() - started
    return stats
