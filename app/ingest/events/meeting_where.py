"""A statement told in the "where" clause of a meeting: what the meeting heard, no statement apart.

"... attended the ward panel on Thursday, March 9, where officers reported back on the last three
months": the report is what the panel heard.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.mention import Mention

_WHERE = re.compile(r"[\s,]*where\b", re.IGNORECASE)
_SITTING = re.compile(
    r"\b(?:meeting|panel|committee|cabinet|forum|hustings|surgery|drop-in|session)\b",
    re.IGNORECASE,
)


def where_reference(mention: Mention) -> Mention:
    """The mention as a reference when it tells what a meeting of its sentence heard."""
    if mention.form == "ref":
        return mention
    text = mention.paragraph.text
    if (
        mention.type == "announcement"
        and _WHERE.match(text, mention.clause[0])
        and _SITTING.search(text, mention.sentence[0], mention.clause[0])
    ):
        return replace(mention, form="ref")
    return mention


__all__ = ["where_reference"]
