"""What the story's operation was at its start: "It started as a Christmas operation", "the scheme
began life as a pilot". The phrase describes the operation told before, not another one begun:
it becomes a reference to it (its own date words, if any, still date that start).
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.mention import Mention

_BEGAN_AS = re.compile(
    r"(?:started|starts|began|begun|begins)\s+(?:life\s+|out\s+)?as\b", re.IGNORECASE
)


def began_as(mention: Mention) -> Mention:
    """The mention, as a reference when it says what the operation was when it began."""
    if mention.type != "operation" or mention.form != "act":
        return mention
    if not _BEGAN_AS.match(mention.text):
        return mention
    return replace(mention, form="ref")


__all__ = ["began_as"]
