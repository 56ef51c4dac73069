"""The batch stores: one schema on SQLite, DuckDB and a real PostgreSQL server started here.

The PostgreSQL server is a session fixture: it finds the server binaries (``/usr/lib/postgresql/*/bin``
or on PATH; ``scripts/setup.sh`` installs Debian's ``postgresql`` when missing), ``initdb`` s a
cluster in a temporary folder (as a non-root user when run as root), starts it on a free port of
127.0.0.1 with its socket in that folder, yields the URL and stops it at the end of the session.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

from vnreport_extract.io.batch import article_id, record_row, run_batch
from vnreport_extract.io.stores import MIGRATIONS, Result, open_store, parse_url

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
PG_USER = "vnr"


# ---- a throwaway PostgreSQL server --------------------------------------------------------

def _pg_bindir() -> Path | None:
    for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                    if Path(p).parent.name.isdigit() else 0, reverse=True):
        if (Path(d) / "initdb").exists() and (Path(d) / "pg_ctl").exists():
            return Path(d)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _PgServer:
    """Start/stop a PostgreSQL cluster; shared by every module that asks for ``pg_url``."""

    url: str | None = None
    users = 0

    def __init__(self) -> None:
        bindir = _pg_bindir()
        if bindir is None:
            pytest.skip("!!! PostgreSQL NOT TESTED: initdb/pg_ctl not found (run scripts/setup.sh as root to "
                        "apt-get install postgresql)")
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="vnr-pg-"))
        self.data = self.base / "data"
        self.prefix: list[str] = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            user = self._os_user()
            pw = pwd.getpwnam(user)
            os.chown(self.base, pw.pw_uid, pw.pw_gid)
            self.base.chmod(0o700)
            self.prefix = ["runuser", "-u", user, "--"] if shutil.which("runuser") else ["su", user, "-s",
                                                                                     "/bin/sh", "-c"]
        self.port = _free_port()
        self._run([str(bindir / "initdb"), "-D", str(self.data), "-U", PG_USER, "-A", "trust", "-E", "UTF8",
                   "--no-sync"])
        opts = (f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off "
                f"-c synchronous_commit=off -c full_page_writes=off")
        self._run([str(bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.base / "log"), "-o", opts,
                   "-w", "-t", "60", "start"])
        self.url = f"postgresql://{PG_USER}@127.0.0.1:{self.port}/postgres"

    @staticmethod
    def _os_user() -> str:
        for name in ("postgres", "vnrpg"):
            try:
                pwd.getpwnam(name)
                return name
            except KeyError:
                continue
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "vnrpg"],
                       check=True, capture_output=True)
        return "vnrpg"

    def _run(self, cmd: list[str]) -> None:
        if self.prefix and self.prefix[0] == "su":
            cmd = [*self.prefix, " ".join(cmd)]
        else:
            cmd = [*self.prefix, *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            log = (self.base / "log").read_text() if (self.base / "log").exists() else ""
            raise RuntimeError(f"{cmd[len(self.prefix)]} failed ({proc.returncode}): {proc.stderr}{proc.stdout}{log}")

    def stop(self) -> None:
        try:
            self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


_SERVER: list[_PgServer] = []


@pytest.fixture(scope="session")
def pg_url():
    """URL of a running PostgreSQL server (started once per session, stopped at the end)."""
    if not _SERVER:
        _SERVER.append(_PgServer())
    server = _SERVER[0]
    _PgServer.users += 1
    yield server.url
    _PgServer.users -= 1
    if _PgServer.users == 0:
        server.stop()
        _SERVER.clear()


def new_pg_database(server_url: str) -> str:
    """A fresh, empty database on the server; returns its URL."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "duckdb", "postgresql"])
def store_url(request, tmp_path):
    """A URL for an empty store of each kind."""
    if request.param == "sqlite":
        return str(tmp_path / "t.sqlite")
    if request.param == "duckdb":
        return f"duckdb:///{tmp_path / 't.duckdb'}"
    return new_pg_database(request.getfixturevalue("pg_url"))


# ---- synthetic results with composite records -----------------------------------------------

TEXT = ("Năm 2023, tổng thu ngân sách ước đạt 1.250 tỷ đồng, tăng 8,5% so với cùng kỳ. "
        "Phấn đấu năm 2024 thu 1.400 tỷ đồng.")


def _money(text: str, value: float) -> dict:
    start = TEXT.index(text)
    return {"kind": "money", "text": text, "start": start, "end": start + len(text), "sentence": 0,
            "value": value, "value_max": None, "currency": "VND", "approx": None}


