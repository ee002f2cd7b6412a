"""A body's new head told as news: "Phil Gormley took over as Police Scotland's chief constable",
"Sir Mark Rowley took over as Met Commissioner". The body whose post is filled takes part in the
appointment, though it is named after the verb."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention

_AS_BEFORE = re.compile(
    r"\b(?:took\s+over|takes\s+over|taking\s+over|became|becomes|appointed|named|sworn\s+in|started|starts|began"
    r"|took\s+up\s+(?:the\s+)?post)\s+as\s+(?:the\s+)?(?:new\s+|acting\s+|interim\s+|permanent\s+)?$",
    re.IGNORECASE,
)
_POST_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:new\s+|acting\s+|interim\s+)?(?:chief\s+constable|deputy\s+chief\s+constable|commissioner"
    r"|chief\s+executive|leader|chair|director|commander)\b",
    re.IGNORECASE,
)


def post_of(hit: Hit, mention: Mention) -> bool:
    """Whether the body named after an announcement's trigger is the one whose head was appointed."""
    text = mention.paragraph.text
    return bool(
        _AS_BEFORE.search(text, max(mention.sentence[0], hit.start - 60), hit.start)
        and _POST_AFTER.match(text, hit.end)
    )
