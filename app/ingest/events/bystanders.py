"""Bodies named beside an act that did not do it: a funder ("with Home Office funding"), the
receivers of an order's powers, officers wanted or paid for, a commissioner's title, the police part
of a precept."""

from __future__ import annotations

import re

from app.ingest.events.asked_bodies import asked_or_under
from app.ingest.events.funders import grant_party
from app.ingest.events.licence_parties import applicant_only
from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.events.orders import precept_order

# "set up with Home Office funding", "a council grant": the body paid, someone else acted
_FUNDS = re.compile(
    r"(?:['’]s?)?\s+(?:funding|money|grants?|cash|funds|budget|backing|tax"
    # "cuts to police numbers": the force's strength, what is cut or asked for
    r"|numbers|staffing|resources|pay)\b",
    re.IGNORECASE,
)
# "the order gives police and council officers the power to": who receives a power, not who made
# it; "the first borough to allow police and enforcement officers to issue fines" tells a scheme
# they run together
_GIVEN = re.compile(
    r"\b(?:gives?|giving|gave|grants?|granting|empowers?|empowering|allowing|enabling)\s+"
    r"(?:the\s+)?(?:\w+\s+(?:and|&)\s+)?$",
    re.IGNORECASE,
)
# "the renewed order allows police to confiscate alcohol", "leaving officers relying on dispersal
# powers": an order's enforcers, or those left without it, never its makers
_ORDER_USERS = re.compile(
    # ("the first council to allow police and wardens to issue fines" tells a scheme they run together)
    r"\b(?:(?<!to\s)allow|allows|allowing|lets|letting|permits?|permitting|enables?|leaving|left)\s+"
    r"(?:the\s+)?(?:\w+\s+(?:and|&)\s+)?$",
    re.IGNORECASE,
)
_RELYING = re.compile(r"\b(?:rel(?:y|ies|ying|ied)\s+on|instead\s+of|rather\s+than)\b", re.IGNORECASE)
# "more officers on the streets", "six extra PCSOs": officers wanted or paid for
_WANTED = re.compile(r"\b(?:more|extra|additional|fewer)\s+$", re.IGNORECASE)
# "pay more to fund policing", "to fund the officers", "pay for 12 more police officers": what the
# money buys
_FUNDED = re.compile(
    r"\b(?:fund|funds|funding|pay\s+for|pays\s+for|paid\s+for|paying\s+for|spent\s+on|spend\s+on)\s+"
    r"(?:(?:the|its|their|an?|[\d,]+|more|extra|new|additional|two|three|four|five|six|eight|ten|twelve)\s+){0,3}$",
    re.I,
)
# "launching a Neighbourhood Watch scheme": the name of the scheme set up, not who sets it up
_SCHEME = re.compile(r"\s+(?:schemes?|programmes?|initiatives?)\b", re.IGNORECASE)
# "councillors have been told", "the council was warned": who hears of the act, not who does it (at
# a meeting, though, those told are there and take part; "officers were briefed" are the police
# who then act)
_TOLD_AFTER = re.compile(
    r"\s+(?:have|has|had)?\s*(?:been|were|was|are|is)\s+(?:told|reminded|warned|informed|briefed|assured|updated)\b",
    re.IGNORECASE,
)
# "The committee also heard that the licensing board had agreed": the body that hears of an act
# told after "that" is its audience
_HEARD_THAT = re.compile(
    r"[’']?s?\s+(?:(?:also|later)\s+)?(?:heard|(?:was|were|had\s+been|has\s+been)\s+told)\s+(?:that|how)\b",
    re.IGNORECASE,
)
# "council-backed", "police-run": the body named in an adjective of another thing
_COMPOUND = re.compile(
    r"-(?:backed|run|funded|owned|organi[sz]ed|operated|managed|commissioned|sponsored)\b", re.IGNORECASE
)
# "West Northamptonshire Council, which replaced Northampton Borough Council": a body gone, told
# only to say whose place the named one took
_SUCCEEDED = re.compile(
    r"\b(?:replaced|replacing|succeeded|superseded|took\s+over\s+from|formerly|previously)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "SIA-licensed marshals began patrolling": the body only licenses or vets the people who act
_VETTED = re.compile(r"-(?:licen[cs]ed|accredited|approved|vetted|registered|certified)\b", re.IGNORECASE)
# "Dorset's police and crime commissioner": an office, not the force
_OFFICE = re.compile(r"(?:,\s*fire)?\s+(?:and|&)\s+crime\b", re.IGNORECASE)


def bystander(hit: Hit, mention: Mention, police_work: bool = False) -> bool:
    """A body that pays rather than acts ("with Home Office funding", "the council tax"), bare police
    words in a precept or a commissioner's title (the office-holder's, not the force's), officers
    wanted or paid for (unless the act is police work: "extra officers patrolled"), bodies an
    order gives powers to, a body's name given to a scheme ("a Neighbourhood Watch scheme"), or
    those told of it ("councillors have been told", "the committee heard that ...")."""
    text = mention.paragraph.text
    # (an announcement of the grant itself: "secured £1.2m of Home Office funding" names its giver)
    if (
        _FUNDS.match(text, hit.end) and not (mention.type == "announcement" and grant_party(hit, mention))
    ) or _GIVEN.search(text, max(0, hit.start - 30), hit.start):
        return True
    if mention.type == "order" and (
        _ORDER_USERS.search(text, max(0, hit.start - 30), hit.start)
        # "lapsed, leaving officers relying on dispersal powers authorised by an inspector": the
        # other power's users
        or _RELYING.search(text, mention.end, hit.start)
    ):
        return True
    if _VETTED.match(text, hit.end) or _SUCCEEDED.search(text, max(0, hit.start - 25), hit.start):
        return True
    if asked_or_under(hit, mention) and not (mention.type == "announcement" and grant_party(hit, mention)):
        return True  # "ask the Government for powers", "under the Government's uplift programme"
    compound = _COMPOUND.match(text, hit.end)
    if compound and not compound.end() <= mention.start <= compound.end() + 25:
        return True  # "the council-backed display at Danson Park": it backs the display, not the patrols
    if applicant_only(hit, mention):
        return True  # "revoked the licence, following a review requested by the police": the council's decision
    if not hit.generic and _SCHEME.match(text, hit.end):
        return True
    heard = _HEARD_THAT.match(text, hit.end)
    if heard and heard.end() <= mention.start:
        return True
    police = hit.agency is not None and hit.agency.kind == "police"
    if mention.type != "meeting" and not police and _TOLD_AFTER.match(text, hit.end):
        return True
    if not police_work and hit.generic and _WANTED.search(
        text, max(0, hit.start - 12), hit.start
    ):
        return True  # "they want to see more officers": what is asked for, not who acts
    # "pay for eight extra council enforcement officers" told as a team's launch: the officers
    # paid for are the team, and their body launches it
    own_team = mention.type == "team_launch" and mention.start <= hit.start < mention.end
    return hit.generic and (
        precept_order(mention)
        or bool(_OFFICE.match(text, hit.end))
        or (not own_team and bool(_FUNDED.search(text, max(0, hit.start - 45), hit.start)))
    )
