"""Mentions that another mention of the same sentence already tells: the subsumed readings.

One sentence can read two ways: the order is the event, the ban it makes is not; a meeting is
where a decision was taken; the seizures of a day of action are a detail of it. And one
sentence can tell two counts for two periods ("..., falling to 37 in 2020").
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.mention import Mention
from app.ingest.events.mood import FUTURE, REALIS
from app.ingest.events.sentences import Span

# one sentence, two readings of one act: the order is the event, the ban/closure it makes is not;
# what a statement or figures say is the statement's content, not another event
_SUBSUMED_BY = {
    # (type of the act that subsumes, words the subsumed trigger must have, words the act must have)
    "enforcement": (
        "order",
        re.compile(r"\b(?:ban\w*|closed|shut)\b", re.IGNORECASE),
        None,
    ),
    "incident": (
        "announcement",
        None,
        re.compile(
            r"statement|figures|statistics|stats|data|report|review|findings|audit",
            re.IGNORECASE,
        ),
    ),
}


# "212 fines were issued in 2019, falling to 37 in 2020": a second count, a second occurrence
_CONTINUATION = re.compile(
    r"(?:falling|dropping|rising|climbing|increasing|decreasing|down|up) to [\d,]+\b",
    re.IGNORECASE,
)
_CONTINUED_TYPES = ("enforcement", "incident")


def continuations(
    text: str, clauses: tuple[Span, ...], mentions: list[Mention]
) -> list[Mention]:
    out = []
    for before, clause in zip(clauses, clauses[1:], strict=False):
        match = _CONTINUATION.match(text, clause[0])
        if match is None or any(m.clause == clause for m in mentions):
            continue
        told = [
            m
            for m in mentions
            if m.clause == before and m.mood == REALIS and m.type in _CONTINUED_TYPES
        ]
        if told:
            out.append(
                replace(
                    told[0],
                    start=match.start(),
                    end=match.end(),
                    clause=clause,
                    form="act",
                    needs_date=True,
                    distinct=True,
                    anaphoric=False,
                )
            )
    return out


_AT = re.compile(r"\bat\s+$", re.IGNORECASE)
_PARTICIPLE = re.compile(r",\s*$")


def _is_venue(m: Mention) -> bool:
    """ "voted to renew the order at a meeting": where another act was done, not an event of its own."""
    if m.type != "meeting":
        return False
    return m.subtype == "venue" or (
        m.form == "noun" and bool(_AT.search(m.paragraph.text, m.clause[0], m.start))
    )


def without_subsumed(mentions: list[Mention]) -> list[Mention]:
    acts = [m for m in mentions if m.form == "act" and m.mood == REALIS]
    out = []
    for m in mentions:
        if _is_venue(m) and any(
            a.clause == m.clause
            and a.type != "meeting"
            and a.form == "act"
            and a.mood in (REALIS, FUTURE)
            for a in mentions
        ):
            continue
        if (
            m.type == "enforcement"
            and m.text.lower().endswith("ing")
            and _PARTICIPLE.search(m.paragraph.text, m.clause[0], m.start)
            and any(a.type == "operation" and a.subtype != "context" for a in acts)
        ):
            continue  # "carried out a week of action ..., seizing 140 cans": a detail of the operation
        rule = _SUBSUMED_BY.get(m.type)
        if rule and any(
            a.type == rule[0]
            and (rule[1] is None or rule[1].search(m.text))
            and (rule[2] is None or rule[2].search(a.text))
            for a in acts
        ):
            continue
        out.append(m)
    return out
