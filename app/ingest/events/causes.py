"""Incidents told as what prompted another act: "launched the operation after residents complained"."""

from __future__ import annotations

import re

from app.ingest.events.mention import Mention
from app.ingest.events.mood import REALIS

# "launched the operation on June 1 after residents complained about near misses"
_CAUSE_CLAUSE = re.compile(
    r"[\"“‘']?(?:after|following|prompted by|in response to)\b", re.IGNORECASE
)
# "It follows complaints from residents about drinking by the river": a sentence that opens by
# saying the act told before it follows something tells what prompted that act
_FOLLOWS = re.compile(
    r"[\"“‘']?(?:it|this|that|the (?:move|decision|order|ban|zone|operation|crackdown|launch|plan))\s+"
    r"(?:follows|followed|comes after|came after|comes amid|came amid)\b",
    re.IGNORECASE,
)


def is_cause(mention: Mention, mentions: list[Mention]) -> bool:
    """An incident told as the cause of another act in its sentence (or of the act told just
    before, "It follows complaints ..."): an occurrence of its own."""
    if not (
        mention.type == "incident"
        # "arrested after he was found with a knife": the find is the arrest's, no cause of its own
        and mention.subtype != "possession"
        and mention.mood == REALIS
        and mention.form == "act"
    ):
        return False
    if _FOLLOWS.match(mention.paragraph.text, mention.sentence[0]) and is_report(mention):
        # (only people's reports: "comes after a spate of violence" sums up incidents told apart)
        return True
    return (
        # a fronted "After a spike in complaints, ..." sets the scene of the story instead
        mention.clause[0] > mention.sentence[0]
        and bool(_CAUSE_CLAUSE.match(mention.paragraph.text, mention.clause[0]))
        and any(
            m.sentence == mention.sentence
            and m.clause != mention.clause
            # "applied for the order after receiving complaints": an act on an event told before
            and m.form in ("act", "ref")
            and m.mood == REALIS
            and m.type != "incident"
            for m in mentions
        )
    )


# "after residents complained", "following complaints from traders": a report of a problem, an
# occurrence of its own; "after trouble at the derby" is the story's incident, told in full later
_REPORT = re.compile(r"\bcomplain\w*|\bconcerns?\b|\bpetition", re.IGNORECASE)


def is_report(mention: Mention) -> bool:
    """The cause is people reporting a problem, not the problem's occurrence itself."""
    return bool(_REPORT.search(mention.text))
