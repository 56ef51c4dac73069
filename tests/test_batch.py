"""``vnreport-extract batch``: sources, hostile archives, resume after kill -9, workers, summary."""
from __future__ import annotations

import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from vnreport_extract.io.batch import run_batch
from vnreport_extract.io.sources import count_items, is_unsafe_member, iter_items

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "fixtures").glob("*.txt"))
GOOD = FIXTURES[:3]
CAP = 1024 * 1024  # the size cap used by these tests
GARBAGE_CP1252 = ("Café crème brûlée, déjà vu — naïve façade « résumé » über " * 30).encode("cp1252")
BINARY = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _errors(db: Path) -> dict[str, str]:
    return dict(_rows(db, "SELECT origin, error_kind FROM articles WHERE error IS NOT NULL"))


def _page(title: str, body: str, date: str = "2023-07-05") -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (f"<html><head><title>{title}</title><meta property='article:published_time' content='{date}'>"
            f"</head><body><nav><a href='/'>Trang chủ</a></nav><article><h1>{title}</h1>{paras}</article>"
            f"<footer>Bản quyền</footer></body></html>").encode("utf-8")


def _body(path: Path) -> str:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if len(ln) > 60]
    return "\n".join(lines[:6])


def test_unsafe_member_names():
    assert is_unsafe_member("../../etc/passwd")
    assert is_unsafe_member("/etc/passwd")
    assert is_unsafe_member("a/../../b.txt")
    assert is_unsafe_member("C:\\Windows\\x.txt")
    assert not is_unsafe_member("news/2023/a..b.txt")


def test_zip_with_hostile_members(tmp_path):
    archive = tmp_path / "news.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in GOOD:
            zf.write(f, f"good/{f.name}")
        zf.writestr("good/page.html", _page("Tin kinh tế", _body(FIXTURES[3])))
        zf.writestr("bad/empty.txt", b"")
        zf.writestr("bad/image.bin", BINARY)
        zf.writestr("bad/latin.txt", GARBAGE_CP1252)
        zf.writestr("../../etc/passwd", b"root:x:0:0:root:/root:/bin/bash\n")
        zf.writestr("bad/bomb.txt", b"0" * (4 * CAP))  # compresses ~1000:1, expands past the cap
        zf.writestr("bad/menu.html", b"<html><body><nav>Menu</nav></body></html>")
        zf.writestr("folder/", b"")
    db = tmp_path / "z.sqlite"
    stats = run_batch([str(archive)], db=str(db), max_bytes=CAP, progress=False)
    z = f"{archive}::"
    assert _errors(db) == {
        z + "bad/empty.txt": "empty", z + "bad/image.bin": "binary", z + "bad/latin.txt": "undecodable",
        z + "../../etc/passwd": "unsafe_path", z + "bad/bomb.txt": "zip_bomb", z + "bad/menu.html": "no_article_text",
    }
    assert (stats.articles, stats.ok, stats.errors) == (10, 4, 6)
    per_article = dict(_rows(db, "SELECT a.origin, COUNT(r.seq) FROM articles a LEFT JOIN records r "
                                 "ON r.article_id = a.id WHERE a.error IS NULL GROUP BY a.origin"))
    assert set(per_article) == {z + f"good/{f.name}" for f in GOOD} | {z + "good/page.html"}
    assert all(n >= 3 for n in per_article.values()), per_article
    title, published = _rows(db, f"SELECT title, published FROM articles WHERE origin = '{z}good/page.html'")[0]
    assert (title, published) == ("Tin kinh tế", "2023-07-05")
    passwd_error = _rows(db, "SELECT error FROM articles WHERE error_kind = 'unsafe_path'")[0][0]
    assert "../../etc/passwd" in passwd_error and "not read" in passwd_error


