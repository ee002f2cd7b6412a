"""The paragraphs that summarise the story: the first body paragraphs after any byline.

"By Phil Corrigan, Local Democracy Reporting Service" stands between the headline and the story's
first paragraph in many local papers; it tells nothing, so the lead is the paragraphs after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.candidates import LEAD_PARAGRAPHS
from app.ingest.records import Paragraph

# "By Hannah Price, Local Democracy Reporter", "By Tom Hartley": a name, perhaps a role, no sentence
_BYLINE = re.compile(
    r"^By\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}(?:\s*,\s*[^.!?]{0,80})?$"
)


def lead_numbers(body: Sequence[Paragraph]) -> set[int]:
    """The numbers of the lead paragraphs among the body paragraphs (bylines passed over)."""
    told = [p for p in body if not _BYLINE.match(p.text.strip())]
    return {p.number for p in told[:LEAD_PARAGRAPHS]}


__all__ = ["lead_numbers"]
