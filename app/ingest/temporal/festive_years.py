"""'Last year's festive operation', 'this year's Christmas campaign', 'last Christmas': the December
of that year.

The festive season a local paper means is December (the Christmas drink-drive and shoplifting
campaigns run through it), so the phrase names that month, not the whole year.
"""

from __future__ import annotations

import re

from app.ingest.temporal.expressions import Expression, GatedRule, Point

_OFFSETS = {"last": -1, "this": 0, "next": 1}


def _festive(match: re.Match[str], text: str) -> Expression:
    offset = _OFFSETS[match.group("which").lower()]
    return Expression(
        "relative",
        match.group(),
        match.start(),
        match.end(),
        point=Point("month", month=12),
        unit="year",
        offset=offset,
    )


FESTIVE_RULES: list[GatedRule] = [
    (
        re.compile(
            r"\b(?P<which>(?i:last|this|next))\s+year[\x27’]s\s+(?i:festive|Christmas|Xmas)\b"
        ),
        _festive,
        ("word", "~festive|christmas|xmas"),
    ),
    # "last Christmas" is the December of the year before the publication year (in January, the
    # one just gone); "Christmas Eve/Day" are days of their own
    (
        re.compile(
            r"\b(?P<which>(?i:last|this))\s+(?i:Christmas|Xmas)\b"
            r"(?!\s+(?i:Eve|Day|morning|night|party|parties|tree|market|lights|shopping|card)s?\b)"
        ),
        _festive,
        ("word", "~christmas|xmas"),
    ),
]
