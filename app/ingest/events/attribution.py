"""Who an event is attributed to once its tellings are grouped: the union of the tellings, then
the article's force, council and area as fallbacks, and the forces of the operation it happened in.
"""

from __future__ import annotations

import re

from app.ingest.events.actors import (
    COUNCIL_TYPES,
    POLICE_TYPES,
    Actors,
    unique_agencies,
    unique_people,
)
from app.ingest.events.candidates import Group
from app.ingest.events.context import ArticleContext
from app.ingest.events.courts import court_act
from app.ingest.events.former_districts import district_on, unitaries
from app.ingest.events.meeting_partners import meeting_agencies, partner_agencies
from app.ingest.events.mention import Mention
from app.ingest.events.merge import overlap
from app.ingest.events.mood import REALIS
from app.ingest.events.offences import POLICE_WORK, council_work, police_applicant
from app.ingest.events.orders import (
    council_order,
    lawmaker,
    national_law,
    police_order,
    precept_order,
)
from app.ingest.events.other_agents import other_agent
from app.ingest.events.reach import county_named, force_area_meeting, force_wide
from app.ingest.events.speakers import POLICE_TITLES
from app.ingest.records import AgencyRef, DateValue, PersonRef

# events that happen in a place, so in the article's area unless the text says otherwise
LOCAL_TYPES = POLICE_TYPES | COUNCIL_TYPES | {"meeting", "incident"}


