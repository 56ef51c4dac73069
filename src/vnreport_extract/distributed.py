"""The batch job on a Dask cluster: sources are cut into partitions, each partition is read and
extracted by one Dask task, and the task writes its own Parquet part and/or PostgreSQL rows.

>>> # run_distributed(["fixtures/"], parquet="out/parquet")            # a local cluster
>>> # run_distributed(["crawl/*.warc.gz"], scheduler="tcp://10.0.0.5:8786", db="postgresql://…")

Partitions: plain files in groups of ``partition_size``; a zip's members in ranges of
``partition_size`` (each task opens the zip and reads only its range); a tar, JSON lines or WARC
file is one partition (they can only be streamed from the start). Every task goes through the
same :func:`~vnreport_extract.io.batch.process_item` as the single-machine run, so the records are
the same. Parquet parts are named by partition (``part-00007.parquet``), so re-running overwrites
instead of duplicating; PostgreSQL rows are replaced per origin, one transaction per article.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from .io.batch import BatchStats, process_item, write_parquet_part
from .io.sources import DEFAULT_MAX_BYTES, Item, expand, read_file, source_kind, zip_members
from .io.stores import open_store, parse_url

__all__ = ["Partition", "plan_partitions", "iter_partition", "process_partition", "run_distributed"]


@dataclass(frozen=True)
class Partition:
    """A slice of the sources that one task reads: ``files`` (paths), a ``zip`` member range
    ``[start, stop)``, a ``whole`` file (tar, JSON lines, WARC) or a ``missing`` source name."""

    index: int
    kind: str
    names: tuple[str, ...] = ()
    start: int = 0
    stop: int = 0
    max_bytes: int = DEFAULT_MAX_BYTES


def plan_partitions(sources: Iterable[str], *, partition_size: int = 64,
                    max_bytes: int = DEFAULT_MAX_BYTES) -> list[Partition]:
    """Cut the sources into partitions (see the module docstring); cheap, reads no content."""
    parts: list[Partition] = []
    batch: list[str] = []

    def add(kind: str, names: tuple[str, ...], start: int = 0, stop: int = 0) -> None:
        parts.append(Partition(len(parts), kind, names, start, stop, max_bytes))

    def flush() -> None:
        if batch:
            add("files", tuple(batch))
            batch.clear()

    for name, path in expand(sources):
        if path is None:
            add("missing", (name,))
            continue
        kind = source_kind(path.name) or "text"
        if kind in ("text", "html"):
            batch.append(name)
            if len(batch) >= partition_size:
                flush()
        elif kind == "zip":
            n = zip_members(path)
            if n == 0:
                add("whole", (name,))
            for lo in range(0, n, partition_size):
                add("zip", (name,), lo, min(n, lo + partition_size))
        else:
            add("whole", (name,))
    flush()
    return parts


def iter_partition(part: Partition) -> Iterator[Item]:
    """The inputs of one partition, in order."""
    from .io.sources import _bad, _read_zip

    if part.kind == "missing":
        yield _bad(part.names[0], "not_found", "no such file, folder or matching path")
    elif part.kind == "zip":
        yield from _read_zip(part.names[0], Path(part.names[0]), part.max_bytes, (part.start, part.stop))
    else:
        for name in part.names:
            yield from read_file(name, Path(name), max_bytes=part.max_bytes)


def process_partition(part: Partition, *, parquet: str | None = None, db: str | None = None) -> dict[str, Any]:
    """Read, extract and write one partition (runs on a Dask worker). Returns its counts."""
    stats = BatchStats()
    started = time.perf_counter()
    results = []
    store = open_store(db, migrate=False) if db else None
    try:
        for item in iter_partition(part):
            result = process_item(item)
            stats.add(result)
            if store is not None:
                store.write(result)
            if parquet:
                results.append(result)
    finally:
        if store is not None:
            store.close()
    if parquet:
        write_parquet_part(results, parquet, f"{part.index:05d}")
    return {"articles": stats.articles, "ok": stats.ok, "errors": stats.errors, "records": stats.records,
            "records_by_kind": dict(stats.records_by_kind), "errors_by_kind": dict(stats.errors_by_kind),
            "files": len(part.names), "seconds": time.perf_counter() - started,
            "max_worker_rss_kb": stats.max_worker_rss_kb}


def run_distributed(sources: Iterable[str], *, scheduler: str | None = None, client: Any = None,
                    parquet: str | Path | None = None, db: str | None = None, n_workers: int = 2,
                    partition_size: int = 64, max_bytes: int = DEFAULT_MAX_BYTES) -> BatchStats:
    """Run the batch on Dask and return the merged counts.

    Uses ``client`` if given, else connects to ``scheduler`` (``tcp://HOST:8786``), else starts a
    ``LocalCluster`` of ``n_workers`` processes (one thread each) for the duration of the call.
    Writes Parquet parts under ``parquet`` and/or rows into the PostgreSQL ``db`` (its schema is
    created or upgraded first). Every worker needs this package installed.
    """
    if not parquet and not db:
        raise ValueError("run_distributed needs parquet=DIR and/or db=postgresql://…")
    if db and parse_url(db)[0] != "postgresql":
        raise ValueError("on Dask the database must be PostgreSQL (workers write concurrently); "
                         "use parquet= for a file-based result")
    from distributed import Client, LocalCluster, as_completed

    if db:
        open_store(db).close()  # create or upgrade the schema once, before the workers write
    parts = plan_partitions(sources, partition_size=partition_size, max_bytes=max_bytes)
    cluster = None
    own_client = client is None
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    started = time.perf_counter()
    stats = BatchStats()
    try:
        parquet_s = str(parquet) if parquet else None
        futures = client.map(process_partition, parts, parquet=parquet_s, db=db, pure=False)
        for fut in as_completed(futures):
            r = fut.result()
            stats.articles += r["articles"]
            stats.ok += r["ok"]
            stats.errors += r["errors"]
            stats.records += r["records"]
            stats.records_by_kind.update(Counter(r["records_by_kind"]))
            stats.errors_by_kind.update(Counter(r["errors_by_kind"]))
            stats.files += r["files"]
            stats.max_worker_rss_kb = max(stats.max_worker_rss_kb, r["max_worker_rss_kb"])
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
    stats.seconds = time.perf_counter() - started
    return stats
