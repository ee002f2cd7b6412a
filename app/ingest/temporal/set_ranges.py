"""A weekday-dated range that is running or has just been set at publication.

"a week of action that runs from Monday, May 20 to Sunday, May 26" and "police have authorised a
dispersal order from 4pm on Friday, November 5 until 6am on Saturday, November 6" are written before
the range is over: the present tense says it is still going on, the present perfect that it was
set, not that it has passed. Such an article dates from shortly before the first day to the last.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.spans import DaySet, safe_date
from app.ingest.temporal.tense import sentence_bounds

# a range is announced at most this long before its first day (firm), and usually within a fortnight
SET_AHEAD_DAYS = 42
SET_NOTICE_DAYS = 14

# "runs from", "that is running from", "lasts from", "takes place from" right before the range
_RUNNING = re.compile(
    r"(?i)\b(?:runs|is\s+running|are\s+running|lasts|takes\s+place|is\s+taking\s+place|"
    r"is\s+being\s+held|are\s+being\s+held|continues|(?:is|are)\s+in\s+(?:force|place|effect)|"
    r"will\s+be\s+in\s+(?:force|place|effect)|applies)\s+(?:\w+\s+){0,2}$"
)
# "have authorised a dispersal order ... from": made already, its period either side of the article
_PERFECT = re.compile(
    r"(?i)\b(?:has|have)\s+(?:been\s+)?(?:\w+\s+){0,1}?(?:authori[sz]ed|approved|granted|issued|"
    r"imposed|put\s+in\s+place|introduced|announced|agreed|made)\b"
)


def is_set_range(text: str, expression: Expression) -> bool:
    """A past-read weekday range told as running ("runs from") or as just set ("have authorised")."""
    if expression.kind != "range" or expression.tense != "past":
        return False
    if _RUNNING.search(text[max(0, expression.start - 40) : expression.start]):
        return True
    left, _ = sentence_bounds(text, expression.start, expression.end)
    return bool(_PERFECT.search(text, left, expression.start))


def set_range_days(
    expression: Expression, years: list[int], ahead: int = SET_AHEAD_DAYS
) -> DaySet:
    """For each year the range fits: from `ahead` days before its first day to its last day."""
    point, last = expression.point, expression.end_point
    spans = []
    for year in years:
        first = safe_date(year, point.month, point.day)
        if first is None:
            continue
        end = _last_day(first, last)
        spans.append((first - timedelta(days=ahead), end))
    return DaySet(spans)


def set_range_windows(
    expression: Expression, years: list[int], why: str
) -> list[tuple[DaySet, bool, str]]:
    """(days, firm, why): firm from SET_AHEAD_DAYS before the first day, soft from SET_NOTICE_DAYS."""
    what = "; a range running or just set: the article is from {} days before its first day to its last"
    return [
        (set_range_days(expression, years), True, why + what.format(SET_AHEAD_DAYS)),
        (
            set_range_days(expression, years, SET_NOTICE_DAYS),
            False,
            why + what.format(SET_NOTICE_DAYS),
        ),
    ]


def _last_day(first: date, last) -> date:
    if last is None or last.month is None or last.day is None:
        return first
    year = first.year + (1 if (last.month, last.day) < (first.month, first.day) else 0)
    return safe_date(year, last.month, last.day) or first


# a running range is the news only when told in the first paragraphs, and a week long at most
NEWS_PARAGRAPHS = 3
MAX_RANGE_DAYS = 9
# a plain weekday still ahead is written within the week before it
AHEAD_WEEK_DAYS = 6


def _plain_weekdays(paragraphs) -> list[Expression]:
    return [
        x
        for _, xs in paragraphs
        for x in xs
        if x.kind == "weekday"
        and x.offset is None
        and x.dct_link is None
        and x.point is not None
        and x.point.month is None
    ]


def running_range_links(
    paragraphs, window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """The one running or just-set range of the news paragraphs, with plain weekdays elsewhere: they
    are days of that range, so the article is after each past one ("On Tuesday, officers searched")
    and in the week before each one still ahead ("will patrol on Friday evening"); a weekend still
    ahead in the news ("will be in force this weekend") is the range's, so the week before it."""
    ranges = [
        x
        for text, xs in paragraphs[:NEWS_PARAGRAPHS]
        for x in xs
        if is_set_range(text, x) and x.point.weekday is not None
    ]
    weekdays = _plain_weekdays(paragraphs)
    weekend = _weekend_ahead(paragraphs[:NEWS_PARAGRAPHS])
    if weekend:
        # the range is still ahead, so a past weekday is a day before it, not one of its days
        weekdays = [x for x in weekdays if x.tense != "past"]
    if len(ranges) != 1 or not (weekdays or weekend):
        return []
    found = ranges[0]
    years = [
        y
        for y in range(window[0], window[1] + 1)
        if (d := safe_date(y, found.point.month, found.point.day)) is not None
        and d.weekday() == found.point.weekday
    ]
    spans = []
    for year in years:
        first = date(year, found.point.month, found.point.day)
        last = _last_day(first, found.end_point)
        if (last - first).days + 1 > MAX_RANGE_DAYS:
            return []
        low, high = first - timedelta(days=SET_AHEAD_DAYS), last
        if weekend:
            saturday = _in_range(first - timedelta(days=1), last, 5)
            if saturday is None:
                return []  # "this weekend" is not the range's
            low = max(low, saturday - timedelta(days=AHEAD_WEEK_DAYS - 1))
            high = min(high, saturday - timedelta(days=1))
        for x in weekdays:
            day = _in_range(first, last, x.point.weekday)
            if day is None:
                return []  # a weekday outside the range is some other day
            if x.tense == "past":
                low = max(low, day + timedelta(days=1))
            else:
                low = max(low, day - timedelta(days=AHEAD_WEEK_DAYS))
                high = min(high, day - timedelta(days=1))
        # a past weekday leaving only the range's last day ("runs ... until 6am on Monday" and
        # "on Sunday") is a day before the range: a range told as running is not over
        if low <= high and not low == high == last:
            spans.append((low, high))
    if not spans:
        return []
    listed = ", ".join(f"{a}/{b}" for a, b in spans)
    why = (
        f"'{found.text}' is running or just set and the other days are "
        f"{'a weekend ahead and ' if weekend else ''}plain weekdays of it: "
        f"the article dates from {listed}"
    )
    return [(DaySet(spans), why)]


def _weekend_ahead(paragraphs) -> bool:
    """ "A dispersal order will be in force this weekend": the news is a weekend still ahead."""
    return any(
        x.kind == "relative" and x.unit == "weekend" and x.offset in (0, None) and x.tense == "future"
        for _, xs in paragraphs
        for x in xs
    )


def _in_range(first: date, last: date, weekday: int) -> date | None:
    day = first + timedelta(days=(weekday - first.weekday()) % 7)
    return day if day <= last else None
