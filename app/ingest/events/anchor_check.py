"""A second, sharper pre-check of a trigger on one clause: its whole anchor phrases, not one word.

The lexicon's word scan selects a trigger when the rarest word of each of its anchors starts a
word of the clause ("place" for "in place"); a fifth of the patterns then run on clauses that
lack the rest of an anchor. Every match holds one of each part's anchors as written (lower-cased),
so a substring test on the lower-cased clause rules those out before the regex runs.
"""

from __future__ import annotations

from app.ingest.events.lexicon import Trigger


def may_match(trigger: Trigger, lowered: str | None) -> bool:
    """False only when some anchor or check part of the trigger has none of its phrases in the clause."""
    if lowered is None:
        return True
    # loops, not all(any(...)): this runs for every trigger a clause selects
    for part in trigger.checks:
        for phrase in part:
            if phrase in lowered:
                break
        else:
            return False
    for part in trigger.anchors:
        for phrase in part:
            if phrase in lowered:
                break
        else:
            return False
    return True
