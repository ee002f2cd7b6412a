"""Date words that belong to a phrase after the trigger, not to the trigger.

"Police stepped up patrols following Monday's attack": Monday is the attack's day, and the patrols
came after it. "Six people were arrested, including a man who was detained on Friday night": the
Friday is the one man's. Such a date names the phrase's own event, and the trigger must not take it.
"""

from __future__ import annotations

import re

from app.ingest.events.detect import Mention
from app.ingest.records import DateMention

# the date opens the phrase: "following Monday's attack", "after last week's disorder"
_CAUSE_OPENS = re.compile(
    r"(?i)\b(?:following|after|in\s+the\s+wake\s+of|in\s+response\s+to|prompted\s+by)\s+(?:the\s+)?$"
)
# "including a man who was detained on Friday": a relative clause inside an inclusion
_INCLUDING_WHO = re.compile(r"(?i)\bincluding\b[^.;:]*?\b(?:who|which)\b[^.;:]*$")


def belongs_to_phrase(mention: Mention, found: DateMention) -> bool:
    """A date after the trigger that opens a cause phrase or sits in an 'including ... who' clause."""
    if found.start < mention.end:
        return False
    between = mention.paragraph.text[mention.end : found.start]
    return bool(_CAUSE_OPENS.search(between) or _INCLUDING_WHO.search(between))
