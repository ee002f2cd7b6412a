"""Sentence openings that frame what the sentence tells: a count of occurrences, another
occurrence, a link to another story."""

from __future__ import annotations

import re

# "It is the third stabbing in Peckham since May", "It is the second time this summer that ...":
# a count of occurrences told elsewhere, not an occurrence
SUMMARY = re.compile(
    r"[\"“‘']?(?:it|this|that)\s+(?:is|was|marks)\s+the\s+(?:first|second|third|fourth|fifth|sixth|\w+th|latest|umpteenth)\b"
    # ... unless it counts an agency's orders: "It is the fourth closure order obtained since January"
    r"(?!\s+(?:[\w-]+\s+){0,3}?(?:orders?|injunctions?|notices?|authori[sz]ations?)\s+(?:to be\s+)?"
    r"(?:authori[sz]ed|obtained|granted|issued|imposed|made|secured|served|approved|put in place))",
    re.IGNORECASE,
)
# "It is the fourth closure order obtained since January" (the count SUMMARY lets through): the
# latest of several, an occurrence apart from the story's order told before
COUNTED = re.compile(
    r"[\"“‘']?(?:it|this|that)\s+(?:is|was|marks)\s+the\s+(?:second|third|fourth|fifth|sixth|\w+th)\b",
    re.IGNORECASE,
)
# "Separately, a boy was hurt", "In a separate incident, ...": the sentence tells another occurrence
APART = re.compile(
    r"[\"“‘']?(?:separately|in (?:a|another) separate (?:incident|case|attack|development)|"
    r"in (?:an|another) unrelated (?:incident|case|attack))\b",
    re.IGNORECASE,
)
# "... could be arrested. Read more: Teenager arrested after firework thrown": a link to another
# story left inline by the page's flattening; its headline tells no event of this article
LINK = re.compile(
    r"(?:read more|related|also read|read next|more on this|see also|watch)\s*:",
    re.IGNORECASE,
)
