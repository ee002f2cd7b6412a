"""A sentencing told twice: the lead's "has been jailed" and the hearing told in full further down.

"A dealer who sold crack outside Heathway station has been jailed for three years" (the lead) and
"Mitchell was sentenced at Snaresbrook Crown Court on Friday" are one court act. The lead names
where the crimes were, in the clause that describes the person; the full telling names the court,
where the act happens. Their places differ without telling two occurrences apart.
"""

from __future__ import annotations

import re

from app.ingest.events.candidates import Candidate, Group
from app.ingest.events.mood import REALIS

# the words of a prison or other sentence passed, in the lead or in the full telling
_SENTENCED = re.compile(
    r"\b(?:jailed|sentenced|imprisoned|locked up|given\b.*\bsentence)\b", re.IGNORECASE
)


def _sentencing(cand: Candidate) -> bool:
    m = cand.mention
    return (
        m.type == "enforcement"
        and m.subtype == "court"
        and m.form == "act"
        and m.mood == REALIS
        and bool(_SENTENCED.search(m.text))
    )


def _lead_summary(cand: Candidate) -> bool:
    """The lead's undated "has been jailed" (or "jailed and banned from the area", read as the ban)."""
    m = cand.mention
    return (
        cand.lead
        and not cand.dated
        and m.type == "enforcement"
        and m.mood == REALIS
        and (
            _sentencing(cand)
            or bool(_SENTENCED.search(m.paragraph.text, m.clause[0], m.clause[1]))
        )
    )


def lead_sentencing(cand: Candidate, group: Group) -> bool:
    """The group is the lead's undated "has been jailed" and the candidate the same sentencing
    told again (in full, with the court and its day, or once more in the lead)."""
    return (
        _sentencing(cand)
        and not cand.mention.distinct
        and all(_lead_summary(m) for m in group.members)
    )


__all__ = ["lead_sentencing"]
