"""Fines and other plain acts listed after enforcement actions in one sentence: one tally of the work.

"officers have made 146 arrests, seized 40 knives and other weapons, and issued 38 directions to
leave the area": detect._subtype already reads fines among other actions of one clause as part of
the action; a list cut into clauses at its commas is the same tally.
"""

from __future__ import annotations

from dataclasses import replace

from app.ingest.events.mention import Mention

_ENFORCEMENT = "enforcement"
_ACTION = "action"
# fines, and acts the lexicon gives no subtype ("issued 38 directions to leave")
_LISTED = frozenset({"penalty", ""})


def with_listed_fines(mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions, a fine or plain act listed after other actions read as part of the action."""
    actions = [
        m
        for m in mentions
        if m.type == _ENFORCEMENT and m.subtype == _ACTION and m.form == "act"
    ]
    if not actions:
        return mentions
    return [
        replace(m, subtype=_ACTION)
        if m.type == _ENFORCEMENT
        and m.subtype in _LISTED
        and m.form == "act"
        and any(a.end <= m.start and a.clause != m.clause for a in actions)
        else m
        for m in mentions
    ]
