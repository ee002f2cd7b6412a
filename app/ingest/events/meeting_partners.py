"""Bodies that act beside the clause's own: partners named "with", "supported by", "coordinated by"
or "published by", and everyone at a meeting (the body whose committee meets, its organiser, and
the force of the officer who speaks there).
"""

from __future__ import annotations

import re

from app.ingest.events.bystanders import bystander
from app.ingest.events.context import ArticleContext
from app.ingest.events.meeting_voices import voices_at
from app.ingest.events.mood import REALIS
from app.ingest.events.organisers import attendees_of, sequel_organiser, voiced
from app.ingest.events.speakers import POLICE_TITLES
from app.ingest.records import AgencyRef, PersonRef

# "coordinated by the NCLCC", "a welfare hub staffed by St John Ambulance volunteers"
_BY = re.compile(
    r"\b(?:co-?ordinated|organi[sz]ed|published|compiled|released|supported|staffed|run|led|funded|hosted"
    r"|backed|assisted|helped|joined|delivered|arranged|chaired)\s+by\s+"
    r"(?:(?:volunteers|officers|staff|colleagues|members|teams?)\s+(?:from|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# "carried out with the council's trading standards team", "in partnership with Crimestoppers"
_WITH = re.compile(
    r"\b(?:with|alongside|together\s+with|in\s+partnership\s+with|working\s+with|joined)\s+"
    r"(?:(?:volunteers|officers|staff|colleagues|members|teams?)\s+(?:from|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# work done beside someone: "with" names a partner here, not a grievance ("angry with the council")
WITH_TYPES = frozenset({"operation", "enforcement", "team_launch", "meeting"})
# a council committee or cabinet with no council named: the article's council meets
_COMMITTEE = re.compile(
    r"\b(?:(?:licensing|planning|scrutiny|overview\s+and\s+scrutiny|regulatory|council|community\s+safety"
    r"|crime\s+and\s+disorder)\s+(?:sub-?\s?)?committee|(?:sub-committee|cabinet)\s+meeting|full\s+council)\b",
    re.IGNORECASE,
)
# "a campaign run by the National Police Chiefs' Council", "wardens funded by the BID": the body
# that runs the work, or whose wardens do it, does it; it joined no one
_RUN_BY = re.compile(
    r"\b(?:run|led|organi[sz]ed|delivered|arranged"
    # "street wardens funded by the BID": the body's own wardens
    r"|(?:wardens|rangers|ambassadors|marshals|patrollers),?\s+(?:funded|employed|paid\s+for|hired))"
    r"\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_COUNCIL_PEOPLE = re.compile(
    r"\bcouncil\s+(?:leaders|officials|bosses|chiefs|representatives|officers)\b", re.IGNORECASE
)
_NEXT_ACT = re.compile(r"[\s,;]*(?:and|but|while|whereas)\b", re.IGNORECASE)
_NEAR = 60  # characters before a name in which "supported by" or "with" can stand
# "set up with Home Office funding": the body paid, it did not act
_FUNDS = re.compile(
    r"(?:['’]s)?\s+(?:funding|money|cash|grants?|backing)\b", re.IGNORECASE
)


def partner_agencies(
    members: list, event_type: str, ctx: ArticleContext
) -> list[AgencyRef]:
    """Named bodies the member sentences give as partners, coordinators or publishers."""
    if event_type == "incident":
        return []
    out: list[AgencyRef] = []
    for mention, _actors in members:
        names = ctx.names.get(mention.number)
        if names is None:
            continue
        # "..., and in 2018 a welfare hub run by St John Ambulance opened": a clause joined by "and"
        # tells another act, with partners of its own ("..., with a hub staffed by ..." is this one's)
        text, (start, end) = mention.paragraph.text, mention.sentence
        if _NEXT_ACT.match(text, mention.clause[1]):
            end = mention.clause[1]
        for hit in names.agencies:
            if hit.agency is None or hit.generic or not start <= hit.start < end:
                continue
            window = max(start, hit.start - _NEAR)
            if _FUNDS.match(text, hit.end):
                continue
            if _BY.search(text, window, hit.start) or (
                event_type in WITH_TYPES and _WITH.search(text, window, hit.start)
            ):
                out.append(hit.agency)
    return out


def leading_partners(members: list, ctx: ArticleContext) -> list[AgencyRef]:
    """Named bodies the member sentences say ran, led or organised the act: no one else's partners."""
    out: list[AgencyRef] = []
    for mention, _actors in members:
        names = ctx.names.get(mention.number)
        if names is None:
            continue
        text, (start, end) = mention.paragraph.text, mention.sentence
        out += [
            h.agency
            for h in names.agencies
            if h.agency
            and not h.generic
            and start <= h.start < end
            and _RUN_BY.search(text, max(start, h.start - _NEAR), h.start)
        ]
    return out


def meeting_agencies(members: list, ctx: ArticleContext) -> list[AgencyRef]:
    """Who acts at a meeting: every body named in its sentences (the one whose committee meets,
    the organiser, "officers and councillors" residents met) but those paid for, the organiser of the meeting a
    "next meeting" follows, the force of an officer who
    speaks, and the article's council for a bare "licensing sub-committee"."""
    out: list[AgencyRef] = []
    for mention, _actors in members:
        names = ctx.names.get(mention.number)
        if names is None:
            continue
        start, end = mention.sentence
        out += [
            h.agency
            for h in names.agencies
            if h.agency and start <= h.start < end and not bystander(h, mention)
        ]
        if mention.mood == REALIS:
            out += attendees_of(
                mention, ctx.attendees
            )  # "Joined by Redbridge Council leader ..."
            out += voices_at(mention, ctx.body_voices)  # "the council's manager told the meeting"
        organiser = sequel_organiser(mention, ctx.organisers)
        if organiser is not None:
            out.append(
                organiser
            )  # "The next meeting will be held in April": the same hosts
        if ctx.force is not None and (
            any(
                hit.person and start <= hit.start < end and _is_officer(hit.person)
                for hit in names.people
            )
            or voiced(
                mention, ctx.voices
            )  # "PC Rachel Stone told the hearing", told next
        ):
            out.append(ctx.force)  # "Ch Insp Colin Mackay told the committee"
        if ctx.council is not None and mention.mood == REALIS and voiced(mention, ctx.council_voices):
            out.append(ctx.council)  # "the council's leader, Cllr Ann Shaw, told the meeting"
        if (
            ctx.council is not None
            and not any(a.kind == "council" for a in out)
            and (
                _COMMITTEE.search(mention.paragraph.text, start, end)
                # "to tell police and council leaders": the council's people are at the meeting
                or _COUNCIL_PEOPLE.search(mention.paragraph.text, start, end)
            )
        ):
            out.append(ctx.council)
    return out


def _is_officer(person: PersonRef) -> bool:
    return bool(
        set((person.title or "").lower().replace(".", "").split()) & POLICE_TITLES
    )
