"""An order told first by what it does: the lead's ban or closure is the order told in full later.

"A man who harassed shoppers has been banned from the city centre for three years", then "He was
made subject to a criminal behaviour order at the magistrates' court on Tuesday"; "A flat has been
shut down for three months", then "Police were granted a closure order for the property on Monday":
the lead tells the order by its effect, with no day of its own, and the order told with its day is
the same occurrence. The ban (or closure) becomes a telling of that order, so the two merge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.ingest.events.candidates import Candidate
from app.ingest.events.mood import REALIS

# the effect told, and the order that has it
_EFFECTS = (
    (
        re.compile(r"\bbanned\b", re.IGNORECASE),
        re.compile(
            r"\b(?:criminal behaviour orders?|cbos?|banning orders?|exclusion orders?|"
            r"injunctions?|community protection orders?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        re.compile(r"\b(?:shut|closed|boarded up|sealed)\b", re.IGNORECASE),
        re.compile(r"\bclosure orders?\b", re.IGNORECASE),
    ),
)


def orders_by_effect(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates, with a lead's undated ban or closure told as the order told after it."""
    orders = [
        c
        for c in candidates
        if c.mention.type == "order" and c.mention.mood == REALIS and c.dated
    ]
    if not orders:
        return list(candidates)
    return [_as_order(c, orders) for c in candidates]


def _as_order(cand: Candidate, orders: list[Candidate]) -> Candidate:
    mention = cand.mention
    if (
        mention.type != "enforcement"
        or mention.form != "act"
        or mention.mood != REALIS
        or not cand.lead
        or cand.dated
    ):
        return cand
    for effect, order in _EFFECTS:
        if effect.search(mention.text) and any(
            o.position > cand.position
            and order.search(o.mention.paragraph.text, *o.mention.sentence)
            for o in orders
        ):
            return replace(cand, mention=replace(mention, type="order", subtype=""))
    return cand


__all__ = ["orders_by_effect"]
