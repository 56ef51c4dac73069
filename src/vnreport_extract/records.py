"""The output contract: frozen pydantic v2 records discriminated by ``kind``.

Field names follow ``shared/spec/RECORDS.md``; fields may be added, never renamed or dropped.
Every record carries ``text == article.text[start:end]`` and the index of its sentence.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

__all__ = [
    "Approx", "Record", "NumericRecord", "TemporalRecord",
    "Quantity", "Money", "Percent", "Ratio", "Multiplier", "Ordinal",
    "Date", "DatePoint", "Period", "Duration",
    "Body", "Location", "Person", "Document", "Event", "Term",
    "Change", "Attainment", "Achieved", "Indicator", "Target",
    "Block", "Sentence", "Article",
]

Approx = Literal["about", "over", "under", "at_least", "at_most", "nearly"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Span(_Frozen):
    text: str = Field(description="Exactly article.text[start:end].")
    start: int = Field(ge=0, description="Start offset (characters) into Article.text.")
    end: int = Field(ge=0, description="End offset (exclusive) into Article.text.")
    sentence: Optional[int] = Field(default=None, description="Index into Article.sentences.")

    @model_validator(mode="after")
    def _check_span(self):
        if self.start > self.end:
            raise ValueError(f"start {self.start} > end {self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError("len(text) must equal end - start")
        return self


# ---- numeric kinds -----------------------------------------------------------------------

class Quantity(_Span):
    kind: Literal["quantity"] = "quantity"
    value: float = Field(description="The number (lower end of a range).")
    value_max: Optional[float] = Field(default=None, description="Upper end of a range, else null.")
    unit: Optional[str] = Field(default=None, description="Counted noun or measure as written, lower-cased.")
    approx: Optional[Approx] = Field(default=None, description="Approximation or bound word before the number.")


class Money(_Span):
    kind: Literal["money"] = "money"
    value: float = Field(description="Amount in whole currency units (lower end of a range).")
    value_max: Optional[float] = Field(default=None, description="Upper end of a range, else null.")
    currency: str = Field(default="VND", description="ISO 4217 code: VND, USD, EUR …")
    approx: Optional[Approx] = Field(default=None, description="Approximation or bound word.")


class Percent(_Span):
    kind: Literal["percent"] = "percent"
    value: float = Field(description="The percentage, 9.54 for 9,54%.")
    value_max: Optional[float] = Field(default=None, description="Upper end of a range, else null.")
    approx: Optional[Approx] = Field(default=None, description="Approximation or bound word.")


class Ratio(_Span):
    kind: Literal["ratio"] = "ratio"
    numerator: float = Field(description="Left of the slash.")
    denominator: float = Field(description="Right of the slash.")
    unit: Optional[str] = Field(default=None, description="Counted noun, lower-cased, when written.")


class Multiplier(_Span):
    kind: Literal["multiplier"] = "multiplier"
    value: float = Field(description="Factor: 2.08 for '2,08 lần', 2 for 'gấp đôi' (lower end of a range).")
    value_max: Optional[float] = Field(default=None, description="Upper end of a range ('1,2-1,5 lần'), else null.")


class Ordinal(_Span):
    kind: Literal["ordinal"] = "ordinal"
    value: int = Field(description="Rank: 12 for 'lần thứ 12', 4 for 'lần thứ IV'.")


# ---- temporal kinds ----------------------------------------------------------------------

class DatePoint(_Frozen):
    year: Optional[int] = Field(default=None, description="Year, when known.")
    month: Optional[int] = Field(default=None, ge=1, le=12, description="Month 1-12, when known.")
    day: Optional[int] = Field(default=None, ge=1, le=31, description="Day of month, when known.")


class Date(_Span):
    kind: Literal["date"] = "date"
    year: Optional[int] = Field(default=None, description="Year, stated or inferred.")
    month: Optional[int] = Field(default=None, ge=1, le=12, description="Month 1-12.")
    day: Optional[int] = Field(default=None, ge=1, le=31, description="Day of month.")
    quarter: Optional[int] = Field(default=None, ge=1, le=4, description="Quarter 1-4.")
    year_inferred: bool = Field(default=False, description="True when the year was not written but inferred.")
    relative: bool = Field(default=False, description="True for 'năm nay', 'hôm qua' … resolved against published.")


class Period(_Span):
    kind: Literal["period"] = "period"
    since: Optional[DatePoint] = Field(default=None, description="Start of the period, null if open.")
    until: Optional[DatePoint] = Field(default=None, description="End of the period, null if open.")
    label: Optional[str] = Field(default=None, description="'nhiệm kỳ', 'giai đoạn' … when written.")


class Duration(_Span):
    kind: Literal["duration"] = "duration"
    value: float = Field(description="How many units (the lower end of a range).")
    value_max: Optional[float] = Field(default=None, description="Upper end of a range ('12 đến 18 tháng'), else null.")
    unit: Literal["year", "quarter", "month", "week", "day", "hour", "minute"] = Field(description="Time unit.")


# ---- named kinds -------------------------------------------------------------------------

class Body(_Span):
    kind: Literal["body"] = "body"
    name: str = Field(description="Canonical full name, acronyms expanded.")
    category: Literal["party", "state", "council", "front", "mass_org", "court", "procuracy",
                      "enterprise", "other"] = Field(default="other", description="Branch of the system.")
    level: Optional[Literal["central", "province", "district", "commune"]] = Field(default=None, description="Administrative level.")


class Location(_Span):
    kind: Literal["location"] = "location"
    name: str = Field(description="Place name as written, with its unit word.")
    admin_level: Optional[Literal["province", "city", "district", "ward", "commune", "town"]] = Field(default=None, description="Administrative level, null for rivers and sites.")


class Person(_Span):
    kind: Literal["person"] = "person"
    name: str = Field(description="The person's name without title.")
    role: Optional[str] = Field(default=None, description="Title or role, when written.")


class Document(_Span):
    kind: Literal["document"] = "document"
    doc_type: str = Field(description="Nghị quyết, Quyết định, Kế hoạch …")
    number: Optional[str] = Field(default=None, description="Number code, e.g. 43-NQ/TW.")
    issuer: Optional[str] = Field(default=None, description="Issuing body, expanded when known.")
    date: Optional[DatePoint] = Field(default=None, description="Date of issue when written with it ('ngày 12/3/2023').")


class Term(_Frozen):
    since: Optional[int] = Field(default=None, description="First year of the term.")
    until: Optional[int] = Field(default=None, description="Last year of the term.")


class Event(_Span):
    kind: Literal["event"] = "event"
    name: str = Field(description="Event name as written.")
    ordinal: Optional[int] = Field(default=None, description="'lần thứ 12' → 12.")
    term: Optional[Term] = Field(default=None, description="'nhiệm kỳ 2020 - 2025' → 2020..2025, when written.")
    body: Optional[str] = Field(default=None, description="Canonical name of the body holding it, when named in it.")


# ---- composite kinds ---------------------------------------------------------------------

NumericRecord = Annotated[Union[Quantity, Money, Percent, Ratio, Multiplier],
                          Field(discriminator="kind")]
TemporalRecord = Annotated[Union[Date, Period], Field(discriminator="kind")]


class Change(_Frozen):
    direction: Literal["increase", "decrease"] = Field(description="tăng → increase, giảm → decrease.")
    value: float = Field(description="Size of the change.")
    unit: Literal["percent", "times", "absolute"] = Field(description="Unit of the change value.")


class Attainment(_Frozen):
    value: float = Field(description="Percent of the reference reached (96 for 'bằng 96% dự toán').")
    of: Optional[str] = Field(default=None, description="The reference: 'dự toán', 'kế hoạch' …")


class Achieved(_Frozen):
    value: float = Field(description="Value achieved.")
    of: Optional[str] = Field(default=None, description="What it is measured against.")


class Indicator(_Span):
    kind: Literal["indicator"] = "indicator"
    subject: str = Field(description="The measured thing, as written.")
    measure: NumericRecord = Field(description="The measured value (nested record with its own offsets).")
    status: Literal["actual", "estimate"] = Field(default="actual", description="Reported or estimated.")
    period: Optional[TemporalRecord] = Field(default=None, description="Period the value refers to.")
    change: Optional[Change] = Field(default=None, description="Change against the baseline.")
    baseline: Optional[str] = Field(default=None, description="'cùng kỳ năm 2021' …")
    attainment: Optional[Attainment] = Field(default=None, description="Share of a plan reached.")
    scope: Optional[str] = Field(default=None, description="'trên địa bàn quận' …")


class Target(_Span):
    kind: Literal["target"] = "target"
    subject: str = Field(description="What the goal is about.")
    goal: Optional[NumericRecord] = Field(default=None, description="Goal value, when stated.")
    modality: str = Field(description="'phấn đấu', 'chỉ tiêu', 'mục tiêu', 'kế hoạch', 'dự toán' …")
    period: Optional[TemporalRecord] = Field(default=None, description="Deadline or period.")
    achieved: Optional[Achieved] = Field(default=None, description="Value achieved, where stated.")


Record = Annotated[
    Union[Quantity, Money, Percent, Ratio, Multiplier, Ordinal, Date, Period, Duration,
          Body, Location, Person, Document, Event, Indicator, Target],
    Field(discriminator="kind"),
]

# ---- the article -------------------------------------------------------------------------

BlockKind = Literal["title", "series", "byline", "lead", "heading", "paragraph", "caption", "boilerplate"]


class Block(_Frozen):
    kind: BlockKind = Field(description="What the block is.")
    start: int = Field(ge=0, description="Start offset into Article.text.")
    end: int = Field(ge=0, description="End offset (exclusive).")
    duplicate_of: Optional[int] = Field(default=None, description="Index of the block this one repeats (alt text).")


class Sentence(_Frozen):
    start: int = Field(ge=0, description="Start offset into Article.text.")
    end: int = Field(ge=0, description="End offset (exclusive).")
    block: int = Field(ge=0, description="Index into Article.blocks.")


class Article(_Frozen):
    text: str = Field(description="Input after normalisation; every offset points into it.")
    title: Optional[str] = Field(default=None, description="Headline.")
    source: Optional[str] = Field(default=None, description="Outlet named in the masthead or lead.")
    author: Optional[str] = Field(default=None, description="Byline.")
    series: Optional[str] = Field(default=None, description="Series or rubric above the title.")
    published: Optional[dt.date] = Field(default=None, description="Publication date, given or stated.")
    blocks: list[Block] = Field(default_factory=list, description="Typed blocks in text order.")
    sentences: list[Sentence] = Field(default_factory=list, description="Sentences in text order.")
    records: list[Record] = Field(default_factory=list, description="All records, in text order.")

    _offset_map: Optional[Sequence[int]] = PrivateAttr(default=None)  # a range when the identity

    def to_original(self, offset: int) -> int:
        """Map an offset in ``text`` back to the caller's original string (after decoding)."""
        if self._offset_map is None:
            return offset
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside 0..{len(self.text)}")
        return self._offset_map[offset]

    def records_of(self, kind: str) -> list:
        """Records of one kind, in text order."""
        return [r for r in self.records if r.kind == kind]
