"""Read batch sources as a stream of :class:`Item` s, one per input, never a whole archive at once.

Sources are folders (searched recursively), glob patterns, and files: ``.txt``/``.text``,
``.html``/``.htm``, ``.zip``, ``.tar``/``.tar.gz``/``.tgz``/``.tar.bz2``/``.tar.xz``, ``.jsonl``
(optionally ``.jsonl.gz``; each line an object with a ``text`` field and optional ``url``,
``title``, ``published``, ``source``) and WARC crawls (``.warc``/``.warc.gz``, read with warcio;
only HTML ``response`` records with a 2xx status are inputs).

Every input is accounted for: what cannot be read (a member over the size cap, a zip bomb, an
unsafe member path such as ``../../etc/passwd``, a link inside a tar, a truncated archive, a bad
JSON line) becomes an :class:`Item` with ``error`` set instead of being dropped, and reading goes on.
Members are streamed (tar in stream mode, zip members one at a time, JSON lines line by line) and
read with a byte cap, so memory stays bounded whatever the archive's size.
"""
from __future__ import annotations

import glob
import gzip
import hashlib
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

__all__ = [
    "DEFAULT_MAX_BYTES", "Item", "Reader", "iter_items", "source_kind", "expand", "html_to_text",
    "is_unsafe_member", "count_items", "read_file", "zip_members",
]

#: Inputs (files, archive members, JSON lines, WARC payloads) larger than this are refused.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
#: A member whose size is over the cap and this many times its compressed size is called a zip bomb.
BOMB_RATIO = 100
#: A web page whose extracted main text is shorter than this (menus, error pages) has no article.
MIN_ARTICLE_CHARS = 80

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True)
class Item:
    """One input of a batch: raw bytes (or text from a JSON line) with what the source says about it.

    ``origin`` names the input uniquely: a path, ``archive::member``, ``file.jsonl:LINE`` or
    ``crawl.warc.gz::URL``. When ``error`` is set the input could not be read and ``error_kind``
    is a short code (``too_large``, ``zip_bomb``, ``unsafe_path`` …).
    """

    origin: str
    data: bytes | None = None
    text: str | None = None
    kind: str = "text"  # "text" (bytes or str to decode) or "html" (a web page)
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    error: str | None = None
    error_kind: str | None = None

    @property
    def content_sha256(self) -> str:
        """SHA-256 of the content as read (the UTF-8 text for JSON lines; empty for unread inputs)."""
        if self.data is not None:
            payload = self.data
        elif self.text is not None:
            payload = self.text.encode("utf-8", "surrogatepass")
        else:
            payload = b""
        return hashlib.sha256(payload).hexdigest()


def _bad(origin: str, error_kind: str, error: str, **kw) -> Item:
    return Item(origin=origin, error=error, error_kind=error_kind, **kw)


def source_kind(name: str) -> str | None:
    """``text``, ``html``, ``zip``, ``tar``, ``jsonl``, ``warc`` from a file name, or None."""
    low = name.lower()
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    if low.endswith(TAR_SUFFIXES):
        return "tar"
    if low.endswith(".zip"):
        return "zip"
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if low.endswith(HTML_SUFFIXES):
        return "html"
    if low.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def is_unsafe_member(name: str) -> bool:
    """True for archive member names that are absolute or climb out (``../../etc/passwd``)."""
    n = name.replace("\\", "/")
    if n.startswith("/") or (len(n) > 1 and n[1] == ":"):
        return True
    return any(part == ".." for part in n.split("/"))


