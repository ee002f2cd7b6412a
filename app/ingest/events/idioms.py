"""Incident words in phrases that name no incident: "when the sound systems fire up", "the
council came under fire", "fired off a letter", "councillors attacked the plans".
"""

from __future__ import annotations

import re

from app.ingest.events.mention import Mention

# the words right after the trigger
_AFTER = re.compile(r"\s+(?:up|off)\b", re.IGNORECASE)
_FIRE = re.compile(r"fire[sd]?$", re.IGNORECASE)
# the words right before it
_UNDER = re.compile(r"\b(?:under|heavy|cross|friendly)\s+$", re.IGNORECASE)
# an attack on a decision is criticism
_CRITICISED = re.compile(
    r"\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:decision|plans?|proposals?|"
    r"policy|policies|move|scheme|cuts?|budget|report|strategy)\b",
    re.IGNORECASE,
)


def idiom(mention: Mention) -> bool:
    """The incident trigger is part of an idiom that tells no incident."""
    if mention.type != "incident":
        return False
    text, start, end = mention.paragraph.text, mention.start, mention.end
    if _FIRE.search(mention.text):
        return bool(
            _AFTER.match(text, end) or _UNDER.search(text, max(0, start - 12), start)
        )
    if mention.text.lower() == "attacked":
        return bool(_CRITICISED.match(text, end))
    return False


__all__ = ["idiom"]
