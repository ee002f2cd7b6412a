"""One day's act told as part of a longer run: two occurrences, the day's and the run's.

"Police searched parks around West Croydon on Wednesday as part of a week of action against knife
crime": the searches are Wednesday's; the week of action runs for a week and is told again later
("The week of action, part of the Met's Operation Sceptre, also saw ..."). Patrols "as part of
Operation Bonfire" with no day of their own stay the operation told with its setting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention

# a setting that runs for longer than a day by its very name
_RUN = re.compile(
    r"\b(?:weeks?|fortnight|month|weekend)s?\s+of\s+action|week-long|month-long|fortnight-long|"
    r"(?:\w+|\d+)-(?:week|day|month)\b",
    re.IGNORECASE,
)
# a single day told in the act's clause
_DAY = re.compile(
    r"\b(?:on\s+(?:the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last\s+night|"
    r"on\s+the\s+(?:first|second|third|last|final)\s+day|on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|"
    r"on\s+[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)


def day_of_a_run(setting: Mention, acts: Sequence[Mention]) -> bool:
    """The setting names a run of several days and an act with it is told on one day."""
    text = setting.paragraph.text
    if not _RUN.search(text, setting.start, min(setting.sentence[1], setting.end + 30)):
        return False
    return any(_DAY.search(text, a.clause[0], a.clause[1]) for a in acts)


__all__ = ["day_of_a_run"]
