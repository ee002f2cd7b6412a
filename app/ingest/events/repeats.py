"""A noun told as "meeting after meeting": many occurrences summed up, none told.

"Residents, mosques and businesses have held meeting after meeting; police and the council have
tried operation after operation": the years of a story in one phrase, no occurrence to date.
"""

from __future__ import annotations

import re

from app.ingest.events.mention import Mention

_AFTER = re.compile(r"\s+(?:after|upon)\s+([\w-]+)", re.IGNORECASE)
_LAST_WORD = re.compile(r"([\w-]+)\W*$")


def repeated(mention: Mention) -> bool:
    """The trigger's noun is followed by "after" and the same noun again."""
    last = _LAST_WORD.search(mention.text)
    after = _AFTER.match(mention.paragraph.text, mention.end)
    return bool(last and after and last.group(1).lower() == after.group(1).lower())


__all__ = ["repeated"]
