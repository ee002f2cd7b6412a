"""Detection remembered per paragraph: the same paragraph gives the same trigger mentions.

Syndicated stories reach several titles word for word, and a corpus's copies of a story share
most paragraphs. Detection reads a paragraph alone (its number, kind and text, against the
lexicon loaded once), so what it found can be handed out again instead of scanning the
paragraph's sentences with every trigger a second time. Mentions are frozen; callers get a list
of their own.
"""

from __future__ import annotations

from functools import lru_cache

from app.ingest.events.detect import detect_mentions
from app.ingest.events.mention import Mention
from app.ingest.records import Paragraph

_PARAGRAPHS = 8192  # a few megabytes of mentions at most


@lru_cache(maxsize=_PARAGRAPHS)
def _detected(paragraph: Paragraph) -> tuple[Mention, ...]:
    return tuple(detect_mentions(paragraph))


def paragraph_triggers(paragraph: Paragraph) -> list[Mention]:
    """What ``detect_mentions(paragraph)`` finds with the default lexicon, remembered per paragraph."""
    return list(_detected(paragraph))


def clear() -> None:
    """Forget every paragraph read (benchmarks measure reading text never seen)."""
    _detected.cache_clear()
