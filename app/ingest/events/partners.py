"""Partner forces and partners of an act: "while the Metropolitan Police searched a flat" adds a
force to the act; "carried out with council officers" says someone else leads."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.records import AgencyRef


def _inside(hit: Hit, span: tuple[int, int]) -> bool:
    return span[0] <= hit.start < span[1]


# "while the Metropolitan Police searched an address", "supported by officers from Kent Police"
_PARTNER = re.compile(
    r"\b(?:while|whilst|as|alongside|with|and|supported\s+by|assisted\s+by|helped\s+by|joined\s+by"
    r"|working\s+with|together\s+with)\s+(?:(?:officers|colleagues|detectives)\s+(?:from|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


# "carried out with council officers": joined by partners, so someone else leads
_WITH = re.compile(
    r"\b(?:with|alongside|supported\s+by|assisted\s+by|helped\s+by|joined\s+by)\s+(?:the\s+)?"
    r"(?:(?:officers|staff|colleagues)\s+(?:from|of)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def partner_forces(mention: Mention, hits, other_clauses) -> list[AgencyRef]:
    """Named forces working beside the clause's own in the same sentence: their part of one act."""
    text, clause = mention.paragraph.text, mention.clause
    return [
        h.agency
        for h in hits
        if h.agency
        and h.agency.kind == "police"
        and not h.generic
        and _inside(h, mention.sentence)
        and not _inside(h, clause)
        and not any(_inside(h, c) for c in other_clauses)
        and _PARTNER.search(text, max(mention.sentence[0], h.start - 40), h.start)
    ]


def only_partners(mention: Mention, hits) -> bool:
    """Whether every body named in the clause is named as a partner ("with", "supported by")."""
    text, clause = mention.paragraph.text, mention.clause
    named = [h for h in hits if h.agency and _inside(h, clause)]
    return bool(named) and all(
        h.agency.kind != "police"
        and _WITH.search(text, max(clause[0], h.start - 40), h.start)
        for h in named
    )