def _year(text: str, year: int, sentence: int) -> dict:
    start = TEXT.index(text)
    return {"kind": "date", "text": text, "start": start, "end": start + len(text), "sentence": sentence,
            "year": year, "month": None, "day": None, "quarter": None, "year_inferred": False, "relative": False}


def _result(origin: str, content: str = TEXT) -> Result:
    import hashlib

    digest = hashlib.sha256(content.encode()).hexdigest()
    aid = article_id(origin, digest)
    i_text = "tổng thu ngân sách ước đạt 1.250 tỷ đồng, tăng 8,5% so với cùng kỳ"
    t_text = "Phấn đấu năm 2024 thu 1.400 tỷ đồng"
    indicator = {"kind": "indicator", "text": i_text, "start": TEXT.index(i_text),
                 "end": TEXT.index(i_text) + len(i_text), "sentence": 0, "subject": "tổng thu ngân sách",
                 "measure": _money("1.250 tỷ đồng", 1.25e12), "status": "estimate",
                 "period": _year("Năm 2023", 2023, 0),
                 "change": {"direction": "increase", "value": 8.5, "unit": "percent"},
                 "baseline": "cùng kỳ", "attainment": {"value": 96.0, "of": "dự toán"}, "scope": None}
    target = {"kind": "target", "text": t_text, "start": TEXT.index(t_text), "end": TEXT.index(t_text) + len(t_text),
              "sentence": 1, "subject": "thu", "goal": _money("1.400 tỷ đồng", 1.4e12), "modality": "phấn đấu",
              "period": _year("năm 2024", 2024, 1), "achieved": None}
    recs = [_year("Năm 2023", 2023, 0), _money("1.250 tỷ đồng", 1.25e12), indicator, target]
    article = {"id": aid, "origin": origin, "content_sha256": digest, "url": None, "title": "Thu ngân sách",
               "source": None, "author": None, "published": "2023-12-30", "extractor_version": "test",
               "n_chars": len(content), "n_records": len(recs), "error": None, "error_kind": None,
               "text": content, "processed_at": "2023-12-30T10:00:00+00:00"}
    return Result(article=article, records=[record_row(aid, i, r) for i, r in enumerate(recs)])


# ---- tests --------------------------------------------------------------------------------

def test_parse_url():
    assert parse_url(None) == ("sqlite", "vnreport.sqlite")
    assert parse_url("out/x.duckdb") == ("duckdb", "out/x.duckdb")
    assert parse_url("sqlite:///rel/x.db") == ("sqlite", "rel/x.db")
    assert parse_url("sqlite:////abs/x.db") == ("sqlite", "/abs/x.db")
    assert parse_url("postgresql://u@127.0.0.1:5/d") == ("postgresql", "postgresql://u@127.0.0.1:5/d")
    with pytest.raises(ValueError, match="unknown store URL"):
        parse_url("mysql://x")


def test_record_row_typed_columns():
    rows = _result("a.txt").records
    assert [r["kind"] for r in rows] == ["date", "money", "indicator", "target"]
    assert (rows[0]["year"], rows[0]["value"]) == (2023, None)
    assert (rows[1]["value"], rows[1]["currency"]) == (1.25e12, "VND")
    assert (rows[2]["value"], rows[2]["currency"], rows[2]["year"], rows[2]["name"]) == (
        1.25e12, "VND", 2023, "tổng thu ngân sách")
    assert (rows[3]["value"], rows[3]["year"]) == (1.4e12, 2024)


def test_schema_views_and_idempotent_writes(store_url):
    with open_store(store_url) as store:
        assert store.schema_version() == len(MIGRATIONS) == 2
        assert store.migrate() == 2  # again: nothing to do
        store.write(_result("a.txt"))
        store.write(_result("a.txt"))  # same origin, same content: replaced, not doubled
        store.write(_result("b.txt"))
        assert store.counts() == {"articles": 2, "errors": 0, "records": 8}
        ind = store.query("SELECT origin, subject, status, measure_kind, value, currency, year, change_direction, "
                          "change_value, change_unit, baseline, attainment, attainment_of FROM indicators "
                          "ORDER BY origin")
        assert [tuple(r) for r in ind] == [
            ("a.txt", "tổng thu ngân sách", "estimate", "money", 1.25e12, "VND", 2023, "increase", 8.5,
             "percent", "cùng kỳ", 96.0, "dự toán"),
            ("b.txt", "tổng thu ngân sách", "estimate", "money", 1.25e12, "VND", 2023, "increase", 8.5,
             "percent", "cùng kỳ", 96.0, "dự toán"),
        ]
        tg = store.query("SELECT subject, modality, goal_kind, goal_text, value, year, achieved_value FROM targets "
                         "WHERE origin = 'a.txt'")
        assert [tuple(r) for r in tg] == [("thu", "phấn đấu", "money", "1.400 tỷ đồng", 1.4e12, 2024, None)]
        # the same origin with new content replaces the old article and its records
        changed = _result("a.txt", TEXT + " ")
        store.write(changed)
        assert store.counts()["articles"] == 2
        ids = {r[0] for r in store.query("SELECT id FROM articles WHERE origin = 'a.txt'")}
        assert ids == {changed.article["id"]}
        assert store.query("SELECT COUNT(*) FROM records WHERE article_id = "
                           + ("%s" if store.dialect.name == "postgresql" else "?"),
                           (changed.article["id"],))[0][0] == 4
        assert store.done() == {"a.txt": changed.article["content_sha256"],
                                "b.txt": _result("b.txt").article["content_sha256"]}


