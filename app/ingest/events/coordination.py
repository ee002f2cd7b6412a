"""Bodies coordinated into one subject: "which the council and West Midlands Police were awarded".

The clause splitter parts a sentence at "and", so the first of two bodies joined by "and" can fall in
the clause before the act's own; joined by nothing but "and" or a comma, it acts with the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.ingest.events.lookup import Hit

_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|(?:and|&)\s+)")


def joined_before(
    chosen: list[Hit],
    hits: tuple[Hit, ...],
    text: str,
    sentence: tuple[int, int],
    acts: Callable[[Hit], bool],
) -> list[Hit]:
    """The bodies listed right before the first chosen one ("X and Y", "X, Y and Z"), in its sentence,
    that `acts` accepts."""
    if not chosen:
        return []
    first = min(chosen, key=lambda h: h.start)
    out: list[Hit] = []
    before = [h for h in hits if sentence[0] <= h.start < first.start]
    if not before:
        return []
    for hit in sorted(before, key=lambda h: -h.start):
        if hit.agency is None or not _JOIN.fullmatch(text, hit.end, first.start) or not acts(hit):
            break
        out.append(hit)
        first = hit
    return out
