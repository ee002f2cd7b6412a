"""Which day "the same day" and "the following day" point back to, when the last day told is not it.

"Officers executed a warrant in Frances Street on Wednesday, 13 October ... He was remanded to
appear at crown court on 12 November. On the same day, officers executed a second warrant": a
second warrant on the same day is the day of the first one. Failing that, a back-reference told
in the past never points to a day still ahead (the hearing on 12 November), but to the last day
told that was already past.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.ingest.records import DateValue
from app.ingest.temporal.cues import word_trie
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.tense import sentence_bounds

# the keys under which the finder keeps the last day told that was not ahead of publication, and
# the last date told of any precision
LAST_PAST_DAY = "told:last-past-day"
LAST_TOLD = "told:last"
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
    "operation": "operation", "crackdown": "operation", "campaign": "operation", "sweep": "sweep", "patrol": "patrol",
    "patrols": "patrol", "visit": "visit", "visits": "visit", "checkpoint": "checkpoint",
    "seizure": "seizure", "meeting": "meeting", "hearing": "hearing",
}  # fmt: skip
# one trie-shaped pattern over the lower-cased sentence: most sentences name no act
_NOUN_RE = re.compile(r"\b(" + word_trie(ACT_WORDS) + r")\b")
_PARALLEL_RE = re.compile(
    r"(?i)\b(?:a\s+)?(?:second|third|another|further|separate|fresh)\s+(?:\w+\s+){0,2}?("
    + "|".join(ACT_WORDS)
    + r")\b"
)
_BACK_UNITS = ("day", "morning", "afternoon", "evening", "night")


def remember_acts(
    text: str, expression: Expression, value: DateValue, memory: dict[str, DateValue]
) -> None:
    """A day (or a run of days) already past told in a sentence that names an act ("executed a
    warrant ... on Wednesday, 13 October"): kept for "a second warrant on the same day"."""
    if value.planned or value.earliest is None:
        return
    if value.precision == "day" and value.earliest == value.latest:
        memory[LAST_PAST_DAY] = value
    elif value.precision not in ("day", "week"):
        return  # a month or a year is no act's day
    if not acts_named(text):
        return
    left, right = sentence_bounds(text, expression.start, expression.end)
    # a day read across an uncertain publication date spans days, but is no run of them
    one_day = expression.kind in ("weekday", "nth") or (
        expression.point is not None
        and expression.point.grain == "day"
        and expression.end_point is None
    )
    run = value.earliest != value.latest and not one_day
    for noun in acts_named(text[left:right]):
        memory[f"act:{ACT_WORDS[noun]}"] = value
        if run:  # "the same campaign the year before" is the campaign's whole run
            memory[f"run:{ACT_WORDS[noun]}"] = value


@lru_cache(maxsize=4096)
def acts_named(sentence: str) -> frozenset[str]:
    """The act words a sentence (or paragraph) names; a sentence often holds several dates."""
    return frozenset(_NOUN_RE.findall(sentence.lower()))


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
        if first is not None and first.earliest == first.latest:
            return first
    if expression.tense == "past" and context is not None and context.planned:
        return memory.get(LAST_PAST_DAY)
    return None
