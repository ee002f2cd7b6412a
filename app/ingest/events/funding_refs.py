"""The money told before, named again by "the money": a reference to the funding, no new announcement.

"The mayor secured £450,000 of Safer Streets funding for better lighting. The money was announced in
March": the second sentence dates the funding told in the first; it announces nothing else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.mention import Mention

# "The money was", "the cash has been", "This funding was": a definite name for money told before
_THE_MONEY = re.compile(
    r"\b(?:the|this|that)\s+(?:money|cash|funding|grant|funds|investment)\s+"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:first\s+|formally\s+|officially\s+)?)?$",
    re.IGNORECASE,
)


def money_reference(mention: Mention) -> Mention:
    """The mention, as a reference when it announces the money a definite name points back at."""
    if mention.type != "announcement" or mention.form != "act":
        return mention
    text = mention.paragraph.text
    if _THE_MONEY.search(text, mention.clause[0], mention.start):
        return replace(mention, form="ref")
    return mention


__all__ = ["money_reference"]
