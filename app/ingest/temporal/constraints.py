"""Evidence in an article's text about when it was written, as sets of allowed publication days.

Each piece of evidence is a Constraint with a strength: 0 hard (the year window, things that cannot
exist before a date), 1 firm (weekday fits, bracketed anchors, "resigned last week", a named event has
happened), 2 tense (a dated mention is past, still ahead, or a comparison baseline), 3 linked (a
relative word tied to a written day, links.py), 4 soft (recency assumptions). dct.py applies them
strongest first and drops any that would leave no day at all, saying so in the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.ingest.temporal.evidence import (
    FAR_FUTURE,
    FAR_PAST,
)
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.links import (
    bracket_days,
    sentence_links,
    weekday_of_publication,
)
from app.ingest.temporal.resolve import WEEKDAY_NAMES, fixed_span, weekday_candidates
from app.ingest.temporal.running_links import running_links
from app.ingest.temporal.set_ranges import is_set_range, set_range_windows
from app.ingest.temporal.spans import DaySet, Span, safe_date
from app.ingest.temporal.tense import sentence_bounds
from app.ingest.temporal.year_context import (
    is_current_period,
    is_deadline,
    own_perfect_year,
)

# Journalists give the weekday with a date ("on Tuesday, May 22") for days just past or just ahead;
# such a report is read as written within four weeks of that day (soft: harder evidence overrides it).
WEEKDAY_RECENCY_DAYS = 28
# A day still ahead is announced further in advance: consultations close and hearings are listed
# weeks ahead, so a future weekday-dated day bounds the article from above with a wider window.
WEEKDAY_NOTICE_DAYS = 42
NOTICE = (
    "notice"  # the group of those guesses: an article gives notice of its soonest plan
)
# Firmly, a weekday-dated day is within about four months of the article (else the year would be given).
WEEKDAY_FIT_DAYS = 120
# tense-read bounds rank below weekday fits: a misread tense must not overrule a calendar fact
HARD, FIRM, TENSE, LINKED, SOFT = 0, 1, 2, 3, 4
# A day written in full with its year and reported in the past tense as news (in the first
# LEAD_PARAGRAPHS, not in an aside that looks back: "which came into force on", "first made on",
# "the court heard") is read like a weekday-dated one: the article is within four weeks after it (soft).
DATED_NEWS_DAYS = 28
LEAD_PARAGRAPHS = 3
# A financial year named as the current one ("a priority in its plan for 2016/17") may be written
# about in the quarter before it starts.
FINYEAR_LEAD_DAYS = 91
_LOOKING_BACK = re.compile(
    r"(?i)\b(?:which|who|whose|first|originally|back\s+in|ago|since|previously|anniversary|came\s+into\s+force"
    r"|heard|told\s+the\s+court|court\s+was\s+told|trial|jury)\b"
)
_RELATIVE_LINK_UNITS = ("day", "week", "month", "year", "weekend", "ago")


@dataclass(frozen=True)
class Constraint:
    allowed: DaySet
    strength: int
    evidence: str
    group: str = ""  # guesses of one kind that hold for at least one of their group, not for each
    # a term in everyday words: never chooses against the text's latest year (year_preference.py)
    generic: bool = False


@dataclass(frozen=True)
class Deferred:
    """Evidence that bounds the DCT once its year is known: a year-less day+month, past or still
    ahead, or the weekday the article was written on ("this morning (Wednesday)")."""

    month: int
    day: int
    text: str
    ahead: bool = True
    weekday: int | None = None
    # a past day told as the news in the lead ("pleaded guilty on 7 February"): the report is
    # within DATED_NEWS_DAYS after it, where nothing else says otherwise
    news: bool = False
    # a future range's first day ("from December 2 until ..."): the article may be from that day
    starts: bool = False


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
    expression: Expression, window: tuple[int, int], open_end: bool = False
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
    # "was in place until Saturday, 14 January": a past until is behind the article, not ahead
    ahead = expression.tense == "future"
    near, recent = [], []
    soft_reach = WEEKDAY_NOTICE_DAYS if ahead else WEEKDAY_RECENCY_DAYS
    for year in years:
        day = _reported_day(expression, year)
        for spans, reach in ((near, WEEKDAY_FIT_DAYS), (recent, soft_reach)):
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
    if open_end and expression.kind == "range":
        windows = set_range_windows(expression, years, why)
        return [Constraint(d, FIRM if firm else SOFT, w) for d, firm, w in windows]
    if open_end:
        # "has authorised an order until Saturday 4 March": made already, its end either side
        spans = [
            (d - timedelta(days=WEEKDAY_FIT_DAYS), d + timedelta(days=WEEKDAY_FIT_DAYS))
            for year in years
            if (d := _reported_day(expression, year))
        ]
        why = f"{why}; the end of a period already set, so the article is within {WEEKDAY_FIT_DAYS} days either side of it"
        return [Constraint(DaySet(spans), FIRM, why)]
    return [
        Constraint(
            DaySet(near),
            FIRM,
            f"{why}; the article is within {WEEKDAY_FIT_DAYS} days {side} it",
        ),
        Constraint(
            DaySet(recent),
            SOFT,
            f"{label}: a weekday-dated report is taken as written within {soft_reach} days {side} it",
            NOTICE if ahead else "",
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


def _written_span(expression: Expression) -> Span | None:
    """The interval of a calendar point or range whose years are written."""
    point, last = expression.point, expression.end_point
    if point is None or point.year is None:
        return None
    if expression.kind == "calendar":
        return fixed_span(point)
    if expression.kind == "range" and last is not None and last.year is not None:
        first, end = fixed_span(point), fixed_span(last)
        return (first[0], end[1]) if first and end and first[0] <= end[1] else None
    return None


def _explicit_constraints(
    expression: Expression, text: str, lead: bool
) -> list[Constraint]:
    """A written year, month or day: past, ahead, a comparison baseline, or a deadline or target,
    which is never read as past ("must be renewed before October 2021", "pledged ... by 2020")."""
    span = _written_span(expression)
    if span is None:
        return []
    label = f"'{expression.text}'"
    if expression.role == "comparison":
        after = span[1] + timedelta(days=1)
        why = f"{label} is the baseline of a comparison, so the article is from {after.isoformat()} or later"
        return [Constraint(_from(after), TENSE, why)]
    point = expression.point
    if (
        point.grain == "finyear"
        and expression.role == "point"
        and is_current_period(text, expression.start, expression.end)
    ):
        # the plans for a financial year are written in the months before it starts
        days = DaySet([(span[0] - timedelta(days=FINYEAR_LEAD_DAYS), span[1])])
        why = f"{label} is named in the present tense as the current financial year"
        return [Constraint(days, TENSE, why)]
    if expression.tense == "future" and expression.role != "since":
        return [
            Constraint(_until(span[1]), TENSE, f"{label} is still ahead (future tense)")
        ]
    if is_deadline(text, expression.start, expression.end):
        return []
    out = [Constraint(_from(span[0]), TENSE, f"{label} is in the past (past tense)")]
    if (
        point.grain == "year"
        and expression.kind == "calendar"
        and expression.role == "point"
        and own_perfect_year(text, expression.start, expression.end)
    ):
        why = f"{label} is the time of its clause's present perfect ('has ...'), which places the article in {point.year}"
        out.append(Constraint(DaySet([span]), TENSE, why))
    if (
        lead
        and point.grain == "day"
        and expression.role == "point"
        and _reported_as_news(text, expression)
    ):
        days = DaySet([(span[1], span[1] + timedelta(days=DATED_NEWS_DAYS))])
        why = f"{label}: a day reported in the past tense as news is taken as written within {DATED_NEWS_DAYS} days after it"
        out.append(Constraint(days, SOFT, why))
    return out


# "has authorised a dispersal order ... until midnight on Saturday 4 March": the present perfect
# says the period was set, not that it is over
_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+\s+){0,2}?\w+(?:ed|en|ade)\b")


def _set_until(text: str, expression: Expression) -> bool:
    """An end day ("until ...") in a present-perfect sentence: it may still be ahead."""
    if is_set_range(text, expression):
        return True
    if expression.role != "until" or expression.tense != "past":
        return False
    left, _ = sentence_bounds(text, expression.start, expression.end)
    return bool(_PERFECT.search(text, left, expression.start))


def _reported_as_news(text: str, expression: Expression) -> bool:
    """A dated day in a main clause, not an aside looking back ("which came into force on ...")."""
    left, _ = sentence_bounds(text, expression.start, expression.end)
    return not _LOOKING_BACK.search(text[left : expression.start])


def expression_constraints(
    expressions: list[Expression],
    text: str,
    window: tuple[int, int],
    *,
    lead: bool = True,
) -> tuple[list[Constraint], list[Deferred]]:
    """Constraints from the dated expressions of one paragraph, and those left until the year is known.

    ``lead`` says the paragraph is among the first few, where the news itself is told.
    """
    constraints: list[Constraint] = []
    deferred: list[Deferred] = []
    for expression in expressions:
        point = expression.point
        if (link := bracket_days(expression, window)) is not None:
            constraints.append(Constraint(link[0], FIRM, link[1]))
        if (weekday := weekday_of_publication(expression)) is not None:
            deferred.append(Deferred(0, 0, weekday[1], weekday=weekday[0]))
        if (
            expression.kind in ("calendar", "range")
            and point is not None
            and point.weekday is not None
        ):
            open_end = _set_until(text, expression)
            constraints.extend(_weekday_constraints(expression, window, open_end))
        constraints.extend(_explicit_constraints(expression, text, lead))
        if (
            expression.kind in ("calendar", "range")
            and point.grain == "day"
            and point.year is None
            and point.weekday is None
        ):
            last = expression.end_point if expression.kind == "range" else point
            if expression.tense == "future":
                # "will run from December 2 until New Year's Eve": a launch morning's report may
                # give its own day as the start
                start_day = expression.kind == "range"
                deferred.append(
                    Deferred(point.month, point.day, expression.text, starts=start_day)
                )
            elif last is not None and last.day is not None and is_set_range(text, expression):
                # "the zones are in force from October 31 until November 10": still running
                deferred.append(Deferred(last.month, last.day, expression.text))
            elif last is not None and last.day is not None:
                # a written day ("on 7 February"), not a named one ("the Christmas campaign")
                news = (
                    lead
                    and any(c.isdigit() for c in expression.text)
                    and _reported_as_news(text, expression)
                )
                deferred.append(
                    Deferred(last.month, last.day, expression.text, ahead=False, news=news)
                )
    for days, why in sentence_links(text, expressions, window) + running_links(
        text, expressions, window
    ):
        constraints.append(Constraint(days, LINKED, why))
    return constraints, deferred
