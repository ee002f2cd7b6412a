"""Orders told as standing since a past time: "would continue to use the PSPO, in force since 2017"."""

from __future__ import annotations

import re

# the trigger's own words end on "since": the state it names has held from a past time, whatever
# the clause around it says the body will do with it next
_SINCE_END = re.compile(r"\bsince\s*$", re.IGNORECASE)


def standing_since(text: str, start: int, end: int) -> bool:
    """True when the trigger text ends on "since": a state told as holding from a past time."""
    return bool(_SINCE_END.search(text, start, end))
