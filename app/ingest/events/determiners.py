"""Whether "that" before a noun-phrase trigger points back at a told event or opens a clause."""

from __future__ import annotations

import re

# "told the audience that two extra officers would patrol", "said that more officers will be
# deployed": "that" cannot point at a plural count, so it opens the reported clause
_THAT = re.compile(r"\bthat\s+$", re.IGNORECASE)
_COUNT = re.compile(
    r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|dozens|hundreds|extra|additional|more|several|many)\b)",
    re.IGNORECASE,
)
_REACH = 8  # "that " and the space before it


def opens_clause(text: str, start: int) -> bool:
    """ "that" just before the trigger at ``start`` is a conjunction: the trigger opens on a count."""
    return bool(
        _THAT.search(text, max(0, start - _REACH), start) and _COUNT.match(text, start)
    )