def test_tar_gz_with_hostile_members_and_truncation(tmp_path):
    archive = tmp_path / "news.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        def add(name: str, data: bytes) -> None:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))

        for f in GOOD:
            add(f"good/{f.name}", f.read_bytes())
        add("bad/empty.txt", b"")
        add("bad/image.bin", BINARY)
        add("bad/latin.txt", GARBAGE_CP1252)
        add("../../etc/passwd", b"root:x:0:0\n")
        add("bad/huge.txt", b"a" * (2 * CAP))
        link = tarfile.TarInfo("bad/link.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/shadow"
        tf.addfile(link)
    db = tmp_path / "t.sqlite"
    stats = run_batch([str(archive)], db=str(db), max_bytes=CAP, progress=False)
    t = f"{archive}::"
    assert _errors(db) == {
        t + "bad/empty.txt": "empty", t + "bad/image.bin": "binary", t + "bad/latin.txt": "undecodable",
        t + "../../etc/passwd": "unsafe_path", t + "bad/huge.txt": "too_large", t + "bad/link.txt": "not_a_file",
    }
    assert (stats.ok, stats.errors) == (3, 6)
    assert _rows(db, "SELECT COUNT(DISTINCT article_id) FROM records")[0][0] == 3

    # the same archive cut short: the members before the cut are read, the archive gets an error row
    cut = tmp_path / "cut.tar.gz"
    data = archive.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    db2 = tmp_path / "cut.sqlite"
    run_batch([str(cut)], db=str(db2), max_bytes=CAP, progress=False)
    errors = _errors(db2)
    assert any(o.startswith(str(cut)) and k == "truncated" for o, k in errors.items()), errors
    assert _rows(db2, "SELECT COUNT(*) FROM articles WHERE error IS NULL")[0][0] >= 1


def test_truncated_zip_is_one_error_row(tmp_path):
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in GOOD:
            zf.write(f, f.name)
    archive.write_bytes(archive.read_bytes()[:-200])  # the central directory is gone
    db = tmp_path / "z.sqlite"
    stats = run_batch([str(archive)], db=str(db), progress=False)
    assert _errors(db) == {str(archive): "truncated"} and stats.articles == 1


def test_jsonl_and_folder_and_glob(tmp_path):
    jl = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": FIXTURES[0].read_text(encoding="utf-8"), "url": "https://example.org/a",
                         "title": "Bài A", "published": "2023-12-08", "source": "Báo X"}, ensure_ascii=False),
             "{not json", json.dumps({"title": "no text"}), "",
             json.dumps({"text": FIXTURES[1].read_text(encoding="utf-8")}, ensure_ascii=False)]
    jl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "x.txt").write_bytes(FIXTURES[2].read_bytes())
    (folder / "notes.md").write_text("ignored")
    (folder / "y.gold.json").write_text("{}")
    assert count_items([str(jl), str(folder)]) == 5
    db = tmp_path / "j.sqlite"
    stats = run_batch([str(jl), str(folder), str(tmp_path / "*.nothing")], db=str(db), progress=False)
    assert _errors(db) == {f"{jl}:2": "bad_json", f"{jl}:3": "bad_json", str(tmp_path / "*.nothing"): "not_found"}
    assert stats.ok == 3
    row = _rows(db, f"SELECT url, title, source, published FROM articles WHERE origin = '{jl}:1'")[0]
    assert row == ("https://example.org/a", "Bài A", "Báo X", "2023-12-08")
    assert _rows(db, f"SELECT COUNT(*) FROM articles WHERE origin = '{folder / 'sub' / 'x.txt'}'")[0][0] == 1
    gz = tmp_path / "feed.jsonl.gz"
    gz.write_bytes(gzip.compress(jl.read_bytes()))
    origins = [i.origin for i in iter_items([str(gz)])]
    assert origins == [f"{gz}:1", f"{gz}:2", f"{gz}:3", f"{gz}:5"]


