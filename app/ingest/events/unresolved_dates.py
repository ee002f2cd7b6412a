"""Date words that could not be resolved still tell two occurrences apart.

With no publication date, "a meeting on Monday (March 18)" and "a meeting of the scrutiny panel on
February 7" both resolve to nothing, and merging (which compares calendar intervals) would read
them as one meeting. The words themselves still differ: a different month or year named is a
different occurrence, and so is a sitting or a launch still ahead beside one held, or a day named
("on Monday") beside a year written out ("In 2012"); and two incidents (or two steps of one case) told in one sentence, each with
words of its own ("stabbed in August, and two men were injured earlier this year"), are two.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.ingest.events.candidates import Candidate
from app.ingest.events.mood import FUTURE, INTENTION

# a date's explanation opens with the words it was read from: "February 7 -> unknown: ..."
_TOLD = re.compile(r"(?:planned: )?(?P<words>[^>]+?) -> (?P<value>\S+)")
_MONTH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\byesterday\b|\blast night\b|\btoday\b",
    re.IGNORECASE,
)
# rules in force: an order "in force this weekend" that "will run from Saturday" is one run told twice
_RULES = frozenset({"order", "consultation"})
# a year or a season written out is no fuller telling of something told to the day
_LOOSE = frozenset({"year", "season"})
# kinds whose acts with words of their own are each their own occurrence
_EACH_OWN = frozenset({"incident", "enforcement"})


def date_words(cand: Candidate) -> tuple[str, bool] | None:
    """The words the candidate's own date was read from, and whether they resolved."""
    return None if cand.borrowed else _words(cand.date.explanation)


@lru_cache(maxsize=4096)
def _words(explanation: str) -> tuple[str, bool] | None:
    told = _TOLD.match(explanation)
    if told is None:
        return None
    return told.group("words").strip().lower(), told.group("value") != "unknown:"


def _ahead(cand: Candidate) -> bool:
    # the tense, not the date's planned flag: with no publication date a year can't be placed
    return cand.mention.mood in (FUTURE, INTENTION)


def apart_by_words(a: Candidate, b: Candidate) -> bool:
    """Two tellings, one at least with date words that did not resolve, whose words name another
    month or year (or, for incidents and case steps, are other words) tell two occurrences."""
    mine, theirs = date_words(a), date_words(b)
    if mine is None or theirs is None or (mine[1] and theirs[1]):
        return False
    if mine[0] == theirs[0]:
        return False
    if _ahead(a) != _ahead(b) and a.mention.type not in _RULES:
        return True  # "met on Monday" and "will decide next month": one held, one ahead
    if (
        a.mention.type in _EACH_OWN
        and a.mention.sentence == b.mention.sentence
        and a.mention.clause != b.mention.clause
    ):
        return True
    for told, other in ((a, theirs), (b, mine)):
        if told.date.precision in _LOOSE and not other[1] and _DAY.search(other[0]):
            return True  # "went on its first shift on Monday" and "In 2012, officers were posted"
    for calendar in (_MONTH, _YEAR):
        one = {m.lower()[:3] for m in calendar.findall(mine[0])}
        other = {m.lower()[:3] for m in calendar.findall(theirs[0])}
        if one and other and not one & other:
            return True
    return False
