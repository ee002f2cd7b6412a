"""Intervals built from date words: ranges ("from Monday until Friday"), periods running until
publication ("since the start of the year"), and yearless months read forward for plans."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.ingest.events.mention import Mention
from app.ingest.events.scope import scope_of
from app.ingest.records import DateMention, DateValue, PublicationDate

_RANGE_JOIN = re.compile(
    r"(?:until|till|til|to|through|through to|and|and runs until|and run until|running until|runs until|"
    r"until at least|-|–|—)\s*$",
    re.IGNORECASE,
)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|\byear\b", re.IGNORECASE)


RANGE_PREFIX = "from "  # how a range joined from two expressions explains itself


PRECISION_RANK = {
    "day": 0,
    "week": 1,
    "month": 2,
    "season": 3,
    "year": 4,
    "unknown": 5,
}


def future_reading(
    value: DateValue, written: str, dct: PublicationDate
) -> DateValue | None:
    """ "expected at the meeting in September": a yearless month read forward, not back."""
    if (
        value.anchor != "relative"
        or value.precision not in ("month", "season")
        or _YEAR.search(written)
    ):
        return None
    start, end = _next_year(value.earliest), _next_year(value.latest)
    if start is None or end is None or (dct.earliest and end < dct.earliest):
        return None
    edtf = (
        value.edtf.replace(str(value.earliest.year), str(start.year), 1)
        if value.edtf
        else value.edtf
    )
    return replace(
        value,
        earliest=start,
        latest=end,
        edtf=edtf,
        planned=True,
        explanation=f"{value.explanation}; read forward (future tense)",
    )


def _next_year(day):
    try:
        return day.replace(year=day.year + 1) if day else None
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def until_now(found: DateMention, dct: PublicationDate, text: str) -> DateMention:
    """ "since the start of the year" runs until publication, not to the end of the year."""
    value = found.value
    since = (
        found.text.lower().startswith("since")
        or text[max(0, found.start - 6) : found.start].lower().strip() == "since"
    )
    if since and dct.latest and value.latest and value.latest > dct.latest:
        value = replace(
            value,
            latest=max(dct.latest, value.earliest),
            edtf=f"{value.earliest.isoformat()}/{dct.latest.isoformat()}",
        )
        return replace(found, value=value)
    return found


def with_range_end(
    chosen: DateMention, dates: Sequence[DateMention], mention: Mention
) -> DateValue:
    """ "launched on Tuesday night and runs until May 26": one interval from both expressions."""
    text = mention.paragraph.text
    s0 = mention.sentence[0]
    # "Last summer a man was stabbed, and in October police ...": the next clause's date is its own
    s1 = max(scope_of(mention)[1], chosen.end)
    later = sorted(
        (d for d in dates if d.start >= chosen.end and d.end <= s1),
        key=lambda d: d.start,
    )
    for other in later[:1]:
        between = text[chosen.end : other.start]
        joined = (
            _RANGE_JOIN.search(between)
            and len(between) < 40
            or other.text.lower().startswith(("until", "till"))
        )
        if (
            joined
            and other.value.latest
            and chosen.value.earliest
            and other.value.latest >= chosen.value.earliest
        ):
            return _span(chosen.value, other.value)
    earlier = sorted(
        (d for d in dates if d.end <= chosen.start and d.start >= s0),
        key=lambda d: d.start,
    )
    if chosen.text.lower().startswith(("until", "till")) and earlier:
        first = earlier[-1]
        if (
            first.value.earliest
            and chosen.value.latest
            and first.value.earliest <= chosen.value.latest
        ):
            return _span(first.value, chosen.value)
    return chosen.value


def _span(first: DateValue, last: DateValue) -> DateValue:
    start, end = first.earliest, last.latest
    coarse = max(
        first.precision, last.precision, key=lambda p: PRECISION_RANK.get(p, 5)
    )
    edtf = f"{start.isoformat()}/{end.isoformat()}" if start and end else first.edtf
    return DateValue(
        edtf=edtf,
        earliest=start,
        latest=end,
        precision=coarse,
        anchor=first.anchor,
        explanation=f"{RANGE_PREFIX}{first.explanation} until {last.explanation}",
        planned=first.planned,
    )
