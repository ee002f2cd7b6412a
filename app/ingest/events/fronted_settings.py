"""An operation put before the sentence's act with a date of its own: "During the last Sceptre week
in November, officers arrested 19 people" tells the week (an operation) and the arrests (two events);
"During the crackdown, officers arrested 19 people" only sets the arrests in the story's operation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention
from app.ingest.records import DateMention

# the fronted phrase: from the sentence start to its first comma
_FRONTED = re.compile(r"[^,;.]{0,80},")


def dated_fronted(mention: Mention, dates: Sequence[DateMention]) -> bool:
    """The context trigger opens the sentence and date words follow it before the first comma."""
    text = mention.paragraph.text
    head = text[mention.sentence[0] : mention.start]
    if len(head.split()) > 1:
        return False  # at most an opening "And" or quote mark before "During"
    phrase = _FRONTED.match(text, mention.end)
    if phrase is None:
        return False
    return any(
        mention.end <= d.start
        and d.end <= phrase.end()
        and d.value.precision != "unknown"
        and d.value.earliest is not None
        for d in dates
    )
