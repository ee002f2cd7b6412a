"""Dates a sentence borrows from the story told around it.

"During the week, 11 people were arrested", "At the meeting, he apologised", "Three people were
arrested" right after the operation: no date words, but not the publication date either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from app.ingest.events.court_hearing import at_hearing, is_hearing
from app.ingest.events.dating import attach_date
from app.ingest.events.detect import FUTURE, REALIS, Mention
from app.ingest.events.intervals import RANGE_PREFIX
from app.ingest.events.merge import Candidate
from app.ingest.events.since_then import is_launched, since_then
from app.ingest.events.tellings import dated_by_relative
from app.ingest.records import DateMention, DateValue, PublicationDate


def ref_date(
    mention: Mention, dates: Sequence[DateMention], dct: PublicationDate
) -> DateValue:
    """A reference's own date words ("The order was granted on Tuesday"), else unknown."""
    if mention.mood not in (REALIS, FUTURE):
        return DateValue.unknown()
    end = mention.sentence[1] if dated_by_relative(mention) else mention.clause[1]
    own = [d for d in dates if mention.clause[0] <= d.start < end]
    value = attach_date(mention, own, dct, DateValue.unknown()) if own else None
    return value or DateValue.unknown()


_DURING_THAT = re.compile(
    r"\b(?:during|over|throughout|in the course of|on the last day of|by the end of) (?:the|that|this) "
    r"(?:(?P<action>(?:week|weeks|day|days|night|nights) of action|operation|crackdown|campaign|blitz|sweep)|"
    r"week|weekend|day|night|period|fortnight|days)\b",
    re.IGNORECASE,
)
# "The committee voted ...", "Councillors also agreed ...": a decision of the meeting told before
_BODY_ACT = re.compile(
    r"\b(?:the|this) (?:committee|panel|cabinet|board|meeting|councillors|members) (?:\w+\s+){0,2}?"
    r"(?:voted|agreed|decided|resolved|backed|approved|rejected|heard|called|asked)\b",
    re.IGNORECASE,
)
# "The meeting came a week after the chairman resigned": a date counted back from a told event
_OFFSET_AFTER = re.compile(
    r"\b(?:the|this|that|it) (?P<noun>meeting|operation|crackdown|order|visit|arrests?|raids?)?\s*"
    r"(?:came|was held|took place|happened|followed|comes|began|started) "
    r"(?P<count>a|an|one|two|three|four|\d+) (?P<unit>day|week|fortnight|month)s? $",
    re.IGNORECASE,
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# places in the action window of an operation, in paragraphs
_OPERATION_REACH = 8
_MEETING_REACH = 4
_AT_THAT = re.compile(
    r"\b(?:at|during|after|before) (?:the|that|this) (?:meeting|hearing|event|session|panel)\b",
    re.IGNORECASE,
)


_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|is|are|now|currently)\b", re.IGNORECASE)


def borrow_dates(candidates: list[Candidate]) -> None:
    """ "During the week, 11 people were arrested" / "Wardens also issued ...": the period told just before."""
    dated = meeting = operation = hearing = launched = run = None
    for cand in sorted(candidates, key=lambda c: c.position):
        m = cand.mention
        if not cand.dated and cand.date.anchor == "dct":
            offset = _offset_date(cand, dated, meeting, operation) or since_then(
                cand, dated, launched
            )
            source = _date_source(cand, dated, meeting, operation, run) or at_hearing(
                cand, hearing
            )
            if offset is not None:
                cand.date = offset
            elif source is not None:
                cand.date = source.date
        if cand.dated:
            dated = cand
            if is_hearing(cand):
                hearing = cand
            if is_launched(cand):
                launched = cand
            if m.type == "meeting" and m.mood == REALIS:
                meeting = cand
            if m.type in ("operation", "order") and m.mood == REALIS:
                operation = cand
            if _is_run(cand):
                run = cand


def _within(inner: DateValue, outer: DateValue) -> bool:
    """ "One man was arrested" on the publication day, inside the week of action: the day is finer."""
    return (
        None not in (inner.earliest, inner.latest, outer.earliest, outer.latest)
        and outer.earliest <= inner.earliest
        and inner.latest <= outer.latest
    )


