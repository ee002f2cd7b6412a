"""The partners of an operation told after it: "He said officers would engage with sex workers in
conjunction with outreach workers from sexual health charity the Terrence Higgins Trust", a
paragraph or two after the operation's own. The seeds' gold lists such a charity among the
operation's agencies: working with the officers is taking part in their operation.
"""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.records import AgencyRef
from app.ingest.temporal.case_fold import paragraph_lower
from app.ingest.temporal.cues import literal_cues, may_match
from app.ingest.temporal.lexicon import MONTH_FULL, WEEKDAY_FULL

# "in conjunction with outreach workers from X", "working alongside X", "supported by X"
_WITH = re.compile(
    r"\b(?:in\s+conjunction\s+with|in\s+partnership\s+with|together\s+with|working\s+(?:with|alongside)"
    r"|alongside|supported\s+by|joined\s+by|with\s+the\s+help\s+of)\b",
    re.IGNORECASE,
)
# words one of which every phrase above holds: most paragraphs hold none, and a substring test says so
_WITH_CUES = literal_cues(_WITH)
# "... to prevent large gatherings as students return later this month": a sentence with its own
# time is an activity of its own, not how the operation told before is done
_OWN_TIME = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|later|earlier|(?:this|next|last)\s+(?:week|weekend|month|year)"
    rf"|(?:on|from|until|by)\s+{WEEKDAY_FULL}|(?:in|from|until|by)\s+{MONTH_FULL}|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_NEAR = 80  # characters between the phrase and the partner's name
# the paragraphs after an operation's own that still tell how it is done
PARTNERS_AFTER = 2


def partners_told(
    texts: dict[int, str], hits: dict[int, tuple[Hit, ...]]
) -> tuple[tuple[int, AgencyRef], ...]:
    """(paragraph, body) for each body a sentence says someone works with or alongside."""
    out: list[tuple[int, AgencyRef]] = []
    for number in sorted(texts):
        text = texts[number]
        lowered = paragraph_lower(text)
        if lowered is not None and not may_match(_WITH_CUES, lowered):
            continue
        for m in _WITH.finditer(text):
            start = text.rfind(".", 0, m.start()) + 1
            end = text.find(".", m.end())
            if _OWN_TIME.search(text, start, len(text) if end < 0 else end):
                continue
            out += [
                (number, hit.agency)
                for hit in hits.get(number, ())
                if hit.agency is not None
                and not hit.generic
                and m.end() <= hit.start <= m.end() + _NEAR
                and "." not in text[m.end() : hit.start]
            ]
    return tuple(dict.fromkeys(out))


def later_partners(
    mentions: list[Mention], partners: tuple[tuple[int, AgencyRef], ...]
) -> list[AgencyRef]:
    """The bodies told as working with the officers in the paragraphs just after an operation's."""
    told = {m.number for m in mentions}
    return [
        body
        for number, body in partners
        if number not in told
        and any(0 < number - m.number <= PARTNERS_AFTER for m in mentions)
    ]
