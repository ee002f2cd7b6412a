"""Plans kept on the timeline though their time is not told: sittings already called."""

from __future__ import annotations

import re

from app.ingest.events.merge import Group
from app.ingest.events.mood import FUTURE

# a sitting named as such ("a visit", "a patrol" are rounds, not sittings)
_SITTING = re.compile(
    r"\b(?:meetings?|committee|sub-committee|cabinet|executive|panel|forum|board|council|"
    r"hearing|session|surgery|assembly|hustings)\b",
    re.IGNORECASE,
)


def is_called_sitting(group: Group) -> bool:
    """ "A follow-up meeting will be held at the mosque after Eid": a sitting that will be held
    is on the calendar even with no date to give it; a wish for one ("hopes to meet") is not."""
    return group.type == "meeting" and any(
        m.mention.mood == FUTURE
        and m.mention.form == "act"
        and not m.mention.habitual
        and _SITTING.search(m.mention.text)
        for m in group.members
    )
