"""How a later telling stands to an event told before: its end, its finds, one more act.

"The consultation closes on May 20" ends the run "opened on April 9" began; "Drugs and cash were
seized" tells what the raid of the paragraph before found; "Officers also carried out a sweep"
is one more act; "two other knives were found" speaks of the things, not of another act; "He was
remanded in custody" is a step of the charge told before; "It expires in October" is an order's lapse.
"""

from __future__ import annotations

import re
from datetime import timedelta

from app.ingest.events.candidates import Candidate, Group
from app.ingest.events.mood import REALIS
from app.ingest.records import DateValue

_SAME_SUBTYPE = {"context": "", "venue": ""}


def subtype_key(cand: Candidate) -> str:
    """The subtype that tells occurrences apart ("during the operation" names the operation as much
    as "the operation began" does, and a vote taken at a meeting is told of the meeting)."""
    return _SAME_SUBTYPE.get(cand.mention.subtype, cand.mention.subtype)


def same_interval(a: DateValue, b: DateValue) -> bool:
    """Both dates cover the same days."""
    return a.earliest == b.earliest and a.latest == b.latest


# "Three people were arrested, and two other knives were found near the arch": "other" speaks of
# the things found, not of another act, when it stands before a trigger told as what was done to them
_OTHER_ITEMS = re.compile(r"\bother\s+$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|have been|has been|had been)\b", re.IGNORECASE)


def other_items(cand: Candidate) -> bool:
    """ "two other knives were found": "other" of the things found, not of the act."""
    m = cand.mention
    text = m.paragraph.text
    return bool(
        _OTHER_ITEMS.search(text, max(0, m.start - 8), m.start)
        and _PASSIVE.search(m.text)
    )


def run_of(cand: Candidate, groups: list[Group]) -> Group | None:
    """The run a closing telling ends: the nearest told before it that starts before the end."""
    runs = [
        g
        for g in groups
        if min(c.position for c in g.members) < cand.position
        and not (cand.boroughs and g.boroughs and not cand.boroughs & g.boroughs)
        and not (
            cand.dated
            and any(m.dated and m.date.earliest > cand.date.latest for m in g.members)
        )
    ]
    if not runs:
        return None
    return max(runs, key=lambda g: max(c.position for c in g.members))


# "Five people have been arrested" (the lead, told at publication) is told in full with a date a
# few weeks back at most; "In 2020 the force closed down 63 lines" is another occurrence
_RECENT = timedelta(days=45)


def recent(told: DateValue, summary: DateValue) -> bool:
    """A date close enough before publication to be the lead's summary told in full."""
    if summary.anchor != "dct" or None in (summary.earliest, told.latest):
        return True
    return told.latest >= summary.earliest - _RECENT


_ALSO = re.compile(r"\b(?:also|as well|too)\b", re.IGNORECASE)


def another(cand: Candidate) -> bool:
    """ "Officers also carried out a weapons sweep": one more act, not the lead's told again."""
    m = cand.mention
    return bool(_ALSO.search(m.paragraph.text, m.clause[0], m.end))


def results_of(cand: Candidate, group: Group) -> bool:
    """ "Officers executed warrants at four addresses on Tuesday" then "Drugs and cash were seized":
    an act with no date words, right after a dated act of the same kind, tells what that act found."""
    undated = _told_past(cand)
    return (cand.borrowed or undated) and any(
        not m.borrowed
        and m.dated
        # (what warrants found is their result too)
        and (subtype_key(m) == subtype_key(cand) or m.mention.subtype == "warrant")
        and 0 <= cand.mention.number - m.mention.number <= 2
        and (undated or same_interval(m.date, cand.date))
        for m in group.members
    )


_SIMPLE_PAST = re.compile(r"\b(?:was|were)\b", re.IGNORECASE)
_NOT_PAST = re.compile(r"\b(?:has|have|is|are|will|now)\b", re.IGNORECASE)


def _told_past(cand: Candidate) -> bool:
    """ "Cash and a machete were seized": a past act told with no time, so not at publication."""
    m = cand.mention
    clause = m.paragraph.text[m.clause[0] : m.clause[1]]
    return (
        cand.date.anchor == "dct"
        and bool(_SIMPLE_PAST.search(clause))
        and not _NOT_PAST.search(clause)
    )


def vote_at(cand: Candidate, group: Group) -> bool:
    """ "Cllr Sam Lee voted against the rise", no time told: a vote at the meeting told before."""
    m = cand.mention
    return (
        m.type == "meeting"
        and m.subtype == "venue"
        and cand.date.anchor == "dct"
        and cand.date.latest is not None
        and any(
            g.dated
            and g.position < cand.position
            and g.date.earliest <= cand.date.latest  # not a meeting still to come
            for g in group.members
        )
    )


# "It expires at the end of October": an order's lapse is an occurrence of its own (the order made
# years before is another); "runs until Sunday" only tells where a short run ends
_LAPSE = re.compile(r"\b(?:expir|laps|run out)", re.IGNORECASE)
# "He has been remanded in custody": a step of the charge told just before, not a court act of its own
_REMAND = re.compile(r"\bremanded|\bbail", re.IGNORECASE)
_CHARGE = re.compile(r"\bcharged\b", re.IGNORECASE)
_UNLESS = re.compile(r"\b(?:unless|if)\b", re.IGNORECASE)


def lapse_apart(cand: Candidate, run: Group) -> bool:
    """An order's lapse told in a sentence of its own, apart from the making it ends ("will
    expire in October unless the cabinet renews it" only tells how long the order runs)."""
    mention = cand.mention
    after = mention.paragraph.text[mention.end : mention.sentence[1]]
    return (bool(_LAPSE.search(mention.text)) and not _UNLESS.search(after)) and all(
        (m.mention.number, m.mention.sentence)
        != (cand.mention.number, cand.mention.sentence)
        for m in run.members
    )


def remand_of(cand: Candidate, group: Group) -> bool:
    """A remand or bail with no date of its own, told in the paragraph of the charge it follows."""
    return bool(_REMAND.search(cand.mention.text)) and any(
        m.mention.number == cand.mention.number
        and m.position < cand.position
        and _CHARGE.search(m.mention.text)
        # (the charge's day, borrowed or read from its sentence, is no day of the remand's own)
        and (not cand.dated or cand.borrowed or same_interval(cand.date, m.date))
        for m in group.members
    )


def told_with_step(cand: Candidate, groups: list[Group]) -> bool:
    """ "They appeared in court yesterday and were remanded": the remand is that hearing's."""
    return any(
        m is not cand
        and (m.mention.number, m.mention.sentence)
        == (cand.mention.number, cand.mention.sentence)
        and m.mention.mood == REALIS
        for g in groups
        for m in g.members
    )


# "the operation, which ran from Monday 6 to Friday 10 February": a relative clause that dates the
# occurrence a reference names
_WHICH = re.compile(
    r",?\s*which\s+(?:ran|runs|lasted|was\s+held|took\s+place|began|started|was\s+launched)\b"
)


def dated_by_relative(mention) -> bool:
    """The reference is followed by a relative clause telling when its occurrence ran."""
    return _WHICH.match(mention.paragraph.text, mention.clause[1]) is not None

