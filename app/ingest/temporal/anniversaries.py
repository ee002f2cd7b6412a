"""A stated number of years since a dated start: "Seven years of Operation Lantern" with "when
Operation Lantern began in March 2017", or "it is five years since the order was made in 2019".

The article is that many years after the start: from about the anniversary to a year after it
(firm), and, as such pieces are written for the anniversary, softly within months of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from app.ingest.temporal.constraints import FIRM, SOFT, Constraint
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.spans import DaySet, safe_date
from app.ingest.temporal.tense import sentence_bounds

_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(_COUNTS) + ")"
# "Seven years of Operation Lantern", "ten years of the Ilford BID"
_YEARS_OF = re.compile(
    rf"(?i)\b{_COUNT}\s+years\s+of\s+(?:the\s+)?(?P<name>(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){{0,3}})"
)
# "it is five years since ..." / "five years on from ..." told in the present
_SINCE = re.compile(
    rf"(?i)\b(?:it\s+is|it[\x27’]s|now|exactly|almost|nearly|more\s+than)\s+{_COUNT}\s+years\s+(?:since|on\s+from)\b"
)
_START = re.compile(
    r"(?i)\b(?:began|started|launched|was\s+(?:launched|set\s+up|formed|introduced|created|made|opened)|"
    r"opened|came\s+into\s+force)\b"
)
# before the anniversary (written ahead of it), and after it, for the firm and the soft reading
FIRM_DAYS = (62, 365)
SOFT_DAYS = (31, 92)


def _count(text: str) -> int:
    return _COUNTS.get(text.lower()) or int(text)


def _start(x: Expression) -> tuple[date, bool] | None:
    """The start day an expression names, and whether its month is known."""
    point = x.point
    if (
        x.kind != "calendar"
        or point is None
        or point.year is None
        or x.tense == "future"
    ):
        return None
    if point.grain == "year":
        return date(point.year, 1, 1), False
    if point.grain in ("month", "day") and point.month is not None:
        return date(point.year, point.month, 1), True
    return None


def _windows(start: date, month_known: bool, n: int, why: str) -> list[Constraint]:
    anniversary = safe_date(start.year + n, start.month, start.day) or date(
        start.year + n, 3, 1
    )
    out = []
    for (before, after), strength in ((FIRM_DAYS, FIRM), (SOFT_DAYS, SOFT)):
        if not month_known:
            # the start's year alone: the anniversary falls somewhere in that year
            before, after = before, after + 365
        days = DaySet(
            [
                (
                    anniversary - timedelta(days=before),
                    anniversary + timedelta(days=after),
                )
            ]
        )
        out.append(Constraint(days, strength, why))
    return out


def anniversary_constraints(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
) -> list[Constraint]:
    """'N years of <Name>' with '<Name> began in <month> <year>' in the article, or 'it is N years
    since ... in <year>' in one sentence: the article is about N years after that start."""
    out: list[Constraint] = []
    for text, xs in paragraphs:
        if (since := _SINCE.search(text)) is None:
            continue
        _, right = sentence_bounds(text, since.start(), since.end())
        later = [
            s
            for x in xs
            if since.end() < x.start < right and (s := _start(x)) is not None
        ]
        if len(later) == 1:
            start, known = later[0]
            n = _count(since.group("n"))
            why = f"'{since.group()}' ... {start.isoformat()}: about {n} years after it"
            out.extend(_windows(start, known, n, why))
    named = [m for text, _ in paragraphs if (m := _YEARS_OF.search(text))]
    names = {m.group("name") for m in named}
    if len(names) != 1:
        return out
    name = next(iter(names))
    starts = []
    for text, xs in paragraphs:
        for found in re.finditer(re.escape(name), text):
            verb = _START.search(text, found.end(), found.end() + 40)
            if verb is None:
                continue
            starts.extend(
                s
                for x in xs
                if verb.end() <= x.start <= verb.end() + 20
                and (s := _start(x)) is not None
            )
    if len(set(starts)) != 1:
        return out
    start, known = starts[0]
    n = _count(named[0].group("n"))
    why = f"'{named[0].group()}' and {name} begun {start.isoformat()}: about {n} years after it"
    return out + _windows(start, known, n, why)
