"""A guilty plea told beside the court outcome it led to is part of that outcome.

"Whitlow was made subject to a criminal behaviour order ..., after admitting a public order offence"
tells the order and the plea: two acts of the court. "Kettle was jailed for 18 months ... after
admitting possession of heroin" tells one court outcome, the sentence passed on the plea.
"""

from __future__ import annotations

from app.ingest.events.mention import Mention

PLEA = "plea"
_OUTCOME = frozenset({"court"})


def without_told_pleas(mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions without a plea whose sentence also tells a court's sentence."""
    if not any(m.subtype == PLEA for m in mentions):
        return mentions
    judged = {
        m.sentence
        for m in mentions
        if m.type == "enforcement" and m.subtype in _OUTCOME
    }
    return [m for m in mentions if not (m.subtype == PLEA and m.sentence in judged)]
