"""A public spaces protection order lasts at most three years and is renewed for up to three more
(Anti-social Behaviour, Crime and Policing Act 2014, ss.60-61), so councils decide renewals in the
months before each third anniversary. "The PSPO, which first came into force in October 2016" in
a report of its renewal dates the report to the year before October 2019, 2022, 2025...

Soft: an order may have been made or renewed for less than three years; harder evidence wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from app.ingest.temporal.constraints import SOFT, Constraint
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.spans import DaySet, safe_date
from app.ingest.temporal.tense import sentence_bounds

_PSPO = re.compile(r"(?i)\b(?:public\s+spaces?\s+protection\s+orders?|PSPOs?)\b")
_RENEWAL = re.compile(
    r"(?i)\b(?:renew(?:s|ed|ing|al)?|extend(?:s|ed|ing)?|extension|(?:another|a\s+further)\s+three\s+years)\b"
)
# the order's own start ("which first came into force in October 2016", "was introduced in 2016")
_STARTED = re.compile(
    r"(?i)\b(?:first\s+)?(?:came\s+into\s+(?:force|effect)|(?:was|were)\s+(?:first\s+)?(?:introduced|made|brought\s+in|imposed|put\s+in\s+place))\b"
)
_ORDER = re.compile(r"(?i)\b(?:orders?|PSPOs?|ban)\b")
YEARS = 3
# renewals are consulted on and decided in the months before the order runs out, or just after
BEFORE_DAYS = 300
AFTER_DAYS = 45
RENEWALS = 6


def _start(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
) -> tuple[int, int | None, str] | None:
    """(year, month or None, text) of the earliest past start of an order the article tells."""
    found = []
    for text, xs in paragraphs:
        for x in xs:
            point = x.point
            if (
                x.kind != "calendar"
                or x.tense == "future"
                or point is None
                or point.year is None
            ):
                continue
            left, right = sentence_bounds(text, x.start, x.end)
            before = text[left : x.start]
            if _STARTED.search(before) and _ORDER.search(before):
                found.append((point.year, point.month, x.text))
    return min(found, key=lambda f: (f[0], f[1] or 0), default=None)


def pspo_renewal_constraints(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
) -> list[Constraint]:
    """A PSPO's renewal told with the order's first start: the months before a third anniversary."""
    joined = " ".join(text for text, _ in paragraphs)
    if not _PSPO.search(joined) or not _RENEWAL.search(joined):
        return []
    start = _start(paragraphs)
    if start is None:
        return []
    year, month, told = start
    spans = []
    for k in range(1, RENEWALS + 1):
        first = safe_date(year + YEARS * k, month or 1, 1)
        last = first if month else date(year + YEARS * k, 12, 31)
        spans.append(
            (first - timedelta(days=BEFORE_DAYS), last + timedelta(days=AFTER_DAYS))
        )
    why = (
        f"a PSPO renewal, the order dating from '{told}': orders last three years, so the "
        f"article is in the months before a third anniversary ({year + YEARS}, {year + 2 * YEARS}...)"
    )
    return [Constraint(DaySet(spans), SOFT, why)]