def test_warc_pages(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "crawl.warc.gz"
    with open(warc, "wb") as fh:
        w = WARCWriter(fh, gzip=True)

        def response(url: str, body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK"):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        response("https://tin.example.vn/kinh-te", _page("Kinh tế quý I", _body(FIXTURES[1]), "2023-04-13"))
        response("https://tin.example.vn/logo.png", BINARY, ctype="image/png")
        response("https://tin.example.vn/old", b"<html></html>", status="301 Moved Permanently")
        response("https://tin.example.vn/menu", b"<html><body><nav>Menu</nav></body></html>")
    db = tmp_path / "w.sqlite"
    stats = run_batch([str(warc)], db=str(db), progress=False)
    assert (stats.ok, stats.errors) == (1, 1)
    row = _rows(db, "SELECT url, title, published, n_records FROM articles WHERE error IS NULL")[0]
    assert row[:3] == ("https://tin.example.vn/kinh-te", "Kinh tế quý I", "2023-04-13") and row[3] >= 3
    assert _errors(db) == {f"{warc}::https://tin.example.vn/menu": "no_article_text"}


def _records(db: Path) -> list[tuple]:
    return sorted(_rows(db, 'SELECT a.origin, a.content_sha256, r.seq, r.kind, r.start, r."end", r.text, r.data '
                            "FROM records r JOIN articles a ON a.id = r.article_id"))


def _articles(db: Path) -> list[tuple]:
    return sorted(_rows(db, "SELECT id, origin, content_sha256, title, published, n_records, error_kind "
                            "FROM articles"))


def test_two_workers_give_the_same_rows_and_jsonl(tmp_path):
    inputs = [str(f) for f in FIXTURES[:6]] + [str(tmp_path / "missing.txt")]
    one, two = tmp_path / "1.sqlite", tmp_path / "2.sqlite"
    s1 = run_batch(inputs, db=str(one), workers=1, progress=False, jsonl=tmp_path / "1.jsonl")
    s2 = run_batch(inputs, db=str(two), workers=2, progress=False)
    assert (s1.ok, s1.errors) == (s2.ok, s2.errors) == (6, 1)
    assert _articles(one) == _articles(two)
    assert _records(one) == _records(two)
    lines = [json.loads(x) for x in (tmp_path / "1.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 7 and sum(len(x["records"]) for x in lines) == s1.records


def _many_inputs(folder: Path, n: int) -> None:
    folder.mkdir()
    texts = [f.read_text(encoding="utf-8") for f in FIXTURES]
    for i in range(n):
        (folder / f"tin-{i:04d}.txt").write_text(f"Bản tin số {i}\n{texts[i % len(texts)]}", encoding="utf-8")
    (folder / "tin-bad.txt").write_bytes(b"")


def test_resume_after_kill_9(tmp_path):
    folder = tmp_path / "many"
    n = 240
    _many_inputs(folder, n)
    db = tmp_path / "crash.sqlite"
    cmd = [sys.executable, "-m", "vnreport_extract.cli", "batch", str(folder), "--db", str(db), "--progress", "off"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                stored = _rows(db, "SELECT COUNT(*) FROM articles")[0][0]
            except sqlite3.OperationalError:
                continue
            if stored >= 25:
                break
    assert proc.poll() is None, f"the batch ended before it could be killed: {proc.stderr.read().decode()}"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    before = _rows(db, "SELECT COUNT(*) FROM articles")[0][0]
    assert 25 <= before < n + 1
    # every stored article is whole: its record count matches n_records
    assert _rows(db, "SELECT COUNT(*) FROM articles a WHERE n_records != "
                     "(SELECT COUNT(*) FROM records r WHERE r.article_id = a.id)")[0][0] == 0

    resumed = subprocess.run(cmd + ["--resume", "--workers", "2"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 1  # one input (the empty file) is an error row
    assert "already stored, skipped" in resumed.stdout
    skipped = int(resumed.stdout.split(" errors, ")[1].split(" already")[0])
    assert skipped >= before  # nothing stored before the kill was done twice

    reference = tmp_path / "ref.sqlite"
    run_batch([str(folder)], db=str(reference), workers=2, progress=False)
    assert _articles(db) == _articles(reference)
    assert _records(db) == _records(reference)
    assert len(_articles(db)) == n + 1


def test_cli_summary_and_progress(tmp_path):
    db = tmp_path / "c.sqlite"
    (tmp_path / "empty.txt").write_bytes(b"")
    cmd = [sys.executable, "-m", "vnreport_extract.cli", "batch", str(GOOD[0]), str(tmp_path / "empty.txt"),
           "--db", str(db), "--progress", "on", "--parquet", str(tmp_path / "pq")]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    out = proc.stdout.splitlines()
    assert out[0].startswith("articles: 2 (1 read, 1 errors) from 2 files")
    assert out[1].startswith("records: ") and int(out[1].split()[1].rstrip(":")) > 10
    assert out[2] == "errors by reason: empty 1"
    assert "article" in proc.stderr and "errors=1" in proc.stderr  # the tqdm bar
    import pyarrow.parquet as pq

    recs = pq.read_table(tmp_path / "pq" / "records").to_pylist()
    assert len(recs) == _rows(db, "SELECT COUNT(*) FROM records")[0][0]
    bad = subprocess.run([sys.executable, "-m", "vnreport_extract.cli", "batch", "x", "--db", "mysql://h/d"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "unknown store URL" in bad.stderr


@pytest.mark.parametrize("member_size", [CAP + 1])
def test_memory_stays_bounded_on_a_big_member(tmp_path, member_size):
    """A member over the cap is refused without being kept in memory (the reader stops at the cap)."""
    archive = tmp_path / "big.tar"
    with tarfile.open(archive, "w") as tf:
        info = tarfile.TarInfo("big.txt")
        info.size = member_size
        tf.addfile(info, io.BytesIO(b"x" * member_size))
        tf.add(GOOD[0], "ok.txt")
    items = list(iter_items([str(archive)], max_bytes=CAP))
    assert [(i.origin.split("::")[1], i.error_kind) for i in items] == [("big.txt", "too_large"), ("ok.txt", None)]
    assert items[0].data is None
