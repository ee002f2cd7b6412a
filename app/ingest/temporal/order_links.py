"""Two bare weekdays told in order: "14 arrested on Sunday night ... The disorder comes after similar
scenes on Wednesday". The later paragraph's weekday came before the news, so on any publication day
where it would fall after the lead's weekday, the article cannot have been written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.links import dated_by, day_spans
from app.ingest.temporal.relative import relative_span
from app.ingest.temporal.spans import DaySet, span_text
from app.ingest.temporal.tense import sentence_bounds

# "comes after", "follows", "came days after": the sentence's news is later than the day it names
_COMES_AFTER = re.compile(
    r"(?i)\b(?:comes?|came)\s+(?:\w+\s+){0,2}?after\b|\b(?:follows|followed)\s+(?:a|an|the|similar|days|weeks)\b"
)
# the narrowing only decides between neighbouring weeks, so the DCT must already be this close
ORDER_MAX_DAYS = 21


def _bare_past_weekday(expression: Expression) -> bool:
    return (
        expression.kind == "weekday"
        and expression.offset is None
        and expression.tense == "past"
    )


def order_bound(
    lead: Sequence[tuple[str, Sequence[Expression]]],
    later: Sequence[tuple[str, Sequence[Expression]]],
    allowed: DaySet,
) -> tuple[DaySet, str] | None:
    """Publication days on which a weekday said to come before the news falls before the lead's weekday."""
    start, end = allowed.hull
    if (end - start).days + 1 > ORDER_MAX_DAYS:
        return None
    news = [x for _, xs in lead for x in xs if _bare_past_weekday(x)]
    if not news:
        return None
    for text, expressions in later:
        for earlier in expressions:
            if not _bare_past_weekday(earlier):
                continue
            left, _ = sentence_bounds(text, earlier.start, earlier.end)
            if not _COMES_AFTER.search(text, left, earlier.start):
                continue
            days = []
            day = start
            while day <= end:
                before, after = relative_span(earlier, day), relative_span(news[0], day)
                if before and after and before[1] < after[0]:
                    days.append((day, day))
                day += timedelta(days=1)
            narrowed = allowed.intersect(DaySet(days))
            if narrowed and narrowed != allowed:
                shown = ", ".join(span_text(s) for s in narrowed.spans[:2])
                why = (
                    f"'{earlier.text}' came before the news of '{news[0].text}', "
                    f"so the article dates from {shown}"
                )
                return narrowed, why
    return None


# "arrested on Saturday night ... in Kirkgate on Saturday, 14 January": a bare weekday and one written
# day of that weekday in the lead are the same day, so the article is from that day to six days after
SAME_WEEK_DAYS = 6


def weekday_pair_links(
    lead: Sequence[tuple[str, Sequence[Expression]]], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """Publication days from a lead's bare past weekday and its one written day of the same weekday."""
    bare = {x.point.weekday: x for _, xs in lead for x in xs if _bare_past_weekday(x)}
    written = [
        x
        for _, xs in lead
        for x in xs
        if x.kind == "calendar"
        and x.role == "point"
        and x.tense == "past"
        and x.point is not None
        and x.point.grain == "day"
        and x.point.weekday is not None
    ]
    if len(bare) != 1 or len(written) != 1 or written[0].point.weekday not in bare:
        return []
    days = DaySet(
        (first, first + timedelta(days=SAME_WEEK_DAYS))
        for first, _ in day_spans(written[0], window)
    )
    news = bare[written[0].point.weekday]
    return dated_by(
        days, f"'{news.text}' is '{written[0].text}', so the article dates from"
    )


# "figures released on Monday show": a report made on a bare weekday is about what came before it
_REPORT_DAY = re.compile(
    r"(?i)\b(?:released|published|announced|revealed|confirmed|unveiled|issued|said|told|show(?:ed)?)\s+(?:\w+\s+){0,2}?(?:on\s+)?$"
)


def _written_past_days(lead: Sequence[tuple[str, Sequence[Expression]]]):
    return [
        x
        for _, xs in lead
        for x in xs
        if x.kind in ("calendar", "range")
        and x.role == "point"
        and x.tense == "past"
        and x.point is not None
        and x.point.grain == "day"
    ]


def report_day_links(
    lead: Sequence[tuple[str, Sequence[Expression]]], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """Publication days from a lead's report on a bare weekday that follows the lead's one written day or period."""
    reports = [
        x
        for text, xs in lead
        for x in xs
        if _bare_past_weekday(x)
        and _REPORT_DAY.search(text, max(0, x.start - 40), x.start)
    ]
    written = _written_past_days(lead)
    if len(reports) != 1 or len(written) != 1:
        return []
    report, told = reports[0], written[0]
    spans = []
    for _, last in day_spans(told, window):
        first_report = last + timedelta(
            days=(report.point.weekday - last.weekday()) % 7
        )
        spans.append((first_report, first_report + timedelta(days=SAME_WEEK_DAYS)))
    days = DaySet(spans)
    return dated_by(
        days,
        f"'{report.text}' reports on '{told.text}', so it is on or after it: the article dates from",
    )


# "days before a crucial vote": the news is within the week before the first day still to come
_DAYS_BEFORE = re.compile(
    r"(?i)\b(?:(?:just\s+|only\s+)?(?:days|hours|a\s+day|the\s+day)\s+(?:before|ahead\s+of)|on\s+the\s+eve\s+of)\b"
)


def days_before_links(
    lead: Sequence[tuple[str, Sequence[Expression]]],
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
    window: tuple[int, int],
) -> list[tuple[DaySet, str]]:
    """Publication days from "days before" in the lead and the first day still ahead that the article writes out."""
    if not any(_DAYS_BEFORE.search(text) for text, _ in lead):
        return []
    ahead = [
        x
        for _, xs in paragraphs
        for x in xs
        if x.kind == "calendar"
        and x.tense == "future"
        and x.role == "point"
        and x.point is not None
        and x.point.grain == "day"
        and x.point.weekday is not None
    ]
    if not ahead:
        return []
    first = ahead[0]
    days = DaySet(
        (day - timedelta(days=SAME_WEEK_DAYS + 1), day - timedelta(days=1))
        for day, _ in day_spans(first, window)
    )
    return dated_by(
        days,
        f"'days before' in the lead and '{first.text}' still ahead: the article dates from about",
    )
