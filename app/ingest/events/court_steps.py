"""Steps of one case told together in one sentence: one occurrence, not one per verb.

"She appeared at Chelmsford Magistrates' Court on December 27 and was banned from driving for 30
months": the ban is what the hearing decided. "He was charged the following day and remanded in
custody after appearing at Thames Magistrates' Court", "Four teenagers were arrested and have
been charged": one step of the case told with its outcome. A step told with a time of its own
("charged the next day and first appeared on May 13"), with a word that puts it later ("arrested
and later charged", "has since been charged") or still ahead ("will appear") stays its own act.
"""

from __future__ import annotations

import re

from app.ingest.events.candidates import Candidate
from app.ingest.events.mood import REALIS

# the acts of a case: arrest, charge, hearing, and what a hearing decides
_STEP = re.compile(
    r"\b(?:arrest(?:ed)?|charged|appear(?:ed|ing|s)?|remanded|bailed|banned|disqualified|fined|"
    r"jailed|sentenced|convicted|ordered to pay)\b",
    re.IGNORECASE,
)
# a word between the two acts that puts the second one after the first
_LATER = re.compile(
    r"\b(?:later|since|subsequently|then|afterwards|before|the (?:next|following) "
    r"(?:day|morning|week)|the day after)\b",
    re.IGNORECASE,
)
# the word that joins the two acts as one telling: "X and was banned", "remanded ... after appearing"
_JOIN = re.compile(r"\b(?:and|after)\b", re.IGNORECASE)


# "remanded in custody to appear at Leeds Crown Court next month": the hearing ahead is its own
_AHEAD = re.compile(r"\bto\s+$", re.IGNORECASE)


def _step(cand: Candidate) -> bool:
    m = cand.mention
    return (
        m.type == "enforcement"
        and m.form == "act"
        and m.mood == REALIS
        and not m.distinct
        and bool(_STEP.search(m.text))
        and not _AHEAD.search(m.paragraph.text, max(0, m.start - 4), m.start)
    )


def one_case_step(a: Candidate, b: Candidate) -> bool:
    """Two acts of one case told in one sentence with nothing that parts them in time."""
    first, second = sorted((a, b), key=lambda c: c.position)
    m1, m2 = first.mention, second.mention
    if (m1.number, m1.sentence) != (m2.number, m2.sentence) or not (
        _step(first) and _step(second)
    ):
        return False
    between = m1.paragraph.text[m1.end : m2.start]
    joins = list(_JOIN.finditer(between))
    # (a time before the join is the first act's own: "charged the following day and remanded")
    return bool(joins) and not _LATER.search(between, joins[-1].end())


__all__ = ["one_case_step"]
