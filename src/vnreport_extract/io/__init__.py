"""Batch input and output: read sources (folders, archives, JSON lines, WARC crawls), run
:func:`vnreport_extract.extract` over every input in worker processes, and store the articles and
records in SQLite, DuckDB or PostgreSQL (one schema everywhere), JSON lines or Parquet.

Needs the ``batch`` extra: ``pip install 'vnreport-extract[batch]'``.
"""
from __future__ import annotations

__all__ = ["Item", "iter_items", "open_store", "run_batch", "BatchStats"]


def __getattr__(name: str):
    """Lazy re-exports so ``import vnreport_extract.io`` stays cheap."""
    if name in ("Item", "iter_items"):
        from . import sources
        return getattr(sources, name)
    if name == "open_store":
        from . import stores
        return stores.open_store
    if name in ("run_batch", "BatchStats"):
        from . import batch
        return getattr(batch, name)
    raise AttributeError(name)
