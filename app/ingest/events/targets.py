"""The problem an operation is against: its target, no occurrence of the problem.

"Operation Sundial, the force's summer operation against alcohol-fuelled disorder", "a crackdown
on violence and disorder", "patrols targeting anti-social behaviour": the disorder names what the
work is aimed at. "A crackdown on the disorder that broke out on Saturday" names a told incident
(the article's "the") and is left to the other rules.
"""

from __future__ import annotations

import re

from app.ingest.events.mention import Mention

_WORK = (
    r"(?:operations?|crackdowns?|clampdowns?|campaigns?|blitz|weeks? of action|days? of action|"
    r"initiatives?|drive|patrols?|teams?|units?|task ?force|strategy|plan|scheme|war|fight|action)"
)
# ("an operation on Friday": "on" names a day; only a crackdown, a campaign or a war is "on" a problem)
_ON_WORK = r"(?:crackdowns?|clampdowns?|campaigns?|blitz|war|focus)"
# the words of the target: no determiner (a told incident) and no clause of its own
_TARGET_WORDS = (
    r"(?:(?!(?:a|an|the|this|that|these|those|his|her|their|its|after|following|when|while|"
    r"because|as|since|before|which|who|where)\b)[\w-]+,?\s+(?:and\s+|or\s+)?){0,4}$"
)
_AGAINST = re.compile(
    rf"\b(?:{_WORK}\s+(?:against|targeting|aimed at|to tackle|to combat|to prevent)|{_ON_WORK}\s+on|"
    rf"targeting)\s+{_TARGET_WORDS}",
    re.IGNORECASE,
)


def work_target(mention: Mention) -> bool:
    """An incident noun named as what an operation (or other work) is aimed at."""
    if mention.type != "incident" or mention.form != "act":
        return False
    text = mention.paragraph.text
    start = max(mention.sentence[0], mention.start - 80)
    return _AGAINST.search(text, start, mention.start) is not None


__all__ = ["work_target"]
