"""One reading of a year-less name across an uncertain publication date, when it holds on most of
the days the article may be from."""

from __future__ import annotations

from app.ingest.records import PublicationDate
from app.ingest.temporal.spans import Span

LIKELIEST = "the reading on most of the days the article may be from"
# the share of the publication interval one reading must hold for to be taken alone
_LIKELIEST_SHARE = 2 / 3


def likeliest(dct: PublicationDate, at) -> tuple[Span | None, str]:
    """A year-less name ("in March", "in the autumn", "on May 1") read across an uncertain
    publication date: the reading that holds on at least two thirds of its days, else both joined.

    "A survey published in March" in an article known only to be from 2023 is March 2023 (the
    reading from March to December), not March 2022 to March 2023. Readings only move later as the
    day moves on, so the day they change is found by halving.
    """
    first, last = at(dct.earliest), at(dct.latest)
    if first is None or last is None:
        return None, ""
    if first == last:
        return first, ""
    joined = (min(first[0], last[0]), max(first[1], last[1])), ""
    lo, hi = dct.earliest, dct.latest
    while (hi - lo).days > 1:
        mid = lo + (hi - lo) / 2
        if at(mid) == first:
            lo = mid
        else:
            hi = mid
    if at(hi) != last:
        return joined  # three readings or more: the interval is too wide to choose
    before, after = (hi - dct.earliest).days, (dct.latest - hi).days + 1
    if max(before, after) < _LIKELIEST_SHARE * (before + after):
        return joined
    return (first if before > after else last), f"; {LIKELIEST}"

__all__ = ["LIKELIEST", "likeliest"]
