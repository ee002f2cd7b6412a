"""Acts whose reach is a whole force area or the nation: a commissioner's, a chief constable's,
a minister's or an inspectorate's. They take no district from the article's main area."""

from __future__ import annotations

import re

from app.ingest.events.mention import Mention

# offices and bodies whose acts cover a whole force area or more
_FORCE_OFFICE = re.compile(
    r"\b(?:police(?:,\s*fire)?\s+and\s+crime\s+commissioner|PF?CC|(?:deputy\s+|assistant\s+)?chief\s+constable"
    r"|Home\s+Secretary|Home\s+Office|policing\s+minister|Justice\s+Secretary|Prime\s+Minister|Government"
    r"|(?:inspection|inspectorate|review|audit)\s+of\s+the\s+force|HMICF?R?S?|force-?wide"
    r"|(?:roads|road)\s+policing\s+unit|the\s+force['’]s\s+(?:\w+\s+){0,2}(?:campaign|unit|strategy|budget))\b"
)
# types told of one place: a meeting or an incident happens somewhere
_PLACED = frozenset({"incident", "meeting"})


def force_wide(members: list, event_type: str) -> bool:
    """Whether every telling is the act of a force-wide office or body, named in its clause or as
    the subject before the trigger."""
    if event_type in _PLACED or not members:
        return False
    return all(_office_act(m) for m, _ in members)


def _office_act(mention: Mention) -> bool:
    text = mention.paragraph.text
    return bool(
        _FORCE_OFFICE.search(text, *mention.clause)
        or _FORCE_OFFICE.search(text, mention.sentence[0], mention.start)
    )
