"""A lead's undated act told again, with its day, by what it counted or decided.

"Police in Barnet have recovered three knives ..." (the lead, no date words) and "On Tuesday,
officers carried out a weapons sweep ..., recovering three knives hidden in bushes": the same three
knives, so the lead's act is Tuesday's, not the publication day's. The count and its noun must
recur word for word in one later past sentence with one date of its own, a few weeks back at most.
"A bar has lost its licence" is the licensing hearing's decision to revoke it ("the sub-committee
voted to revoke the premises licence at a hearing on Monday"), not the interim suspension.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from app.ingest.events.candidates import Candidate
from app.ingest.events.detect import REALIS
from app.ingest.events.tellings import recent
from app.ingest.records import DateMention, Paragraph
from app.ingest.temporal.tense import sentence_bounds

_NUMBER = (
    r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundreds|dozens"
)
# "three knives", "£4,200 in cash", "14 people": a count and the word it counts
_COUNTED = re.compile(rf"(?i)(?<![\w£])(?:£\s?)?(?:{_NUMBER})\s+[a-z]{{3,}}\b")
_FUTURE = re.compile(r"(?i)\b(?:will|would|is\s+due|are\s+due|plans?\s+to)\b")
# a licence revoked (or lost), told as done or as decided
_REVOKED = re.compile(
    r"(?i)\b(?:revok(?:e|es|ed|ing)|revocation)\b[^.;]{0,40}?\blicen[cs]e"
    r"|\blicen[cs]e\b[^.;]{0,40}?\brevoked\b|\b(?:lost|loses|stripped\s+of)\s+(?:its|their|the)\s+licen[cs]e"
)
_REVOCATION = "licence revoked"


def _keys(text: str, start: int, end: int) -> set[str]:
    """What a clause counts ("three knives") and whether it revokes a licence."""
    return {key for key, at, _ in phrases_of(text) if start <= at < end}


def retold_dates(
    candidates: Sequence[Candidate],
    body: Sequence[Paragraph],
    dates: dict[int, list[DateMention]],
) -> None:
    """Date each lead act told with no date words by the later sentence that counts the same."""
    for cand in candidates:
        m = cand.mention
        if not cand.lead or cand.dated or m.mood != REALIS or m.form != "act":
            continue
        counted = _keys(m.paragraph.text, m.clause[0], m.clause[1])
        if not counted:
            continue
        found = [
            d
            for p in body
            if p.number > m.number
            for d in _sentence_dates(p, counted, dates.get(p.number, ()))
        ]
        if len(found) != 1 or not recent(found[0].value, cand.date):
            continue
        told = found[0]
        cand.date = replace(
            told.value,
            explanation=f"told again with its day in paragraph {told.paragraph}: {told.value.explanation}",
        )


def _sentence_dates(
    paragraph: Paragraph, counted: set[str], dates: Sequence[DateMention]
) -> list[DateMention]:
    """The date of each sentence of the paragraph that counts the same, when it has just one."""
    text = paragraph.text
    out = []
    for key, start, end in phrases_of(text):
        if key not in counted:
            continue
        left, right = sentence_bounds(text, start, end)
        if _FUTURE.search(text, left, right):
            continue
        inside = [
            d
            for d in dates
            if left <= d.start < right
            and d.value.earliest is not None
            and not d.value.planned
            and d.value.precision in ("day", "week")
        ]
        if len(inside) == 1 and inside[0] not in out:
            out.append(inside[0])
    return out


@lru_cache(maxsize=2048)
def phrases_of(text: str) -> tuple[tuple[str, int, int], ...]:
    """Every count ("three knives") and licence revocation of a paragraph, with its span."""
    found = [
        (" ".join(m.group().lower().split()), *m.span())
        for m in _COUNTED.finditer(text)
    ]
    found += [(_REVOCATION, *m.span()) for m in _REVOKED.finditer(text)]
    return tuple(found)
