"""Words that mark a trigger as another occurrence than the one told: "a similar operation",
"his co-defendant"."""

from __future__ import annotations

import re

DISTINCT = re.compile(
    r"\b(?:other|(?:another|further)(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|"
    r"couple|years?|months?|weeks?|days?|hours?)\b)|similar|previous|separate|earlier|second|different|since|later|"
    # "will hold a follow-up meeting in June": the sitting after the one told
    r"follow-?up|"
    r"subsequently|afterwards)\b",
    re.IGNORECASE,
)

# "his co-defendant, 22, was jailed for four years": another person's sentence, another occurrence
CO_ACCUSED = re.compile(
    r"\b(?:co-?defendants?|co-?accused|accomplices?|fellow (?:defendants?|gang members?))\b",
    re.IGNORECASE,
)
# "other", "similar", "since" speak of the trigger when they come right before it ("a similar
# operation"); further back they speak of something else ("three other pubs passed the test")
_DISTINCT_WORDS = 1


def near_trigger(upto: str, trigger_start: int) -> str:
    """The trigger and the few words before it: "a similar operation", not "Three other shops ... passed
    the test purchase"."""
    head = upto[:trigger_start]
    cut = len(head.rstrip())
    for _ in range(_DISTINCT_WORDS):
        cut = head.rfind(" ", 0, cut)
        if cut < 0:
            return upto
    return upto[cut:]
