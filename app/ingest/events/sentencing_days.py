"""One sentencing hearing told person by person: the sentences passed that day are one court act.

"The men were sentenced at Liverpool Crown Court on Thursday, March 10", then "Ringleader Connor
Doyle, 29, was jailed for 14 years. His cousin received ten years": the later sentences carry no
day of their own (they borrow the hearing's) and tell what that hearing passed.
"""

from __future__ import annotations

import re

from app.ingest.events.candidates import Candidate, Group
from app.ingest.events.mood import REALIS
from app.ingest.events.tellings import same_interval

_SENTENCED = re.compile(r"\b(?:jailed|sentenced|imprisoned|locked up)\b", re.IGNORECASE)


def _sentence_passed(cand: Candidate) -> bool:
    m = cand.mention
    return (
        m.type == "enforcement"
        and m.subtype == "court"
        and m.form == "act"
        and m.mood == REALIS
        and not m.distinct
        and _SENTENCED.search(m.text) is not None
    )


def same_sentencing(cand: Candidate, group: Group) -> bool:
    """A sentence passed with the day borrowed from a sentencing hearing told before on that day."""
    return (
        cand.borrowed
        and cand.date.precision == "day"
        and _sentence_passed(cand)
        and any(
            not m.borrowed
            and m.position < cand.position
            and _sentence_passed(m)
            and same_interval(m.date, cand.date)
            for m in group.members
        )
    )


__all__ = ["same_sentencing"]
