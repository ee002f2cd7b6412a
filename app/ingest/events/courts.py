"""Court acts under the courts convention: whoever brought the case acts, the court is a place.

A man "jailed at Snaresbrook Crown Court" for burglaries in Leyton is the force's case, in
Waltham Forest: the court is where the case was heard, not who acted nor where it happened.
"""

from __future__ import annotations

import re

from app.ingest.events.actors import COUNCIL_ORDERS, POLICE_ORDERS, Actors, court_act
from app.ingest.events.context import ArticleContext
from app.ingest.events.mention import Mention
from app.ingest.records import AgencyRef

# a court, a judge or magistrates in the clause: the act is a court's, whoever brought the case
_COURT_CLAUSE = re.compile(
    r"\b(?:court|judge|magistrates?|sheriff|recorder|district judge|jury|old bailey|tribunal)\b",
    re.IGNORECASE,
)
# orders a court makes on conviction or on a force's application
_COURT_ORDERS = re.compile(
    r"\b(?:criminal behaviour orders?|cbos?|restraining orders?|(?:football )?banning orders?|"
    r"sexual (?:harm|risk) prevention orders?|serious violence reduction orders?|"
    r"knife crime prevention orders?|gang injunctions?)\b",
    re.IGNORECASE,
)
_BROUGHT_BY = re.compile(
    r"\b(?:prosecuted|brought|applied\s+for|sought|secured|obtained)\b", re.IGNORECASE
)


def court_mention(mention: Mention) -> bool:
    """A sentence, trial, appearance or court-made order: told of a court, brought by someone else."""
    if court_act(mention):
        return True
    text, (start, end) = mention.paragraph.text, mention.clause
    if mention.type == "order":
        return bool(_COURT_ORDERS.search(text, start, end)) and bool(
            _COURT_CLAUSE.search(text, *mention.sentence)
        )
    return False


def _court_boroughs(mention: Mention, ctx: ArticleContext) -> tuple[set[str], set[str]]:
    """Boroughs of the courts named in the mention's sentence, and those of the other places in its paragraph."""
    names = ctx.names.get(mention.number)
    if names is None:
        return set(), set()
    start, end = mention.sentence
    courts = {
        h.borough
        for h in names.places
        if h.weak and h.borough and start <= h.start < end
    }
    solid = {h.borough for h in names.places if not h.weak and h.borough}
    return courts, solid


def case_actors(mention: Mention, actors: Actors, ctx: ArticleContext) -> Actors:
    """A court act's actors with the court's borough swapped for the case's: a place of the
    paragraph, else none (so the article's area)."""
    if not actors.boroughs:
        return actors
    courts, solid = _court_boroughs(mention, ctx)
    if not courts - solid or not (
        _COURT_CLAUSE.search(mention.paragraph.text, *mention.clause)
        or court_mention(mention)
    ):
        return actors
    kept = [b for b in actors.boroughs if b not in courts or b in solid]
    kept = kept or sorted(solid)
    return Actors(
        agencies=actors.agencies,
        boroughs=tuple(kept),
        places=actors.places,
        people=actors.people,
        local=actors.local,
        named_police=actors.named_police,
    )


def prosecutor(members, agencies, ctx: ArticleContext) -> AgencyRef | None:
    """Who brought a court act's case when the text names no one: the council for a breach of its
    injunction or order, else the article's force."""
    if agencies or not members or not all(court_mention(m) for m, _ in members):
        return None
    if ctx.council is not None and any(
        COUNCIL_ORDERS.search(m.paragraph.text, *m.sentence)
        and not POLICE_ORDERS.search(m.paragraph.text, *m.sentence)
        for m, _ in members
    ):
        return ctx.council
    return ctx.force
