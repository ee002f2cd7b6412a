"""Whether two dates of tellings fall on one day, one inside the other, or overlap."""

from __future__ import annotations

from app.ingest.events.tellings import same_interval
from app.ingest.records import DateValue


def same_day(a: DateValue, b: DateValue) -> bool:
    return a.precision == "day" and same_interval(a, b) and a.earliest == a.latest


def within(inner: DateValue, outer: DateValue) -> bool:
    return (
        None not in (inner.earliest, inner.latest, outer.earliest, outer.latest)
        and outer.earliest <= inner.earliest
        and inner.latest <= outer.latest
    )


def overlap(a: DateValue, b: DateValue) -> bool:
    if None in (a.earliest, a.latest, b.earliest, b.latest):
        return True
    return a.earliest <= b.latest and b.earliest <= a.latest