# a sentence is the court's act: no force is its author unless the text names one
# "across Norfolk", "force-wide", "across London": a figure for a whole force or region, no one borough's
_ACROSS = re.compile(
    r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?(?P<what>force(?:['’]s)?\s+area|county|country|region|capital"
    r"|city\s+region|nation|UK|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)|\b(?:force|county|London|nation|country)-?wide\b"
)
# capitals that are one council area: "the capital" there is the city, not a region
_CITY_CAPITALS = frozenset({"Edinburgh", "Cardiff", "Belfast"})
_PERSONS = re.compile(r"\b(?:[Hh]er|[Hh]is)\s+$")
_THE_FORCE = re.compile(r"\bthe force\b", re.IGNORECASE)
# fines under a council's order are the council's to issue
_UNDER_ORDER = re.compile(
    r"\b(?:under|breach(?:es|ing)? of|breaking|for breaching)\s+(?:the\s+)?(?:order|pspo|public spaces protection order|ban)\b",
    re.IGNORECASE,
)


# meetings the police hold with residents
_POLICE_MEETING = re.compile(
    r"\b(?:PACT|Partners and Communities Together|police (?:surgery|surgeries|drop-ins?)|beat meetings?"
    r"|neighbourhood policing (?:meeting|panel)s?|ward panels?"
    # "a drop-in to meet the new team": the officers' own meeting with the public
    r"|(?:to\s+)?meet\s+(?:the\s+)?(?:new\s+)?(?:neighbourhood\s+|local\s+|town\s+centre\s+|city\s+centre\s+)?"
    r"(?:policing\s+)?(?:team|officers|PCSOs))\b"
)
# "Dorset's police and crime commissioner has launched a survey": an office-holder's own act
_COMMISSIONER = re.compile(
    r"\b(?:police(?:,\s+fire)?\s+and\s+crime\s+commissioner|PF?CC)\b", re.IGNORECASE
)


_STATION = re.compile(
    r"\b(?:stations?|railway|rail network|trains?|platforms?)\b", re.IGNORECASE
)


# References further down the story than this add who was there, not who acted.
LEAD_REFERENCE_PARAGRAPHS = 3


def event_actors(
    members: list[tuple[Mention, Actors]],
    refs: list[tuple[Mention, Actors]],
    event_type: str,
    ctx: ArticleContext,
    setting: tuple[AgencyRef, ...] = (),
    date: DateValue | None = None,
) -> Actors:
    """The union over an event's tellings, with the article's force/council/area as fallbacks.

    ``setting`` are the named agencies of the operation the event happened in, if any.
    """
    agencies: list[AgencyRef] = []
    boroughs: list[str] = []
    places: list[str] = []
    people: list[PersonRef] = []
    local = False
    for mention, actors in members + refs:
        is_lead_ref = (
            mention.form != "ref" or mention.number <= LEAD_REFERENCE_PARAGRAPHS
        )
        if is_lead_ref:
            agencies.extend(actors.agencies)
            boroughs.extend(actors.boroughs)
        places.extend(actors.places)
        people.extend(actors.people)
        local = local or actors.local
    if (
        event_type in ("enforcement", "operation")
        and not agencies
        and ctx.council
        and not any(_is_police(p) for p in people)
        and all(_council_offence(m) or _licence_decision(m) for m, _ in members)
    ):
        agencies.append(
            ctx.council
        )  # "214 fines for dropping litter": the council's officers
    if not agencies and setting and not any(court_act(m) for m, _ in members):
        agencies.extend(
            setting
        )  # arrests made during an operation told just before: its forces
    partners = partner_agencies(members, event_type, ctx)
    if event_type != "incident":
        police_people = any(_is_police(p) for p in people)
        if (
            event_type == "enforcement"
            and not agencies
            and ctx.council
            and any(
                _UNDER_ORDER.search(m.paragraph.text, *m.sentence) for m, _ in members
            )
            # "searched under the order and one man was arrested": a police order's stop
            and not any(POLICE_WORK.search(m.paragraph.text, *m.sentence) for m, _ in members)
        ):
            agencies.append(ctx.council)
        if (
            event_type in POLICE_TYPES
            and ctx.force
            # a police body that only coordinated or supported ("coordinated by the National County
            # Lines Coordination Centre") does not stand for the officers who acted
            and not any(a.kind == "police" and a not in partners for a in agencies)
            and not any(_court_ahead(m, date, ctx) for m, _ in members)
        ):
            if not [a for a in agencies if a not in partners] or police_people:
                agencies.append(ctx.force)  # partners joined someone: the police, here
        if event_type in COUNCIL_TYPES and not _persons_own(members):
            police_made = any(police_order(m) for m, _ in members)
            council_made = any(council_order(m) for m, _ in members)
            if not agencies:
                fallback = ctx.force if police_made else ctx.council
                if all(national_law(m) for m, _ in members):
                    agencies += _lawmakers(members, ctx)
                elif fallback is not None and not _commissioners(members, council_made, ctx):
                    agencies.append(fallback)
            elif (
                council_made
                and ctx.council
                and not any(a.kind == "council" for a in agencies)
            ):
                agencies.append(
                    ctx.council
                )  # a PSPO is the council's, whoever enforces it
    if (
        event_type == "meeting"
        and ctx.force is not None
        and not any(a.kind == "police" for a in agencies)
        and any(
            _POLICE_MEETING.search(m.paragraph.text, *m.sentence) for m, _ in members
        )
    ):
        agencies.append(
            ctx.force
        )  # "the town centre PACT meeting": the police's meeting
    if (
        event_type in ("meeting", "enforcement")
        and ctx.force is not None
        and not any(a.kind == "police" for a in agencies)
        and any(_police_applicant(m) for m, _ in members)
    ):
        agencies.append(ctx.force)
    if (
        event_type in POLICE_TYPES
        and ctx.transport is not None
        and any(a.kind == "police" for a in agencies)
        and not any(actors.named_police for _, actors in members)
        and (
            any(_STATION.search(p) for p in places)
            or any(_STATION.search(m.paragraph.text) for m, _ in members)
        )
    ):
        agencies.append(
            ctx.transport
        )  # the railway's police, named in the article, at a station
    agencies += partners
    if event_type == "meeting":
        agencies += meeting_agencies(members, ctx)
    agencies = other_agent(members, event_type, agencies, ctx)
    local_voice = event_type == "announcement" and any(
        a.kind in ("council", "community", "charity", "business") for a in agencies
    )
    if not boroughs and (county := county_named(members, event_type, ctx)):
        boroughs.append(
            county
        )  # "in Kent", "across the county": the county's, no district's
    if (
        not boroughs
        and ctx.borough
        and (local or local_voice or event_type in LOCAL_TYPES)
        and not _force_background(
            members, agencies, [p for _, a in members for p in a.places], date, ctx
        )
        and not any(_area_wide(m, ctx) for m, _ in members)
        and not force_wide(members, event_type)
        and not force_area_meeting(agencies, event_type)
        and not (event_type in COUNCIL_TYPES and _persons_own(members))
        and not (
            # a law, or the precept of a whole force area: no one council area's
            event_type == "order"
            and all(national_law(m) or precept_order(m) for m, _ in members)
        )
    ):
        boroughs.append(ctx.borough)
    if any(b in unitaries() for b in boroughs):
        named = [*places, *article_places(ctx)]
        boroughs = [district_on(b, named, ctx.on) for b in boroughs]
    return Actors(
        agencies=unique_agencies(agencies),
        boroughs=tuple(dict.fromkeys(boroughs)),
        places=tuple(dict.fromkeys(places)),
        people=unique_people(people),
        local=local,
    )


def article_places(ctx: ArticleContext) -> list[str]:
    """Every place the article names, in order: which old district a new unitary stood for."""
    return [h.name for n in sorted(ctx.names) for h in ctx.names[n].places]


def _force_background(members, agencies, places, date, ctx) -> bool:
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
    ) or any(mention.sentence[0] <= s < mention.sentence[1] for s, _ in names.local_cues)


def _court_ahead(mention: Mention, date: DateValue | None, ctx: ArticleContext) -> bool:
    """A court act still to come ("due to appear", "will stand trial"): the court's diary, no force's
    act yet; a sentence or appearance already told ends the force's case, so it keeps the force."""
    if not court_act(mention):
        return False
    if mention.mood != REALIS:
        return True
    if _COURT_AHEAD.search(mention.paragraph.text, *mention.clause):
        return True
    dated = date is not None and date.earliest is not None and ctx.on is not None
    return dated and date.earliest >= ctx.on  # "at the court today": not yet over when told


# "is due to appear", "will stand trial", "was bailed to appear": a hearing not yet held
_COURT_AHEAD = re.compile(
    r"\b(?:due|expected|set|bailed|remanded)\s+to\s+(?:appear|stand|be\s+sentenced)|\bwill\s+(?:next\s+)?(?:appear|stand|be\s+sentenced)",
    re.IGNORECASE,
)


def _council_offence(mention: Mention) -> bool:
    """Whether the paragraph tells of an offence the council enforces and the sentence of no police work."""
    return council_work(mention.paragraph.text, *mention.sentence)


# "has had its licence suspended", "revoked the premises licence": the licensing authority's decision
_LICENCE_DECISION = re.compile(
    r"\blicen[cs]e\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:suspended|revoked|removed|stripped)\b"
    r"|\b(?:suspend|revok|remov|strip)\w*\s+(?:the\s+|its\s+|a\s+)?(?:premises\s+|alcohol\s+|drinks\s+)?licen[cs]e\b",
    re.IGNORECASE,
)


def _licence_decision(mention: Mention) -> bool:
    return bool(_LICENCE_DECISION.search(mention.paragraph.text, *mention.sentence))


def _police_applicant(mention: Mention) -> bool:
    return police_applicant(mention.paragraph.text, *mention.sentence)


def _lawmakers(members, ctx: ArticleContext) -> list[AgencyRef]:
    """ "The legal limit in Scotland was lowered": the Scottish Government's law."""
    names = {name for m, _ in members if (name := lawmaker(m))}
    lookup = ctx.lookup
    if len(names) != 1 or lookup is None:
        return []
    hits = lookup.agencies(names.pop())
    return [hits[0].agency] if hits and hits[0].agency else []


def _commissioners(members, council_made: bool, ctx: ArticleContext) -> bool:
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
    r"\b(?:police(?:,\s+fire)?\s+and\s+crime\s+(?:commissioner|panel)|PF?CC|PCP)\b", re.IGNORECASE
)


def _commissioner(person: PersonRef) -> bool:
    return bool(_COMMISSIONER.search(f"{person.title or ''} {person.affiliation or ''}"))


def _persons_own(members) -> bool:
    """ "Her consultation on the precept": a person's own act (a commissioner's), not the council's."""
    return all(
        _PERSONS.search(m.paragraph.text, max(m.sentence[0], m.start - 6), m.start)
        for m, _ in members
    )


def _area_wide(mention: Mention, ctx: ArticleContext) -> bool:
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


def _is_police(person: PersonRef) -> bool:
    return bool(
        set((person.title or "").lower().replace(".", "").split()) & POLICE_TITLES
    )


# an enforcement told this many paragraphs after an operation may have happened during it
SETTING_PARAGRAPHS = 2


def operation_setting(group: Group, groups: list[Group]) -> tuple:
    """The named agencies of the operation an unattributed enforcement happened in.

    "One man was arrested" two paragraphs after "BTP and Met officers set up a knife arch":
    the arrests are theirs, when the dates agree.
    """
    if group.type != "enforcement" or any(
        getattr(c.actors, "agencies", ()) for c in [*group.members, *group.refs]
    ):
        return ()
    first = min(c.position for c in group.members)
    date = group.primary.date
    for other in sorted(groups, key=lambda g: g.last_position, reverse=True):
        if other.type != "operation":
            continue
        told = [c for c in other.members if c.position < first]
        if not told or first[0] - max(c.position for c in told)[0] > SETTING_PARAGRAPHS:
            continue
        if not overlap(other.primary.date, date):
            continue
        # arrests are the police's, whoever else joined the operation; vans seized on a joint
        # day of action are everyone's
        police_only = any(
            POLICE_WORK.search(c.mention.paragraph.text, *c.mention.sentence)
            for c in group.members
        )
        named = [
            a
            for c in other.members
            for a in getattr(c.actors, "agencies", ())
            if a.kind == "police" or not police_only
        ]
        if named:
            return tuple(dict.fromkeys(named))
    return ()
