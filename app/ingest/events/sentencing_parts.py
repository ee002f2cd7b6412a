"""What a sentencing hearing also did, or what led to a sentencing still to come: part of it.

"Price was given a criminal behaviour order when he was jailed for three years on Friday": the order
made on the person in the sentence of the sentencing is one more outcome of the same hearing, one
court act. "Adeyemi admitted the same
offences and will be sentenced next month": the plea is told as the step before the hearing ahead,
one court act dated by that hearing. "Jailed for 20 weeks after admitting 17 thefts from shops": the
thefts are what the court act was for, no incident told apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention
from app.ingest.events.mood import FUTURE, REALIS
from app.ingest.records import DateMention

# an order made on a person ("given a criminal behaviour order", "made the subject of an order")
_ON_PERSON = re.compile(
    r"\b(?:given|handed|issued\s+with|made\s+subject\s+to|served\s+with|subject\s+of)\b",
    re.IGNORECASE,
)
_SENTENCING = re.compile(
    r"\b(?:jailed|sentenced|imprisoned|locked\s+up|sentence)\b", re.IGNORECASE
)
# "admitting 17 thefts", "pleaded guilty to 11 of the offences": the offences counted in a plea
_ADMITTED = re.compile(
    r"^(?:admit\w*|confess\w*|pleaded\s+guilty|pleads\s+guilty)\b", re.IGNORECASE
)
_PLEA = re.compile(r"^(?:admit(?:s|ted)|pleaded\s+guilty|pleads\s+guilty)\b", re.IGNORECASE)


def _sentencing(m: Mention, mood: str) -> bool:
    return (
        m.type == "enforcement"
        and m.subtype == "court"
        and m.mood == mood
        and bool(_SENTENCING.search(m.text))
    )


def _order_at_hearing(mention: Mention, mentions: list[Mention]) -> bool:
    if mention.type != "order" or not _ON_PERSON.search(mention.text):
        return False
    # (an order told in a sentence of its own, "The judge also made Baptiste the subject of an
    # order", may be an outcome told apart: left to the merge)
    return any(
        other.sentence == mention.sentence and _sentencing(other, REALIS)
        for other in mentions
    )


def part_of_sentencing(
    mention: Mention, mentions: list[Mention], dates: Sequence[DateMention]
) -> bool:
    """The mention tells an order made at a sentencing told beside it, the offences admitted beside a
    court act, or the plea before a sentencing still to come in its sentence."""
    if _order_at_hearing(mention, mentions):
        return True
    if mention.type == "incident" and _ADMITTED.match(mention.text):
        # "jailed for 20 weeks after admitting 17 thefts": the offences a court act was for
        # ("after admitting 11 thefts between August and October" dates the thefts: told apart)
        if any(mention.clause[0] <= d.start < mention.clause[1] for d in dates):
            return False
        return any(
            other.sentence == mention.sentence
            and other.type == "enforcement"
            and other.subtype == "court"
            for other in mentions
        )
    return (
        mention.type == "enforcement"
        and bool(_PLEA.match(mention.text))
        and any(
            other.sentence == mention.sentence and _sentencing(other, FUTURE)
            for other in mentions
        )
    )


__all__ = ["part_of_sentencing"]