def _date_source(
    cand: Candidate,
    dated: Candidate | None,
    meeting: Candidate | None,
    operation: Candidate | None,
    run: Candidate | None = None,
) -> Candidate | None:
    m = cand.mention
    text = m.paragraph.text
    clause = text[m.clause[0] : m.clause[1]]
    past = not _PERFECT.search(clause)
    during = _DURING_THAT.search(text, m.sentence[0], m.sentence[1])
    if (
        during
        and during.group("action")
        and operation is not None
        and m.number - operation.mention.number <= _OPERATION_REACH
    ):
        return operation  # "11 arrests during the week of action": the week told before
    if during and _run_of(during.group(0), run, m):
        return run  # "officers visited 40 hotels during the week": the week of action's
    if during and dated is not None and m.number - dated.mention.number <= 3:
        return dated
    if (
        meeting is not None
        and _BODY_ACT.search(text, m.sentence[0], m.clause[1])
        and 0 <= m.number - meeting.mention.number <= _MEETING_REACH
    ):
        return meeting
    if (
        dated is not None
        and _ALSO.search(clause)
        and past
        and m.number - dated.mention.number <= 1
    ):
        return dated
    if (
        meeting is not None
        and _AT_THAT.search(text, m.sentence[0], m.sentence[1])
        and m.number - meeting.mention.number <= 3
    ):
        return meeting
    if (
        operation is not None
        and m.type == "enforcement"
        and past
        and 0 < m.number - operation.mention.number <= 2
        and not _within(cand.date, operation.date)
    ):
        return operation  # "Three people were arrested" right after the operation (or order) is told
    return None


# "during the week", "over the fortnight": a run, not the day of the act told just before
_RUN_WORD = re.compile(r"\b(?:week|weeks|fortnight|period|days)$", re.IGNORECASE)


def _run_of(during: str, run: Candidate | None, mention: Mention) -> bool:
    """ "during the week" with the story's operation told as a run of days before it: that run."""
    return (
        run is not None
        and _RUN_WORD.search(during) is not None
        and 0 <= mention.number - run.mention.number <= _OPERATION_REACH
    )


def _is_run(cand: Candidate) -> bool:
    """An operation told with its run of days ("from Monday 7 to Sunday 13 October", "last week"),
    not one day known only within a range."""
    m, date = cand.mention, cand.date
    return (
        m.type == "operation"
        and m.mood == REALIS
        and date.earliest is not None
        and date.earliest < date.latest
        and (date.precision == "week" or date.explanation.startswith(RANGE_PREFIX))
    )


def _offset_date(
    cand: Candidate,
    dated: Candidate | None,
    meeting: Candidate | None,
    operation: Candidate | None,
) -> DateValue | None:
    """ "The meeting came a week after X resigned": X's date, counted back from the meeting's."""
    m = cand.mention
    text = m.paragraph.text
    if not text[m.clause[0] : m.clause[0] + 6].lower().startswith("after"):
        return None
    found = _OFFSET_AFTER.search(text, m.sentence[0], m.clause[0])
    if found is None:
        return None
    noun = (found.group("noun") or "").lower()
    source = meeting if noun in ("meeting", "visit") else operation if noun else dated
    if source is None or source.date.earliest is None or source.date.precision != "day":
        return None
    count = found.group("count").lower()
    n = _COUNTS.get(count) or int(count)
    unit = found.group("unit").lower()
    day = source.date.earliest - timedelta(
        days=n * {"day": 1, "week": 7, "fortnight": 14}.get(unit, 30)
    )
    words = f"{found.group('count')} {unit} before {source.mention.text!r} ({source.date.edtf})"
    if unit == "day":
        return DateValue(day.isoformat(), day, day, "day", "relative", words)
    if unit == "month":
        start = day.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return DateValue(start.isoformat()[:7], start, end, "month", "relative", words)
    start = day - timedelta(days=day.weekday())
    end = start + timedelta(days=6)
    return DateValue(
        f"{start.isoformat()}/{end.isoformat()}", start, end, "week", "relative", words
    )
