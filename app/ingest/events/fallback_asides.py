"""Date words a fallback act must not be read from: asides about a speaker, elections, standing states.

The fallback reads an act into a dated sentence no trigger knows. Some sentences carry a date that
dates no act of the story: "Tracy Brabin, who took over the commissioner's responsibilities in
2021, said the results showed ...", "Jack Straw, who is standing down at next month's general
election, said ..." (the speaker's career, in an aside), "Since Southend became a city last year"
(a place's status), "The charity still runs a women's service today", "two youth clubs closed since
2017" (a standing state).
"""

from __future__ import annotations

import re

from app.ingest.records import DateMention

# ", who was elected in 2021 on a pledge to ...," : an aside about a person, closed by a comma
_PERSON_ASIDE = re.compile(r",\s+(?:who|whose)\b[^,;:.]*,", re.IGNORECASE)
# a politician's election or a town's status: no policing occurrence
_OFFICE = re.compile(
    r"\b(?:elected|re-elected|election|by-election|polls?|became a city|city status|"
    r"took office|sworn in)\b",
    re.IGNORECASE,
)
_STILL = re.compile(
    # "two youth clubs closed since 2017", "a building empty since the fire": a state held since then
    r"\bstill\b|\b(?:closed|shut|empty|derelict|vacant|boarded up|abandoned|disused|out of use)\s+since\b",
    re.IGNORECASE,
)
_CLAUSE_EDGE = re.compile(r"[,;:]|\band\b|\bbut\b", re.IGNORECASE)


def _clause_around(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The words of the date's clause: from the comma (or "and") before it to the one after it."""
    left = max((m.end() for m in _CLAUSE_EDGE.finditer(text, lo, start)), default=lo)
    after = _CLAUSE_EDGE.search(text, end, hi)
    return text[left : after.start() if after else hi]


def in_aside(text: str, date: DateMention, sentence: tuple[int, int]) -> bool:
    """The date dates a speaker's aside, an election or a town's status, or a standing state."""
    if any(
        m.start() < date.start < m.end()
        for m in _PERSON_ASIDE.finditer(text, sentence[0], sentence[1])
    ):
        return True
    clause = _clause_around(text, date.start, date.end, *sentence)
    return bool(_OFFICE.search(clause) or _STILL.search(clause))


__all__ = ["in_aside"]
