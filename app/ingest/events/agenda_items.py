"""An order named only as what a sitting or a consultation will weigh: the sitting's business.

"The cabinet is due to consider extending the order at a meeting next month", "the committee will
review how the order is being enforced at its meeting in September", "urged residents to take part
in the consultation on renewing the PSPO, which closes on May 2": the sitting (or the consultation)
is the event; the order is its subject, with no act of its own yet. An order made or agreed ("the
cabinet agreed to renew the order on Monday") is an act, and stays.
"""

from __future__ import annotations

import re

from app.ingest.events.mention import Mention
from app.ingest.events.mood import REALIS

_WEIGHERS = frozenset({"meeting", "consultation"})
# what a sitting or a consultation does with the order it names: weighs it, not makes it
_WEIGH = re.compile(
    r"\b(?:review\w*|consider\w*|decid\w*|discuss\w*|debat\w*|examin\w*|scrutini[sz]\w*|"
    r"look(?:s|ed|ing)?\s+at|vot\w*\s+on|consult\w*|on|whether|how)\s*$",
    re.IGNORECASE,
)
# words that may stand between the verb and the order: "to consider whether to renew the order"
_FILLER = re.compile(r"(?:\s+(?:to|the|a|an|its|their|be|being))*\s*$", re.IGNORECASE)
# a short complement between the two triggers ("whether to", "how the", "on renewing the")
_GAP = 40


def agenda_item(mention: Mention, mentions: list[Mention]) -> bool:
    """A planned order that only names what a sitting or consultation of its sentence will weigh."""
    if mention.type != "order" or mention.mood == REALIS or mention.form != "act":
        return False
    text = mention.paragraph.text
    return any(
        other.type in _WEIGHERS
        and other.sentence == mention.sentence
        and other.end <= mention.start
        and mention.start - other.end <= _GAP
        and not re.search(r"[,;:]", text[other.end : mention.start])
        and _weighs(text[other.start : mention.start])
        for other in mentions
    )


def _weighs(span: str) -> bool:
    """The sitting's trigger and the words up to the order end in a verb of weighing."""
    return bool(_WEIGH.search(_FILLER.sub("", span)))


__all__ = ["agenda_item"]
