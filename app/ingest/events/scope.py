"""The reach of a trigger's date words: its clause and the relative clauses that follow it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention

_RELATIVE_CLAUSE = re.compile(r"[\"“‘']?\s*(?:which|that|who)\b", re.IGNORECASE)


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
