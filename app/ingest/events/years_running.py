""""For the third year running": consecutive years counted, nothing run or launched.

"Crime in Hull falls for third year running as force credits neighbourhood teams": "running"
after a year (night, week, season) counts how often, so a trigger that reads it as an act begun
("running ... teams") tells nothing.
"""

from __future__ import annotations

import re

from app.ingest.events.mention import Mention

_RUNNING = re.compile(r"running\b", re.IGNORECASE)
_COUNTED = re.compile(
    r"\b(?:years?|nights?|weeks?|days?|months?|seasons?|weekends?|summers?|winters?|times?|"
    r"matches|games)\s+$",
    re.IGNORECASE,
)


def without_years_running(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without those whose trigger opens on "running" after a counted time."""
    return [
        m
        for m in mentions
        if not (
            _RUNNING.match(text, m.start)
            and _COUNTED.search(text, max(0, m.start - 12), m.start)
        )
    ]


__all__ = ["without_years_running"]
