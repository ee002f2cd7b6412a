"""What a sitting told before was told: "the committee heard", "figures presented to cabinet showed".

A licensing story tells the sub-committee's hearing once ("met on Tuesday, February 20") and then
what it heard, paragraph after paragraph: "The committee heard that officers were called to the pub
19 times", "The shop's licence was suspended in 2016, the committee heard", "Figures presented to
cabinet show 412 fines were issued", "the MP, who attended the meeting, said". Each names the sitting
only to say where the facts were told:
it cites that sitting, and is no sitting of its own (its date words date what was heard). Told
with a day of its own ("the panel heard on Tuesday"), or with no sitting told before, it stands.
"""

from __future__ import annotations

import re

from app.ingest.events.candidates import Candidate, Group
from app.ingest.events.mood import REALIS

_SITTING = r"(?:committee|sub-committee|cabinet|panel|board|meeting|inquiry|hearing|councillors|members)"
# "The committee heard that", ", the committee heard.", "the meeting was told"
_HEARD = re.compile(
    rf"{_SITTING}\s+(?:has\s+|had\s+|was\s+)?heard(?!\s+from)\b|{_SITTING}\s+(?:was|were)\s+told\b",
    re.IGNORECASE,
)
_DEFINITE = re.compile(
    r"\b(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}[\w-]*$", re.IGNORECASE
)
# "Figures presented to cabinet show ...": a document laid before the sitting, told for its content
_LAID = re.compile(
    r"\b(?:figures|statistics|data|papers?|documents?|reports?)\s+$", re.IGNORECASE
)
_PRESENTED = re.compile(r"presented\b", re.IGNORECASE)
# "heard on Tuesday", "was told last week": the sitting told with a day of its own
_OWN_DAY = re.compile(r"\s*(?:on|last|yesterday|this|earlier)\b", re.IGNORECASE)
# "Anneliese Dodds, who attended the meeting, said": a speaker's attendance of the meeting told
_ATTENDED = re.compile(
    r",\s+who\s+(?:had\s+)?(?:attended|was at|addressed|spoke at|chaired)\s+the\s+"
    r"(?:public\s+|community\s+)?(?:meeting|panel|session|hearing|event)\s*,",
    re.IGNORECASE,
)
_MEMBERS = re.compile(r"(?:councillors|members)\b", re.IGNORECASE)
_SITS = re.compile(rf"\b{_SITTING}\b|\bmet\b|\bheld\b", re.IGNORECASE)


def told_at_sitting(cand: Candidate) -> bool:
    """The meeting trigger only says a sitting told before heard (or was shown) what follows."""
    m = cand.mention
    if m.type != "meeting" or m.form != "act" or m.mood != REALIS:
        return False
    text = m.paragraph.text
    if any(
        a.start() < m.start < a.end() for a in _ATTENDED.finditer(text, *m.sentence)
    ):
        return True
    if _OWN_DAY.match(text, m.end):
        return False
    before = text[max(m.sentence[0], m.start - 40) : m.start]
    if _HEARD.fullmatch(m.text):
        # ("councillors were told": a bare plural names the sitting's members as "the" does)
        return bool(_DEFINITE.search(before) or _MEMBERS.match(m.text))
    return bool(_PRESENTED.match(m.text) and _LAID.search(before))


def sitting_told(cand: Candidate, groups: list[Group]) -> Group | None:
    """The sitting told before that a "the committee heard" telling speaks of (else None)."""
    if not told_at_sitting(cand):
        return None
    before = [
        g
        for g in groups
        if g.type == "meeting"
        and min(c.position for c in g.members) < cand.position
        and not any(c.pending or c.date.planned for c in g.members)
    ]
    sittings = [
        g for g in before if any(_SITS.search(c.mention.text) for c in g.members)
    ]
    chosen = sittings or before
    if not chosen:
        return None
    return max(chosen, key=lambda g: max(c.position for c in g.members))


__all__ = ["sitting_told", "told_at_sitting"]
