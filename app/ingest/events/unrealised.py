"""A noun trigger told as what never happened: "braced for trouble that largely failed to materialise"."""

from __future__ import annotations

import re

_NEVER_HAPPENED = re.compile(
    r"\s+(?:that|which)\s+(?:largely\s+|mostly\s+|ultimately\s+|then\s+)?(?:failed to|did not|didn['’]t|"
    r"never)\s+(?:materiali[sz]ed?|happen(?:ed)?|occur(?:red)?|come)\b",
    re.IGNORECASE,
)


def never_happened(text: str, end: int) -> bool:
    """The words right after the trigger ending at ``end`` say it did not come about."""
    return _NEVER_HAPPENED.match(text, end) is not None
