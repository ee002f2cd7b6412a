"""What a place named in a sentence stands for when it is not where the act happened: a person's
home ("Kyle Osei, 22, of Stratford") or a yardstick ("fewer burglaries than Brent and Harrow")."""

from __future__ import annotations

import re

# "an 18-year-old man from Edmonton", "two men, aged 19 and 22, from Enfield", "Kyle Osei, 22, of
# Stratford", "three of those arrested, all from Liverpool", "a woman who lives in Dagenham": where a
# person lives
HOME_TOWN = re.compile(
    r"(?:\b(?:man|woman|boy|girl|teenager|youth|person|people|men|women|boys|girls|teenagers|youths|"
    r"pensioner|mother|father|driver|resident|\d+-year-olds?|aged \d+(?:\s+(?:and|to)\s+\d+)?)[,\s]+"
    r"(?:(?:who\s+(?:is|are)\s+|both\s+|all\s+)?from|of)"
    r"|\b\d{1,3}\s*[,)]\s*(?:from|of)"
    r"|,\s*(?:both|all|each)\s+(?:from|of)"
    r"|\bwho\s+(?:lives|lived|live)\s+in)\s+$",
    re.IGNORECASE,
)
# "fewer burglaries than Brent and Harrow", "compared with 5 per cent in Ealing": a place named only
# as a yardstick, where nothing in the story happened
# ("more than 50 in Croydon" counts Croydon's own: a figure after "than" is a threshold)
_COMPARED = re.compile(
    r"(?:\b(?i:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?)"
    r"(?:\s+(?:the\s+)?(?:[\d.,]+\s*(?:per\s*cent|%)?|\w+ly|those|that|figures?|rates?|levels?)){0,3}"
    r"|\b(?i:than|unlike)(?:\s+(?:the\s+)?(?:those|that|figures?|rates?|levels?))?)"
    r"\s+(?:(?:in|at|across|for|of)\s+)?(?:(?:[A-Z][\w'’-]+\s*)+(?P<sep>,\s*|\s+and\s+|\s+or\s+))*$"
)
# a list goes on after a name: "Harrow" in "than Brent, Harrow and Ealing" (not "Lambeth" in
# "Unlike Southwark, Lambeth has no order")
_LIST_GOES_ON = re.compile(r"(?:\s+[A-Z][\w'’-]+)*(?:,|\s+(?:and|or)\s)")


def compared_place(text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] is named only as a comparison ("than in Brent")."""
    m = _COMPARED.search(text, max(0, start - 120), start)
    if m is None:
        return False
    last = m.group("sep")  # the separator right before this name, if it is in a list
    return last is None or "," not in last or bool(_LIST_GOES_ON.match(text, end))
