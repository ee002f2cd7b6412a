"""A "since" clause with no time of its own points back at an occurrence told before.

"Since the order came into force, officers have issued 96 fines": the order's start is where the
count runs from, told already (or not at all); it is no occurrence of the sentence. With its own
time ("since the first surrender bins were installed in 2016", "since Cressida Dick took over in
February") the clause dates an occurrence it tells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.ingest.events.mention import Mention
from app.ingest.records import DateMention

_SINCE = re.compile(r"[\"“‘']?\s*since\b", re.IGNORECASE)


def since_reference(mention: Mention, dates: Sequence[DateMention]) -> Mention:
    """The mention as a reference when it stands in an undated "since" clause."""
    start, end = mention.clause
    if (
        mention.form == "ref"
        or not _SINCE.match(mention.paragraph.text, start)
        or any(start <= d.start < end for d in dates)
    ):
        return mention
    return replace(mention, form="ref")


__all__ = ["since_reference"]
