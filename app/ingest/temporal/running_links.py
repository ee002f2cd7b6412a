"""A period that began on a weekday and is still running: "began on Monday and runs until Sunday
17 November". The Monday is the last one before the end day, and the article falls between them (from the Monday on)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.links import dated_by, day_spans
from app.ingest.temporal.spans import DaySet
from app.ingest.temporal.tense import sentence_bounds

_BEGAN = re.compile(
    r"(?i)\b(?:began|started|opened|launched|kicked\s+off|got\s+under\s+way|came\s+into\s+force)\s+(?:on\s+)?$"
)


def _began(text: str, expressions: Sequence[Expression]) -> list[Expression]:
    return [
        x
        for x in expressions
        if x.kind == "weekday"
        and x.offset is None
        and x.tense == "past"
        and _BEGAN.search(text, max(0, x.start - 30), x.start)
    ]


def _running_ends(
    expressions: Sequence[Expression], left: int, right: int
) -> list[Expression]:
    return [
        x
        for x in expressions
        if left <= x.start < right
        and x.role == "until"
        and x.tense == "future"
        and x.kind == "calendar"
    ]


# Surveys and consultations run for weeks (often six to twelve): "opened on Monday and runs until
# Sunday, January 28" does not say that Monday is the last one before the close.
_LONG_RUNNING = re.compile(
    r"(?i)\b(?:survey|consultation|questionnaire|petition|poll|call\s+for\s+evidence)s?\b"
)
CONSULTATION_RUN_DAYS = 84


def _link(
    start: Expression,
    end: Expression,
    window: tuple[int, int],
    long_running: bool = False,
) -> tuple[DaySet, str] | None:
    spans = []
    for _first, last in day_spans(end, window):
        began = last - timedelta(days=(last.weekday() - start.point.weekday) % 7 or 7)
        if long_running:
            began = last - timedelta(days=CONSULTATION_RUN_DAYS)
        spans.append((began, last))  # "began on Monday" may be written that evening
    days = DaySet(spans)
    how = "a survey or consultation runs for weeks, " if long_running else ""
    found = dated_by(
        days,
        f"'{start.text}' ... until '{end.text}': {how}begun and still running, so the article dates from",
    )
    return found[0] if found else None


def running_links(
    text: str, expressions: Sequence[Expression], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """Publication days of a sentence whose period began on a weekday and runs until a written day."""
    found = []
    for start in _began(text, expressions):
        left, right = sentence_bounds(text, start.start, start.end)
        ends = [
            x for x in _running_ends(expressions, left, right) if x.start > start.end
        ]
        long_running = bool(_LONG_RUNNING.search(text, max(0, left - 200), right))
        if (
            len(ends) == 1
            and (link := _link(start, ends[0], window, long_running)) is not None
        ):
            found.append(link)
    return found


def running_across(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """The same, told in two paragraphs: "... which began on Monday." then "It runs until Sunday, November 19."."""
    found = []
    for (text, expressions), (after, later) in zip(
        paragraphs, paragraphs[1:], strict=False
    ):
        for start in _began(text, expressions):
            left, right = sentence_bounds(text, start.start, start.end)
            if _running_ends(expressions, left, len(text)):
                continue  # its own paragraph says how long it runs
            ends = _running_ends(later, 0, len(after))
            long_running = bool(_LONG_RUNNING.search(text + " " + after))
            if (
                len(ends) == 1
                and (link := _link(start, ends[0], window, long_running)) is not None
            ):
                found.append(link)
    return found


_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14,
}  # fmt: skip
# "in the first two weeks of the crackdown", or "in its first ten days" (its: the operation's)
_FIRST_PART = re.compile(
    r"(?i)\b(?:in|during|over)\s+(?:(?P<its>its|their)\s+|the\s+)?first\s+"
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen)\s+"
    r"(?P<unit>days|weeks)\b(?P<of>\s+of\s+(?:the|a|an|its|their)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:operation|crackdown|campaign|scheme|trial|amnesty|initiative|blitz|pilot)\b)?"
)
_LAUNCH = re.compile(
    r"(?i)\b(?:launched|began|started|introduced|kicked\s+off|rolled\s+out)\b[^.]{0,80}$"
)
# "in the first two weeks of the crackdown": reported about that long after it began (soft)
FIRST_PART_SLACK_DAYS = (1, 4)


def first_part_links(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """Publication days from "in the first two weeks of the crackdown" and the one launch day written."""
    counts = [
        m
        for text, _ in paragraphs
        if (m := _FIRST_PART.search(text)) and (m.group("of") or m.group("its"))
    ]
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
    return dated_by(
        days,
        f"'{match.group().strip()}' counted from '{day.text}': the article dates from about",
    )


# "launched a six-week consultation ... It closes on October 19": it opened that long before the
# close, and a launch told as news is from the days around then (soft)
_LENGTH = re.compile(
    r"(?i)\b(?P<n>\d{1,2}|two|three|four|five|six|eight|ten|twelve)[-\s](?P<unit>week|month)(?:-long)?\s+"
    r"(?:public\s+|online\s+)?(?:consultation|survey)\b"
)
_LENGTH_NUMBERS = _NUMBERS | {"eight": 8, "twelve": 12}
_OPENED = re.compile(
    r"(?i)\b(?:launched|opened|began|started|kicked\s+off|is\s+now\s+open|opens\s+today)\b"
)
_CLOSES = re.compile(r"(?i)\b(?:closes?|closing|ends?|until|deadline)\b[^.]{0,30}$")
LENGTH_SLACK_DAYS = (2, 6)


def length_links(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]], window: tuple[int, int]
) -> list[tuple[DaySet, str]]:
    """Publication days from a consultation of a stated length, launched as news, and its closing day."""
    lengths = [
        m
        for text, _ in paragraphs
        if ("consultation" in text or "survey" in text)
        and (m := _LENGTH.search(text))
        and _OPENED.search(text[sentence_bounds(text, m.start(), m.end())[0] :])
    ]
    closes = [
        x
        for text, xs in paragraphs
        for x in xs
        if x.kind == "calendar"
        and x.tense == "future"
        and x.point is not None
        and x.point.grain == "day"
        and _CLOSES.search(text, max(0, x.start - 40), x.start)
    ]
    if len(lengths) != 1 or len(closes) != 1:
        return []
    match, close = lengths[0], closes[0]
    n = _LENGTH_NUMBERS.get(match.group("n").lower()) or int(match.group("n"))
    weeks = n if match.group("unit").lower() == "week" else None
    before, after = (timedelta(days=d) for d in LENGTH_SLACK_DAYS)
    spans = []
    for _, last in day_spans(close, window):
        opened = last - timedelta(weeks=weeks) if weeks else _months_before(last, n)
        if opened is not None:
            spans.append((opened - before, opened + after))
    days = DaySet(spans)
    return dated_by(
        days,
        f"'{match.group()}' closing '{close.text}': opened about then, so the article dates from",
    )


def _months_before(day, months: int):
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    try:
        return day.replace(year=year, month=month)
    except ValueError:
        return None
