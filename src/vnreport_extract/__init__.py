"""vnreport_extract: typed, offset-exact records from Vietnamese government news.

>>> from vnreport_extract import extract
>>> article = extract("Năm 2022, tổng thu ngân sách ước đạt 4.435 tỷ đồng, tăng 9,54%.")
>>> [(r.kind, r.text) for r in article.records]
[('date', 'Năm 2022'), ('money', '4.435 tỷ đồng'), ('percent', '9,54%')]
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "extract", "load", "render", "Article", "Record", "InputError", "DecodeError",
    "Quantity", "Money", "Percent", "Ratio", "Multiplier", "Ordinal",
    "Date", "Period", "Duration", "Body", "Location", "Person", "Document", "Event",
    "Indicator", "Target", "__version__",
]

_LAZY = {
    "extract": "api", "load": "api", "render": "review",
    "InputError": "errors", "DecodeError": "errors",
}

if TYPE_CHECKING:  # pragma: no cover
    from .api import extract, load
    from .review import render
    from .errors import DecodeError, InputError
    from .records import (Article, Body, Date, Document, Duration, Event, Indicator, Location, Money,
                          Multiplier, Ordinal, Percent, Period, Person, Quantity, Ratio, Record, Target)


def __getattr__(name: str) -> Any:
    """Load submodules on first use: ``import vnreport_extract`` stays cheap."""
    import importlib

    if name in _LAZY:
        module = importlib.import_module(f".{_LAZY[name]}", __name__)
    elif name in __all__:
        module = importlib.import_module(".records", __name__)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
