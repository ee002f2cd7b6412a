"""An order's lapse and the renewed order's start: two occurrences, however close their dates.

"The PSPO, first introduced in October 2018, was due to expire this autumn" and "The renewed order
will come into force on October 20": the old order ends, a new one begins; the lapse is no telling
of the renewal.
"""

from __future__ import annotations

import re

from app.ingest.events.candidates import Candidate, Group

_LAPSE = re.compile(r"\b(?:expir\w*|laps\w*|run(?:s)? out|ran out)\b", re.IGNORECASE)
_RENEWED = re.compile(
    r"\b(?:renewed|new|replacement|extended)\s+(?:[\w-]+\s+){0,3}?(?:order|pspo|ban|zone)\b",
    re.IGNORECASE,
)

# "A previous order covering Mitcham, introduced in 2016, lapsed": the old order, told by its start
_OLD = re.compile(
    r"\b(?:previous|former|old|earlier|original)\s+(?:[\w-]+\s+){0,3}?(?:order|pspo|ban|zone)\b",
    re.IGNORECASE,
)


def _lapse(cand: Candidate) -> bool:
    m = cand.mention
    text = m.paragraph.text
    return bool(_LAPSE.search(text, m.start, max(m.end, m.clause[1])) or _old(cand))


def _old(cand: Candidate) -> bool:
    m = cand.mention
    return bool(_OLD.search(m.paragraph.text, m.sentence[0], m.end))


def _renewal(cand: Candidate) -> bool:
    m = cand.mention
    return not _lapse(cand) and bool(_RENEWED.search(m.paragraph.text, *m.clause))


def lapse_and_renewal(cand: Candidate, group: Group) -> bool:
    """One side is an order's lapse and the other the renewed order's start."""
    if cand.mention.type != "order":
        return False
    if _old(cand) != any(_old(m) for m in group.members):
        return True  # "A previous order, introduced in 2016": not the order the story is about
    return (_renewal(cand) and any(_lapse(m) for m in group.members)) or (
        _lapse(cand) and any(_renewal(m) for m in group.members)
    )


__all__ = ["lapse_and_renewal"]
