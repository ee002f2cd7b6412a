"""Evidence in an article's text about when it was written, as sets of allowed publication days.

Each piece of evidence is a Constraint with a strength: 0 hard (the year window, things that cannot
exist before a date), 1 firm (weekday fits, "resigned last week", a named event has happened),
2 tense (a dated mention is past or still ahead), 3 soft (recency assumptions). dct.py applies them strongest first and drops any that would leave no
day at all, saying so in the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.ingest.temporal.evidence import (
    FAR_FUTURE,
    FAR_PAST,
    after_event,
    find_known_events,
    find_terms,
    recent_window,
)
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.relative import relative_span
from app.ingest.temporal.resolve import WEEKDAY_NAMES, fixed_span, weekday_candidates
from app.ingest.temporal.spans import DaySet, safe_date, span_text
from app.ingest.temporal.tense import sentence_bounds

# Journalists give the weekday with a date ("on Tuesday, May 22") for days just past or just ahead;
# such a report is read as written within four weeks of that day (soft: harder evidence overrides it).
WEEKDAY_RECENCY_DAYS = 28
# Firmly, a weekday-dated day is within about four months of the article (else the year would be given).
WEEKDAY_FIT_DAYS = 120
# tense-read bounds rank below weekday fits: a misread tense must not overrule a calendar fact
HARD, FIRM, TENSE, SOFT = 0, 1, 2, 3
_PRESENT_PERFECT = re.compile(
    r"(?i)\b(?:has|have|'s|’s)\s+(?:\w+\s+){0,2}?(?:been|\w+ed|taken|seen|become|grown|risen|fallen|given|made|done|"
    r"gone|come|begun|brought|kept|led|paid|put|run|set|shown|spent|won|got|gotten)\b"
)
_SIMPLE_PAST = re.compile(r"(?i)\b(?:was|were|had|did)\b")
_RELATIVE_LINK_UNITS = ("day", "week", "month", "year", "weekend", "ago")


@dataclass(frozen=True)
class Constraint:
    allowed: DaySet
    strength: int
    evidence: str


@dataclass(frozen=True)
class Deferred:
    """A year-less day+month, past or still ahead: it bounds the DCT once the year is known."""

    month: int
    day: int
    text: str
    ahead: bool = True


def _from(day: date) -> DaySet:
    return DaySet([(day, FAR_FUTURE)])


def _until(day: date) -> DaySet:
    return DaySet([(FAR_PAST, day)])


def window_constraint(window: tuple[int, int]) -> Constraint:
    first, last = window
    days = DaySet([(date(first, 1, 1), date(last, 12, 31))])
    return Constraint(
        days,
        HARD,
        f"articles are taken to date from {first}-{last} (availability.toml [window])",
    )


def _weekday_constraints(
    expression: Expression, window: tuple[int, int]
) -> list[Constraint]:
    """A weekday+day+month: firm, the years it fits (within months of it); soft, within two weeks."""
    point = expression.point
    if (
        point is None
        or point.weekday is None
        or point.month is None
        or point.day is None
    ):
        return []
    if point.year is not None:
        years = [point.year] if safe_date(point.year, point.month, point.day) else []
    else:
        years = weekday_candidates(point, *window)
    ahead = expression.tense == "future" or expression.role in ("until", "by")
    near, recent = [], []
    for year in years:
        day = _reported_day(expression, year)
        for spans, reach in ((near, WEEKDAY_FIT_DAYS), (recent, WEEKDAY_RECENCY_DAYS)):
            if ahead:
                spans.append((day - timedelta(days=reach), day - timedelta(days=1)))
            else:
                spans.append((day, day + timedelta(days=reach)))
    label = f"'{expression.text}'"
    if point.year is None:
        fits = ", ".join(map(str, years)) or "no year"
        why = f"{label}: {point.month:02d}-{point.day:02d} was a {WEEKDAY_NAMES[point.weekday]} in {fits} ({window[0]}-{window[1]})"
    else:
        why = f"{label} is a dated day"
    side = "before" if ahead else "after"
    return [
        Constraint(
            DaySet(near),
            FIRM,
            f"{why}; the article is within {WEEKDAY_FIT_DAYS} days {side} it",
        ),
        Constraint(
            DaySet(recent),
            SOFT,
            f"{label}: a weekday-dated report is taken as written within {WEEKDAY_RECENCY_DAYS} days {side} it",
        ),
    ]


def _reported_day(expression: Expression, year: int) -> date:
    """The day a weekday-dated mention is about; for a past range, its last day."""
    point, last = expression.point, expression.end_point
    day = date(year, point.month, point.day)
    if (
        last is None
        or last.month is None
        or last.day is None
        or expression.tense == "future"
    ):
        return day
    end_year = year + (1 if (last.month, last.day) < (point.month, point.day) else 0)
    return safe_date(end_year, last.month, last.day) or day


def _explicit_constraints(expression: Expression, text: str) -> list[Constraint]:
    point = expression.point
    span = fixed_span(point) if point is not None and point.year is not None else None
    if span is None or expression.kind != "calendar":
        return []
    label = f"'{expression.text}'"
    if expression.tense == "future" and expression.role != "since":
        return [
            Constraint(_until(span[1]), TENSE, f"{label} is still ahead (future tense)")
        ]
    out = [Constraint(_from(span[0]), TENSE, f"{label} is in the past (past tense)")]
    if point.grain == "year" and expression.role == "point":
        left, right = sentence_bounds(text, expression.start, expression.end)
        sentence = text[left:right]
        if _PRESENT_PERFECT.search(sentence) and not _SIMPLE_PAST.search(sentence):
            days = DaySet([span])
            out.append(
                Constraint(
                    days,
                    TENSE,
                    f"{label} with the present perfect ('has ...') places the article in {point.year}",
                )
            )
    return out


def expression_constraints(
    expressions: list[Expression], text: str, window: tuple[int, int]
) -> tuple[list[Constraint], list[Deferred]]:
    """Constraints from the dated expressions of one paragraph, and the year-less ones left for later."""
    constraints: list[Constraint] = []
    deferred: list[Deferred] = []
    for expression in expressions:
        point = expression.point
        if (
            expression.kind in ("calendar", "range")
            and point is not None
            and point.weekday is not None
        ):
            constraints.extend(_weekday_constraints(expression, window))
        constraints.extend(_explicit_constraints(expression, text))
        if (
            expression.kind in ("calendar", "range")
            and point.grain == "day"
            and point.year is None
            and point.weekday is None
        ):
            last = expression.end_point if expression.kind == "range" else point
            if expression.tense == "future":
                deferred.append(Deferred(point.month, point.day, expression.text))
            elif last is not None and last.day is not None:
                deferred.append(
                    Deferred(last.month, last.day, expression.text, ahead=False)
                )
    return constraints, deferred


def _relative_link(expression: Expression, event_day: date) -> DaySet:
    """The publication days on which the relative expression would name the event's day."""
    days = []
    for offset in range(-40, 800):
        day = event_day + timedelta(days=offset)
        span = relative_span(expression, day)
        if span is not None and span[0] <= event_day <= span[1]:
            days.append((day, day))
    return DaySet(days)


