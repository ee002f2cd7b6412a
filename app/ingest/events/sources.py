"""Figures named only as the source of a sentence: "..., according to figures released by the force".

"Between 2007 and 2012 officers arrested 250 men, according to figures released by the force"
tells the arrests; the figures only say where the number comes from. Told with a time of their own
("according to figures published on Thursday", "released earlier this year") their release is an
announcement of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention
from app.ingest.records import DateMention

_ACCORDING = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_FIGURES = re.compile(r"(?:figures|statistics|stats|data)\b", re.IGNORECASE)


def source_only(mention: Mention, dates: Sequence[DateMention]) -> bool:
    """The announcement only names the figures a sentence is told from, with no time of its own."""
    if mention.type != "announcement" or not _FIGURES.match(mention.text):
        return False
    text = mention.paragraph.text
    if not _ACCORDING.search(
        text, max(mention.sentence[0], mention.start - 40), mention.start
    ):
        return False
    return not any(mention.start <= d.start < mention.sentence[1] for d in dates)


__all__ = ["source_only"]
