"""Date words that belong to a phrase after the trigger, not to the trigger.

"Police stepped up patrols following Monday's attack": Monday is the attack's day, and the patrols
came after it. "Six people were arrested, including a man who was detained on Friday night": the
Friday is the one man's. "PC Tull told Thursday's meeting that ... two assaults in the spring": the
spring is the assaults', not the meeting's. Such a date names the phrase's own event, and the
trigger must not take it.
"""

from __future__ import annotations

import re

from app.ingest.events.detect import Mention
from app.ingest.records import DateMention

# the date opens the phrase: "following Monday's attack", "after last week's disorder"
_CAUSE_OPENS = re.compile(
    r"(?i)\b(?:following|after|in\s+the\s+wake\s+of|in\s+response\s+to|prompted\s+by)\s+(?:the\s+)?$"
)
# "in the year to March", "the 12 months ending June 2023": a statistical period's last month
_PERIOD_TO = re.compile(
    r"(?i)\b(?:year|months)\s+(?:to|up\s+to|ending(?:\s+in)?|until)\s+(?:the\s+end\s+of\s+)?$"
)
# "including a man who was detained on Friday": a relative clause inside an inclusion
_INCLUDING_WHO = re.compile(r"(?i)\bincluding\b[^.;:]*?\b(?:who|which)\b[^.;:]*$")
# "told Thursday's meeting that ... two assaults in the spring": the content reported, not the telling
_TOLD = re.compile(r"(?i)\b(?:told|heard|addressed|briefed|updated)\b")
_THAT = re.compile(r"(?i)\bthat\b")


def belongs_to_phrase(mention: Mention, found: DateMention) -> bool:
    """A date after the trigger that opens a cause phrase or sits in an 'including ... who' clause."""
    text = mention.paragraph.text
    if mention.type == "announcement" and _PERIOD_TO.search(
        text, max(0, found.start - 40), found.start
    ):
        # "figures published by the force show crime fell in the year to March": the period the
        # figures count, not the day they came out
        return True
    if found.end <= mention.start and text[found.end : found.end + 2] in ("'s", "’s"):
        # "told Thursday's meeting that officers had been called to the bar nine times": the
        # possessive names the meeting's day; what is reported in its that-clause has no day of it
        return bool(_THAT.search(text, found.end, mention.start))
    if found.start < mention.end:
        return False
    between = mention.paragraph.text[mention.end : found.start]
    return bool(
        _CAUSE_OPENS.search(between)
        or _INCLUDING_WHO.search(between)
        or (
            mention.type == "meeting"
            and _TOLD.search(mention.paragraph.text, mention.sentence[0], mention.end)
            and _THAT.search(between)
        )
    )


def names_trigger(found: DateMention, mention: Mention) -> bool:
    """A possessive time opening the trigger: "Thursday's meeting", "Monday's attack"."""
    text = mention.paragraph.text
    return found.start == mention.start and text[found.end : found.end + 2] in (
        "'s",
        "’s",
    )
