"""A sentence whose subject points back at the one before: "Newham Council is also recruiting its
own enforcement officers. The first 12 will start work in January." The body that is the earlier
sentence's subject does the act its sequel tells, where the sequel names no one itself."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.events.sentences import split_sentences
from app.ingest.records import AgencyRef

# "The first 12", "The remaining eight", "They", "The new wardens": the subject told before
_BACK = re.compile(
    r"(?:The\s+(?:first|next|last|other|remaining|new|extra)\s+(?:\d+|[a-z]+)|They|These|Those)\b"
)


def earlier_subject(mention: Mention, hits: tuple[Hit, ...]) -> list[AgencyRef]:
    """The body opening the paragraph's previous sentence, when the mention's sentence opens by pointing back at it."""
    text, start = mention.paragraph.text, mention.sentence[0]
    if start == 0 or not _BACK.match(text, start):
        return []
    before = [s for s in split_sentences(text) if s[1] <= start]
    if not before:
        return []
    opening = before[-1][0]
    return [h.agency for h in hits if h.agency is not None and opening <= h.start <= opening + 4][:1]
