"""Date words of a speaker's aside date no trigger outside it.

"Kim McGuinness, who visited officers in Walker on Tuesday, said the results showed the value of the
force's Operation Sentinel": Tuesday is the visit's; "Diane Abbott, campaigning for the snap general
election on June 8, sent a message of support to the meeting": June 8 is the election's. A trigger
takes no date from an aside it is not in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention
from app.ingest.records import DateMention

# ", who visited officers on Tuesday," / ", campaigning for the election on June 8,"
_ASIDE = re.compile(
    r",\s+(?:who|whose|campaigning|standing|speaking|writing)\b[^,;:.]*,", re.IGNORECASE
)


def aside_free_dates(
    mention: Mention, dates: Sequence[DateMention]
) -> list[DateMention]:
    """The paragraph's dates a trigger may take: none from an aside it stands outside."""
    start, end = mention.sentence
    if not any(start <= d.start < end for d in dates):
        return list(dates)  # no date in its sentence: no aside to pass over
    text = mention.paragraph.text
    asides = [
        a.span()
        for a in _ASIDE.finditer(text, *mention.sentence)
        if not a.start() <= mention.start < a.end()
    ]
    return [d for d in dates if not any(s <= d.start < e for s, e in asides)]


__all__ = ["aside_free_dates"]
