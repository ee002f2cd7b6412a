"""Day forms: full dates, day+month with or without a weekday, ISO and numeric dates, ranges of days.

Ranges keep both ends even with clock times in them ("from 4pm on Saturday, August 27 until 4pm
on Monday, August 29") and for two consecutive days sharing a month ("on 29 and 30 November 2022").
"""

from __future__ import annotations

import re

from app.ingest.temporal import guards
from app.ingest.temporal.expressions import Expression, GatedRule, Point
from app.ingest.temporal.lexicon import (
    DAY,
    MONTH,
    WEEKDAY,
    YEAR,
    month_number,
    weekday_number,
)

NOT_AFTER = r"(?![\d:%]|[.,]\d|-year|-\d|\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w))"
# A clock time inside a range: "6pm on", "midnight on", "10.30am".
TIME = r"(?:midnight|midday|noon|\d{1,2}(?:[.:]\d\d)?\s*(?i:am|pm|a\.m\.|p\.m\.))"
_SIDE_DM = rf"(?:(?P<{{p}}wd>{WEEKDAY}),?\s+(?:the\s+)?)?(?:the\s+)?(?P<{{p}}d>{DAY})(?:\s+of)?(?:\s+(?P<{{p}}m>{MONTH}))?(?:,?\s+(?P<{{p}}y>{YEAR}))?"
_SIDE_MD = rf"(?:(?P<{{p}}wd2>{WEEKDAY}),?\s+)?(?P<{{p}}m2>{MONTH})\s+(?:the\s+)?(?P<{{p}}d2>{DAY})(?:,?\s+(?P<{{p}}y2>{YEAR}))?"


def side(prefix: str) -> str:
    """A day as written, weekday and year optional, in either order, its groups named with the prefix."""
    return f"(?:{_SIDE_MD.format(p=prefix)}|{_SIDE_DM.format(p=prefix)})"


_POINT_RE = re.compile(rf"(?<![\w£$€.,:/]){side('a')}{NOT_AFTER}")
_RANGE_RE = re.compile(
    rf"(?<![\w£$€.,:/]){side('a')}(?:,?\s+(?:at\s+|from\s+)?{TIME})?\s*"
    rf"(?P<sep>(?i:and|to|until|till|through)|[-–])\s*(?:{TIME}\s+(?:on\s+)?)?{side('b')}{NOT_AFTER}"
)
_RANGE_LEAD_BEFORE = re.compile(
    rf"\b(?i:between|from)\s+(?:{TIME}\s+(?:on\s+)?)?(?:(?i:the\s+night\s+of)\s+)?$"
)
_ISO_RE = re.compile(r"(?<![\w/.-])(\d{4})-(\d{2})-(\d{2})(?![\w/-])")
_NUMERIC_RE = re.compile(
    r"(?<![\w/.:£$-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.,/]\d)"
)


def before(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """The words just before `start` that `pattern` (anchored with $) accepts."""
    return pattern.search(text, max(0, start - 48), start)


def _int_day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def side_point(match: re.Match[str], prefix: str) -> Point | None:
    """The day one side of a match names (month, year or weekday may be missing)."""
    get = match.groupdict().get
    wd = get(prefix + "wd") or get(prefix + "wd2")
    day = get(prefix + "d") or get(prefix + "d2")
    month = get(prefix + "m") or get(prefix + "m2")
    year = get(prefix + "y") or get(prefix + "y2")
    if day is None:
        return None
    return Point(
        grain="day",
        year=int(year) if year else None,
        month=month_number(month) if month else None,
        day=_int_day(day),
        weekday=weekday_number(wd) if wd else None,
    )


def _build_point(match: re.Match[str], text: str) -> Expression | None:
    point = side_point(match, "a")
    if point is None or point.month is None:
        return None
    if (
        point.year is None
        and point.weekday is None
        and guards.is_name_before(text, match.start())
    ):
        return None
    return Expression(
        "calendar", match.group(), match.start(), match.end(), point=point
    )


def _consecutive(left: Point, right: Point) -> bool:
    """'29 and 30 November': two days in a row, the month written once."""
    return left.month is None and right.month is not None and right.day == left.day + 1


def _build_range(match: re.Match[str], text: str) -> Expression | None:
    left, right = side_point(match, "a"), side_point(match, "b")
    if left is None or right is None or (left.month is None and right.month is None):
        return None
    lead = before(_RANGE_LEAD_BEFORE, text, match.start())
    if (
        lead is None
        and match.group("sep").lower() == "and"
        and not _consecutive(left, right)
    ):
        return None
    if left.month is None and right.month is not None:
        left = Point(
            "day", left.year or right.year, right.month, left.day, left.weekday
        )
    elif right.month is None:
        right = Point(
            "day", right.year or left.year, left.month, right.day, right.weekday
        )
    if left.year is None and right.year is not None:
        year = (
            right.year - 1
            if (left.month, left.day) > (right.month, right.day)
            else right.year
        )
        left = Point("day", year, left.month, left.day, left.weekday)
    if left.year is not None and right.year is None:
        right = Point("day", left.year, right.month, right.day, right.weekday)
    if left.year is None and (left.month, left.day) == (right.month, right.day):
        return None
    start = lead.start() if lead else match.start()
    return Expression(
        "range",
        text[start : match.end()],
        start,
        match.end(),
        point=left,
        end_point=right,
    )


def _build_iso(match: re.Match[str], text: str) -> Expression | None:
    year, month, day = (int(g) for g in match.groups())
    if not (1950 <= year <= 2049 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Expression(
        "calendar",
        match.group(),
        match.start(),
        match.end(),
        point=Point("day", year, month, day),
    )


def _build_numeric(match: re.Match[str], text: str) -> Expression | None:
    day, _, month, year = match.groups()
    day, month = int(day), int(month)
    year = int(year) if len(year) == 4 else 2000 + int(year)
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1950 <= year <= 2049):
        return None
    return Expression(
        "calendar",
        match.group(),
        match.start(),
        match.end(),
        point=Point("day", year, month, day),
    )


ISO_RULES: list[GatedRule] = [
    (_ISO_RE, _build_iso, ("digit",)),
    (_NUMERIC_RE, _build_numeric, ("digit",)),
]
RANGE_RULES: list[GatedRule] = [(_RANGE_RE, _build_range, ("digit", "month"))]
POINT_RULES: list[GatedRule] = [(_POINT_RE, _build_point, ("digit", "month"))]
