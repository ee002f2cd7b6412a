"""Counts told in the present perfect since a time: "Since the order came into force in November
2019, 212 fixed penalty notices have been issued", "launched in April, which has so far led to 46
arrests". The count covers the whole span, from that time to publication, not the time alone nor
the publication day."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.detect import REALIS, Mention
from app.ingest.records import DateMention, DateValue, PublicationDate
from app.ingest.temporal.spans import format_edtf
from app.ingest.temporal.tally_words import tells_tally

# "said it had taken 214 knives off the streets since January": reported speech backshifts
# "has" to "had"
_PERFECT = re.compile(
    r"(?i)\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en|ade|ung|ought|sued|ied)\b"
)
_SO_FAR = re.compile(r"(?i)\b(?:so\s+far|to\s+date|since\s+then)\b")
_SINCE_BEFORE = re.compile(r"(?i)\bsince\b[^.;]{0,60}$")


def since_span(
    mention: Mention, dates: Sequence[DateMention], dct: PublicationDate
) -> DateValue | None:
    """From the 'since' time of a present-perfect count's sentence to the publication date."""
    if mention.mood != REALIS or dct.latest is None:
        return None
    text = mention.paragraph.text
    left, right = mention.sentence
    # the auxiliary may stand just before the clause the trigger opens ("which has so far led to")
    reach = max(left, mention.clause[0] - 30)
    if not _PERFECT.search(text, reach, mention.clause[1]):
        return None
    if not tells_tally(text, left, right):
        return None
    inside = sorted(
        (d for d in dates if left <= d.start < right), key=lambda d: d.start
    )
    since = [
        d
        for i, d in enumerate(inside)
        if d.value.earliest is not None
        and d.value.earliest < dct.latest
        and (found := _SINCE_BEFORE.search(text, left, d.start)) is not None
        # the first date after its "since" ("since the autumn, most recently over the weekend")
        and not any(found.start() <= e.start for e in inside[:i])
    ]
    if not since and _SO_FAR.search(text, reach, mention.clause[1]):
        # "launched in April, which has so far led to 46 arrests": counted from the time told
        # before it in the sentence
        since = [
            d
            for d in dates
            if left <= d.start
            and d.end <= mention.start
            and d.value.earliest is not None
            and d.value.earliest < dct.latest
        ][-1:]
    if len(since) != 1:
        return None
    start, end = since[0].value.earliest, dct.latest
    edtf = format_edtf(start, end, since[0].value.precision)
    why = f"{since[0].text} -> {edtf}: a count told in the present perfect since then, to publication"
    return DateValue(
        edtf, start, end, since[0].value.precision, since[0].value.anchor, why
    )
