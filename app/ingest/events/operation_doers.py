"""A named operation told as the doer of other acts, not as an occurrence of its own.

"Officers from Operation Orochi, the Met's county lines taskforce, then executed warrants": the
operation names whose officers acted; the warrants are the occurrence. "Since its launch in November
2019, Operation Orochi has shut down hundreds of county lines": the launch is the occurrence, and a
vague running total since then (hundreds, dozens, more than 300) is background, no act of its own.
"""

from __future__ import annotations

import re

from app.ingest.events.mention import Mention

# "officers from Operation Orochi", "detectives working on Operation Venice"
_FROM_OPERATION = re.compile(
    r"\b(?:officers|detectives|teams?|staff|members|investigators|police)\s+"
    r"(?:from|of|with|on|working on|assigned to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Since its launch in November 2019, ..." opening the sentence
_SINCE_LAUNCH = re.compile(
    r"[\"“‘']?since\s+(?:its|their|the\s+(?:team|unit|operation|taskforce)[’']s)\s+"
    r"(?:launch|creation|formation|introduction|inception|start|set-up|setting up)\b",
    re.IGNORECASE,
)
# "has shut down hundreds of county lines", "have made more than 300 arrests"
_VAGUE_TOTAL = re.compile(
    r"\b(?:has|have)\s+(?:since\s+|now\s+|already\s+)?\w+(?:\s+(?:down|up|out|off))?\s+"
    r"(?:hundreds|dozens|scores|thousands|more than|over|nearly|almost|well over)\b",
    re.IGNORECASE,
)


def without_operation_doers(text: str, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions without a named operation that only names the doers of another act,
    and without the vague running totals of a unit told since its launch."""
    if not mentions:
        return mentions
    sentence = mentions[0].sentence
    since_launch = _SINCE_LAUNCH.match(text, sentence[0]) is not None
    kept = []
    for m in mentions:
        if (
            m.form == "noun"
            and m.type == "operation"
            and any(o.type != "operation" and o.form == "act" for o in mentions)
            and _FROM_OPERATION.search(text, max(sentence[0], m.start - 40), m.start)
        ):
            continue
        if (
            since_launch
            and m.type == "enforcement"
            and _VAGUE_TOTAL.search(text, max(sentence[0], m.start - 30), m.end + 30)
        ):
            continue
        kept.append(m)
    return kept


__all__ = ["without_operation_doers"]
