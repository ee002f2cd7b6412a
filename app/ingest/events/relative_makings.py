"""A team, operation or order made (or a consultation run) in a relative clause cut off from the noun it speaks of.

"The investigation was led by Project Medusa, Merseyside Police's county lines taskforce, which was
set up in November 2019": the clause splitter cuts before "which", so the team noun and its making
verb sit in two clauses and no noun-first trigger sees both. The relative clause tells the making
of whatever the clause before it ends on: a taskforce set up is a team launched, a crackdown
launched an operation, an order introduced an order.
"""

from __future__ import annotations

import re

from app.ingest.events.mention import Mention
from app.ingest.events.mood import REALIS
from app.ingest.events.sentences import Span
from app.ingest.records import Paragraph

WEIGHT = 2.0

# "which was set up in November 2019", "which was first introduced in 2017"
_MADE = re.compile(
    r"which\s+(?:was|were|had been|has been|have been)\s+(?:first\s+|originally\s+|initially\s+|only\s+)?"
    r"(?:set up|formed|launched|established|created|introduced|brought in|rolled out|started|imposed|"
    # "which was first made in December 2016" (made and then renewed or ending: order_steps.py)
    r"made(?![^.;]*\band\b))\b",
    re.IGNORECASE,
)
# the noun the clause before ends on, and the type of event its making is
_ANTECEDENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (
        kind,
        re.compile(rf"\b(?:{nouns})\s*(?:\([^)]{{0,40}}\))?\s*,?\s*$", re.IGNORECASE),
    )
    for kind, nouns in (
        (
            "team_launch",
            r"team|unit|squad|task ?force|taskforces|hub|command|patrol team|control room",
        ),
        (
            "operation",
            r"operation|crackdown|clampdown|campaign|initiative|week of action|day of action|"
            r"scheme|programme|patrols|(?-i:Operation [A-Z][a-z]+)",
        ),
        (
            "order",
            r"order|pspo|public spaces? protection order|dispersal zone|injunction|byelaw|bylaw|ban",
        ),
    )
)
# "after a consultation which closed in July": a consultation's run told in the relative clause
_RAN = re.compile(
    r"which\s+(?:closed|ran|opened|ended|finished|began|started|took place|"
    r"(?:was|were)\s+(?:held|carried out|run))\b",
    re.IGNORECASE,
)
_RUNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "consultation",
        re.compile(
            r"\b(?:consultation|survey|questionnaire|call for views)\s*,?\s*$",
            re.IGNORECASE,
        ),
    ),
)


def relative_makings(
    paragraph: Paragraph,
    sentence: Span,
    clauses: tuple[Span, ...],
    mentions: list[Mention],
) -> list[Mention]:
    """Acts of the sentence's "which was set up ..." clauses that no trigger found, typed by the
    noun the clause before them ends on."""
    text = paragraph.text
    if "which" not in text[sentence[0] : sentence[1]]:
        return []
    out = []
    for before, clause in zip(clauses, clauses[1:], strict=False):
        made, nouns = _MADE.match(text, clause[0]), _ANTECEDENTS
        if made is None:
            made, nouns = _RAN.match(text, clause[0]), _RUNS
        if made is None or any(m.clause == clause for m in mentions):
            continue
        head = text[before[0] : before[1]]
        kind = next((k for k, noun in nouns if noun.search(head)), None)
        if kind is None:
            continue
        out.append(
            Mention(
                paragraph=paragraph,
                type=kind,
                form="act",
                weight=WEIGHT,
                start=made.start(),
                end=made.end(),
                sentence=sentence,
                clause=clause,
                clauses=clauses,
                mood=REALIS,
            )
        )
    return out
