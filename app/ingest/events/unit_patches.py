"""Where an act told "across" a command unit happens: "a crackdown launched across the South West
BCU" takes place in every borough the unit polices, not in the article's one borough."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention

_ACROSS = re.compile(r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?$", re.IGNORECASE)


def across_unit(mention: Mention, hits: tuple[Hit, ...], lookup) -> list[str]:
    """The boroughs of a command unit the mention's sentence says the act spans ("across the East BCU")."""
    unit_boroughs = getattr(getattr(lookup, "gaz", None), "unit_boroughs", None)
    # police work carried out across the unit; a count or a team "across the unit" stays the story's
    if unit_boroughs is None or mention.type not in ("operation", "enforcement"):
        return []
    text, (start, end) = mention.paragraph.text, mention.sentence
    out: list[str] = []
    for hit in hits:
        if (
            hit.agency is not None
            and hit.agency.unit
            and start <= hit.start < end
            and _ACROSS.search(text, max(start, hit.start - 20), hit.start)
        ):
            out += unit_boroughs(hit.agency.unit)
    return list(dict.fromkeys(out))
