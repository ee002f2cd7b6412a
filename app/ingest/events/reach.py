"""Acts whose reach is a whole force area or the nation: a commissioner's, a chief constable's,
a minister's or an inspectorate's. They take no district from the article's main area; an act
told "in Essex" or "across the county" of a two-tier county takes the county."""

from __future__ import annotations

import re

from app.ingest.events.context import ArticleContext
from app.ingest.events.mention import Mention

# offices and bodies whose acts cover a whole force area or more
_FORCE_OFFICE = re.compile(
    r"\b(?:(?i:police(?:,\s*fire)?\s+and\s+crime\s+commissioner)|PF?CC|(?i:(?:deputy\s+|assistant\s+)?chief\s+constable)"
    r"|(?:Met|Metropolitan\s+Police)\s+Commissioner|Commissioner\s+(?:Sir|Dame)\b"
    r"|Home\s+Secretary|Home\s+Office|policing\s+minister|Justice\s+Secretary|Prime\s+Minister|Government"
    r"|(?:inspection|inspectorate|review|audit)\s+of\s+the\s+force|HMICF?R?S?|force-?wide"
    r"|(?:roads|road)\s+policing\s+unit|the\s+force['’]s\s+(?:\w+\s+){0,2}(?:campaign|unit|strategy|budget))\b"
)
# types told of one place: a meeting or an incident happens somewhere
_PLACED = frozenset({"incident", "meeting"})


def force_wide(members: list, event_type: str) -> bool:
    """Whether every telling is the act of a force-wide office or body, named in its clause or as
    the subject before the trigger."""
    if event_type in _PLACED or not members:
        return False
    return all(_office_act(m) for m, _ in members)


def _office_act(mention: Mention) -> bool:
    text = mention.paragraph.text
    return bool(
        _FORCE_OFFICE.search(text, *mention.clause)
        or _FORCE_OFFICE.search(text, mention.sentence[0], mention.start)
    )


# bodies of a whole force area: their meetings belong to no one district unless a place is named
_FORCE_AREA_BODY = re.compile(r"\b(?:Police(?:,\s*Fire)?\s+and\s+Crime\s+(?:Panel|Commissioner))$")


def force_area_meeting(agencies, event_type: str) -> bool:
    """ "The police and crime panel will meet on Friday": a meeting of a force area's panel."""
    return (
        event_type == "meeting"
        and bool(agencies)
        and all(_FORCE_AREA_BODY.search(a.name) for a in agencies)
    )


_IN_COUNTY = re.compile(
    r"\b(?:in|across|throughout|around)\s+(?:the\s+(?P<the>county)\b|(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))"
)


def _county_councils(ctx: ArticleContext) -> dict[str, str]:
    """Two-tier counties (those with a county council) and their forces."""
    data = getattr(
        getattr(getattr(ctx.lookup, "gaz", None), "data", None), "county_councils", None
    )
    if not data:
        return {}
    return {
        name.removesuffix(" County Council"): force
        for name, force in data.items()
        if name.endswith(" County Council")
    }


def county_named(members: list, event_type: str, ctx: ArticleContext) -> str | None:
    """The two-tier county an act is told across ("in Northamptonshire", "across the county")."""
    if event_type == "meeting" or not members:
        return None
    counties = _county_councils(ctx)
    if not counties:
        return None
    own = [c for c, force in counties.items() if ctx.force and force == ctx.force.name]
    for mention, _ in members:
        for m in _IN_COUNTY.finditer(mention.paragraph.text, *mention.sentence):
            if m.group("the") and len(own) == 1:
                return own[0]
            if m.group("name") in counties:
                return m.group("name")
    return None
