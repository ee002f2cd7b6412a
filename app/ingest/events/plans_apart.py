"""A plan and a done act of the same type told together are two occurrences, not one telling.

"The panel agreed its priorities and will meet again in July": the meeting held and the one ahead.
"Officers carried out a joint operation last week; further days of action would be held over the
summer": the summer's days are not the lead's operation told in full, however the lead is dated.
"""

from __future__ import annotations

import re
from datetime import timedelta

from app.ingest.events.candidates import Candidate, Group
from app.ingest.events.mood import FUTURE, INTENTION, REALIS

_AND = re.compile(r"\W*(?:and|but)\s", re.IGNORECASE)
# ", and trading standards officers will visit": a clause with its own subject before its modal
_NEW_SUBJECT = re.compile(
    r"\W*(?:and|while|but)\s+(?!will\b|would\b)(?:[\w'’-]+\s+){1,5}?(?:will|would|are to|is to)\s",
    re.IGNORECASE,
)
# a plan starting this long after the done act ends is another run, not the same one told ahead
# ("launched on Monday ... the patrols will begin on Friday" stays one operation)
_LATER = timedelta(days=14)


def ahead_and_done(a: Candidate, b: Candidate) -> bool:
    """Two clauses of one sentence, a done act and then, joined by "and", one still ahead ("before
    the cabinet makes its decision" is the plan's own clause, told in the present)."""
    if a.mention.clause == b.mention.clause or a.mention.closing or b.mention.closing:
        return False
    done, ahead = sorted((a, b), key=lambda c: c.position)
    text = ahead.mention.paragraph.text
    return (
        done.mention.mood == REALIS
        and ahead.mention.mood == FUTURE
        and _AND.match(text, ahead.mention.clause[0]) is not None
    )


def own_subject_plans(a: Candidate, b: Candidate) -> bool:
    """ "Wardens will patrol the park over the weekend, and trading standards officers will visit
    shops": two plans of one sentence, the second with a subject of its own, are two acts."""
    if a.mention.clause == b.mention.clause:
        return False
    first, second = sorted((a, b), key=lambda c: c.position)
    text = second.mention.paragraph.text
    return (
        first.mention.mood == FUTURE
        and second.mention.mood == FUTURE
        and _NEW_SUBJECT.match(text, second.mention.clause[0]) is not None
    )


def later_plan(cand: Candidate, group: Group) -> bool:
    """A plan dated well after every done telling of the group: another occurrence."""
    if (
        cand.mention.mood not in (FUTURE, INTENTION)
        or not cand.date.planned
        or cand.date.earliest is None
        or cand.mention.closing
    ):
        return False
    done = [m for m in group.members if m.mention.mood == REALIS and not m.date.planned]
    return (
        len(done) == len(group.members)
        and all(m.date.latest is not None for m in done)
        and cand.date.earliest > max(m.date.latest for m in done) + _LATER
    )
