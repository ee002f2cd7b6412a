"""An operation relaunched is apart from its first launch told with a date of its own.

"Operation Stride, launched in 2014 after a spate of shootings, was being relaunched with extra
patrols": the 2014 launch and the relaunch now are two occurrences. "Operation Castle, the force's
long-running crackdown, which was relaunched last autumn": the crackdown named with no date of its
own is the one relaunched, one occurrence.
"""

from __future__ import annotations

import re

from app.ingest.events.candidates import Candidate
from app.ingest.events.unresolved_dates import date_words

_RELAUNCH = re.compile(
    r"\b(?:re-?launch\w*|reviv\w+|reinstat\w+|restart\w*|resum\w+)", re.IGNORECASE
)


def relaunch_apart(a: Candidate, b: Candidate) -> bool:
    """One telling is a relaunch, the other an act with date words the relaunch does not share."""
    for again, first in ((a, b), (b, a)):
        if _RELAUNCH.search(again.mention.text) and not _RELAUNCH.search(
            first.mention.text
        ):
            theirs = date_words(first)
            return theirs is not None and theirs != date_words(again)
    return False
