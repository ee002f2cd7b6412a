"""Sentences passed at the hearing a court report dates: "was sentenced at Bolton Crown Court on
Monday, June 11" and, paragraphs on, "Co-defendant Jade Morris was given a suspended sentence" or
"The judge also made him the subject of a criminal behaviour order". Told in the past tense with no
date words, such an act happened at that hearing, not on the publication day.
"""

from __future__ import annotations

import re

from app.ingest.events.candidates import Candidate

# how far after the dated hearing a sentencing act is still told of it
HEARING_REACH = 8

# the court's acts at a hearing: a sentence, an order made at sentencing, a fine or a ban
_SENTENCING = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:sentenced|jailed|given|handed|ordered\s+to|fined|banned|"
    r"disqualified|made\s+subject)\b"
    r"|\b(?:judge|recorder|magistrates?|district\s+judge|the\s+court|the\s+bench)\b[^.;]{0,40}?"
    r"\b(?:also\s+)?(?:made|imposed|granted|issued|ordered|handed|gave|sentenced|jailed|fined|banned)\b",
    re.IGNORECASE,
)
# the hearing itself: a sentence or conviction told with the court's name
_HEARING = re.compile(
    r"\b(?:sentenced|jailed|convicted|found\s+guilty|given|handed)\b[^.;]{0,80}?"
    r"\b(?:Crown|Magistrates[\x27’]?|Youth|Sheriff|High)\s+Court\b"
    r"|\b(?:Crown|Magistrates[\x27’]?|Youth|Sheriff|High)\s+Court\b[^.;]{0,80}?"
    r"\b(?:sentenced|jailed|convicted|found\s+guilty)\b",
    re.IGNORECASE,
)
# "has been given", "is now subject to": the present perfect tells the news, dated on its own
_PRESENT = re.compile(r"\b(?:has|have|is|are|will|would)\b", re.IGNORECASE)


def is_hearing(cand: Candidate) -> bool:
    """A dated sentencing or conviction at a named court, dated to the day."""
    m = cand.mention
    return (
        cand.dated
        and cand.date.precision == "day"
        and not cand.date.planned
        and bool(_HEARING.search(m.paragraph.text, m.sentence[0], m.sentence[1]))
    )


def at_hearing(cand: Candidate, hearing: Candidate | None) -> Candidate | None:
    """The hearing when the candidate is a past sentencing act with no date of its own told soon
    after it, else None."""
    m = cand.mention
    if hearing is None or not 0 < m.number - hearing.mention.number <= HEARING_REACH:
        return None
    if m.type not in ("enforcement", "order"):
        return None
    text = m.paragraph.text
    clause = text[m.sentence[0] : m.clause[1]]
    if _PRESENT.search(clause):
        return None
    return hearing if _SENTENCING.search(clause) else None
