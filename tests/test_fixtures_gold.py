"""Validate the bundled fixture articles and their gold records, without the library.

Every gold file under ``fixtures/`` must load, use only known kinds, carry the normalised
fields of its kind with the right types, and be locatable in its article by the scorer's own
``locate()`` (imported from ``../shared/eval/score.py``; those checks are skipped when the
scorer is not there).
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import unicodedata
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SHARED = {"hoang-mai-2023"}  # copied from the shared dev set; its gold predates the full-field convention

NUMERIC = {"quantity", "money", "percent", "ratio", "multiplier", "ordinal", "duration"}
TEMPORAL = {"date", "period"}
NAMED = {"body", "location", "person", "document", "event"}
COMPOSITE = {"indicator", "target"}
KINDS = NUMERIC | TEMPORAL | NAMED | COMPOSITE

APPROX = {None, "about", "over", "under", "at_least", "at_most", "nearly"}
DURATION_UNITS = {"year", "month", "week", "day"}
CATEGORIES = {"party", "state", "council", "front", "mass_org", "court", "procuracy", "enterprise", "other"}
LEVELS = {None, "central", "province", "district", "commune"}
ADMIN_LEVELS = {None, "province", "city", "district", "ward", "commune", "town"}
STATUSES = {"actual", "estimate"}
CHANGE_UNITS = {"percent", "times", "absolute"}

CODE_OR_PHONE = re.compile(r"\d+[-/](?:NQ|QĐ|CT|KH)|Covid|\b0\d{2,3}\.\d{3,4}\.\d{3}\b", re.IGNORECASE)

NAMES = sorted(p.name[: -len(".gold.json")] for p in FIXTURES.glob("*.gold.json"))


def _load(name: str) -> tuple[str, dict]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((FIXTURES / f"{name}.gold.json").read_text(encoding="utf-8"))
    return text, gold


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    spec = importlib.util.spec_from_file_location("vnr_gold_scorer", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _is_num(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _ymd_ok(d) -> bool:
    if not isinstance(d, dict) or not d or set(d) - {"year", "month", "day"}:
        return False
    y, m, day = d.get("year"), d.get("month"), d.get("day")
    return ((y is None or (_is_int(y) and 1900 <= y <= 2100))
            and (m is None or (_is_int(m) and 1 <= m <= 12))
            and (day is None or (_is_int(day) and 1 <= day <= 31)))


def field_problems(rec: dict, full: bool) -> list[str]:
    """Why `rec` lacks or mistypes its kind's fields (empty when it is fine).

    `full` also demands the normalised fields that the scorer does not read
    (names, categories, levels, roles), which every original fixture carries.
    """
    k, bad = rec["kind"], []

    def need(cond: bool, what: str) -> None:
        if not cond:
            bad.append(what)

    if k in ("quantity", "money", "percent"):
        need(_is_num(rec.get("value")), "value")
        need(rec.get("value_max") is None or _is_num(rec["value_max"]), "value_max")
        need(rec.get("value_max") is None or rec["value_max"] >= rec.get("value", 0), "value_max >= value")
        need(rec.get("approx") in APPROX, "approx")
    if k == "quantity":
        need("unit" in rec and (rec["unit"] is None or (isinstance(rec["unit"], str) and rec["unit"] == rec["unit"].lower())),
             "unit (lower-case str or null)")
    if k == "money":
        need(isinstance(rec.get("currency"), str) and len(rec["currency"]) == 3 and rec["currency"].isupper(), "currency")
    if k == "ratio":
        need(_is_num(rec.get("numerator")) and _is_num(rec.get("denominator")) and rec["denominator"] != 0,
             "numerator/denominator")
    if k == "multiplier":
        need(_is_num(rec.get("value")), "value")
    if k == "ordinal":
        need(_is_int(rec.get("value")) and rec["value"] > 0, "value (positive int)")
    if k == "duration":
        need(_is_num(rec.get("value")), "value")
        need(rec.get("unit") in DURATION_UNITS, "unit")
    if k == "date":
        parts = {f: rec.get(f) for f in ("year", "month", "day", "quarter")}
        need(any(v is not None for v in parts.values()) or rec.get("relative") is True, "some date field")
        need(_ymd_ok({f: v for f, v in parts.items() if f != "quarter" and v is not None}) or parts["year"] is parts["month"] is parts["day"] is None,
             "year/month/day in range")
        need(parts["quarter"] is None or parts["quarter"] in (1, 2, 3, 4), "quarter")
        need(isinstance(rec.get("year_inferred", False), bool) and isinstance(rec.get("relative", False), bool), "flags")
        need(not rec.get("year_inferred") or parts["year"] is not None, "year_inferred without year")
    if k == "period":
        since, until = rec.get("since"), rec.get("until")
        need(since is not None or until is not None, "since or until")
        need(since is None or _ymd_ok(since), "since")
        need(until is None or _ymd_ok(until), "until")
        if since and until and "year" in since and "year" in until:
            need(since["year"] <= until["year"], "since <= until")
    if k == "document":
        need(isinstance(rec.get("doc_type"), str) and rec["doc_type"], "doc_type")
        need(rec.get("number") is None or isinstance(rec["number"], str), "number")
    if k == "indicator":
        need(isinstance(rec.get("subject"), str) and rec["subject"], "subject")
        need(isinstance(rec.get("measure"), dict) and isinstance(rec["measure"].get("text"), str), "measure")
        need(rec.get("status") in STATUSES, "status")
        ch = rec.get("change")
        need(ch is None or (ch.get("direction") in ("increase", "decrease") and _is_num(ch.get("value"))
                            and ch.get("unit") in CHANGE_UNITS), "change")
        at = rec.get("attainment")
        need(at is None or (_is_num(at.get("value")) and isinstance(at.get("of"), str)), "attainment")
        need(rec.get("baseline") is None or isinstance(rec["baseline"], str), "baseline")
    if k == "target":
        need(isinstance(rec.get("subject"), str) and rec["subject"], "subject")
        need(isinstance(rec.get("modality"), str) and rec["modality"], "modality")
        goal = rec.get("goal")
        need(goal is None or (isinstance(goal, dict) and isinstance(goal.get("text"), str)), "goal")
        need(goal is not None or rec.get("optional") is True, "a target without goal is optional")
    if full:
        if k == "body":
            need(isinstance(rec.get("name"), str) and rec["name"], "name")
            need(rec.get("category") in CATEGORIES, "category")
            need("level" in rec and rec["level"] in LEVELS, "level")
        if k == "location":
            need(isinstance(rec.get("name"), str) and rec["name"], "name")
            need("admin_level" in rec and rec["admin_level"] in ADMIN_LEVELS, "admin_level")
        if k == "person":
            need(isinstance(rec.get("name"), str) and rec["name"], "name")
            need("role" in rec and (rec["role"] is None or isinstance(rec["role"], str)), "role")
        if k == "document":
            need("number" in rec and "issuer" in rec, "number and issuer keys")
        if k == "event":
            need(isinstance(rec.get("name"), str) and rec["name"], "name")
            need(rec.get("ordinal") is None or _is_int(rec["ordinal"]), "ordinal")
        if k == "quantity":
            need("approx" in rec and "value_max" in rec, "approx and value_max keys")
        if k == "money":
            need("approx" in rec and "value_max" in rec, "approx and value_max keys")
    return bad


# ---- the collection as a whole ------------------------------------------------------

def test_enough_articles():
    assert len(NAMES) >= 12
    assert "hoang-mai-2023" in NAMES


def test_every_article_has_gold_and_text():
    texts = {p.stem for p in FIXTURES.glob("*.txt")}
    assert texts == set(NAMES)


def test_published_covers_every_article():
    published = json.loads((FIXTURES / "published.json").read_text(encoding="utf-8"))
    assert set(published) == set(NAMES)
    for name, day in published.items():
        assert dt.date.fromisoformat(day).year >= 2000, name


def test_readme_lists_every_fixture():
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    for name in NAMES:
        assert f"`{name}`" in readme, name


# ---- each article -----------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_text_is_clean(name):
    text, _ = _load(name)
    assert text == unicodedata.normalize("NFC", text)
    assert "\t" not in text and "\u200b" not in text and "\r" not in text
    if name not in SHARED:
        assert 500 <= len(text) <= 6000
        assert "  " not in text
        assert all(line == line.rstrip() for line in text.split("\n"))


@pytest.mark.parametrize("name", NAMES)
def test_gold_shape_and_fields(name):
    _, gold = _load(name)
    assert set(gold) == {"records", "ignore"}
    assert gold["records"], "no records"
    problems = []
    for i, rec in enumerate(gold["records"]):
        if rec.get("kind") not in KINDS:
            problems.append(f"#{i} unknown kind {rec.get('kind')!r}")
            continue
        if not isinstance(rec.get("text"), str) or not rec["text"]:
            problems.append(f"#{i} text")
        if "context" in rec and rec["context"] is not None:
            if not isinstance(rec["context"], str) or rec["text"] not in rec["context"]:
                problems.append(f"#{i} {rec['text']!r} not inside its context")
        if "nth" in rec and not (_is_int(rec["nth"]) and rec["nth"] >= 0):
            problems.append(f"#{i} nth")
        if "optional" in rec and not isinstance(rec["optional"], bool):
            problems.append(f"#{i} optional")
        for why in field_problems(rec, full=name not in SHARED):
            problems.append(f"#{i} {rec['kind']} {rec['text']!r}: {why}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", NAMES)
def test_composite_parts_lie_inside(name):
    """A composite's measure/goal/period is written inside the composite's own text."""
    _, gold = _load(name)
    for rec in gold["records"]:
        if rec["kind"] not in COMPOSITE:
            continue
        for part in ("measure", "goal", "period"):
            sub = rec.get(part)
            if isinstance(sub, dict):
                assert sub["text"] in rec["text"], (rec["text"], part)
                if sub.get("context"):
                    assert sub["text"] in sub["context"]


@pytest.mark.parametrize("name", NAMES)
def test_every_span_is_locatable_and_unique(name, scorer):
    text, gold = _load(name)
    loose = scorer._loose(text)
    problems = []

    def where(span: str, context: str | None, nth: int | None):
        try:
            return scorer.locate(text, loose, span, context, nth)
        except ValueError as exc:  # context not unique, or span not inside it
            problems.append(str(exc))
            return None

    ignored = []
    for item in gold["ignore"]:
        at = where(item["text"], item.get("context"), item.get("nth"))
        if at is None:
            problems.append(f"ignore {item['text']!r} not found")
        else:
            ignored.append(at)
    for rec in gold["records"]:
        at = where(rec["text"], rec.get("context"), rec.get("nth"))
        if at is None:
            problems.append(f"{rec['kind']} {rec['text']!r} not found")
            continue
        if text[at[0]:at[1]] != rec["text"]:
            problems.append(f"{rec['kind']} {rec['text']!r} located as {text[at[0]:at[1]]!r}")
        if any(s <= at[0] < e for s, e in ignored):
            problems.append(f"{rec['kind']} {rec['text']!r} sits in an ignored duplicate")
        for part in ("measure", "goal", "period"):
            sub = rec.get(part) if rec["kind"] in COMPOSITE else None
            if isinstance(sub, dict):
                sat = where(sub["text"], sub.get("context") or rec.get("context"), rec.get("nth"))
                if sat is None:
                    problems.append(f"{rec['kind']} {part} {sub['text']!r} not found")
                elif not (at[0] <= sat[0] and sat[1] <= at[1]):
                    problems.append(f"{rec['kind']} {part} {sub['text']!r} outside {rec['text']!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", NAMES)
def test_no_duplicate_gold_records(name, scorer):
    """Two required records of one kind never claim the same span."""
    text, gold = _load(name)
    loose = scorer._loose(text)
    seen = set()
    for rec in gold["records"]:
        if rec.get("optional"):
            continue
        at = scorer.locate(text, loose, rec["text"], rec.get("context"), rec.get("nth"))
        key = (rec["kind"], at)
        assert key not in seen, f"{rec['kind']} {rec['text']!r} twice"
        seen.add(key)


@pytest.mark.parametrize("name", sorted(set(NAMES) - SHARED))
def test_relative_dates_resolve_near_publication(name):
    published = dt.date.fromisoformat(json.loads((FIXTURES / "published.json").read_text(encoding="utf-8"))[name])
    _, gold = _load(name)
    for rec in gold["records"]:
        if rec["kind"] == "date" and (rec.get("relative") or rec.get("year_inferred")):
            assert rec.get("year") is not None, rec["text"]
            assert abs(rec["year"] - published.year) <= 1, rec["text"]


@pytest.mark.parametrize("name", sorted(set(NAMES) - SHARED))
def test_codes_and_phone_numbers_yield_no_numbers(name):
    """Numbers inside document codes, Covid-19 and hotlines are never numeric gold."""
    text, gold = _load(name)
    for rec in gold["records"]:
        if rec["kind"] in NUMERIC:
            assert not CODE_OR_PHONE.search(rec["text"]), rec["text"]
