"""A standing membership told with its start: "Blackpool has been part of the Home Office's
Project ADDER programme since 2021". Nothing is counted over the years since: the event is the
joining, in 2021, not a run from 2021 to publication (a year after "since" is read by the
temporal engine as running on to publication, so it is cut back to the year itself).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from app.ingest.events.mention import Mention
from app.ingest.records import DateMention, DateValue

_MEMBER = re.compile(
    r"(?i)\b(?:has|have|had)\s+been\s+(?:a\s+)?(?:part\s+of|a\s+member\s+of|member\s+of|one\s+of|"
    r"signed\s+up\s+to|involved\s+in|a\s+partner\s+in)\b"
)
_SINCE = re.compile(r"(?i)\bsince\s+$")


def member_since(mention: Mention) -> bool:
    """Whether the trigger's sentence tells a membership that stands ("has been part of")."""
    return bool(_MEMBER.search(mention.paragraph.text, *mention.sentence))


def joined_when(chosen: DateMention, mention: Mention) -> DateValue | None:
    """The year a membership began, from "since 2021" (None for other dates)."""
    value = chosen.value
    text = mention.paragraph.text
    since = chosen.text.lower().startswith("since") or _SINCE.search(
        text, max(0, chosen.start - 8), chosen.start
    )
    if (
        not since
        or value.precision != "year"
        or value.earliest is None
        or value.earliest.month != 1
        or value.earliest.day != 1
    ):
        return None
    year = value.earliest.year
    return replace(
        value,
        edtf=str(year),
        latest=date(year, 12, 31),
        explanation=f"{chosen.text} -> {year}: a membership that stands began then",
    )
