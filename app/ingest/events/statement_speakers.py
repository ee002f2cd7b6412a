"""The speaker of a statement told before its maker: "In a statement on Wednesday, Ch Supt Neil
Stuart, divisional commander for Edinburgh, said ..." is the superintendent's, so the force's."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.records import PersonRef

# the person, an optional apposition ("divisional commander for Edinburgh"), then "said"
_SAID_AFTER = re.compile(r"(?:,[^,.;:\"“”]{1,80},)?\s+(?:has\s+|had\s+)?(?:said|added|told)\b")


def statement_speakers(mention: Mention, people: tuple[Hit, ...]) -> list[PersonRef]:
    """The people named after an announcement's trigger, in its sentence, who are then said to speak."""
    if mention.type != "announcement":
        return []
    text, (_start, end) = mention.paragraph.text, mention.sentence
    return [
        h.person
        for h in people
        if h.person and mention.end <= h.start < end and _SAID_AFTER.match(text, h.end)
    ][:1]
