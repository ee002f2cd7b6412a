"""Two acts of one type told in one clause that are two occurrences: an arrest and the charge after it.

"A man was arrested on March 2 and later charged", "have since been charged and remanded to appear
at court next month": a sequel word parts them ("arrested and charged", told with nothing between
them, stays one telling; "Among those arrested was a man who has since been charged" refers back
to the arrests and tells only the charge).
"""

from __future__ import annotations

import re

# a word between the two acts that puts the second after the first
_SEQUEL = re.compile(
    r"\b(?:later|subsequently|since|then|afterwards|after that|before being|"
    r"(?:remanded|bailed|released|due|set|expected)\b[^.;]{0,40}?\bto (?=appear|stand|face))\b",
    re.IGNORECASE,
)
# "Eleven people were arrested, including a man who was detained on Friday night": one of the acts
# told with a day of its own (of any subtype)
_INCLUDING = re.compile(
    r"\bincluding\b[^.;]{0,80}?\bwho\s+(?:(?:was|were|had been)\s+)?$", re.IGNORECASE
)
# "those arrested", "people charged": the act named as a group of people, told before
_PEOPLE_OF = re.compile(
    r"\b(?:those|people|men|women|suspects|anyone|others)\s+$", re.IGNORECASE
)
# a court appearance goes on to the next hearing: one step of the case, told once
_HEARING = re.compile(r"\bappear", re.IGNORECASE)


def is_sequel(
    text: str,
    first: tuple[int, int],
    second: tuple[int, int],
    subtypes: tuple[str, str],
) -> bool:
    """The act at ``second`` follows the same-type act at ``first`` as an occurrence of its own."""
    (a_start, a_end), (b_start, b_end) = sorted((first, second))
    if b_start < a_end:
        return False  # the same words read twice
    if _INCLUDING.search(text, a_end, b_start):
        return True
    if dated_apart(text, a_end, b_start, b_end):
        return True
    if subtypes[0] == subtypes[1]:
        return False
    if _across_aside(text, a_start, a_end, b_start):
        return True
    if _PEOPLE_OF.search(text, max(0, a_start - 20), a_start) or _HEARING.match(
        text, a_start
    ):
        return False
    return bool(_SEQUEL.search(text, a_end, b_end))


# "York BID, whose rangers were launched in 2016, will extend their hours": the relative aside
# tells the subject's past, the main clause after it another act
_ASIDE_OPEN = re.compile(r",\s+(?:which|who|whose)\b[^,;]*$", re.IGNORECASE)
_ASIDE_CLOSE = re.compile(r"^[^,;]*,\s+(?:[^\s,;]+\s+){0,4}?$")


def _across_aside(text: str, a_start: int, a_end: int, b_start: int) -> bool:
    """The first act inside a ", which/who/whose ...," aside, the second in the clause after it."""
    return bool(
        _ASIDE_OPEN.search(text, max(0, a_start - 60), a_start)
        and _ASIDE_CLOSE.match(text[a_end:b_start])
    )


# a time told right after an act: "in 2017", "on Tuesday night", "last weekend", "in May"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_TIME = re.compile(
    # ("over the winter", "in the early hours of Sunday": the season or the night of the act)
    r"\s*(?:[^\s.;,]+\s+){0,10}?(?:(?:in|on|during|since|by|over|throughout)\s+(?:the\s+)?"
    r"(?:(?:late|early|mid-?)\s*)?(?:hours\s+of\s+)?"
    rf"(?:(?:19|20)\d\d|{_MONTH}|{_DAY}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|"
    r"(?:summer|spring|autumn|winter|new year)\b)|"
    rf"(?:last|this|yesterday|that)\s+(?:{_DAY}|week|weekend|month|year|summer|spring|autumn|winter|night|"
    r"morning|afternoon|evening)\b|yesterday\b|"
    # "charged the next day and first appeared ... on May 13": a day counted on from the act before
    r"(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|week)\b|the day after\b)",
    re.IGNORECASE,
)
# "... in 2017 and renewed in 2020": the word that joins the second act to the first
_AND = re.compile(r"[\s,]*(?:and|but|before being|then)\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(r",?\s+(?:19|20)\d\d\b")


def dated_apart(text: str, a_end: int, b_start: int, b_end: int) -> bool:
    """ "first made in 2017 and renewed in 2020", "arrested in May and charged in June": each act
    told with a time of its own, two occurrences."""
    first = _TIME.match(text, a_end, b_start)
    if first is None:
        return False
    year = _YEAR_AFTER.match(text, first.end(), b_start)  # "in August 2018 and renewed in 2021"
    if not _AND.match(text, year.end() if year else first.end(), b_end):
        return False
    stop = len(text)
    for mark in ".;":
        found = text.find(mark, b_end)
        if found >= 0:
            stop = min(stop, found)
    return _TIME.match(text, b_end, stop) is not None


# "A previous order, introduced in 2016, lapsed last October": the first step told in an aside of
# the subject, the second by the sentence's own verb, each with a time of its own
_ASIDE_END = re.compile(r"[^,.;]{0,20},\s*", re.IGNORECASE)
_NAMED_MONTH = re.compile(rf"\s*(?:last|this|next|in|on)\s+{_MONTH}\b", re.IGNORECASE)


def aside_apart(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """ "A previous order, introduced in 2016, lapsed last October": two steps, two times."""
    if not text[:a_start].rstrip().endswith(","):
        return False
    first = _TIME.match(text, a_end, b_start)
    if first is None or not _ASIDE_END.fullmatch(text, first.end(), b_start):
        return False
    stop = len(text)
    for mark in ".;,":
        found = text.find(mark, b_end)
        if found >= 0:
            stop = min(stop, found)
    return bool(_TIME.match(text, b_end, stop) or _NAMED_MONTH.match(text, b_end, stop))


# "The order was first introduced in April 2018" beside its renewal: the first making of a rule is
# an occurrence apart from each renewal or extension
_FIRST_MADE = re.compile(
    r"\b(?:first|originally|initially|previously)\s+(?:introduced|imposed|made|brought in|put in place|"
    r"approved|granted|created|adopted)\b",
    re.IGNORECASE,
)


def is_first_making(event_type: str, text: str, start: int, end: int) -> bool:
    """An order's first making, told apart from the renewal the story is about."""
    return event_type == "order" and bool(_FIRST_MADE.search(text, start, end))
