"""A second, sharper pre-check of a trigger on one clause: its whole anchor phrases, not one word.

The lexicon's word scan selects a trigger when the rarest word of each of its anchors starts a
word of the clause ("place" for "in place"); a fifth of the patterns then run on clauses that
lack the rest of an anchor. Every match holds one of each part's anchors as written (lower-cased),
so a substring test on the lower-cased clause rules those out before the regex runs.
"""

from __future__ import annotations

from app.ingest.events.lexicon import Trigger

# characters without case that news text often holds: lower-casing leaves them be
_CASELESS = str.maketrans(dict.fromkeys("’‘“”–—£€…•·«»°½¼¾\u00a0\u2009\u200b"))


def plain_lower(text: str) -> str | None:
    """The lower-cased text when that is what the regex engine's case folding does to it (ASCII,
    or characters without case: curly quotes, dashes, "£"), else None: an "ſ" or a Kelvin sign
    matches an "s" or "k" that a search of the lower-cased text would miss."""
    if not text.isascii() and not text.translate(_CASELESS).isascii():
        if not all(c.isascii() or c.lower() == c.upper() for c in text):
            return None
    return text.lower()


def may_match(trigger: Trigger, lowered: str | None) -> bool:
    """False only when some anchor part of the trigger has none of its phrases in the clause."""
    if lowered is None:
        return True
    # loops, not all(any(...)): this runs for every trigger a clause selects
    for part in trigger.anchors:
        for phrase in part:
            if phrase in lowered:
                break
        else:
            return False
    return True
