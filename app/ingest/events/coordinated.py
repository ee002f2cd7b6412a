"""A second notice or order joined to an act by "and", told with a time of its own.

"He had been issued with a community protection warning in October and a community protection
notice in December": one verb, two things issued, each dated; two occurrences of enforcement. A
second thing with no time of its own ("a warning and a fine on Friday") stays one act.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.mention import Mention

_TYPES = frozenset({"enforcement", "order"})
_TIME = (
    r"\b(?:in|on|last|during|earlier|this)\s+(?:the\s+)?(?:(?-i:[A-Z][a-z]+)|\d|week|month|year|spring|summer|"
    r"autumn|winter)"
)
# "... in October and a community protection notice in December", "... on Monday and two fines the
# following week": the first thing's time, then the second thing and its own
_SECOND = re.compile(
    r"[^,;.]{0,80}?"
    + _TIME
    + r"[^,;.]{0,30}?\band\s+(?P<thing>(?:a|an|another|one|\d+|two|three|four|five|six)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:notices?|warnings?|fines?|cautions?|orders?|bans?|injunctions?|summons(?:es)?|penalt(?:y|ies)|"
    r"tickets?))\s+(?=(?:in|on|last|this|earlier|later|the following|a (?:week|month|year) later)\b)",
    re.IGNORECASE,
)


def coordinated_acts(text: str, mentions: list[Mention]) -> list[Mention]:
    """The second dated things of the sentence's enforcement and order acts, as acts of their own."""
    out = []
    for mention in mentions:
        if mention.type not in _TYPES or mention.form != "act":
            continue
        second = _SECOND.match(text, mention.end, mention.clause[1])
        if second is None:
            continue
        start, end = second.span("thing")
        if any(m.start <= start < m.end for m in mentions):
            continue  # a trigger of its own already reads it
        out.append(
            replace(
                mention,
                start=start,
                end=end,
                form="act",
                needs_date=True,
                distinct=True,
                anaphoric=False,
            )
        )
    return out
