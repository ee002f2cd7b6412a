"""Police a new team works beside: "the council has employed two community safety officers to work
with police", "rangers employed by the BID began night shifts alongside officers". The body that
hires or pays for the team launches it; the officers it works with are its partners, not launchers."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention

_BESIDE = re.compile(
    r"\b(?:alongside|beside|with|together\s+with|(?:in\s+)?partnership\s+with)\s+(?:the\s+)?"
    r"(?:local\s+|neighbourhood\s+|town\s+centre\s+|city\s+centre\s+)?$",
    re.IGNORECASE,
)

_ALONGSIDE = re.compile(r"\b(?:alongside|beside)\s+(?:the\s+)?$", re.IGNORECASE)


def launch_partners(mention: Mention, chosen: list[Hit]) -> list[Hit]:
    """The chosen bodies without bare police a team launched by another named body works beside."""
    if mention.type != "team_launch":
        return chosen
    text = mention.paragraph.text
    beside = [
        h
        for h in chosen
        if h.agency is not None
        and h.agency.kind == "police"
        and h.start > mention.start
        # bare "police" after "with"; a named force or team only "alongside" (a launch "with
        # Kent Police" may be theirs together)
        and (_BESIDE if h.generic else _ALONGSIDE).search(text, max(0, h.start - 40), h.start)
    ]
    others = [h for h in chosen if h.agency is not None and h.agency.kind != "police"]
    if not beside or not others:
        return chosen
    return [h for h in chosen if h not in beside]


def launch_partner_forces(members: list, agencies: list, partners: list, names: dict) -> list:
    """The partners of a team launched by a body other than the police, without the forces it
    works beside ("wardens paid for by Orpington 1st ... will work alongside the Safer Neighbourhood Team")."""
    if not any(a.kind != "police" for a in agencies):
        return partners
    beside = set()
    for mention, _actors in members:
        found = names.get(mention.number)
        text = mention.paragraph.text
        for h in found.agencies if found is not None else ():
            if (
                h.agency is not None
                and h.agency.kind == "police"
                and mention.sentence[0] <= h.start < mention.sentence[1]
                and _ALONGSIDE.search(text, max(0, h.start - 40), h.start)
            ):
                beside.add(h.agency.name)
    return [p for p in partners if p.name not in beside]
