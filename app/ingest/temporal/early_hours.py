""" "By the early hours" with no day of its own: the night the story has just told ("On July 11,
fans poured into the square ... By the early hours, officers had made dozens of arrests"), like
"that night". Read as the day told before; with no day told it dates nothing. "The early hours of
Sunday" names its day and is the grammar's other rules' to read."""

from __future__ import annotations

import re

from app.ingest.temporal.expressions import Expression, GatedRule

_EARLY_HOURS_RE = re.compile(
    r"(?i)\b(?:by|in|into|during|until|till)\s+(?P<t>the\s+early\s+hours)\b"
    r"(?!\s+(?:of|on)\b|,?\s+(?:yesterday|today|this|last)\b)"
)


def _early_hours(match: re.Match[str], text: str) -> Expression:
    return Expression(
        "anaphor",
        match.group("t"),
        match.start("t"),
        match.end("t"),
        unit="day",
        offset=0,
    )


EARLY_HOURS_RULES: list[GatedRule] = [
    (_EARLY_HOURS_RE, _early_hours, ("~early hours",))
]
