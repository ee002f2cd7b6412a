"""A run of incidents named only as what prompted an act, with no time of its own: no event.

"Last summer police used a dispersal order in Hayes after a series of fights near Botwell Lane",
"In 2021, after a series of stabbings, police began using dispersal orders", "arrested three men
last week in connection with a series of car thefts": the time is the act's; the fights are its
reason, told with no occurrence of their own. Told with a time ("after a series of arson attacks
in May") they are an incident of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention
from app.ingest.records import DateMention

# the reason marker, then the plural that names no single occurrence (up to the trigger's end)
_CAUSE_SERIES = re.compile(
    r"\b(?:after|following|in connection with|in response to|prompted by|because of)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+)?(?:series|string|number|run|succession)\s+of\s+(?:[\w-]+\s+){1,4}$",
    re.IGNORECASE,
)


def undated_cause_series(mention: Mention, dates: Sequence[DateMention]) -> bool:
    """An incident told as "after a series of ..." with no date words after the marker."""
    if mention.type != "incident" or mention.form == "ref":
        return False
    text = mention.paragraph.text
    start = max(mention.sentence[0], mention.start - 90)
    cause = _CAUSE_SERIES.search(text[start : mention.end] + " ")
    if cause is None:
        return False
    marker = start + cause.start()
    return not any(marker <= d.start < mention.sentence[1] for d in dates)


__all__ = ["undated_cause_series"]
