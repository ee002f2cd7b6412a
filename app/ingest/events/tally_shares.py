"""A share of a tally told just before: the outcomes of the same acts, not acts of their own.

"Officers stopped 14 men suspected of kerb crawling. Nine were given community resolutions, and
five were reported for summons", "Eleven people were arrested ... Nine of those arrested have been
charged": the count with no noun of its own ("nine were", "nine of those arrested") speaks of the
people the tally counted, so what befell them is told with it. Told with a day of its own ("Nine
of them were charged on Friday") it is a step apart.
"""

from __future__ import annotations

import re

from app.ingest.events.candidates import Candidate, Group
from app.ingest.events.tallies import has_tally

_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|most|many|some|all|half|several|none)"
)
# "Nine were", "and five were", "Nine of those arrested have been", "Most of them were"
_SHARE = re.compile(
    rf"(?:^|,\s*|\band\s+|\bwhile\s+)[\"“‘']?{_COUNT}\s+(?:of\s+(?:them|those|these)(?:\s+[\w-]+)?\s+)?"
    r"(?:were|was|have|has|had|are|got)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)

# paragraphs between the tally and its share
_REACH = 3


def share_of_tally(cand: Candidate, group: Group) -> bool:
    """An undated enforcement told of a share of the tally the group told just before."""
    m = cand.mention
    if m.type != "enforcement" or (cand.dated and not cand.borrowed):
        return False
    text = m.paragraph.text
    if not _SHARE.search(text, max(m.sentence[0], m.start - 60), m.start):
        return False
    return any(
        g.position < cand.position
        and 0 <= m.number - g.mention.number <= _REACH
        and has_tally(g)
        for g in group.members
    )


__all__ = ["share_of_tally"]
