"""Acts told as how an operation or an order went, right after the noun that names it.

"The crackdown mirrors a similar operation in December last year, when 64 people were arrested",
"our week of action in March, when 23 people were arrested", "A similar order was used in Edgware
last November, when 11 people were directed to leave", "GMP responded with a crackdown on spice
dealing, making more than 50 arrests": the clause before names a new occurrence with a noun and no
verb detection read, and the arrests are what came of it. The occurrence is the operation (or the
order); the count is its detail, so the act takes the named occurrence's type.

An operation told before ("the crackdown led to 40 arrests": the/this/that) keeps its arrests apart,
and so does a clause with its own doer ("a crackdown over the summer, when officers made 27
arrests"): only a count of people acted on ("when 64 people were arrested") or a participle of the
same doer ("..., making 50 arrests") is a detail.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.mention import Mention
from app.ingest.events.mood import REALIS

_OPERATION_NOUNS = (
    r"operation|crackdown|clampdown|blitz|campaign|week of action|day of action|weekend of action|"
    r"weeks of action|days of action|sweep|patrol operation|initiative|drive"
)
_ORDER_NOUNS = (
    r"order|dispersal zone|dispersal authori[sz]ation|section (?:34|35|60)(?:\(?\w\)?)? (?:order|authori[sz]ation)"
)
# a new occurrence named by an indefinite noun phrase, then only its time, place or aim before the comma
_NAMED = re.compile(
    r"\b(?:a|an|another|our|their)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:(?P<operation>{_OPERATION_NOUNS})|(?P<order>{_ORDER_NOUNS}))\b[^,;:.!?]*,\s*"
    # "..., when 64 people were arrested", "..., making more than 50 arrests"
    r"(?:when\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|some\s+|about\s+)?"
    r"(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens|hundreds)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:were|was|had been|have been)\b|"
    r"(?:making|arresting|seizing|issuing|netting)\b)[^,;:.!?]*$",
    re.IGNORECASE,
)


def as_details(text: str, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions, with an enforcement act told as the detail of an operation or order
    named just before it (and no act of its own) retyped to that occurrence."""
    out = []
    for m in mentions:
        if m.type == "enforcement" and m.form == "act" and m.mood == REALIS:
            named = _NAMED.search(text, m.sentence[0], m.end)
            if named is not None and not any(
                a.form == "act" and a is not m and a.start < m.start and a.subtype != "context"
                for a in mentions
            ):
                m = replace(m, type="operation" if named["operation"] else "order", subtype="")
        out.append(m)
    return out
