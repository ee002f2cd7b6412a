"""An office holder's start of office told with its month: "mayor Brenda Dacres, elected in
November last year", "Chief Constable Jo Farrell, who was appointed in March".

The month is the election or appointment that began the holder's term, so it lies shortly before a
start of office in the table (appointments come up to APPOINTED_AHEAD_DAYS before, and a table's
start may be a few weeks late). "last year" puts the article in the calendar year after that month;
a bare month told in the past puts it within the year after it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.ingest.temporal.constraints import FIRM, Constraint
from app.ingest.temporal.evidence import TermMention
from app.ingest.temporal.lexicon import MONTH_FULL, month_number
from app.ingest.temporal.office_phrasings import APPOINTED_AHEAD_DAYS
from app.ingest.temporal.spans import DaySet, safe_date, span_text

# a table's start of office may be the month after the vote or the announcement
STARTED_LATE_DAYS = 45
# the words naming the holder end with a name ("mayor Brenda Dacres"), not a title
_ENDS_WITH_NAME = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$")
_STARTED = re.compile(
    r",?\s+(?:who\s+was\s+|was\s+)?(?:first\s+)?(?:elected|appointed|sworn\s+in)\b"
    rf"[^.;,]{{0,40}}?\bin\s+(?P<month>{MONTH_FULL})(?P<last>\s+last\s+year)?(?!\s+\d)"
)


def _start_months(periods, month: int) -> list[date]:
    """First days of the given month lying just before (or at) one of the term's starts."""
    out = []
    for start, _ in periods:
        for year in (start.year - 1, start.year):
            first = safe_date(year, month, 1)
            ahead = start - timedelta(days=APPOINTED_AHEAD_DAYS + 31)
            if first is not None and ahead <= first <= start + timedelta(days=STARTED_LATE_DAYS):
                out.append(first)
    return out


def _article_days(first: date, last_year: bool) -> tuple[date, date]:
    if last_year:
        return date(first.year + 1, 1, 1), date(first.year + 1, 12, 31)
    return first, date(first.year + 1, first.month, 1) - timedelta(days=1)


def office_start_constraint(mention: TermMention, text: str) -> Constraint | None:
    """The article's days when the holder's start of office is told with its month."""
    if not _ENDS_WITH_NAME.search(mention.text):
        return None
    at = text.find(mention.text)
    told = _STARTED.match(text, at + len(mention.text)) if at >= 0 else None
    if told is None:
        return None
    firsts = _start_months(mention.term.periods, month_number(told.group("month")))
    if not firsts:
        return None
    last_year = told.group("last") is not None
    days = DaySet(_article_days(first, last_year) for first in firsts)
    shown = ", ".join(span_text(s) for s in days.spans)
    near = ", ".join(f.strftime("%B %Y") for f in firsts)
    why = f"'{mention.text}{told.group()}': a start of office near {near}, so the article dates from {shown}"
    return Constraint(days, FIRM, why)