def text_constraints(text: str, expressions: list[Expression]) -> list[Constraint]:
    """Constraints from known events and dated terms named anywhere in the text."""
    constraints = []
    for mention in find_terms(text):
        constraints.append(Constraint(mention.allowed, HARD, mention.describe()))
    for mention in find_known_events(text):
        event = mention.event
        left, right = mention.sentence
        linked = [
            x for x in expressions
            if left <= x.start < right and x.kind == "relative" and x.unit in _RELATIVE_LINK_UNITS and x.point is None
        ]  # fmt: skip
        if linked:
            days = DaySet(
                s for day in event.dates for s in _relative_link(linked[0], day).spans
            )
            if days:
                constraints.append(
                    Constraint(
                        days,
                        FIRM,
                        f"'{mention.text}' ... '{linked[0].text}': {event.name} ({_dates(event.dates)}), so the article dates from {_set_text(days)}",
                    )
                )
                continue
        lower = after_event(mention)
        if lower is not None:
            constraints.append(
                Constraint(
                    lower,
                    FIRM,
                    f"'{mention.text}': {event.name} ({_dates(event.dates)}) has happened",
                )
            )
        recent = recent_window(mention)
        if recent is not None:
            why = f"'{mention.text}' named with no year: taken as the latest {event.name}, within {event.recent_days} days"
            constraints.append(Constraint(recent, SOFT, why))
    return constraints


def _dates(days: tuple[date, ...]) -> str:
    return ", ".join(d.isoformat() for d in days)


def _set_text(days: DaySet) -> str:
    return ", ".join(span_text(s) for s in days.spans)
