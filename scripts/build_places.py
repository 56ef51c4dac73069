#!/usr/bin/env python3
"""Build ``src/vnreport_extract/data/vi/places_gazetteer.json`` from ``underthesea.address``.

underthesea ships the administrative units of Viet Nam before and after the 1 July 2025
reorganisation (its ``data/mapping.json``, derived from the ``vietnamadminunits`` package). This
script keeps only what the place recogniser needs -- names and levels, no mapping -- so that run
time never imports underthesea:

* ``provinces``: short name -> ``province`` or ``city`` (centrally-run city), old 63 and new 34;
* ``districts``: name -> unit word (``quận``, ``huyện``, ``thị xã``, ``thành phố``), pre-2025;
  a name used in several provinces keeps the first of quận, thành phố, thị xã, huyện;
* ``wards``: names of wards, communes and townships (``phường``/``xã``/``thị trấn``/``đặc khu``),
  before and after 2025, used to bound a name after a unit word, never matched bare.

Usage: ``python scripts/build_places.py [--check]`` (``--check`` exits 1 when the committed file
differs from what would be generated).
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "vnreport_extract" / "data" / "vi" / "places_gazetteer.json"

_DISTRICT_UNITS = ("thành phố", "thị xã", "quận", "huyện")
_WARD_UNITS = ("thị trấn", "phường", "xã", "đặc khu")
# A district name used in several provinces keeps the unit most written about in the news.
_RANK = {"quận": 0, "thành phố": 1, "thị xã": 2, "huyện": 3}


def _split(full: str, units: tuple[str, ...]) -> tuple[str, str] | None:
    """``'Quận Ninh Kiều'`` -> (``'quận'``, ``'Ninh Kiều'``)."""
    full = unicodedata.normalize("NFC", " ".join(full.split()))
    low = full.lower()
    for unit in units:
        if low.startswith(unit + " "):
            return unit, full[len(unit) + 1:]
    return None


def build() -> dict:
    """Return the gazetteer as a JSON-ready dict (sorted, deterministic)."""
    path = resources.files("underthesea.address").joinpath("data", "mapping.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    provinces: dict[str, str] = {}
    for table in ("old_province_names", "province_names"):
        for info in data[table].values():
            level = "city" if info["name"].startswith("Thành phố") else "province"
            provinces[unicodedata.normalize("NFC", info["short"])] = level
    districts: dict[str, str] = {}
    wards: set[str] = set()
    for rec in data["ward_mapping"]:
        got = _split(rec.get("old_district") or "", _DISTRICT_UNITS)
        if got and got[1] not in provinces:
            old = districts.get(got[1])
            if old is None or _RANK[got[0]] < _RANK[old]:
                districts[got[1]] = got[0]
        for key in ("old_ward", "new_ward"):
            got = _split(rec.get(key) or "", _WARD_UNITS)
            if got:
                wards.add(got[1])
    meta = data.get("metadata", {})
    return {
        "source": f"underthesea.address ({meta.get('source', '?')} {meta.get('version', '?')}, "
                  f"effective {meta.get('effective_date', '?')})",
        "provinces": dict(sorted(provinces.items())),
        "districts": dict(sorted(districts.items())),
        "wards": sorted(wards),
    }


def render() -> str:
    """The file's exact text."""
    return json.dumps(build(), ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file is stale")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is stale; run scripts/build_places.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
