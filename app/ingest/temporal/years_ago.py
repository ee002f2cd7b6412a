"""A count of years back to a dated occurrence: "Ten years ago this month, the murders of five
women shocked the town. They were killed in November and December 2006."

"N years ago" counts calendar years from the article ("two years ago" is the year before last), so
an occurrence told with it and dated with its year in the same sentence or the next dates the
article to N years after that year; "this month" (or "this week", "today") puts the article in the
occurrence's own month N years on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from app.ingest.temporal.constraints import TENSE, Constraint
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.lexicon import count_value
from app.ingest.temporal.spans import DaySet, month_span
from app.ingest.temporal.tense import sentence_bounds

_AGO = re.compile(
    r"(?i)\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
    r"\s+years\s+ago(?P<now>,?\s+(?:this\s+(?:month|week)|today))?\b"
)
# "November and December 2006": two months of one occurrence
_JOINED = re.compile(r"(?i)^\s*(?:and|to|or|-|–)\s*$")


def _dated(
    xs: Sequence[Expression], text: str, lo: int, hi: int
) -> tuple[int, int | None, int | None] | None:
    """(year, first month, last month) of the first past year, month or day with its year written
    in text[lo:hi] ("in November and December 2006": both months; "in 2015": no month)."""
    inside = [
        x
        for x in xs
        if lo <= x.start < hi and x.kind == "calendar" and x.tense != "future"
    ]
    for i, x in enumerate(inside):
        point = x.point
        if point is None or point.year is None:
            continue
        if point.month is None:
            return point.year, None, None  # "in 2015": the year alone
        last = point.month
        for prior, nxt in zip(inside[i:], inside[i + 1 :], strict=False):
            if (
                nxt.point is None
                or nxt.point.year != point.year
                or nxt.point.month is None
                or nxt.point.month < last
                or not _JOINED.match(text[prior.end : nxt.start])
            ):
                break
            last = nxt.point.month
        return point.year, point.month, last
    return None


def _occurrence(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
    at: int,
    match: re.Match[str],
) -> tuple[int, int | None, int | None] | None:
    """The dated occurrence told with the "years ago": later in its sentence, else in the next one."""
    text, xs = paragraphs[at]
    _, right = sentence_bounds(text, match.start(), match.end())
    found = _dated(xs, text, match.end(), right)
    if found is not None:
        return found
    if right < len(text):
        _, after = sentence_bounds(text, right + 1, right + 1)
        return _dated(xs, text, right, after)
    if at + 1 < len(paragraphs):
        following, ys = paragraphs[at + 1]
        _, first_end = sentence_bounds(following, 0, 0)
        return _dated(ys, following, 0, first_end)
    return None


# "who has run a bar on the street since 2009": how long a state has lasted, not a step of the story
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|from)\s+(?:at\s+least\s+)?$")


def _earliest_year(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
) -> int | None:
    """The earliest year the article tells something happening in (a "since 2009" is not one)."""
    years = [
        x.point.year
        for text, xs in paragraphs
        for x in xs
        if x.kind in ("calendar", "range")
        and x.point is not None
        and x.point.year
        and not _SINCE_BEFORE.search(text[max(0, x.start - 20) : x.start])
    ]
    return min(years, default=None)


def _opening(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
    at: int,
    match: re.Match[str],
) -> tuple[int, int | None, int | None] | None:
    """A feature's opening "Ten years ago, the strip had a reputation ... [next paragraph] In
    December 2012, police launched ...": the first year written after it, in the rest of its
    paragraph or the next paragraph's first sentence, when it is the earliest year the article
    gives (the starting point a look back counts from, not a later step of the story)."""
    text, xs = paragraphs[at]
    found = _dated(xs, text, match.end(), len(text))
    if found is None and at + 1 < len(paragraphs):
        following, ys = paragraphs[at + 1]
        found = _dated(ys, following, 0, sentence_bounds(following, 0, 0)[1])
    if found is None or found[0] != _earliest_year(paragraphs):
        return None
    return found


def years_ago_constraints(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
) -> list[Constraint]:
    """'N years ago (this month)' with the occurrence's written year: the article is N years on."""
    out: list[Constraint] = []
    for at, (text, _) in enumerate(paragraphs):
        if "years ago" not in text:
            continue
        for match in _AGO.finditer(text):
            found = _occurrence(paragraphs, at, match) or _opening(
                paragraphs, at, match
            )
            if found is None:
                continue
            year, first, last = found
            n = count_value(match.group("n"))
            if match.group("now") and first is not None:
                # a week ahead too: an anniversary piece may run just before the month starts
                start = month_span(year + n, first)[0] - timedelta(days=7)
                days = DaySet([(start, month_span(year + n, last)[1])])
            else:
                days = DaySet([(date(year + n, 1, 1), date(year + n, 12, 31))])
            why = f"'{match.group()}' told of {year}: the article is {n} years on"
            out.append(Constraint(days, TENSE, why))
    return out
