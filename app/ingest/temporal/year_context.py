"""How a written date stands in its sentence, for dating the article: a comparison baseline ("compared
with 2017"), a deadline or target ("must be renewed before October 2021", "pledged to end it by
2020"), the start of a period that goes on ("since 2016"), or the time of the clause's own
present-perfect verb ("In 2021, the council has issued 300 fines").

Only the last says which year the article is in; a baseline says the article is later; a deadline
or target says nothing about whether the year is past.
"""

from __future__ import annotations

import re

from app.ingest.temporal.tense import sentence_bounds

# Words just before a year that make it the baseline of a comparison: the figures reported are from later.
_COMPARISON_BEFORE = re.compile(
    r"(?i)(?:\bcompared\s+(?:with|to)\s+(?:(?:those|that|the\s+figures?|figures)\s+)?(?:(?:in|for|of|during)\s+)?"
    r"|\b(?:up|down|rising|falling|rose|fell|increased|decreased|climbing|dropping)\s+from\s+[\d,.]+%?(?:\s+[a-z-]+){0,4}\s+(?:in|during)\s+"
    r"|\bsame\s+(?:period|time|months?|quarter|week|stage|point)\s+(?:in|of|last|during)\s+"
    r"|\b(?:than|versus|vs\.?|against)\s+(?:(?:in|during)\s+)?)"
    r"(?:(?:the\s+)?(?:whole\s+|first\s+half\s+of\s+|same\s+\w+\s+(?:in|of)\s+))?$"
)
# A deadline, target or obligation before the date in its clause: not a report of the past.
_DEADLINE_BEFORE = re.compile(
    r"(?i)\b(?:must|should|shall|needs?\s+to|has\s+to|have\s+to|ought\s+to|pledged?|pledging|promised?|promising"
    r"|vowed?|vowing|committed\s+to|commits?\s+to|aims?|aiming|plans?|planning|intends?|intending|targets?"
    r"|targeted|targeting|deadline|goal|ambition|expects?|expected|hopes?|hoping|will|would|could|might|due)\b"
)
_DEADLINE_PREPOSITION = re.compile(
    r"(?i)\b(?:before|by|until|till|in\s+time\s+for|ahead\s+of|for)\s+$"
)
_OPEN_PERIOD_BEFORE = re.compile(r"(?i)\b(?:since|after|before|until|till|from|by)\b")
_CLAUSE_SPLIT = re.compile(r",\s|;\s|\s[–—-]\s|:\s")
_FRONTED_YEAR = re.compile(
    r"(?i)^[\s\"“‘']*(?:(?:but|and|however|so\s+far|yet|then|back)\s+)*(?:in|during|throughout|by\s+the\s+end\s+of)\s+(?:(?:early|mid|late)[\s-]+)?"
    r"(?:the\s+(?:whole\s+)?(?:first|second)\s+half\s+of\s+)?$"
)
_PRESENT_PERFECT = re.compile(
    r"(?i)\b(?:has|have|'s|’s)\s+(?:\w+\s+){0,2}?(?:been|\w+ed|taken|seen|become|grown|risen|fallen|given|made|done|"
    r"gone|come|begun|brought|kept|led|paid|put|run|set|shown|spent|won|got|gotten)\b"
)
_SIMPLE_PAST = re.compile(r"(?i)\b(?:was|were|had|did)\b")


def is_comparison(text: str, start: int) -> bool:
    """True when the date at `start` is the baseline of a comparison ("up from 29 in 2015")."""
    return bool(_COMPARISON_BEFORE.search(text, max(0, start - 70), start))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left, right = sentence_bounds(text, start, end)
    cut_left, cut_right = left, right
    for match in _CLAUSE_SPLIT.finditer(text, left, right):
        if match.end() <= start:
            cut_left = match.end()
        elif match.start() >= end:
            cut_right = match.start()
            break
    return cut_left, cut_right


def is_deadline(text: str, start: int, end: int) -> bool:
    """True for a deadline, target or obligation: "before October 2021", "pledged to end it by 2020"."""
    left, _ = _clause(text, start, end)
    before = text[left:start]
    if _DEADLINE_PREPOSITION.search(before[-40:]) and _DEADLINE_BEFORE.search(before):
        return True
    return bool(
        re.search(
            r"(?i)\b(?:plans?|targets?|deadline|goal|ambition|vision)\s+(?:for|of)\s+$",
            before[-30:],
        )
    )


def own_perfect_year(text: str, start: int, end: int) -> bool:
    """True when the year is the time of its clause's own present-perfect verb, which puts the article
    in that year: "In 2021, the council has issued 300 fines" (not "set up in 2019, has made",
    not "have been strained since 2021")."""
    left, right = _clause(text, start, end)
    if _OPEN_PERIOD_BEFORE.search(text[left:start]):
        return False
    own = text[left:right]
    if _PRESENT_PERFECT.search(own):
        return not _SIMPLE_PAST.search(own)
    s_left, s_right = sentence_bounds(text, start, end)
    if left == s_left and _FRONTED_YEAR.match(text[left:start]):
        rest = text[right:s_right]
        return bool(_PRESENT_PERFECT.search(rest)) and not _SIMPLE_PAST.search(rest)
    return False


_PRESENT_STATE = re.compile(r"(?i)\b(?:is|are|has|have|remains?|forms?)\b")
_NOT_CURRENT = re.compile(
    r"(?i)\b(?:was|were|had|last|previous|past|since|from|before|after|until|by|compared|next|will|would)\b"
)


def is_current_period(text: str, start: int, end: int) -> bool:
    """True when a financial year is the one the article is written in: a present-tense clause that
    names it as its own period ("is a priority in its strategic assessment for 2016/17", "the budget
    for 2019/20 is £4m"), with no word looking back or ahead."""
    left, right = _clause(text, start, end)
    before, after = text[left:start], text[end:right]
    if not re.search(r"(?i)\b(?:for|in|during|this|current|the)\s+$", before):
        return False
    own = before + " " + after
    return bool(_PRESENT_STATE.search(own)) and not _NOT_CURRENT.search(own)
