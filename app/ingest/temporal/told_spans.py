"""'Both days', 'across the two days': the run of days the text told last.

"A man was stabbed over the 2022 carnival ... Officers made 209 arrests across the two days": the
days are the carnival's. The finder remembers every run of two to four days it resolves (a range,
a named event, or two days joined by "and"), by its length and by its year; a later "both days"
takes the last run of that length, or, when its sentence names a year ("This year, officers will
be deployed on both days"), the last run in that year, and is left undated when there is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from app.ingest.records import DateMention, DateValue
from app.ingest.temporal.expressions import Expression, GatedRule
from app.ingest.temporal.tense import sentence_bounds

_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}
_SPAN_RE = re.compile(
    r"(?i)\b(?:on|over|across|during|for|throughout|in)\s+"
    r"(?:(?P<both>both)\s+days|the\s+(?P<n>two|three|four)\s+days)\b"
    # "in the two days before the attack": a time counted from something else
    r"(?!\s+(?:before|after|since|of|that|when|leading|following|prior|up\s+to)\b)"
)
_JOINED = re.compile(r"\s*,?\s*and\s+$")
_SHORTEST, _LONGEST = 2, 4


def _span_anaphor(match: re.Match[str], text: str) -> Expression:
    count = _COUNTS[(match.group("both") or match.group("n")).lower()]
    return Expression(
        "anaphor",
        match.group(),
        match.start(),
        match.end(),
        unit="day",
        offset=0,
        qualifier=f"days:{count}",
    )


SPAN_RULES: list[GatedRule] = [(_SPAN_RE, _span_anaphor, ("~days",))]


def is_span_anaphor(expression: Expression) -> bool:
    """'Both days', 'the three days': resolved by told_span, not from the last day."""
    return expression.kind == "anaphor" and (expression.qualifier or "").startswith(
        "days:"
    )


def _length(value: DateValue) -> int | None:
    if (
        value.precision != "day"
        or value.earliest is None
        or value.latest is None
        or value.planned is None
    ):
        return None
    return (value.latest - value.earliest).days + 1


def remember_span(
    text: str,
    mention: DateMention,
    mentions: Sequence[DateMention],
    spans: dict[str, DateValue],
) -> None:
    """Keep a run of two to four days: the mention's own, or two days joined by "and"."""
    value = mention.value
    length = _length(value)
    if length == 1 and mentions:
        before = mentions[-1]
        if (
            _length(before.value) == 1
            and before.value.earliest + timedelta(days=1) == value.earliest
            and _JOINED.match(text[before.end : mention.start])
        ):
            value = replace(
                value,
                edtf=f"{before.value.earliest.isoformat()}/{value.latest.isoformat()}",
                earliest=before.value.earliest,
            )
            length = 2
    if length is None or not _SHORTEST <= length <= _LONGEST:
        return
    spans[f"days:{length}"] = value
    spans[f"days:{length}@{value.earliest.year}"] = value


def told_span(
    expression: Expression,
    text: str,
    mentions: Sequence[DateMention],
    spans: dict[str, DateValue],
) -> DateValue | None:
    """The run of days a 'both days' points back to, or None."""
    key = expression.qualifier
    left, _ = sentence_bounds(text, expression.start, expression.end)
    years = [
        m.value.earliest.year
        for m in mentions
        if m.start >= left
        and m.value.precision == "year"
        and m.value.earliest is not None
        and m.value.earliest.year == m.value.latest.year
    ]
    found = spans.get(f"{key}@{years[-1]}") if years else spans.get(key)
    if found is None:
        return None
    return replace(
        found,
        explanation=f"{expression.text} -> {found.edtf}: the days told before ({found.edtf})",
    )
