"""Batch throughput: articles per second with 1 and 2 workers, load rate into SQLite and
PostgreSQL, peak memory per worker.

    .venv/bin/python benchmarks/batch.py                # 240 inputs made from fixtures/
    .venv/bin/python benchmarks/batch.py -n 600 --pg postgresql://user@127.0.0.1:5432/db

Without ``--pg`` a throwaway PostgreSQL server is started as in the tests (needs the server
binaries; skipped with a note otherwise). Each setting runs ``--repeat`` times (best kept). Prints a Markdown table and writes JSON with ``--json``.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_inputs(folder: Path, n: int) -> None:
    """``n`` articles: the fixtures in turn, each with its own first line so every input differs."""
    texts = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "fixtures").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"tin-{i:05d}.txt").write_text(f"Bản tin số {i}\n{texts[i % len(texts)]}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=240, help="number of inputs (default 240)")
    ap.add_argument("--pg", help="PostgreSQL URL for the load test (default: start a throwaway server)")
    ap.add_argument("--json", help="also write the figures here")
    ap.add_argument("--repeat", type=int, default=3, help="runs per setting; the best is kept (default 3)")
    args = ap.parse_args(argv)

    from vnreport_extract.io.batch import process_item, run_batch
    from vnreport_extract.io.sources import iter_items
    from vnreport_extract.io.stores import open_store

    tmp = Path(tempfile.mkdtemp(prefix="vnr-bench-"))
    inputs = tmp / "inputs"
    make_inputs(inputs, args.n)
    process_item(next(iter(iter_items([str(inputs)]))))  # load the pipeline before timing
    figures: dict = {"inputs": args.n, "cpus": os.cpu_count()}

    for workers in (1, 2):
        runs = []
        for r in range(args.repeat):  # best of N: the machine may be shared
            runs.append(run_batch([str(inputs)], db=str(tmp / f"w{workers}-{r}.sqlite"), workers=workers,
                                  progress=False))
        stats = max(runs, key=lambda s: s.rate)
        assert stats.ok == args.n, stats
        figures[f"workers_{workers}"] = {"articles_per_s": round(stats.rate, 1), "seconds": round(stats.seconds, 2),
                                         "records": stats.records,
                                         "peak_rss_mb_per_worker": round(stats.max_worker_rss_kb / 1024, 1)}
    figures["speedup_2_vs_1"] = round(figures["workers_2"]["articles_per_s"] / figures["workers_1"]["articles_per_s"], 2)

    results = [process_item(item) for item in iter_items([str(inputs)])]
    n_records = sum(len(r.records) for r in results)

    def load(url: str) -> dict:
        with open_store(url) as store:
            dt = float("inf")
            for _ in range(args.repeat):  # rewriting the same origins replaces them: same work each time
                t = time.perf_counter()
                store.write_many(results)
                dt = min(dt, time.perf_counter() - t)
        return {"articles_per_s": round(len(results) / dt, 1), "records_per_s": round(n_records / dt),
                "seconds": round(dt, 2)}

    figures["load_sqlite"] = load(str(tmp / "load.sqlite"))
    figures["load_duckdb"] = load(f"duckdb:///{tmp / 'load.duckdb'}")
    server = None
    pg = args.pg
    if pg is None:
        sys.path.insert(0, str(ROOT / "tests"))
        try:
            from test_stores import _PgServer, new_pg_database

            server = _PgServer()
            pg = new_pg_database(server.url)
        except BaseException as exc:  # noqa: BLE001 - pytest.skip raises a BaseException
            print(f"note: no PostgreSQL load test ({exc})", file=sys.stderr)
    try:
        if pg:
            figures["load_postgresql"] = load(pg)
    finally:
        if server is not None:
            server.stop()

    print(f"{args.n} inputs (fixtures/ articles, ~3.3 kB each), {os.cpu_count()} CPUs\n")
    print("| run | articles/s | seconds | peak RSS per worker |")
    print("| --- | ---: | ---: | ---: |")
    for w in (1, 2):
        f = figures[f"workers_{w}"]
        print(f"| extract + SQLite, {w} worker{'s' if w > 1 else ''} | {f['articles_per_s']} | {f['seconds']} | "
              f"{f['peak_rss_mb_per_worker']} MB |")
    print(f"\nspeed-up with 2 workers: {figures['speedup_2_vs_1']}x\n")
    print(f"| load only ({len(results)} articles, {n_records} records) | articles/s | records/s |")
    print("| --- | ---: | ---: |")
    for k in ("load_sqlite", "load_duckdb", "load_postgresql"):
        if k in figures:
            print(f"| {k[5:]} | {figures[k]['articles_per_s']} | {figures[k]['records_per_s']} |")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
