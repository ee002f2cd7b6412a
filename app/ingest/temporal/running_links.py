"""A period that began on a weekday and is still running: "began on Monday and runs until Sunday
17 November". The Monday is the last one before the end day, and the article falls between them (from the Monday on)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.links import day_spans
from app.ingest.temporal.spans import DaySet, span_text
from app.ingest.temporal.tense import sentence_bounds

_BEGAN = re.compile(
    r"(?i)\b(?:began|started|opened|launched|kicked\s+off|got\s+under\s+way|came\s+into\s+force)\s+(?:on\s+)?$"
)


def running_links(
    text: str, expressions: Sequence[Expression], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """Publication days of a sentence whose period began on a weekday and runs until a written day."""
    found = []
    for start in expressions:
        if (
            start.kind != "weekday"
            or start.offset is not None
            or start.tense != "past"
            or not _BEGAN.search(text, max(0, start.start - 30), start.start)
        ):
            continue
        left, right = sentence_bounds(text, start.start, start.end)
        ends = [
            x
            for x in expressions
            if left <= x.start < right
            and x.start > start.end
            and x.role == "until"
            and x.tense == "future"
            and x.kind == "calendar"
        ]
        if len(ends) != 1:
            continue
        spans = []
        for _first, last in day_spans(ends[0], window):
            began = last - timedelta(
                days=(last.weekday() - start.point.weekday) % 7 or 7
            )
            spans.append((began, last))  # "began on Monday" may be written that evening
        days = DaySet(spans)
        if days:
            shown = ", ".join(span_text(s) for s in days.spans[:4])
            why = f"'{start.text}' ... until '{ends[0].text}': begun and still running, so the article dates from {shown}"
            found.append((days, why))
    return found


_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
_FIRST_PART = re.compile(
    r"(?i)\b(?:in|during|over)\s+(?:the\s+|its\s+)?first\s+(?P<n>\d{1,2}|one|two|three|four|five|six|ten)\s+"
    r"(?P<unit>days|weeks)\s+of\s+(?:the|a|an|its|their)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:operation|crackdown|campaign|scheme|trial|amnesty|initiative|blitz|pilot)\b"
)
_LAUNCH = re.compile(
    r"(?i)\b(?:launched|began|started|introduced|kicked\s+off|rolled\s+out)\b[^.]{0,80}$"
)
# "in the first two weeks of the crackdown": reported about that long after it began (soft)
FIRST_PART_SLACK_DAYS = (3, 6)


def first_part_links(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """Publication days from "in the first two weeks of the crackdown" and the one launch day written."""
    counts = [m for text, _ in paragraphs if (m := _FIRST_PART.search(text))]
    launches = {
        (x.point.month, x.point.day): x
        for text, xs in paragraphs
        for x in xs
        if x.kind == "calendar"
        and x.role == "point"
        and x.tense == "past"
        and x.point is not None
        and x.point.grain == "day"
        and _LAUNCH.search(text, max(0, x.start - 90), x.start)
    }
    if len(counts) != 1 or len(launches) != 1:
        return []
    match, day = counts[0], next(iter(launches.values()))
    n = _NUMBERS.get(match.group("n").lower()) or int(match.group("n"))
    length = timedelta(days=n * (7 if match.group("unit").lower() == "weeks" else 1))
    before, after = (timedelta(days=d) for d in FIRST_PART_SLACK_DAYS)
    days = DaySet(
        (first + length - before, first + length + after)
        for first, _ in day_spans(day, window)
    )
    if not days:
        return []
    shown = ", ".join(span_text(s) for s in days.spans[:4])
    why = f"'{match.group().strip()}' counted from '{day.text}': the article dates from about {shown}"
    return [(days, why)]
