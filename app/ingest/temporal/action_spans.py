"""'The week of action': the run of days told before for the week (day, weekend...) of action.

"Officers were on patrol as part of a week of action, which ran from 29 May to 4 June ... The Met
said the week of action resulted in 31 arrests": the arrests are dated by the week's own days.
The finder remembers a date told in a sentence that names a week of action (if it is no longer
than such a week); a later "the week of action" takes it, and is left undated when there is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.ingest.records import DateMention, DateValue
from app.ingest.temporal.expressions import Expression, GatedRule
from app.ingest.temporal.tense import sentence_bounds

# the longest run of days each kind of action period may be (a week of action is often Monday to
# the next Sunday, eight or nine days with its launch)
_LONGEST = {"day": 2, "weekend": 3, "week": 10, "fortnight": 16, "month": 31}
_NAMED = re.compile(
    r"(?i)\b(?P<u>day|weekend|week|fortnight|month)s?\s+of\s+(?:action|intensification)\b"
)
_BACK = re.compile(
    r"(?i)\bthe\s+(?P<u>day|weekend|week|fortnight|month)\s+of\s+(?:action|intensification)\b"
)


def _action_reference(match: re.Match[str], text: str) -> Expression:
    return Expression(
        "anaphor",
        match.group(),
        match.start(),
        match.end(),
        unit="day",
        offset=0,
        qualifier=f"action:{match.group('u').lower()}",
    )


ACTION_RULES: list[GatedRule] = [
    (_BACK, _action_reference, ("~action|intensification",))
]


def is_action_reference(expression: Expression) -> bool:
    """'The week of action': dated by the days told for it, not from the last day."""
    return expression.kind == "anaphor" and (expression.qualifier or "").startswith(
        "action:"
    )


def remember_action(
    text: str, mention: DateMention, memory: dict[str, DateValue]
) -> None:
    """Keep a date told in a sentence naming a week (day, weekend...) of action, if it fits one."""
    value = mention.value
    lower = text.lower()
    if (
        value.precision != "day"
        or value.earliest is None
        or ("of action" not in lower and "of intensification" not in lower)
    ):
        return
    left, right = sentence_bounds(text, mention.start, mention.end)
    for named in _NAMED.finditer(text, left, right):
        unit = named.group("u").lower()
        if (value.latest - value.earliest).days + 1 <= _LONGEST[unit]:
            memory[f"action:{unit}"] = value


def told_action(
    expression: Expression,
    text: str,
    mentions: Sequence[DateMention],
    memory: dict[str, DateValue],
) -> DateValue | None:
    """The days told before for the week of action the expression names, or None."""
    found = memory.get(expression.qualifier)
    if found is None:
        return None
    return replace(
        found,
        explanation=f"{expression.text} -> {found.edtf}: the days told before for it ({found.edtf})",
    )
