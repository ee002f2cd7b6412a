"""An act told of whoever it may befall, as the subject of a rule still to apply.

"Drivers arrested during the campaign will be named on the force's social media pages", "Anyone
caught drinking in the zone will be fined": the arrest and the catching describe who the rule is
for, not an arrest made. "Drivers arrested last weekend will appear in court" names people and a
time, and is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention
from app.ingest.records import DateMention

# a bare plural (or "anyone") opening the sentence, right before the trigger
_GENERIC = re.compile(
    r"^[\"“‘']?(?:anyone|those|people|drivers|motorists|offenders|riders|cyclists|youths|"
    r"shoplifters|kerb crawlers|dealers|users|owners|landlords|businesses|shops|retailers)\s+$",
    re.IGNORECASE,
)
_RULE_AHEAD = re.compile(
    r"\b(?:will|would|face|faces|could|can|may|must|risk)\b", re.IGNORECASE
)


def generic_subject(mention: Mention, dates: Sequence[DateMention]) -> bool:
    """The trigger qualifies a generic subject whose main verb tells a rule still to apply."""
    if mention.form != "act":
        return False
    text, start = mention.paragraph.text, mention.sentence[0]
    if not _GENERIC.match(text[start : mention.start]):
        return False
    if any(
        start <= d.start < mention.sentence[1] and not d.value.planned for d in dates
    ):
        return False  # "Drivers arrested last weekend will appear in court"
    return _RULE_AHEAD.search(text, mention.end, mention.sentence[1]) is not None


__all__ = ["generic_subject"]
