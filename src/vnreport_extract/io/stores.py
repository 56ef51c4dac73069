"""Stores for batch results: SQLite (default, embedded), DuckDB and PostgreSQL, one schema everywhere.

Tables (see ``docs/batch.md``):

- ``articles``: one row per input. ``id`` is derived from the content hash and the origin,
  ``origin`` (path, ``archive::member``, ``file.jsonl:LINE`` or ``crawl::URL``) is unique;
  ``error``/``error_kind`` are null when the input was read.
- ``records``: one row per record, keyed ``(article_id, seq)``, with the common values in typed
  columns and the whole record as JSON in ``data``.
- views ``indicators`` and ``targets`` flatten the composite facts for analysts.
- ``schema_version``: the migrations applied; :meth:`Store.migrate` applies the missing ones in order.

Each article is written in one transaction that first removes what the same origin had before, so
re-running a batch never duplicates rows and a crash never leaves half an article.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

__all__ = [
    "ARTICLE_COLUMNS", "RECORD_COLUMNS", "MIGRATIONS", "Result", "Store", "open_store", "parse_url",
    "DEFAULT_DB",
]

DEFAULT_DB = "vnreport.sqlite"

ARTICLE_COLUMNS = (
    "id", "origin", "content_sha256", "url", "title", "source", "author", "published",
    "extractor_version", "n_chars", "n_records", "error", "error_kind", "text", "processed_at",
)
RECORD_COLUMNS = (
    "article_id", "seq", "kind", "start", "end", "text", "sentence",
    "value", "value_max", "unit", "currency", "year", "month", "day", "name", "data",
)


@dataclass
class Result:
    """What one input gives: its ``articles`` row and its ``records`` rows (dicts keyed by column).

    ``records[i]["data"]`` is the record as a JSON string; ``published`` an ISO date string or
    None; ``processed_at`` an ISO timestamp. ``maxrss_kb`` is the peak memory of the process that
    made it (for benchmarks).
    """

    article: dict[str, Any]
    records: list[dict[str, Any]] = field(default_factory=list)
    maxrss_kb: int = 0


# ---- dialects --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Dialect:
    name: str
    types: dict[str, str]
    param: str
    jtext: Callable[[str], str]  # JSON path "a.b" -> SQL text expression on r.data
    jnum: Callable[[str], str]


def _sqlite_path(path: str) -> str:
    return "'$." + path + "'"


SQLITE = Dialect(
    "sqlite",
    {"TEXT": "TEXT", "INT": "INTEGER", "REAL": "REAL", "JSON": "TEXT", "DATE": "TEXT", "TS": "TEXT"},
    "?",
    lambda p: f"json_extract(r.data, {_sqlite_path(p)})",
    lambda p: f"CAST(json_extract(r.data, {_sqlite_path(p)}) AS REAL)",
)
DUCKDB = Dialect(
    "duckdb",
    {"TEXT": "VARCHAR", "INT": "BIGINT", "REAL": "DOUBLE", "JSON": "JSON", "DATE": "DATE", "TS": "TIMESTAMP"},
    "?",
    lambda p: f"json_extract_string(r.data, {_sqlite_path(p)})",
    lambda p: f"TRY_CAST(json_extract_string(r.data, {_sqlite_path(p)}) AS DOUBLE)",
)
POSTGRES = Dialect(
    "postgresql",
    {"TEXT": "TEXT", "INT": "BIGINT", "REAL": "DOUBLE PRECISION", "JSON": "JSONB", "DATE": "DATE",
     "TS": "TIMESTAMPTZ"},
    "%s",
    lambda p: "(r.data #>> '{" + p.replace(".", ",") + "}')",
    lambda p: "CAST(r.data #>> '{" + p.replace(".", ",") + "}' AS DOUBLE PRECISION)",
)

# ---- migrations ------------------------------------------------------------------------------

_M1_TABLES = """
CREATE TABLE articles (
  id {TEXT} PRIMARY KEY,
  origin {TEXT} NOT NULL UNIQUE,
  content_sha256 {TEXT} NOT NULL,
  url {TEXT},
  title {TEXT},
  source {TEXT},
  author {TEXT},
  published {DATE},
  extractor_version {TEXT} NOT NULL,
  n_chars {INT},
  n_records {INT},
  error {TEXT},
  error_kind {TEXT},
  text {TEXT},
  processed_at {TS}
);
CREATE TABLE records (
  article_id {TEXT} NOT NULL,
  seq {INT} NOT NULL,
  kind {TEXT} NOT NULL,
  start {INT} NOT NULL,
  "end" {INT} NOT NULL,
  text {TEXT} NOT NULL,
  sentence {INT},
  value {REAL},
  value_max {REAL},
  unit {TEXT},
  currency {TEXT},
  year {INT},
  month {INT},
  day {INT},
  name {TEXT},
  data {JSON} NOT NULL,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX records_kind ON records (kind);
CREATE INDEX articles_error_kind ON articles (error_kind);
"""


def _m2_views(d: Dialect) -> str:
    t, n = d.jtext, d.jnum
    common = ('r.article_id, a.origin, a.title AS article_title, a.published, r.seq, r.start, r."end", '
              "r.text, r.sentence")
    return f"""
CREATE VIEW indicators AS
SELECT {common},
  {t('subject')} AS subject,
  {t('status')} AS status,
  {t('measure.kind')} AS measure_kind,
  {t('measure.text')} AS measure_text,
  r.value, r.value_max, r.unit, r.currency,
  {t('period.text')} AS period_text,
  r.year, r.month, r.day,
  {t('change.direction')} AS change_direction,
  {n('change.value')} AS change_value,
  {t('change.unit')} AS change_unit,
  {t('baseline')} AS baseline,
  {n('attainment.value')} AS attainment,
  {t('attainment.of')} AS attainment_of,
  {t('scope')} AS scope
FROM records r JOIN articles a ON a.id = r.article_id
WHERE r.kind = 'indicator';
CREATE VIEW targets AS
SELECT {common},
  {t('subject')} AS subject,
  {t('modality')} AS modality,
  {t('goal.kind')} AS goal_kind,
  {t('goal.text')} AS goal_text,
  r.value, r.value_max, r.unit, r.currency,
  {t('period.text')} AS period_text,
  r.year, r.month, r.day,
  {n('achieved.value')} AS achieved_value,
  {t('achieved.of')} AS achieved_of
FROM records r JOIN articles a ON a.id = r.article_id
WHERE r.kind = 'target';
"""


#: Ordered migrations: (version, description, function of the dialect giving the SQL script).
MIGRATIONS: list[tuple[int, str, Callable[[Dialect], str]]] = [
    (1, "articles and records tables", lambda d: _M1_TABLES.format(**d.types)),
    (2, "indicators and targets views", _m2_views),
]


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


# ---- URLs ------------------------------------------------------------------------------------

def parse_url(url: str | None) -> tuple[str, str]:
    """(dialect, target) for a store URL or path.

    ``None`` → SQLite ``vnreport.sqlite``; ``sqlite:///path``; ``duckdb:///path``;
    ``postgresql://user@host:port/db``; a bare path ending ``.duckdb``/``.ddb`` is DuckDB, any
    other bare path SQLite.
    """
    if url is None:
        return "sqlite", DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql", url
    m = re.match(r"^(sqlite|duckdb)://(.*)$", url)
    if m:
        rest = m.group(2)
        return m.group(1), rest[1:] if rest.startswith("/") else rest
    if "://" in url:
        raise ValueError(f"unknown store URL {url!r}: use sqlite:///FILE, duckdb:///FILE or postgresql://…")
    return ("duckdb" if url.lower().endswith((".duckdb", ".ddb")) else "sqlite"), url


# ---- the store -------------------------------------------------------------------------------

class Store:
    """A connection to one database with the batch schema; create with :func:`open_store`."""

    def __init__(self, dialect: Dialect, conn: Any) -> None:
        self.dialect = dialect
        self.conn = conn
        p = dialect.param
        cols = ", ".join('"end"' if c == "end" else c for c in RECORD_COLUMNS)
        self._insert_article = (f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                                f"VALUES ({', '.join([p] * len(ARTICLE_COLUMNS))})")
        self._insert_record = f"INSERT INTO records ({cols}) VALUES ({', '.join([p] * len(RECORD_COLUMNS))})"

    # -- plumbing that differs per driver
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        if self.dialect is POSTGRES:
            with self.conn.cursor() as cur:
                cur.execute(sql, params)
                return cur.fetchall() if cur.description else []
        cur = self.conn.execute(sql, params)
        return cur.fetchall() if cur.description else []

    def _executemany(self, sql: str, rows: list[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.dialect is POSTGRES:
            with self.conn.cursor() as cur:
                cur.executemany(sql, rows)
        else:
            self.conn.executemany(sql, rows)

    def _begin(self) -> None:
        self._execute("BEGIN")

    def _commit(self) -> None:
        self._execute("COMMIT")

    def _rollback(self) -> None:
        try:
            self._execute("ROLLBACK")
        except Exception:  # noqa: BLE001 - nothing to roll back
            pass

    def transaction(self):
        """Context manager: BEGIN … COMMIT, ROLLBACK on error."""
        store = self

        class _Tx:
            def __enter__(self):
                store._begin()
                return store

            def __exit__(self, exc_type, exc, tb):
                if exc_type is None:
                    store._commit()
                else:
                    store._rollback()
                return False

        return _Tx()

    # -- schema
    def schema_version(self) -> int:
        """The highest migration applied (0 for an empty database)."""
        try:
            rows = self._execute("SELECT MAX(version) FROM schema_version")
        except Exception:  # noqa: BLE001 - no table yet
            self._rollback()
            return 0
        return int(rows[0][0] or 0)

    def migrate(self) -> int:
        """Create or upgrade the schema: apply the missing migrations in order, each in one
        transaction. Returns the schema version."""
        ts = self.dialect.types
        self._execute(f"CREATE TABLE IF NOT EXISTS schema_version (version {ts['INT']} PRIMARY KEY, "
                      f"description {ts['TEXT']}, applied_at {ts['TEXT']})")
        current = self.schema_version()
        for version, description, make in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                for stmt in _statements(make(self.dialect)):
                    self._execute(stmt)
                p = self.dialect.param
                self._execute(f"INSERT INTO schema_version VALUES ({p}, {p}, {p})",
                              (version, description, dt.datetime.now(dt.timezone.utc).isoformat()))
            current = version
        return current

    # -- data
    def done(self, extractor_version: str | None = None) -> dict[str, str]:
        """origin → content hash of every stored article (made by ``extractor_version`` if given)."""
        if extractor_version is None:
            rows = self._execute("SELECT origin, content_sha256 FROM articles")
        else:
            rows = self._execute(f"SELECT origin, content_sha256 FROM articles WHERE extractor_version = "
                                 f"{self.dialect.param}", (extractor_version,))
        return {o: h for o, h in rows}

    def _article_values(self, row: dict[str, Any]) -> tuple:
        out = []
        for c in ARTICLE_COLUMNS:
            v = row.get(c)
            if self.dialect is not SQLITE and v is not None:
                if c == "published":
                    v = dt.date.fromisoformat(v)
                elif c == "processed_at":
                    v = dt.datetime.fromisoformat(v)
                    if self.dialect is DUCKDB:
                        v = v.replace(tzinfo=None)
            out.append(v)
        return tuple(out)

    def _record_values(self, row: dict[str, Any]) -> tuple:
        return tuple(row.get(c) for c in RECORD_COLUMNS)

    def write(self, result: Result) -> None:
        """Store one article and its records in one transaction, replacing what its origin had."""
        self.write_many([result])

    def write_many(self, results: Iterable[Result]) -> None:
        """Store several articles, each in its own transaction."""
        p = self.dialect.param
        for result in results:
            art = result.article
            with self.transaction():
                self._execute(f"DELETE FROM records WHERE article_id IN "
                              f"(SELECT id FROM articles WHERE origin = {p} OR id = {p})",
                              (art["origin"], art["id"]))
                self._execute(f"DELETE FROM articles WHERE origin = {p} OR id = {p}", (art["origin"], art["id"]))
                self._execute(self._insert_article, self._article_values(art))
                if self.dialect is DUCKDB and len(result.records) > 4:
                    self._insert_records_arrow(result.records)  # executemany is slow on DuckDB
                else:
                    self._executemany(self._insert_record, [self._record_values(r) for r in result.records])

    def _insert_records_arrow(self, rows: list[dict[str, Any]]) -> None:
        from .batch import _arrow_schemas

        table = __import__("pyarrow").Table.from_pylist(rows, schema=_arrow_schemas()[1])
        cols = ", ".join('"end"' if c == "end" else c for c in RECORD_COLUMNS)
        self.conn.register("_vnr_rows", table)
        try:
            self.conn.execute(f"INSERT INTO records ({cols}) SELECT {cols} FROM _vnr_rows")
        finally:
            self.conn.unregister("_vnr_rows")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Run a query and return its rows (for tests, summaries and callers)."""
        return self._execute(sql, params)

    def counts(self) -> dict[str, int]:
        """Rows in articles, records, and articles with an error."""
        a = self._execute("SELECT COUNT(*), COUNT(error) FROM articles")[0]
        r = self._execute("SELECT COUNT(*) FROM records")[0][0]
        return {"articles": int(a[0]), "errors": int(a[1]), "records": int(r)}

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Connect to a store (see :func:`parse_url`) and, by default, create or upgrade its schema."""
    kind, target = parse_url(url)
    if kind == "sqlite":
        import sqlite3

        if target != ":memory:":
            Path(target).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(target, isolation_level=None, timeout=60)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        store = Store(SQLITE, conn)
    elif kind == "duckdb":
        import duckdb

        if target != ":memory:":
            Path(target).parent.mkdir(parents=True, exist_ok=True)
        store = Store(DUCKDB, duckdb.connect(target))
    else:
        import psycopg

        store = Store(POSTGRES, psycopg.connect(target, autocommit=True))
    if migrate:
        store.migrate()
    return store
