"""Warrants executed: an occurrence of their own, unless the same sentence tallies them with other acts."""

from __future__ import annotations

from dataclasses import replace

from app.ingest.events.mention import Mention

WARRANT = "warrant"
_ACTION = "action"


def with_arrests(mentions: list[Mention]) -> list[Mention]:
    """ "Officers carried out 12 drugs warrants across the city" tells the warrants apart from the
    week's arrests; "had made 17 arrests and had carried out six drugs warrants" or "carried out 11
    warrants, seized cocaine and recovered three knives" is one tally of the week's work."""
    if not any(
        m.type == "enforcement" and m.subtype == _ACTION for m in mentions
    ) or not any(m.subtype == WARRANT for m in mentions):
        return mentions
    return [
        replace(m, subtype=_ACTION) if m.subtype == WARRANT else m for m in mentions
    ]
