"""Two months of different years told as one period: "between May last year and April this year",
"from October 2021 to March this year".

The grammar reads each end on its own (each counted from the publication year); joined, they are
one run of months from the first to the last.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.records import DateMention
from app.ingest.temporal.spans import format_edtf

_FROM = re.compile(r"(?i)\b(?:between|from)\s+(?:the\s+)?$")
_JOIN = re.compile(r"(?i)\s*,?\s*(?:and|to|until|till)\s+(?:the\s+(?:end\s+of\s+)?)?")


def _month(mention: DateMention) -> bool:
    value = mention.value
    return value.precision == "month" and value.earliest is not None


def joined_month_runs(mentions: list[DateMention], text: str) -> list[DateMention]:
    """The paragraph's mentions with each "between <month> and <month>" pair made one period."""
    if len(mentions) < 2:
        return mentions
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        second = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            second is not None
            and _month(first)
            and _month(second)
            and first.value.earliest.year != second.value.latest.year
            and first.value.earliest < second.value.latest
            and _FROM.search(text, max(0, first.start - 12), first.start)
            and _JOIN.fullmatch(text, first.end, second.start)
        ):
            start, end = first.value.earliest, second.value.latest
            edtf = format_edtf(start, end, "month")
            value = replace(
                first.value,
                edtf=edtf,
                latest=end,
                explanation=f"{text[first.start : second.end]} -> {edtf}: from {first.value.edtf} to {second.value.edtf}",
                planned=second.value.planned,
            )
            out.append(
                replace(
                    first,
                    text=text[first.start : second.end],
                    end=second.end,
                    value=value,
                )
            )
            i += 2
            continue
        out.append(first)
        i += 1
    return out
