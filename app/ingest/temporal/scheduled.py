"""Times the grammar's rules misread or miss, set right after them.

Still ahead though no future auxiliary says so:
"Dr Alan Billings, who steps down in May": a present-simple verb of a fixed schedule with a time
after it is a plan. "Councillors asked officials to report back in June": the time of an act asked
for, ordered or agreed to is that act's, and it is still to come. "In the new year" is the coming
January. Missed: "have spent the past fortnight visiting shops" (no preposition before the time).
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.temporal.expressions import Expression, Point
from app.ingest.temporal.lexicon import COUNT, count_value
from app.ingest.temporal.phrases import unit_of

_SCHEDULE = re.compile(
    r"(?i)\b(?:steps?\s+down|stands?\s+down|retires|leaves|expires|ends|starts|begins|opens|closes|"
    r"reopens|comes?\s+into\s+force|takes?\s+effect|takes?\s+over|returns|resumes|launches|lapses)"
    r"\s+(?:(?:on|in|at|from|by|until)\s+)?(?:the\s+)?(?:end\s+of\s+|start\s+of\s+|beginning\s+of\s+)?$"
)
_ASKED_TO = re.compile(
    r"(?i)(?<!was )(?<!were )(?<!been )\b(?:asked|told|ordered|instructed|urged|invited|agreed|voted|decided|called\s+on)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+to\s+(?:[\w'’-]+\s+){1,4}?(?:(?:on|in|at|by|before|until)\s+)?(?:the\s+)?$"
)


# "remanded in custody to appear at Reading Crown Court on November 11": a listed hearing
_LISTED = re.compile(
    # "had been due to stand trial but pleaded guilty at a hearing in January": "but" ends the listing
    r"(?i)\bto\s+(?:appear|stand\s+trial|be\s+sentenced|face\s+trial|attend)\b(?:(?!\bbut\s)[^.;]){0,80}?"
    r"\b(?:on|in|at|from)\s+(?:the\s+)?$"
)
# "in the new year": the January after the sentence is written
_NEW_YEAR = re.compile(
    r"(?i)\b(?:in|by|early\s+in|from)\s+(?P<time>the\s+new\s+year)\b"
)


def _past_time(x: Expression) -> bool:
    point = x.point
    return (
        x.tense == "past"
        and x.kind in ("calendar", "range")
        and point is not None
        and point.year is None
        and point.grain in ("day", "month", "season")
    )


def scheduled_ahead(expressions: list[Expression], text: str) -> list[Expression]:
    """A year-less time after a schedule verb ('steps down in May') or an act asked for ('asked
    officials to report back in June') is still ahead."""
    out = []
    for x in expressions:
        if _past_time(x):
            before = text[max(0, x.start - 80) : x.start]
            if (
                _SCHEDULE.search(before)
                or _ASKED_TO.search(before)
                or _LISTED.search(before)
            ):
                x = replace(x, tense="future")
        out.append(x)
    return with_spent_periods(_with_new_year(out, text), text)


def _with_new_year(expressions: list[Expression], text: str) -> list[Expression]:
    """'in the new year' as the coming January, where no other expression covers it."""
    if "new year" not in text.lower():
        return expressions
    added = [
        Expression(
            "calendar",
            m.group("time"),
            m.start("time"),
            m.end("time"),
            point=Point("month", month=1),
            tense="future",
        )
        for m in _NEW_YEAR.finditer(text)
        if not any(x.start < m.end() and m.start() < x.end for x in expressions)
    ]
    return (
        sorted([*expressions, *added], key=lambda x: x.start) if added else expressions
    )


# "Officers have spent the past fortnight visiting shops": the time is the object of "spent", with
# no preposition before it (the grammar wants "in/over the past fortnight")
_SPENT = re.compile(
    rf"(?i)\b(?:spent|spend|spends|spending)\s+(?P<time>the\s+(?:past|last|previous)\s+(?:(?P<n>{COUNT})\s+)?"
    r"(?P<u>days?|weeks?|months?|fortnight))\b"
)


def with_spent_periods(expressions: list[Expression], text: str) -> list[Expression]:
    """'spent the past fortnight' as the recent period it names."""
    if "spen" not in text:
        return expressions
    added = []
    for m in _SPENT.finditer(text):
        if any(x.start < m.end() and m.start("time") < x.end for x in expressions):
            continue
        plural = m.group("u").lower().endswith("s")
        count = count_value(m.group("n")) if m.group("n") else (None if plural else 1)
        added.append(
            Expression(
                "relative",
                m.group("time"),
                m.start("time"),
                m.end("time"),
                unit="recent",
                offset=count,
                qualifier=unit_of(m.group("u")),
            )
        )
    return (
        sorted([*expressions, *added], key=lambda x: x.start) if added else expressions
    )
