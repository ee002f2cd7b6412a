"""Dating evidence from the week around publication: bare weekdays and a weekend still ahead.

Local papers name a day by its weekday alone ("appeared in court on Friday") only within a week of
writing, and add the date ("on Tuesday, October 15") for anything further off. So when the news day
in the first paragraphs is written out and other days are plain weekdays, the report is from the
week after the news day. And "this weekend" in the future with the one weekend day the article
writes out ("on Saturday 4 March") puts the article in the days before that weekend.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.links import dated_by, day_spans
from app.ingest.temporal.relative import relative_span
from app.ingest.temporal.spans import DaySet

# the days after the news day that a plain weekday can still be written for
SAME_WEEK_DAYS = 6
NEWS_PARAGRAPHS = 3


def _bare_weekday(expression: Expression) -> bool:
    """ "on Friday", "at the weekend": a day named only by its place in the week."""
    if (
        expression.kind == "relative"
        and expression.unit == "weekend"
        and expression.point is None
        and expression.offset is None
        and expression.dct_link is None
    ):
        return True
    return (
        expression.kind == "weekday"
        and expression.offset is None
        and expression.dct_link is None
        and expression.point is not None
        and expression.point.month is None
    )


def _written_day(expression: Expression) -> bool:
    point = expression.point
    return (
        expression.kind in ("calendar", "range")
        and point is not None
        and point.grain == "day"
        and point.month is not None
        and point.day is not None
        and (point.weekday is not None or point.year is not None)
    )


def same_week_links(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """The one past day written out in the news paragraphs, with plain weekdays elsewhere: the
    article is from that day or the six after it."""
    if not any(_bare_weekday(x) for _, xs in paragraphs for x in xs):
        return []
    news = {
        (x.point.year, x.point.month, x.point.day): x
        for _, xs in paragraphs[:NEWS_PARAGRAPHS]
        for x in xs
        # a period told as the news ("ran from Monday, May 2 to Sunday, May 8") is reported later
        if _written_day(x)
        and x.kind == "calendar"
        and x.tense == "past"
        and x.role in ("point", "since")
    }
    if len(news) != 1:
        return []
    day = next(iter(news.values()))
    if _later_past_day(day, paragraphs):
        return []
    periods = _periods_around(day, paragraphs[:NEWS_PARAGRAPHS], window)
    ends = [
        max((e for s, e in periods if s <= end <= e), default=end)
        for _, end in day_spans(day, window)
    ]
    days = DaySet((end, end + timedelta(days=SAME_WEEK_DAYS)) for end in ends)
    within = " (in a past period told as the news, so from its end)" if periods else ""
    return dated_by(
        days,
        f"'{day.text}' is the news day{within} and other days are plain weekdays, written within a week: the article dates from",
    )


def _periods_around(
    day: Expression,
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
    window: tuple[int, int],
) -> list[tuple[date, date]]:
    """The spans of the past periods told in the news paragraphs that hold the news day and end
    after it ("the week of action ran from Monday, March 13 to Sunday, March 19 ... a raid on
    Wednesday, March 15"): the news is the period, reported after its end."""
    days = [end for _, end in day_spans(day, window)]
    found = []
    for _, expressions in paragraphs:
        for x in expressions:
            if x.kind != "range" or x.tense != "past" or x.role != "point":
                continue
            found.extend(
                (s, e) for s, e in day_spans(x, window) if any(s <= d < e for d in days)
            )
    return found


def _later_past_day(
    news: Expression, paragraphs: Sequence[tuple[str, Sequence[Expression]]]
) -> bool:
    """ "lodged its application on June 24" after news of Sunday, June 15: a past day written out
    more than a week after the news day puts the article after it, whatever the weekdays say."""
    start = date(2000, news.point.month, news.point.day)  # a leap year holds every day
    for _, expressions in paragraphs:
        for x in expressions:
            point = x.point
            if (
                x.kind != "calendar"
                or x.tense != "past"
                or point is None
                or point.grain != "day"
                or point.month is None
                or point.day is None
                or point.year is not None
            ):
                continue
            after = (date(2000, point.month, point.day) - start).days % 366
            if SAME_WEEK_DAYS < after <= 183:
                return True
    return False


def _coming_weekend(expression: Expression) -> bool:
    return (
        expression.kind == "relative"
        and expression.unit == "weekend"
        and expression.tense == "future"
        and expression.point is None
        and expression.offset in (None, 0)
        and expression.dct_link is None
    )


def _not_behind(expression: Expression) -> bool:
    # "authorised an order ... until midnight on Saturday 4 March": the end of a period is not past
    return expression.tense != "past" or expression.role == "until"


def coming_weekend_links(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """ "in force this weekend" and the one Saturday or Sunday the article writes out: the article
    is from the days before that weekend."""
    relatives = [x for _, xs in paragraphs for x in xs if _coming_weekend(x)]
    weekend = {
        (x.point.month, x.point.day): x
        for _, xs in paragraphs
        for x in xs
        if _written_day(x) and x.point.weekday in (5, 6) and _not_behind(x)
    }
    if not relatives or len(weekend) != 1:
        return []
    day = next(iter(weekend.values()))
    found = []
    for start, _ in day_spans(day, window):
        for offset in range(1, 7):
            candidate = start - timedelta(days=offset)
            named = relative_span(relatives[0], candidate)
            if named is not None and named[0] <= start <= named[1]:
                found.append((candidate, candidate))
    days = DaySet(found)
    return dated_by(
        days,
        f"'{relatives[0].text}' ... '{day.text}' (the one weekend day the article gives, still ahead): the article dates from",
    )
