"""The next sitting is another occurrence than the sitting the story told.

"More than 100 residents packed into the church on Wednesday evening ... The next meeting will be
held at the church in April": a plan told as "the next" one is apart from every meeting already
held, whatever the dates we could (or could not) resolve.
"""

from __future__ import annotations

import re

from app.ingest.events.candidates import Candidate, Group
from app.ingest.events.mood import FUTURE, INTENTION, REALIS

_NEXT = re.compile(r"\b(?:next|following|further)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def next_of_held(cand: Candidate, group: Group) -> bool:
    """The candidate is "the next" sitting, still ahead; the group a sitting already held."""
    m = cand.mention
    if m.mood not in (FUTURE, INTENTION) and not cand.date.planned:
        return False
    if not _NEXT.search(m.paragraph.text, max(m.sentence[0], m.start - 25), m.start):
        return False
    return all(
        g.mention.mood == REALIS and not g.date.planned and not g.pending
        for g in group.members
    )


__all__ = ["next_of_held"]
