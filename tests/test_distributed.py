"""The batch on a real Dask ``LocalCluster`` with worker processes gives the single-machine records."""
from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from test_stores import new_pg_database, pg_url  # noqa: F401  (the shared PostgreSQL server fixture)
from vnreport_extract.distributed import plan_partitions, run_distributed
from vnreport_extract.io.batch import run_batch

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "fixtures").glob("*.txt"))


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    """Four plain files, a zip of three members (one empty) and a missing path."""
    tmp = tmp_path_factory.mktemp("dask")
    archive = tmp / "more.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in FIXTURES[4:6]:
            zf.write(f, f.name)
        zf.writestr("empty.txt", b"")
    return [str(f) for f in FIXTURES[:4]] + [str(archive), str(tmp / "missing.txt")]


@pytest.fixture(scope="module")
def single(sources, tmp_path_factory):
    """The single-machine run's rows: {origin: (error_kind, [(kind, start, end, text, data)])}."""
    db = tmp_path_factory.mktemp("single") / "s.sqlite"
    run_batch(sources, db=str(db), progress=False)
    with sqlite3.connect(db) as conn:
        arts = conn.execute("SELECT id, origin, error_kind FROM articles").fetchall()
        recs = conn.execute('SELECT article_id, seq, kind, start, "end", text, data FROM records').fetchall()
    return _group(arts, [(a, s, k, st, e, t, json.loads(d)) for a, s, k, st, e, t, d in recs])


def _group(arts, recs):
    by_id = {aid: (origin, kind) for aid, origin, kind in arts}
    out = {origin: (kind, []) for origin, kind in by_id.values()}
    for aid, seq, *rest in sorted(recs, key=lambda r: (r[0], r[1])):
        out[by_id[aid][0]][1].append(tuple(json.dumps(x, sort_keys=True) if isinstance(x, dict) else x for x in rest))
    return out


def test_partitions_cover_every_input(sources):
    parts = plan_partitions(sources, partition_size=2)
    assert [(p.kind, len(p.names), p.start, p.stop) for p in parts] == [
        ("files", 2, 0, 0), ("files", 2, 0, 0), ("zip", 1, 0, 2), ("zip", 1, 2, 3), ("missing", 1, 0, 0)]


def test_parquet_on_local_cluster_matches_single_machine(client, sources, single, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "pq"
    stats = run_distributed(sources, client=client, parquet=out, partition_size=2)
    assert (stats.ok, stats.errors, dict(stats.errors_by_kind)) == (6, 2, {"empty": 1, "not_found": 1})
    assert len(list((out / "records").glob("part-*.parquet"))) == 5
    arts = pq.read_table(out / "articles").to_pylist()
    recs = pq.read_table(out / "records").to_pylist()
    got = _group([(a["id"], a["origin"], a["error_kind"]) for a in arts],
                 [(r["article_id"], r["seq"], r["kind"], r["start"], r["end"], r["text"], json.loads(r["data"]))
                  for r in recs])
    assert got == single
    assert sum(len(v[1]) for v in got.values()) == stats.records > 100
    # the work really ran on two worker processes, not in this one
    pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2


def test_postgresql_on_local_cluster(client, sources, single, pg_url):  # noqa: F811
    import psycopg

    url = new_pg_database(pg_url)
    run_distributed(sources, client=client, db=url, partition_size=3)
    run_distributed(sources, client=client, db=url, partition_size=3)  # again: replaced, not doubled
    with psycopg.connect(url) as conn:
        arts = conn.execute("SELECT id, origin, error_kind FROM articles").fetchall()
        recs = conn.execute('SELECT article_id, seq, kind, start, "end", text, data FROM records').fetchall()
    assert _group(arts, recs) == single


def test_refuses_sqlite_on_a_cluster(sources):
    with pytest.raises(ValueError, match="PostgreSQL"):
        run_distributed(sources, db="x.sqlite")
    with pytest.raises(ValueError, match="parquet"):
        run_distributed(sources)