def test_article_written_in_one_transaction(store_url):
    with open_store(store_url) as store:
        bad = _result("c.txt")
        bad.records[2]["kind"] = None  # NOT NULL violation on the third record
        with pytest.raises(Exception):
            store.write(bad)
        assert store.counts() == {"articles": 0, "errors": 0, "records": 0}
        store.write(_result("c.txt"))  # the connection is still usable
        assert store.counts()["records"] == 4


def test_schema_upgrade_from_version_1(store_url):
    import vnreport_extract.io.stores as stores

    saved = list(stores.MIGRATIONS)
    try:
        stores.MIGRATIONS[:] = saved[:1]
        with open_store(store_url) as store:
            assert store.schema_version() == 1
            store.write(_result("old.txt"))
            with pytest.raises(Exception):
                store.query("SELECT * FROM indicators")
    finally:
        stores.MIGRATIONS[:] = saved
    with open_store(store_url) as store:  # the current code upgrades it, keeping the data
        assert store.schema_version() == 2
        versions = [r[0] for r in store.query("SELECT version FROM schema_version ORDER BY version")]
        assert versions == [1, 2]
        assert [r[0] for r in store.query("SELECT origin FROM indicators")] == ["old.txt"]


def test_batch_into_every_store(store_url, tmp_path):
    files = sorted(FIXTURES.glob("*.txt"))[:3]
    (tmp_path / "empty.txt").write_bytes(b"")
    stats = run_batch([str(f) for f in files] + [str(tmp_path / "empty.txt")], db=store_url, progress=False)
    assert (stats.ok, stats.errors, dict(stats.errors_by_kind)) == (3, 1, {"empty": 1})
    with open_store(store_url) as store:
        counts = store.counts()
        assert counts == {"articles": 4, "errors": 1, "records": stats.records}
        assert stats.records > 50
        row = store.query("SELECT error_kind, error, n_records FROM articles WHERE error IS NOT NULL")[0]
        assert row[0] == "empty" and "empty" in row[1]
        by_kind = dict(store.query("SELECT kind, COUNT(*) FROM records GROUP BY kind"))
        assert by_kind == dict(stats.records_by_kind)
        # offsets point into the stored text
        text, start, end, rtext = store.query(
            'SELECT a.text, r.start, r."end", r.text FROM records r JOIN articles a ON a.id = r.article_id '
            "WHERE r.kind = 'money' ORDER BY r.article_id, r.seq")[0]
        assert text[start:end] == rtext
    again = run_batch([str(f) for f in files], db=store_url, progress=False)  # re-run: nothing twice
    assert again.ok == 3
    with open_store(store_url) as store:
        assert store.counts() == counts


def test_cli_batch_into_postgresql(pg_url, tmp_path):
    url = new_pg_database(pg_url)
    files = [str(f) for f in sorted(FIXTURES.glob("*.txt"))[:2]]
    proc = subprocess.run([sys.executable, "-m", "vnreport_extract.cli", "batch", *files, "--db", url],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("articles: 2 (2 read, 0 errors)")
    import psycopg

    with psycopg.connect(url) as conn:
        n = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        kinds = conn.execute("SELECT data->>'kind', kind FROM records LIMIT 1").fetchone()
        assert conn.execute("SELECT data_type FROM information_schema.columns WHERE table_name = 'records' "
                            "AND column_name = 'data'").fetchone()[0] == "jsonb"
    assert n > 20 and kinds[0] == kinds[1]
    assert f"records: {n}:" in proc.stdout
