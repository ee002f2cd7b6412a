"""Tense, mood and aspect read around a trigger: the verb after it, the clause's background and
habitual words."""

from __future__ import annotations

import re

from app.ingest.events.mood import FUTURE, HYPOTHETICAL, INTENTION, NEGATED, REALIS
from app.ingest.events.spoken_of import wanted_mood
from app.ingest.events.standing_since import standing_since
from app.ingest.events.unrealised import never_happened

BACKGROUND = re.compile(
    r"\b(?:already|previously|in the past|have long|has long|for years|once again|historically)\b",
    re.IGNORECASE,
)
HABITUAL = re.compile(
    r"\b(?:every|each) (?:day|night|week|weekend|month|year|morning|evening|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|time)\b|"
    r"\b(?:regularly|routinely|usually|always|weekly|monthly|nightly|often)\b",
    re.IGNORECASE,
)


# "30 extra officers would be on duty on Saturday": the verb after a noun trigger gives its tense
_FUTURE_AFTER = re.compile(
    r"\s*(?:,[^,]{0,60},\s*)?(?:will|would|are to|is to|are due to|is due to|are set to|is set to|is expected to|are expected to|"
    # "results are expected later this month", "with a report expected in the autumn"
    r"(?:(?:is|are) )?(?:expected|due) (?:later|next|in|on|by|at|before|this))\b",
    re.IGNORECASE,
)


# "the commissioner, who retires in February": a departure told in the present is one scheduled
_SCHEDULED = re.compile(r"(?:retires|(?:is|are)\s+retiring)\b", re.IGNORECASE)


def after_mood(mood: str, text: str, start: int, end: int) -> str:
    if mood in (FUTURE, INTENTION) and standing_since(text, start, end):
        return (
            REALIS  # "will keep using the PSPO, in force since 2017": in force already
        )
    if mood != REALIS:
        return mood
    if wanted := wanted_mood(
        text[max(0, start - 160) : start],
        text[start:end],
        INTENTION,
        HYPOTHETICAL,
        FUTURE,
    ):
        return wanted
    if never_happened(text, end):
        return NEGATED
    if _FUTURE_AFTER.match(text, end) or _SCHEDULED.match(text, start, end):
        return FUTURE
    return mood
