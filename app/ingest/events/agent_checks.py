"""Checks on an event's sentences that decide who acts in it and where: court steps still ahead,
offences and licences a council enforces, lawmakers, commissioners' own business, acts told for a
whole force area, and the force-wide past ("the force's taskforce, set up in 2019")."""

from __future__ import annotations

import re

from app.ingest.events.context import ArticleContext
from app.ingest.events.courts import court_act
from app.ingest.events.mention import Mention
from app.ingest.events.mood import REALIS
from app.ingest.events.offences import council_work, police_applicant
from app.ingest.events.orders import lawmaker, precept_order
from app.ingest.events.speakers import POLICE_TITLES
from app.ingest.records import AgencyRef, DateValue, PersonRef

# "across Norfolk", "force-wide", "across London": a figure for a whole force or region, no one borough's
_ACROSS = re.compile(
    r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?(?P<what>force(?:['’]s)?\s+area|county|country|region|capital"
    r"|city\s+region|nation|UK|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)|\b(?:force|county|London|nation|country)-?wide\b"
)
# capitals that are one council area: "the capital" there is the city, not a region
_CITY_CAPITALS = frozenset({"Edinburgh", "Cardiff", "Belfast"})
_PERSONS = re.compile(r"\b(?:[Hh]er|[Hh]is)\s+$")
_THE_FORCE = re.compile(r"\bthe force\b", re.IGNORECASE)
# "Dorset's police and crime commissioner has launched a survey": an office-holder's own act
_COMMISSIONER = re.compile(
    r"\b(?:police(?:,\s+fire)?\s+and\s+crime\s+commissioner|PF?CC)\b", re.IGNORECASE
)


def article_places(ctx: ArticleContext) -> list[str]:
    """Every place the article names, in order: which old district a new unitary stood for."""
    return [h.name for n in sorted(ctx.names) for h in ctx.names[n].places]


def force_background(members, agencies, places, date, ctx) -> bool:
    """ "West Midlands Police's taskforce, set up in 2019", "In 2020 the force closed 63 county lines":
    a force-wide past, not the town's story."""
    if (
        not members
        or date is None
        or ctx.on is None
        or date.precision != "year"
        or date.latest is None
        or date.latest.year >= ctx.on.year
        or places
    ):
        return False
    told = any(actors.named_police for _, actors in members) or any(
        _THE_FORCE.search(m.paragraph.text, *m.sentence) for m, _ in members
    )
    return told and not any(_local(m, ctx) for m, _ in members)


_WHOLE_FORCE = re.compile(r"(?:the\s+)?force\b", re.IGNORECASE)


def _local(mention: Mention, ctx: ArticleContext) -> bool:
    """Whether the text ties the act to the article's area: officers, the council or a local cue in
    its clause; "the force's taskforce" names the whole force, not the town."""
    names = ctx.names.get(mention.number)
    if names is None:
        return False
    text, (start, end) = mention.paragraph.text, mention.clause
    return any(
        h.generic and start <= h.start < end and not _WHOLE_FORCE.match(text, h.start)
        for h in names.agencies
    ) or any(
        mention.sentence[0] <= s < mention.sentence[1] for s, _ in names.local_cues
    )


def court_ahead(mention: Mention, date: DateValue | None, ctx: ArticleContext) -> bool:
    """A court act still to come ("due to appear", "will stand trial"): the court's diary, no force's
    act yet; a sentence or appearance already told ends the force's case, so it keeps the force."""
    if not court_act(mention):
        return False
    if mention.mood != REALIS or (date is not None and date.planned):
        return True  # "a hearing is expected to take place later this year": still ahead
    if _COURT_AHEAD.search(mention.paragraph.text, *mention.clause):
        return True
    dated = date is not None and date.earliest is not None and ctx.on is not None
    return (
        dated and date.earliest >= ctx.on
    )  # "at the court today": not yet over when told


# "is due to appear", "will stand trial", "was bailed to appear": a hearing not yet held
_COURT_AHEAD = re.compile(
    r"\b(?:due|expected|set|bailed|remanded)\s+to\s+(?:appear|stand|be\s+sentenced)|\bwill\s+(?:next\s+)?(?:appear|stand|be\s+sentenced)",
    re.IGNORECASE,
)


def council_offence(mention: Mention) -> bool:
    """Whether the paragraph tells of an offence the council enforces and the sentence of no police work."""
    return council_work(mention.paragraph.text, *mention.sentence)


# "has had its licence suspended", "revoked the premises licence": the licensing authority's decision
_LICENCE_DECISION = re.compile(
    r"\blicen[cs]e\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:suspended|revoked|removed|stripped)\b"
    r"|\b(?:suspend|revok|remov|strip)\w*\s+(?:the\s+|its\s+|a\s+)?(?:premises\s+|alcohol\s+|drinks\s+)?licen[cs]e\b",
    re.IGNORECASE,
)


def licence_decision(mention: Mention) -> bool:
    return bool(_LICENCE_DECISION.search(mention.paragraph.text, *mention.sentence))


def applied_by_police(mention: Mention) -> bool:
    return police_applicant(mention.paragraph.text, *mention.sentence)


def lawmakers(members, ctx: ArticleContext) -> list[AgencyRef]:
    """ "The legal limit in Scotland was lowered": the Scottish Government's law."""
    names = {name for m, _ in members if (name := lawmaker(m))}
    lookup = ctx.lookup
    if len(names) != 1 or lookup is None:
        return []
    hits = lookup.agencies(names.pop())
    return [hits[0].agency] if hits and hits[0].agency else []


def commissioners(members, council_made: bool, ctx: ArticleContext) -> bool:
    """A precept or survey of the police and crime commissioner: the office-holder's, neither the
    council's (which collects the precept) nor the force's. "The survey closes on Sunday" in a
    story where a commissioner speaks is the commissioner's survey."""
    if council_made:
        return False
    commissioner_speaks = any(_commissioner(p) for p in ctx.speakers.values())
    return all(
        precept_order(m)
        or _COMMISSIONER.search(m.paragraph.text, m.clause[0], m.start)
        or (
            m.type == "consultation"
            and (commissioner_speaks or _COMMISSION.search(m.paragraph.text))
        )
        for m, _ in members
    )


# "the police and crime panel will consider the proposal": a commissioner's business
_COMMISSION = re.compile(
    r"\b(?:police(?:,\s+fire)?\s+and\s+crime\s+(?:commissioner|panel)|PF?CC|PCP)\b",
    re.IGNORECASE,
)


def _commissioner(person: PersonRef) -> bool:
    return bool(
        _COMMISSIONER.search(f"{person.title or ''} {person.affiliation or ''}")
    )


def persons_own(members) -> bool:
    """ "Her consultation on the precept": a person's own act (a commissioner's), not the council's."""
    return all(
        _PERSONS.search(m.paragraph.text, max(m.sentence[0], m.start - 6), m.start)
        for m, _ in members
    )


def area_wide(mention: Mention, ctx: ArticleContext) -> bool:
    """A figure told for a whole force area, county or region ("across London"), not a borough."""
    text, (start, end) = mention.paragraph.text, mention.sentence
    for m in _ACROSS.finditer(text, start, end):
        what = m.group("what")
        if what == "capital" and ctx.borough in _CITY_CAPITALS:
            continue  # "across the capital" in an Edinburgh story is Edinburgh
        if what is None or not what[0].isupper() or what in ("UK",):
            return True
        lookup = ctx.lookup
        if lookup is not None and lookup.borough_of(what) is None:
            return True
    return False


def is_police(person: PersonRef) -> bool:
    return bool(
        set((person.title or "").lower().replace(".", "").split()) & POLICE_TITLES
    )
