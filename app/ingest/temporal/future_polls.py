"""Polls still ahead: "before the commissioner elections in May", "ahead of May's local elections".

An election named with a month and told as still to come is the next polling day of its kind in
that month: the article is from the months before it. Polling days are those of known_events.toml
(PCC, local, general and London mayoral elections), so a year with no such poll in that month is
ruled out ("the PCC elections in May" cannot be written in 2018 or 2019).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from app.ingest.temporal.constraints import FIRM, Constraint
from app.ingest.temporal.evidence import EventMention, known_events
from app.ingest.temporal.lexicon import MONTH, month_number
from app.ingest.temporal.spans import DaySet

# which known_events.toml series each kind of election names
_KINDS = (
    (
        r"(?:police,? (?:fire )?and crime commissioner|P[FC]?CC|commissioner)",
        "Police and crime commissioner elections",
    ),
    (r"(?:local|council|borough|district|county|town hall)", "English local elections"),
    (r"(?:London mayoral|mayor of London)", "London mayoral election"),
    (r"general", "UK general election"),
)
# "held back until after the election" says nothing of whether the poll is still ahead: the tense does
_AHEAD = r"(?:before|ahead\s+of|until|in\s+the\s+run[\s-]up\s+to|in\s+time\s+for|at|in)(?!\s+after\b)"
_CUE = re.compile(r"(?i)\belections?\b")


def _patterns(kind: str) -> tuple[re.Pattern[str], ...]:
    # "before the PCC elections in May" / "ahead of May's local elections" / "... elections next May"
    return (
        re.compile(
            rf"(?i)\b{_AHEAD}\s+(?:the\s+|this\s+year[\x27’]s\s+)?(?:\w+\s+){{0,2}}?{kind}\s+elections?\s+"
            rf"(?:(?:in|on|next|this)\s+|due\s+in\s+|(?:to\s+be\s+)?held\s+in\s+)(?P<month>{MONTH})"
        ),
        re.compile(
            rf"(?i)\b{_AHEAD}\s+(?:next\s+|this\s+)?(?P<month>{MONTH})[\x27’]s\s+(?:\w+\s+){{0,2}}?{kind}\s+elections?\b"
        ),
    )


@lru_cache(maxsize=1)
def _series() -> tuple[tuple[tuple[re.Pattern[str], ...], str, tuple[date, ...]], ...]:
    """(patterns, event name, polling days) for each kind of election the tables hold."""
    out = []
    for kind, prefix in _KINDS:
        event = next((e for e in known_events() if e.name.startswith(prefix)), None)
        if event is not None:
            out.append((_patterns(kind), event.name, event.dates))
    return tuple(out)


def _before(polls: tuple[date, ...], month: int) -> DaySet:
    """The days on which the next polling day in `month` is the one named: after that month's
    last occurrence, before the poll."""
    spans = []
    for poll in polls:
        if poll.month != month:
            continue
        start = date(poll.year - 1, month, 28) + timedelta(days=4)
        start = start.replace(day=1)  # the first of the month after last year's `month`
        spans.append((start, poll - timedelta(days=1)))
    return DaySet(spans)


def future_poll_constraints(text: str) -> list[Constraint]:
    """'before the PCC elections in May': the article is before one of those polling days, in
    the months since the same month of the year before."""
    if not _CUE.search(text):
        return []
    out = []
    for patterns, name, polls in _series():
        for pattern in patterns:
            if match := pattern.search(text):
                month = month_number(match.group("month"))
                days = _before(polls, month)
                if days:
                    why = f"'{match.group()}': the next {name} in that month is still ahead, so the article is before one of its polling days"
                    out.append(Constraint(days, FIRM, why))
                break
    return out


# "the review, which is due to be published next week": the event is still ahead
_DUE = re.compile(
    r"(?i)\b(?:is|are|was|were|being)\s+(?:due|expected|set|scheduled)\s+(?:to\s+(?:be\s+)?"
    r"(?:published|released|out|report|come\s+out|made\s+public|announced|held)|out)\b"
)
# "with the general election less than a month away", "the poll is just weeks away", "looming"
_AWAY = re.compile(
    r"(?i)\b(?:(?:less\s+than|under|just|only|about|around|some)\s+)?(?:(?:a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|\d+|a\s+few|several|a\s+couple\s+of)\s+)?(?:days?|weeks?|months?|"
    r"fortnight)\s+away\b|\b(?:is|are)\s+(?:fast\s+)?approaching\b|\blooming\b|\bimminent\b"
)


def ahead_reading(mention: EventMention, text: str) -> EventMention | None:
    """A known event as this module reads it: None when a poll-ahead phrase already dates it,
    future when its sentence says it is due, else as it was."""
    left, right = mention.sentence
    sentence = text[left:right]
    if any(
        mention.text in m.group()
        for patterns, _, _ in _series()
        for p in patterns
        if (m := p.search(sentence))
    ):
        return None
    at = sentence.find(mention.text)
    if at >= 0 and (
        _DUE.search(sentence, at + len(mention.text))
        or _AWAY.search(sentence, at + len(mention.text), at + len(mention.text) + 40)
    ):
        return replace(mention, tense="future")
    return mention
