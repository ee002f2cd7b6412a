"""Warrants executed: an occurrence of their own, unless the same sentence tallies them with other acts."""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.candidates import Candidate, Group
from app.ingest.events.mention import Mention
from app.ingest.events.tellings import same_interval

WARRANT = "warrant"
_ACTION = "action"
# an arrest told in the warrants' sentence makes them one tally of the arrests' work
_ARREST = re.compile(r"\b(?:arrest(?:ed|s)?|detained)\b", re.IGNORECASE)
# the acts of a list: "carried out 11 warrants, seized cocaine and recovered three knives"
_LISTED_ACT = re.compile(
    r"\b(?:stopped|issued|seized|recovered|searched|executed|carried out|served|found|closed|"
    r"dispersed|confiscated|visited|made|handed out)\b",
    re.IGNORECASE,
)
_TALLY = 3  # acts in one sentence that make it a tally of the week's work
# what a warrant found: "executed warrants at 11 addresses, seizing heroin" or "..., and seized
# heroin and £22,000 in cash" are the warrants' finds, not another act
_FINDS = re.compile(r"\b(?:seiz|recover|found|confiscat)", re.IGNORECASE)


def with_arrests(mentions: list[Mention]) -> list[Mention]:
    """ "Officers carried out 12 drugs warrants across the city" tells the warrants apart from the
    week's arrests, and "executed 17 warrants at addresses in Radford and seized heroin" tells them
    with their finds; "had made 17 arrests and had carried out six drugs warrants" or "carried out 11
    warrants, seized cocaine and recovered three knives" is one tally of the week's work."""
    warrants = [m for m in mentions if m.subtype == WARRANT]
    if not warrants:
        return mentions
    sentence = warrants[0].sentence
    text = warrants[0].paragraph.text
    if _ARREST.search(text, *sentence) or (
        len(_LISTED_ACT.findall(text, *sentence)) >= _TALLY
    ):
        return [
            replace(m, subtype=_ACTION) if m.subtype == WARRANT else m for m in mentions
        ]
    first = min(m.start for m in warrants)
    return [
        m
        for m in mentions
        if not (
            m.type == "enforcement"
            and m.subtype == _ACTION
            and m.start > first
            and _FINDS.match(m.text)
        )
    ]


# "Five people have been arrested after police raided homes", "after a series of dawn raids": the
# lead tells the arrests as the raids', so the warrants told in full are the lead's story
_RAIDS = re.compile(r"\b(?:raid(?:s|ed)?|warrants?)\b", re.IGNORECASE)


def raids_summary(cand: Candidate, group: Group) -> bool:
    """Warrants told in full, and a lead that told the arrests as the raids' outcome."""
    return cand.mention.subtype == WARRANT and any(
        m.lead
        and m.mention.subtype == _ACTION
        and _RAIDS.search(m.mention.paragraph.text, *m.mention.sentence)
        for m in group.members
    )


def finds_of(cand: Candidate, group: Group) -> bool:
    """ "Officers executed warrants at four addresses" then "Cash and a machete were seized": what
    the warrants told just before found."""
    m = cand.mention
    return (
        m.subtype == _ACTION
        and _FINDS.search(m.text) is not None
        and any(
            g.mention.subtype == WARRANT and 0 <= m.number - g.mention.number <= 2
            for g in group.members
        )
    )


# "Two men were arrested at the address": the arrests the warrant told just before led to
_AT_THE_ADDRESS = re.compile(
    r"\barrested\s+(?:\w+\s+){0,2}?(?:at|inside)\s+the\s+(?:address|addresses|property|properties|"
    r"premises|flat|house|home)\b",
    re.IGNORECASE,
)


# "A 19-year-old man was arrested and charged with possession": the charge told with the arrest
_ARRESTED_AND = re.compile(r"\barrested\s+(?:[\w-]+\s+){0,5}?and\s+$", re.IGNORECASE)
_COURT = "court"


def arrests_at(cand: Candidate, group: Group) -> bool:
    """ "Officers executed a warrant at an address on Wednesday" then "Two men were arrested at the
    address" (or, in the next paragraph, "A man was arrested and charged with possession"): the
    warrant's arrests, told with no day of their own."""
    m = cand.mention
    if cand.dated and not cand.borrowed:
        return False
    text = m.paragraph.text
    if m.subtype == _ACTION:
        reach = 2
        told = _AT_THE_ADDRESS.search(text, m.start, m.clause[1]) is not None
    elif m.subtype == _COURT:
        reach = 1
        told = _ARRESTED_AND.search(text, m.sentence[0], m.start) is not None
    else:
        return False
    return told and any(
        g.mention.subtype == WARRANT and 0 <= m.number - g.mention.number <= reach
        for g in group.members
    )


def arrests_after(cand: Candidate, group: Group) -> bool:
    """ "Officers executed a drugs warrant at the address on 3 March and found crack cocaine. A
    32-year-old man was arrested ...": an arrest told after the warrant in its paragraph, with no
    day of its own (or the warrant's day, read back from it), is the warrant's."""
    m = cand.mention
    return m.subtype == _ACTION and any(
        g.mention.subtype == WARRANT
        and g.mention.number == m.number
        and g.mention.end <= m.start
        and (not cand.dated or cand.borrowed or same_interval(cand.date, g.date))
        for g in group.members
    )
