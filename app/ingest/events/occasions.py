"""Date words of the occasion an act is set against date no trigger outside it.

"A dedicated team of 30 officers has begun patrolling the city centre as the city prepares to
welcome visitors for its year as UK City of Culture in 2025": 2025 is the occasion's, ahead; the
team began now. An "as <someone> prepares (for) / gears up / gets ready" clause tells what is
coming, not when the act of the sentence happened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention
from app.ingest.records import DateMention

# "as the city prepares to welcome ...", "as the town gears up for ...", to the sentence's end
_OCCASION = re.compile(
    r",?\s+as\s+(?:[\w’'-]+\s+){1,4}?(?:prepares?|is preparing|are preparing|gears? up|is gearing up|"
    r"gets? ready|is getting ready|braces? (?:itself|themselves)|looks? ahead)\b[^.;:]*",
    re.IGNORECASE,
)


def outside_occasions(
    mention: Mention, dates: Sequence[DateMention]
) -> list[DateMention]:
    """The dates a trigger may take: none from an "as X prepares for ..." clause it stands before."""
    text = mention.paragraph.text
    left, right = mention.sentence
    if " as " not in text[mention.end : right]:
        return list(dates)
    found = _OCCASION.search(text, mention.end, right)
    if found is None:
        return list(dates)
    return [d for d in dates if not found.start() <= d.start < found.end()]


__all__ = ["outside_occasions"]
