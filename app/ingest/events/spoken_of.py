"""Things spoken of rather than done: a harm named as the topic of a warning, an act promised or
favoured in a poll, a rule a consultation asks about, what a grant is given to do (session 7).

"urged parents to talk to their children about the dangers of fire-setting" names no fire;
"the Commissioner, who has promised more officers on the streets" launches no team; "78 per cent of
which supported renewing the ban" and "launched a consultation last week on renewing the PSPO"
renew nothing yet.
"""

from __future__ import annotations

import re

# the words right before an incident trigger that make it a topic, not an occurrence
_TOPIC = re.compile(
    r"\b(?:(?:dangers?|risks?|perils|harms?|consequences|effects)\s+of|"
    r"(?:talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke|warn(?:s|ed|ing)?|educat(?:e|es|ed|ing)|advice|advise[sd]?|"
    r"lessons?|sessions?|awareness)\s+(?:[\w'’-]+\s+){0,5}?(?:about|on|of))\s+(?:[\w-]+\s+){0,1}$",
    re.IGNORECASE,
)
# a promise just before the trigger: the act is intended, a plan only with a time of its own
# (three words at most between: "has promised more officers on the streets")
_PROMISED = re.compile(
    r"\b(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# money given to do something: what it pays for comes after the grant ("announced £40,000 to pay for
# two extra marshals from November" is a team still to start)
_PAID_TO = re.compile(
    r"(?:£[\d,.]+(?:m|k|bn|million)?|funding|money|grant|cash)\s+(?:[\w'’-]+\s+){0,3}?to\s+$",
    re.IGNORECASE,
)
# "The committee also agreed to consult residents on extending the zone": a consultation decided on
# is still to open (the decision is the sitting's)
_AGREED_TO = re.compile(r"\b(?:agreed|voted|decided|resolved)\s+to\s+$", re.IGNORECASE)
_CONSULT = re.compile(r"consult", re.IGNORECASE)
# a poll's verdict or a consultation's question just before the trigger: the act is only asked
# about, dated or not ("78 per cent of which supported renewing the ban")
_ASKED = re.compile(
    r"(?:\b(?:per cent|%|majority|most|respondents|residents)\b(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:supported|backed|opposed|favoured|favored|welcomed|wanted|rejected|agreed with|were in favour of|"
    r"said they (?:wanted|supported|backed))\s+(?:[\w'’-]+\s+){0,1}"
    r"|\bconsultation\s+(?:[\w'’-]+\s+){0,3}?on\s+(?:[\w'’-]+\s+){0,1})$",
    re.IGNORECASE,
)


def is_topic(text: str, start: int, trigger_start: int) -> bool:
    """True when the words before an incident trigger make it the topic of a warning or a talk."""
    return _TOPIC.search(text, start, trigger_start) is not None


def wanted_mood(
    before: str, trigger: str, intention: str, hypothetical: str, future: str
) -> str | None:
    """``intention`` when the words right before a trigger promise it (or a sitting agreed to
    consult), ``hypothetical`` when a poll favours it or a consultation asks about it, ``future``
    when money is given to do it, else None."""
    before = before[-160:]
    if _AGREED_TO.search(before) and _CONSULT.match(trigger):
        return intention
    if _PAID_TO.search(before):
        return future
    if _PROMISED.search(before):
        return intention
    if _ASKED.search(before):
        return hypothetical
    return None


# "It is the first licence the council has revoked since May": a count of occurrences told elsewhere
# (sentence_frames.SUMMARY keeps such sentences from the triggers; this keeps them from the fallback too)
_COUNT_OF_TIMES = re.compile(
    r"[\"“‘']?(?:it|this|that)\s+(?:is|was|marks)\s+the\s+(?:first|second|third|fourth|fifth|sixth|"
    r"\d+(?:st|nd|rd|th)|\w+th|latest|umpteenth)\b",
    re.IGNORECASE,
)


def counts_times(text: str, sentence_start: int) -> bool:
    """True for a sentence that counts occurrences ("It is the third ... since ...")."""
    return _COUNT_OF_TIMES.match(text, sentence_start) is not None
