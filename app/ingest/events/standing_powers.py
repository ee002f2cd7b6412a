"""What an order lets officers do, told in the present: how the order stands, no occurrence.

"It allows police and council officers to confiscate alcohol and to issue £100 fines", "The order
gives wardens powers to move people on": a standing state of an order told elsewhere. Told with a
time ("became the first council to allow wardens to issue fines in 2019") it is the order's making.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention
from app.ingest.events.mood import REALIS
from app.ingest.records import DateMention

_PRESENT = re.compile(r"(?:allows|gives|grants|empowers|hands|lets)\b", re.IGNORECASE)


def standing_powers(mention: Mention, dates: Sequence[DateMention]) -> bool:
    """An order's powers told in the present tense with no date words in the sentence."""
    return (
        mention.type == "order"
        and mention.mood == REALIS
        and _PRESENT.match(mention.text) is not None
        and not any(mention.sentence[0] <= d.start < mention.sentence[1] for d in dates)
    )


__all__ = ["standing_powers"]
