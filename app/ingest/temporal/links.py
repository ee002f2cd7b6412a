"""Dating evidence from a relative expression tied to a written day: the publication days on which
"yesterday", "this week" or "at the weekend" would name that day.

Three ties, from strongest to weakest: a bracket ("yesterday (Tuesday, November 13)": the text says
they are the same day); the same sentence with nothing between them that could introduce another
event ("Last week, a boy was stabbed ... on Tuesday, November 12"); the lead pair, where the first
paragraph tells the news with a relative word and the second gives its day ("started work this
week" ... "first patrols on Monday, September 10").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.relative import relative_span
from app.ingest.temporal.resolve import WEEKDAY_NAMES, weekday_candidates
from app.ingest.temporal.spans import DaySet, Span, safe_date, span_text, week_span
from app.ingest.temporal.tense import sentence_bounds

_LINKABLE_UNITS = ("day", "week", "weekend")
# "the day after the raids" refers to the news the first paragraphs tell, with its day
LEAD_DAY_PARAGRAPHS = 3
# Between the relative word and the day, any of these may bring in another event with its own time;
# "began on October 25 and runs through this weekend" makes the two the ends of one run, not one day.
_BLOCKERS = re.compile(
    r"(?i)\b(?:after|before|since|following|who|which|whose|when|while|until|till|ago|earlier|later|previous"
    r"|through|throughout|runs|running|continues|continuing|lasts|lasting)\b"
)
# "police revealed yesterday": the relative word dates the report, not the other day's event
_REPORTED = re.compile(
    r"(?i)\b(?:revealed|announced|said|confirmed|disclosed|published|released|reported)\s+(?:on\s+)?$"
)
# Before the day in the lead's second paragraph: "the move follows a stabbing on ...": background.
_FOLLOWS = re.compile(
    r"(?i)\b(?:follows|followed|came|comes|prompted|sparked|triggered)\b"
)
# In the sentence of a day-precise relative word: "arrested yesterday after a stabbing" names two events.
_CAUSE = re.compile(
    r"(?i)\b(?:after|following|since|in\s+connection\s+with|over\s+the)\b"
)


def day_spans(expression: Expression, window: tuple[int, int]) -> list[Span]:
    """Each calendar interval a day (or range of days) may be, one per year it can fall in."""
    point, last = expression.point, expression.end_point or expression.point
    if (
        point is None
        or point.grain != "day"
        or point.month is None
        or last.month is None
    ):
        return []
    if point.year is not None:
        years = [point.year]
    elif point.weekday is not None:
        years = weekday_candidates(point, *window)
    else:
        years = list(range(window[0], window[1] + 1))
    spans = []
    for year in years:
        first = safe_date(year, point.month, point.day)
        end_year = last.year or (
            year + (1 if (last.month, last.day) < (point.month, point.day) else 0)
        )
        end = safe_date(end_year, last.month, last.day)
        if first and end and first <= end:
            spans.append((first, end))
    return spans


def _publication_days(relative: Expression, spans: Iterable[Span]) -> DaySet:
    """Publication days on which the relative expression names a period overlapping one of the spans."""
    days = []
    for start, end in spans:
        for offset in range(-14, 22):
            day = start + timedelta(days=offset)
            named = relative_span(relative, day)
            if named is not None and named[0] <= end and start <= named[1]:
                days.append((day, day))
    return DaySet(days)


def bracket_days(
    expression: Expression, window: tuple[int, int]
) -> tuple[DaySet, str] | None:
    """'yesterday (Tuesday, November 13)' -> the day after; 'last Wednesday (October 14)' -> the week after."""
    link = expression.dct_link
    if link is None or expression.kind != "calendar":
        return None
    spans = day_spans(expression, window)
    if link == "yesterday":
        days = DaySet((s + timedelta(days=1), e + timedelta(days=1)) for s, e in spans)
        why = "so the article is from the day after"
    elif link == "today":
        days = DaySet(spans)
        why = "so the article is from that day"
    else:
        days = DaySet(
            (week_span(s)[0] + timedelta(weeks=1), week_span(s)[1] + timedelta(weeks=1))
            for s, _ in spans
        )
        why = "'last' names the week before, so the article is from the week after"
    if not days:
        return None
    return (
        days,
        f"'{expression.text}': the bracket names the day, {why}: {listed(days)}",
    )


def weekday_of_publication(expression: Expression) -> tuple[int, str] | None:
    """'this morning (Wednesday)' -> the article is from a Wednesday; 'yesterday (Tuesday)' -> a Wednesday."""
    point = expression.point
    if expression.dct_link is None or expression.kind != "relative" or point is None:
        return None
    weekday = (point.weekday + (1 if expression.dct_link == "yesterday" else 0)) % 7
    why = f"'{expression.text}': the article is from a {WEEKDAY_NAMES[weekday]}"
    return weekday, why


def _linkable(expression: Expression) -> bool:
    return (
        expression.kind == "relative"
        and expression.dct_link is None
        and expression.unit in _LINKABLE_UNITS
        and expression.point is None
        and (expression.offset is None or expression.offset in (-1, 0))
        and expression.tense == "past"
    )


def _is_day(expression: Expression) -> bool:
    point = expression.point
    return (
        expression.kind in ("calendar", "range")
        and expression.dct_link is None
        and point is not None
        and point.grain == "day"
        and point.month is not None
        and expression.role in ("point", "since")
    )


def _link(
    relative: Expression, day: Expression, window: tuple[int, int], how: str
) -> tuple[DaySet, str] | None:
    days = _publication_days(relative, day_spans(day, window))
    if not days:
        return None
    return (
        days,
        f"'{relative.text}' ... '{day.text}' ({how}): the article dates from {listed(days)}",
    )


def sentence_links(
    text: str, expressions: Sequence[Expression], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """A relative word and the only written day of its sentence, with no other event between them."""
    found = []
    for relative in filter(_linkable, expressions):
        left, right = sentence_bounds(text, relative.start, relative.end)
        days = [x for x in expressions if left <= x.start < right and _is_day(x)]
        others = [
            x
            for x in expressions
            if left <= x.start < right and x is not relative and x.kind == "relative"
        ]
        if len(days) != 1 or others:
            continue
        day = days[0]
        between = text[min(relative.end, day.end) : max(relative.start, day.start)]
        if _BLOCKERS.search(between) or _REPORTED.search(text, left, relative.start):
            continue
        if (link := _link(relative, day, window, "same sentence")) is not None:
            found.append(link)
    return found


def lead_links(
    lead: Sequence[tuple[str, Sequence[Expression]]], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """The first two paragraphs: one relative word in one and the one written day in the other."""
    if len(lead) < 2:
        return []
    relatives = [(i, x) for i, (_, xs) in enumerate(lead) for x in xs if _linkable(x)]
    days = [(i, x) for i, (_, xs) in enumerate(lead) for x in xs if _is_day(x)]
    if len(relatives) != 1 or len(days) != 1 or relatives[0][0] == days[0][0]:
        return []
    text, day = lead[days[0][0]][0], days[0][1]
    left, _ = sentence_bounds(text, day.start, day.end)
    if _BLOCKERS.search(text[left : day.start]) or _FOLLOWS.search(
        text[left : day.start]
    ):
        return []  # "the move follows a stabbing on ...": the day is background, not the news
    relative_text, relative = lead[relatives[0][0]][0], relatives[0][1]
    if day.tense == "future" and relative.tense != "future":
        return []  # "launched this morning ... closes on Friday, March 29": two days, not one
    left, right = sentence_bounds(relative_text, relative.start, relative.end)
    if relative.unit == "day" and _CAUSE.search(relative_text[left:right]):
        return []  # "arrested yesterday after a stabbing": the written day may be the stabbing's
    link = _link(
        relative, day, window, "the news and its day in the first two paragraphs"
    )
    return [link] if link is not None else []


def weekend_links(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """A past "at the weekend" and the one weekend day the article writes out ("on Saturday 4 November"):
    with a single weekend in the text, it is the one meant, wherever the two stand."""
    relatives = [
        x for _, xs in paragraphs for x in xs if _linkable(x) and x.unit == "weekend"
    ]
    weekend_days = {}
    for _, xs in paragraphs:
        for x in xs:
            if not (_is_day(x) and x.tense == "past" and x.point.weekday is not None):
                continue
            spans = day_spans(x, window)
            if spans and all(_has_weekend_day(s) for s in spans):
                weekend_days[(x.point.month, x.point.day)] = x
    if not relatives or len(weekend_days) != 1:
        return []
    link = _link(
        relatives[0],
        next(iter(weekend_days.values())),
        window,
        "the one weekend day the article gives",
    )
    return [link] if link is not None else []


_DAY_AFTER = re.compile(
    r"(?i)\s*,?\s*(?:the|a)\s+day\s+after\s+(?:the|his|her|their|its)\s+[a-z]+"
)


def day_after_links(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """ "appeared in court yesterday, the day after the raids": the raids are the news, on the one day
    the lead writes out, so the article is from two days after that day."""
    found = [
        x
        for text, xs in paragraphs
        for x in xs
        if x.kind == "relative"
        and x.unit == "day"
        and x.offset == -1
        and _DAY_AFTER.match(text, x.end)
    ]
    lead = {
        (x.point.month, x.point.day): x
        for _, xs in paragraphs[:LEAD_DAY_PARAGRAPHS]
        for x in xs
        if _is_day(x) and x.tense == "past"
    }
    if not found or len(lead) != 1:
        return []
    day = next(iter(lead.values()))
    days = DaySet(
        (s + timedelta(days=2), e + timedelta(days=2))
        for s, e in day_spans(day, window)
    )
    return dated_by(
        days,
        f"'{found[0].text}, the day after' the news of '{day.text}': the article dates from",
    )


def _has_weekend_day(span: Span) -> bool:
    start, end = span
    return (end - start).days >= 6 or any(
        (start + timedelta(days=n)).weekday() >= 5
        for n in range((end - start).days + 1)
    )


def weekday_days(weekday: int, start: date, end: date) -> DaySet:
    """Every day of the weekday between start and end."""
    first = start + timedelta(days=(weekday - start.weekday()) % 7)
    return DaySet(
        (first + timedelta(weeks=n),) * 2 for n in range(0, (end - first).days // 7 + 1)
    )


Link = tuple[DaySet, str]


def listed(days: DaySet) -> str:
    """The first few spans of a day set, for evidence text."""
    shown = ", ".join(span_text(s) for s in days.spans[:4])
    return shown + (", ..." if len(days.spans) > 4 else "")


def dated_by(days: DaySet, why: str) -> list[Link]:
    """One link: the days with the reason, ending in the days it leaves ('...: the article dates
    from 2019-03-05/2019-03-11'); no link when no day is left."""
    if not days:
        return []
    return [(days, f"{why} {listed(days)}")]
