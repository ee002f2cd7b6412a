"""Words before an incident trigger that name the problem without telling an occurrence of it:
the grounds of an arrest, a goal, the people cared for."""

from __future__ import annotations

import re

# "arrested on suspicion of affray", "made 214 arrests, most of them for disorder": the offence named
# as the grounds of an arrest or charge is the act's reason, not an incident told
GROUNDS = re.compile(
    r"\b(?:on suspicion of|charged with|accused of|convicted of|guilty of|(?:arrests?|arrested),? "
    r"(?:most|many|some|all) of them for|(?:mostly|mainly) for|"
    # "made 74 arrests, many linked to alcohol and disorder"
    r"(?:most|many|some|all|several|half)\s+(?:of them\s+)?(?:linked|related|connected)\s+to)"
    r"\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "said tackling youth disorder was a priority", "a pledge to reduce violence": the problem named as
# a goal is no occurrence of it
GOAL = re.compile(
    r"\b(?:tackl(?:e|es|ed|ing)|combat(?:s|ed|ing|ting)?|reduc(?:e|es|ed|ing)|prevent(?:s|ed|ing)?|"
    r"cut(?:ting)?|curb(?:s|ed|ing)?|crack(?:s|ed|ing)? down on|clamp(?:s|ed|ing)? down on|"
    # (a bare problem: "officers tackled a man" or "prevented the attack" tell an occurrence)
    r"stamp(?:s|ed|ing)? out|"
    # "the force's summer operation against alcohol-fuelled disorder": the target of the work
    r"against|target(?:s|ed|ing)|targett(?:ed|ing))\s+(?:(?!(?:a|an|the|this|that|these|those|his|her|their|its)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "a haven for people who were drunk, injured or vulnerable": the people cared for, no injury told
WHO_WERE = re.compile(
    r"\b(?:people|those|anyone|women|men|young people|youngsters|visitors|revellers|customers|"
    r"victims)\s+who\s+(?:were|are|had been|have been|get|got|become)\s+(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,3}$",
    re.IGNORECASE,
)