def expand(sources: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """(name, path) for every file a source names, in a stable order; path None when nothing matched.

    Folders are searched recursively for files of a known kind (others, like ``README.md`` or
    ``*.gold.json``, are ignored); glob patterns (``data/**/*.zip``) are expanded; a file named
    explicitly is read even with an unknown suffix (as text).
    """
    for raw in sources:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and source_kind(f.name) is not None:
                    yield str(f), f
        elif p.is_file():
            yield raw, p
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield raw, None
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    yield from expand([m])
                elif mp.is_file():
                    yield m, mp
        else:
            yield raw, None


class Reader:
    """Iterate over the inputs of some sources; counts the files opened (``files``) as it goes."""

    def __init__(self, sources: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        """``sources``: folders, globs and files; ``max_bytes``: the per-input size cap."""
        self.sources = list(sources)
        self.max_bytes = max_bytes
        self.files = 0

    def __iter__(self) -> Iterator[Item]:
        for name, path in expand(self.sources):
            if path is None:
                yield _bad(name, "not_found", "no such file, folder or matching path")
                continue
            self.files += 1
            yield from read_file(name, path, max_bytes=self.max_bytes)


def iter_items(sources: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every input of ``sources`` as an :class:`Item`, streamed (see the module docstring)."""
    return iter(Reader(sources, max_bytes=max_bytes))


def read_file(name: str, path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The inputs in one file: itself, or its members / lines / WARC records."""
    kind = source_kind(path.name) or "text"
    try:
        if kind == "zip":
            yield from _read_zip(name, path, max_bytes)
        elif kind == "tar":
            yield from _read_tar(name, path, max_bytes)
        elif kind == "jsonl":
            yield from _read_jsonl(name, path, max_bytes)
        elif kind == "warc":
            yield from _read_warc(name, path, max_bytes)
        else:
            size = path.stat().st_size
            if size > max_bytes:
                yield _bad(name, "too_large", f"file too large: {size:,} bytes (limit {max_bytes:,})")
                return
            yield Item(origin=name, data=path.read_bytes(), kind=kind)
    except OSError as exc:
        yield _bad(name, "unreadable", f"cannot read: {exc.strerror or exc}")


def _member_kind(member: str) -> str:
    return "html" if member.lower().endswith(HTML_SUFFIXES) else "text"


def _read_capped(f: BinaryIO, max_bytes: int) -> bytes | None:
    """Read at most ``max_bytes``; None if there is more (the reader stops there)."""
    chunks, total = [], 0
    while True:
        chunk = f.read(min(1 << 20, max_bytes + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            return None


def zip_members(path: Path) -> int:
    """How many non-folder members a zip archive has (0 if it cannot be opened)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            return sum(1 for i in zf.infolist() if not i.is_dir())
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return 0


def _read_zip(name: str, path: Path, max_bytes: int, select: tuple[int, int] | None = None) -> Iterator[Item]:
    """Members of a zip; ``select=(start, stop)`` reads only those (counting non-folder members)."""
    import zipfile

    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        yield _bad(name, "truncated", f"not a readable zip archive (truncated or corrupt): {exc}")
        return
    with zf:
        seen: set[str] = set()
        files = [i for i in zf.infolist() if not i.is_dir()]
        lo, hi = select if select is not None else (0, len(files))
        for info in files[lo:hi]:
            origin = _unique(f"{name}::{info.filename}", seen)
            if is_unsafe_member(info.filename):
                yield _bad(origin, "unsafe_path", f"unsafe member path {info.filename!r} (absolute or '..'); not read")
                continue
            bomb = (info.compress_size > 0 and info.file_size / info.compress_size > BOMB_RATIO)
            if info.file_size > max_bytes:
                kind = "zip_bomb" if bomb else "too_large"
                yield _bad(origin, kind, f"member too large: {info.file_size:,} bytes uncompressed from "
                                         f"{info.compress_size:,} (limit {max_bytes:,}); not read")
                continue
            try:
                with zf.open(info) as f:
                    data = _read_capped(f, max_bytes)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
                yield _bad(origin, "truncated", f"member cannot be read (truncated or corrupt): {exc}")
                continue
            if data is None:  # the header lied about the size
                yield _bad(origin, "zip_bomb", f"member expands past the limit of {max_bytes:,} bytes; stopped")
                continue
            yield Item(origin=origin, data=data, kind=_member_kind(info.filename))


def _read_tar(name: str, path: Path, max_bytes: int) -> Iterator[Item]:
    import lzma
    import tarfile

    errors = (tarfile.TarError, EOFError, zlib.error, lzma.LZMAError, OSError)
    seen: set[str] = set()
    count = 0
    try:
        tf = tarfile.open(path, mode="r|*")  # stream mode: members in order, no seeking, no index
    except errors as exc:
        yield _bad(name, "truncated", f"not a readable tar archive (truncated or corrupt): {exc}")
        return
    with tf:
        while True:
            try:
                member = tf.next()
            except errors as exc:
                yield _bad(name, "truncated", f"archive truncated or corrupt after {count} members: {exc}")
                return
            if member is None:
                return
            count += 1
            if member.isdir():
                continue
            origin = _unique(f"{name}::{member.name}", seen)
            if is_unsafe_member(member.name):
                yield _bad(origin, "unsafe_path", f"unsafe member path {member.name!r} (absolute or '..'); not read")
                continue
            if not member.isfile():
                yield _bad(origin, "not_a_file", "link or special file inside the archive; not followed")
                continue
            if member.size > max_bytes:
                yield _bad(origin, "too_large", f"member too large: {member.size:,} bytes (limit {max_bytes:,}); not read")
                continue
            try:
                f = tf.extractfile(member)
                data = _read_capped(f, max_bytes) if f is not None else b""
                if data is not None and len(data) < member.size:
                    raise EOFError(f"member ends after {len(data):,} of {member.size:,} bytes")
            except errors as exc:
                yield _bad(origin, "truncated", f"member truncated or corrupt: {exc}")
                return  # the stream is broken: nothing after it can be read
            if data is None:
                yield _bad(origin, "too_large", f"member larger than the limit of {max_bytes:,} bytes")
                continue
            yield Item(origin=origin, data=data, kind=_member_kind(member.name))


def _iter_lines(f: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; None for a line over the cap (which is skipped without keeping it)."""
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # drain the rest of the over-long line in bounded chunks
                rest = f.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
        else:
            yield line


def _read_jsonl(name: str, path: Path, max_bytes: int) -> Iterator[Item]:
    opener = gzip.open if name.lower().endswith(".gz") else open
    lineno = 0
    try:
        with opener(path, "rb") as f:
            for line in _iter_lines(f, max_bytes):
                lineno += 1
                origin = f"{name}:{lineno}"
                if line is None:
                    yield _bad(origin, "too_large", f"line longer than the limit of {max_bytes:,} bytes")
                    continue
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    yield _bad(origin, "bad_json", f"not a JSON object: {exc}")
                    continue
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    yield _bad(origin, "bad_json", "JSON line has no string 'text' field")
                    continue
                meta = {k: (str(obj[k]) if obj.get(k) is not None else None)
                        for k in ("url", "title", "published", "source")}
                yield Item(origin=origin, text=obj["text"], kind="text", **meta)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield _bad(name, "truncated", f"compressed file truncated or corrupt after line {lineno}: {exc}")


def _read_warc(name: str, path: Path, max_bytes: int) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    seen: set[str] = set()
    count = 0
    with open(path, "rb") as fh:
        try:
            for rec in ArchiveIterator(fh):
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                status = rec.http_headers.get_statuscode() or ""
                if "html" not in ctype or not status.startswith("2"):
                    continue
                count += 1
                url = rec.rec_headers.get_header("WARC-Target-URI") or f"record-{count}"
                origin = _unique(f"{name}::{url}", seen)
                data = _read_capped(rec.content_stream(), max_bytes)
                if data is None:
                    yield _bad(origin, "too_large", f"page larger than the limit of {max_bytes:,} bytes", url=url)
                    continue
                yield Item(origin=origin, data=data, kind="html", url=url)
        except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
            yield _bad(name, "truncated", f"WARC truncated or corrupt after {count} pages: {exc}")


def _unique(origin: str, seen: set[str]) -> str:
    """The origin, with ``#2``, ``#3`` … when a source repeats a member name or URL."""
    if origin not in seen:
        seen.add(origin)
        return origin
    n = 2
    while f"{origin}#{n}" in seen:
        n += 1
    seen.add(f"{origin}#{n}")
    return f"{origin}#{n}"


def count_items(sources: Iterable[str], *, scan_limit: int = 256 * 1024 * 1024) -> int | None:
    """How many inputs the sources hold, when that is cheap to know (files, zip directories, small
    JSON lines files); None when a tar or WARC would have to be read through."""
    total = 0
    for name, path in expand(sources):
        if path is None:
            total += 1
            continue
        kind = source_kind(path.name) or "text"
        if kind in ("text", "html"):
            total += 1
        elif kind == "zip":
            total += zip_members(path) or 1
        elif kind == "jsonl" and not name.lower().endswith(".gz") and path.stat().st_size <= scan_limit:
            with open(path, "rb") as f:
                total += sum(1 for line in f if line.strip())
        else:
            return None
    return total


@dataclass(frozen=True)
class Page:
    """What trafilatura found in an HTML page."""

    text: str
    title: str | None = None
    published: str | None = None
    extras: dict = field(default_factory=dict)


def html_to_text(data: bytes | str, *, url: str | None = None) -> Page:
    """The article text, title and date of an HTML page (trafilatura).

    The text is empty when trafilatura finds no main text or less than ``MIN_ARTICLE_CHARS``
    characters of it (a menu, a login or error page). The title, when found, is put first.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_precision=False)
    if doc is None:
        return Page(text="")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    body = (get("text") or "").strip()
    title = (get("title") or "").strip() or None
    date = get("date") or None
    if len(body) < MIN_ARTICLE_CHARS:
        return Page(text="", title=title, published=str(date)[:10] if date else None)
    if body and title and not body.startswith(title):
        text = f"{title}\n\n{body}"
    else:
        text = body
    return Page(text=text, title=title, published=str(date)[:10] if date else None)
