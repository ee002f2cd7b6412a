"""Dating evidence from things named in the text: known national events (known_events.toml) and
terms that exist only from a date or within a term of office (availability.toml).

A known event tied to a relative word or a year-less month in its sentence ("resigned last week",
"elected mayor in May") dates the article closely; otherwise it only says the article is later, and,
named with no year, soft recency. An office holder called "new" ("the new Met commissioner, Sir
Mark Rowley") dates the article within months of taking office.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.ingest.temporal.constraints import FIRM, SOFT, Constraint
from app.ingest.temporal.event_days import event_day_constraint
from app.ingest.temporal.event_distance import distance_constraint
from app.ingest.temporal.event_runs import middle_day
from app.ingest.temporal.event_weekdays import event_weekday_constraint
from app.ingest.temporal.evidence import (
    after_event,
    find_known_events,
    find_terms,
    recent_window,
)
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.future_polls import ahead_reading, future_poll_constraints
from app.ingest.temporal.office_phrasings import (
    is_generic,
    office_phrasing_constraints,
    term_strength,
)
from app.ingest.temporal.office_start_months import office_start_constraint
from app.ingest.temporal.relative import month_near, relative_span
from app.ingest.temporal.spans import DaySet, Span, span_text
from app.ingest.temporal.told_months import told_month_days

_RELATIVE_LINK_UNITS = ("day", "week", "month", "year", "weekend", "ago", "season")


def _named(expression: Expression, day: date) -> Span | None:
    """What the expression names when the article is from the given day."""
    if expression.kind == "calendar":
        return month_near(day, expression.point.month, "past")
    return relative_span(expression, day)


def _linkable(expression: Expression) -> bool:
    if expression.kind == "relative":
        # "in May last year" names a month as surely as "last month" does
        month_of_year = (
            expression.unit == "year"
            and expression.point is not None
            and expression.point.grain == "month"
        )
        return expression.unit in _RELATIVE_LINK_UNITS and (
            expression.point is None or month_of_year
        )
    point = expression.point
    return (
        expression.kind == "calendar"
        and point is not None
        and point.grain == "month"
        and point.year is None
        and expression.tense == "past"
        and expression.role == "point"
    )


def _linked_days(expression: Expression, event_day: date, ahead: bool) -> DaySet:
    """The publication days on which the expression would name the event's day (before it only
    when the event is still ahead)."""
    days = []
    for offset in range(-40 if ahead else 0, 800):
        day = event_day + timedelta(days=offset)
        span = _named(expression, day)
        if span is not None and span[0] <= event_day <= span[1]:
            days.append((day, day))
    return DaySet(days)


def text_constraints(
    text: str, expressions: list[Expression], context: str | None = None
) -> tuple[list[Constraint], list[tuple[int, str]]]:
    """Constraints from known events and dated terms named in a paragraph, and the years of the
    single-date events it reports as past (floors for choosing among candidate years); a term's
    `requires` is looked for in the context (the article) when given."""
    constraints = []
    floors = []
    for mention in find_terms(text, context):
        strength = term_strength(mention.term)
        constraints.append(
            Constraint(
                mention.allowed,
                strength,
                mention.describe(),
                generic=is_generic(mention.term),
            )
        )
        if (started := office_start_constraint(mention, text)) is not None:
            constraints.append(started)
        if (fresh := mention.fresh_window()) is not None:
            why = f"'{mention.text}' is called new: within {mention.term.new_days} days of taking office"
            constraints.append(Constraint(fresh, FIRM, why))
    for found in find_known_events(text):
        if (mention := ahead_reading(found, text)) is None:
            continue  # a poll still ahead, read by future_polls.py
        event = mention.event
        if (dated := event_day_constraint(mention, text, expressions)) is not None:
            constraints.append(dated)
        if (near := distance_constraint(mention, text)) is not None:
            constraints.append(near)
        if (told := event_weekday_constraint(mention, text, expressions)) is not None:
            constraints.append(told)
        if mention.tense == "past" and len(event.dates) == 1:
            floors.append(
                (event.dates[0].year, f"'{mention.text}': {event.name} has happened")
            )
        left, right = mention.sentence
        # "begins this weekend ... police the Queen's funeral last week": the time told next to
        # the name is the event's, not another the sentence holds
        linked = sorted(
            (x for x in expressions if left <= x.start < right and _linkable(x)),
            key=lambda x: abs(x.start - mention.at),
        )
        if linked:
            # "Ramadan, which begins later this week": a present verb, a time still ahead
            ahead = mention.tense == "future" or linked[0].tense == "future"
            days = DaySet(
                s
                for day in event.dates
                for s in _linked_days(linked[0], middle_day(day, event.days), ahead).spans
            )
            if (
                not days
            ):  # told with a month of its own: the announcement, not the table's day
                days = DaySet(
                    s
                    for day in told_month_days(linked[0], event.dates)
                    for s in _linked_days(linked[0], day, False).spans
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
    constraints.extend(office_phrasing_constraints(text))
    constraints.extend(future_poll_constraints(text))
    return constraints, floors


def _dates(days: tuple[date, ...]) -> str:
    return ", ".join(d.isoformat() for d in days)


def _set_text(days: DaySet) -> str:
    return ", ".join(span_text(s) for s in days.spans)


# The news is in the first paragraphs: a weekday there that a recent known event fell on names it.
EVENT_WEEKDAY_PARAGRAPHS = 3


def event_weekday_constraints(
    paragraphs: list[tuple[str, tuple[Expression, ...]]],
) -> list[Constraint]:
    """ "after the Euro 2020 final ... arrested on Sunday night": the Sunday is the final's day, so the
    article is from within the week after it."""
    lead = paragraphs[:EVENT_WEEKDAY_PARAGRAPHS]
    weekdays = {
        x.point.weekday
        for _, xs in lead
        for x in xs
        if x.kind == "weekday" and x.offset is None and x.tense == "past" and x.point
    }
    events = {
        m.event.name: m
        for text, _ in lead
        for m in find_known_events(text)
        if m.tense == "past" and not m.looks_back and m.event.recent_days is not None
    }
    if len(events) != 1 or not weekdays:
        return []
    mention = next(iter(events.values()))
    days = DaySet(
        # "on Sunday night" is not written on that Sunday ("tonight"), nor a week on ("last Sunday")
        (d + timedelta(days=1), d + timedelta(days=6))
        for d in mention.event.dates
        if d.weekday() in weekdays
    )
    if not days:
        return []
    why = f"'{mention.text}' and a weekday it fell on in the lead: the article dates from {_set_text(days)}"
    return [Constraint(days, FIRM, why)]
