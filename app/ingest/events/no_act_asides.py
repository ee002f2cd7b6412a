"""Acts named in words that tell no occurrence of them.

"... were involved before any enforcement action was taken": an act still to come, of no one yet.
"... before the new powers take effect": the order's start, named as a time for another act.
"Ten years ago it was about arresting people", "knew how to respond to reports": the act as the
topic of a way of working, or a skill.
"A decision is expected in July, when the cabinet meets": the sitting told with it is the occurrence.
"Some of them have been attacked before": a harm with no time and no one named, not a critic's
attack on a plan.
"""

from __future__ import annotations

import re

from app.ingest.events.mention import Mention

# a subordinate clause of time or condition whose act is of "any" one
_ANY_AHEAD = re.compile(
    r"^[\"“‘']?(?:before|until|unless|without|prior\s+to)\b[^,;]*\bany\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a clause of time that names an order's start ("before the new powers take effect")
_ONSET_AHEAD = re.compile(
    r"[\"“‘']?(?:before|until|ahead\s+of|by\s+the\s+time)\s+(?:[\w'’-]+\s+){1,5}?"
    r"(?:takes?|comes?)\s+(?:effect|into\s+(?:force|effect)|in)\b",
    re.IGNORECASE,
)
# "it was about arresting people", "policing is not just about fining drinkers"; "knew how to
# respond to reports": a skill, no act
_ABOUT = re.compile(r"\babout\s+$", re.IGNORECASE)
_HOW_TO = re.compile(r"\bhow\s+to\s+$", re.IGNORECASE)
_GERUND = re.compile(r"^\w+ing\b", re.IGNORECASE)
# "a decision ... is expected in July, when the council's cabinet meets"
_DECISION = re.compile(r"^(?:a|the)\s+(?:final\s+)?decision\b", re.IGNORECASE)
_AT_SITTING = re.compile(
    r"\bwhen\b[^.;]{0,60}?\b(?:meets|meet|sits|sit|convenes)\b", re.IGNORECASE
)
# "have been attacked" with no critic named after it: a harm, not a criticism
_PASSIVE = re.compile(r"\b(?:been|being|was|were|is|are)\s+$", re.IGNORECASE)
_HARM_WORD = re.compile(r"^(?:attacked|targeted|hit)$", re.IGNORECASE)
_CRITIC = re.compile(r"\s+(?:by|as|for|over)\b", re.IGNORECASE)


def no_act_aside(mention: Mention) -> bool:
    """The mention's words name an act that its clause tells no occurrence of."""
    text = mention.paragraph.text
    before = text[mention.clause[0] : mention.start]
    if _ANY_AHEAD.match(before) or (
        mention.type == "order" and _ONSET_AHEAD.match(text, mention.clause[0], mention.end)
    ):
        return True
    if (_ABOUT.search(before) and _GERUND.match(mention.text)) or _HOW_TO.search(before):
        return True
    if mention.type in ("announcement", "meeting") and _DECISION.match(mention.text):
        return bool(_AT_SITTING.search(text, mention.end, mention.sentence[1]))
    return (
        mention.subtype == "reaction"
        and bool(_HARM_WORD.match(mention.text))
        and bool(_PASSIVE.search(before))
        and not _CRITIC.match(text, mention.end)
    )


__all__ = ["no_act_aside"]
