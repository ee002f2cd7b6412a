"""Two incidents joined by "and" in one clause, each told with a time of its own.

"after a woman was glassed on the dancefloor in June and a fight spilled out into the street in the
early hours of Sunday, July 9", "after a spate of phone snatches over the winter and a stabbing last
month": two occurrences (sequels.dated_apart reads the times). Detection already keeps both
triggers; here each one's clause is cut at the "and" that joins them, so each keeps its own time
and neither borrows the other's (the nearer time would otherwise be the first one's).
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.mention import Mention
from app.ingest.events.sequels import dated_apart

_TYPES = frozenset({"incident"})
# the joiner between the first incident's time and the second incident
_JOIN = re.compile(r"[\s,]*\b(?:and|but)\s+", re.IGNORECASE)


def with_dated_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions, each of two dated incidents joined by "and" in its own part of the clause."""
    if len(mentions) < 2:
        return mentions
    out = list(mentions)
    for i, first in enumerate(out):
        if first.type not in _TYPES or first.form != "act":
            continue
        for j, second in enumerate(out):
            if (
                j == i
                or second.type != first.type
                or second.form != "act"
                or second.clause != first.clause
                or second.start < first.end
                or not dated_apart(text, first.end, second.start, second.end)
            ):
                continue
            joins = list(_JOIN.finditer(text, first.end, second.start))
            if not joins:
                continue
            cut = joins[-1].start()
            out[i] = replace(first, clause=(first.clause[0], cut))
            out[j] = replace(second, clause=(cut, second.clause[1]))
            break
    return out
