"""The reach of a trigger's date words: its clause and the relative clauses that follow it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention

_RELATIVE_CLAUSE = re.compile(r"[\"“‘']?\s*(?:which|that|who)\b", re.IGNORECASE)
# "..., and is due to stand trial in March", "... and a decision will be made in December": a
# coordinate clause with its own verb looking ahead tells a later act; its date is not the first act's
_COORDINATE = re.compile(r"(?:and|but|while|whilst)\b", re.IGNORECASE)
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|shall|would|(?:is|are|was|were) (?:due|expected|set|scheduled|to be|going) to|"
    r"(?:is|are) to)\b|[’']ll\b",
    re.IGNORECASE,
)


def scope_of(
    mention: Mention, claimed: Sequence[tuple[int, int]] = ()
) -> tuple[int, int]:
    """The trigger's clause and the relative clauses that follow it ("..., which began on Monday").

    A relative clause with no trigger of its own says more about its antecedent, so its date
    words belong to the trigger before it.
    """
    start, end = mention.clause
    text = mention.paragraph.text
    for clause in mention.clauses:
        if clause[0] < end:
            continue
        if (
            clause[0] - end > 3
            or any(c[0] == clause[0] for c in claimed)
            or not _RELATIVE_CLAUSE.match(text, clause[0])
        ):
            break
        end = clause[1]
    return start, end


def plan_clauses(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Coordinate clauses with no trigger that look ahead ("and is due to stand trial in March").

    Their date words belong to the act they tell, found or not, never to a trigger in another
    clause of the sentence that states something done.
    """
    told = {m.clause[0] for m in mentions}
    seen: set[tuple[int, int]] = set()
    out = []
    for m in mentions:
        for clause in m.clauses:
            if clause in seen or clause[0] in told or clause[0] == m.sentence[0]:
                continue
            seen.add(clause)
            head = text[clause[0] : clause[1]]
            if _COORDINATE.match(head) and _LOOKS_AHEAD.search(head[:80]):
                out.append(clause)
    return out
