"""Which day "the same day" and "the following day" point back to, when the last day told is not it.

"Officers executed a warrant in Frances Street on Wednesday, 13 October ... He was remanded to
appear at crown court on 12 November. On the same day, officers executed a second warrant": a
second warrant on the same day is the day of the first one. Failing that, a back-reference told
in the past never points to a day still ahead (the hearing on 12 November), but to the last day
told that was already past.
"""

from __future__ import annotations

import re

from app.ingest.records import DateValue
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.tense import sentence_bounds

# the key under which the finder keeps the last day told that was not ahead of publication
LAST_PAST_DAY = "told:last-past-day"
# acts a later sentence refers back to ("a second warrant", "the weeks after the raids"), by the
# nouns and past participles that tell them; words for the same act share a key
ACT_WORDS = {
    "warrant": "raid", "warrants": "raid", "raid": "raid", "raids": "raid", "raided": "raid",
    "search": "raid", "searches": "raid",
    "attack": "attack", "attacks": "attack", "attacked": "attack", "stabbing": "attack",
    "stabbed": "attack", "shooting": "attack", "assault": "attack", "assaulted": "attack",
    "murder": "attack", "murdered": "attack",
    "robbery": "robbery", "robbed": "robbery", "burglary": "burglary", "burgled": "burglary",
    "arrest": "arrest", "arrests": "arrest", "arrested": "arrest",
    "riot": "disorder", "riots": "disorder", "disorder": "disorder", "fight": "disorder",
    "operation": "operation", "crackdown": "operation", "sweep": "sweep", "patrol": "patrol",
    "patrols": "patrol", "visit": "visit", "visits": "visit", "checkpoint": "checkpoint",
    "seizure": "seizure", "meeting": "meeting", "hearing": "hearing",
}  # fmt: skip
_NOUN_RE = re.compile(r"(?i)\b(" + "|".join(ACT_WORDS) + r")\b")
_PARALLEL_RE = re.compile(
    r"(?i)\b(?:a\s+)?(?:second|third|another|further|separate|fresh)\s+(?:\w+\s+){0,2}?("
    + "|".join(ACT_WORDS)
    + r")\b"
)
_BACK_UNITS = ("day", "morning", "afternoon", "evening", "night")


def remember_acts(
    text: str, expression: Expression, value: DateValue, memory: dict[str, DateValue]
) -> None:
    """A day already past told in a sentence that names an act ("executed a warrant ... on
    Wednesday, 13 October"): kept for "a second warrant on the same day"."""
    if value.planned:
        return
    memory[LAST_PAST_DAY] = value
    left, right = sentence_bounds(text, expression.start, expression.end)
    for noun in {m.lower() for m in _NOUN_RE.findall(text, left, right)}:
        memory[f"act:{ACT_WORDS[noun]}"] = value


def back_reference_day(
    expression: Expression,
    text: str,
    context: DateValue | None,
    memory: dict[str, DateValue],
) -> DateValue | None:
    """The day "the same day" counts from, when it is not the last day told (None then)."""
    if expression.kind != "anaphor" or expression.unit not in _BACK_UNITS:
        return None
    left, right = sentence_bounds(text, expression.start, expression.end)
    if expression.offset == 0 and (found := _PARALLEL_RE.search(text, left, right)):
        first = memory.get(f"act:{ACT_WORDS[found.group(1).lower()]}")
        if first is not None:
            return first
    if expression.tense == "past" and context is not None and context.planned:
        return memory.get(LAST_PAST_DAY)
    return None
