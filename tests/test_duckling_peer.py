"""Duckling's own Vietnamese corpus (../shared/peer/duckling_vi), run through ``extract`` as bare phrases.

Numerals, ordinals, amounts of money and calendar expressions whose grain is a day or coarser
(day, week, month, quarter, year), resolved against Duckling's reference day 2017-02-02 passed as
``published``. Goal from the foundation issue: at least 90% of these cases pass.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import shared_path

REFERENCE = dt.date(2017, 2, 2)
COARSE = {"day", "week", "month", "quarter", "year"}
CURRENCY = {"$": "USD", "USD": "USD", "VND": "VND", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
            "INR": "INR", "AED": "AED", "cent": "USD"}


def _close(a, b) -> bool:
    return a is not None and b is not None and abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def _covers(rec, phrase: str) -> bool:
    # the value check is the guard; approximation words (ít nhất, trở lên) stay outside the span by convention
    return rec.text in phrase


def _numeral_ok(article, exp, phrase) -> bool:
    return any(_close(getattr(r, "value", None), exp["value"]) and _covers(r, phrase)
               for r in article.records if r.kind in ("quantity", "money", "percent", "multiplier"))


def _ordinal_ok(article, exp, phrase) -> bool:
    return any(r.kind == "ordinal" and r.value == exp["value"] for r in article.records)


def _money_value(part):
    value = part["value"] / 100 if part["unit"] == "cent" else part["value"]
    return value, CURRENCY.get(part["unit"], part["unit"])


def _money_ok(article, exp, phrase) -> bool:
    for r in article.records:
        if r.kind != "money" or not _covers(r, phrase):
            continue
        if exp["type"] == "value":
            value, cur = _money_value(exp)
            if _close(r.value, value) and r.currency == cur:
                return True
            continue
        lo, hi = exp.get("from"), exp.get("to")
        if lo and hi:
            (v1, cur), (v2, _c) = _money_value(lo), _money_value(hi)
            if _close(r.value, v1) and _close(r.value_max, v2) and r.currency == cur:
                return True
        else:
            v, cur = _money_value(lo or hi)
            if _close(r.value, v) and r.currency == cur:
                return True
    return False


def _point(value: str, grain: str) -> dict:
    """Duckling's value at its grain as calendar fields (the same reading as the temporal test's)."""
    from test_duckling_time import _want

    return _want(value, grain)


def _date_agrees(rec, want: dict) -> bool:
    got = {"year": rec.year, "month": rec.month, "day": rec.day, "quarter": rec.quarter}
    if "quarter" in want and rec.quarter is None and rec.month is not None:
        got["quarter"] = (rec.month - 1) // 3 + 1
    return all(got.get(k) == v for k, v in want.items())


def _dp_agrees(point, want: dict) -> bool:
    return point is not None and all(getattr(point, k, None) == v for k, v in want.items() if k != "quarter")


def _time_ok(article, exp, phrase) -> bool:
    if exp["type"] == "value":
        want = _point(exp["value"], exp["grain"])
        if exp["grain"] == "week":  # a week is satisfied by a period that starts on its first day
            return any(r.kind == "period" and _dp_agrees(r.since, want) for r in article.records) or any(
                r.kind == "date" and _date_agrees(r, want) for r in article.records)
        return any(r.kind == "date" and _date_agrees(r, want) for r in article.records) or any(
            r.kind == "period" and _dp_agrees(r.since, want) for r in article.records)
    since = _point(exp["from"]["value"], exp["from"]["grain"]) if exp.get("from") else None
    return any(r.kind == "period" and (since is None or _dp_agrees(r.since, since)) for r in article.records)


def _grain(exp) -> str | None:
    return exp.get("grain") or (exp.get("from") or {}).get("grain") or (exp.get("to") or {}).get("grain")


def _cases():
    folder = shared_path("peer", "duckling_vi")
    out = []
    for dim, check in (("numeral", _numeral_ok), ("ordinal", _ordinal_ok),
                       ("amount_of_money", _money_ok), ("time", _time_ok)):
        for case in json.loads((folder / f"{dim}.json").read_text(encoding="utf-8")):
            if dim == "time" and _grain(case["expected"]) not in COARSE:
                continue
            out.append((dim, case["input"], case["expected"], check))
    return out


def test_duckling_corpus_pass_rate():
    from vnreport_extract import extract

    results: dict[str, list[tuple[str, bool]]] = {}
    for dim, phrase, exp, check in _cases():
        try:
            ok = check(extract(phrase, published=REFERENCE), exp, phrase)
        except ValueError:
            ok = False
        results.setdefault(dim, []).append((phrase, ok))
    total = sum(len(v) for v in results.values())
    passed = sum(ok for v in results.values() for _p, ok in v)
    print(f"\nDuckling vi corpus through extract(): {passed}/{total} = {passed / total:.1%}")
    for dim, rows in results.items():
        n = sum(ok for _p, ok in rows)
        print(f"  {dim:<16} {n}/{len(rows)}   failing: {[p for p, ok in rows if not ok]}")
    assert passed / total >= 0.90


def test_duckling_negative_corpus():
    from vnreport_extract import extract

    folder = shared_path("peer", "duckling_vi")
    for case in json.loads((folder / "time_negative.json").read_text(encoding="utf-8")):
        article = extract(case["input"], published=REFERENCE)
        assert not [r for r in article.records if r.kind in ("date", "period")], case["input"]
