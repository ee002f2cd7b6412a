"""The dated steps of one rule's life told in one sentence: made, renewed, made permanent, expires.

"The order was first made in August 2018 and renewed in 2021", "The managed approach was
introduced in October 2014, and was made permanent in 2016", "was made in 2021 and expires in
October", "A previous order, introduced in 2016, lapsed last October": each step told with a time of its own is an order event of its own, as the first making
is beside a renewal (sequels.is_first_making). A step the lexicon already found keeps its mention;
each mention's clause is cut at the "and" that opens the next step, so each step keeps its own time.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.mention import Mention
from app.ingest.events.mood import FUTURE, REALIS
from app.ingest.events.sentences import Span
from app.ingest.events.sequels import aside_apart, dated_apart
from app.ingest.records import Paragraph

ORDER = "order"
# a step: the verb (with its auxiliary) that makes, renews, ends or will end the rule
_STEP = re.compile(
    r"\b(?:(?:was|were|has been|have been|had been|is|are)\s+)?"
    r"(?:first\s+|originally\s+|initially\s+|then\s+|later\s+|subsequently\s+|formally\s+)?"
    r"(?:made permanent|introduced|made|imposed|brought in|put in place|adopted|granted|renewed|"
    r"extended|varied|came into (?:force|effect)|took effect|launched|lapsed|expired|revoked|lifted|"
    r"scrapped|authori[sz]ed|expires|will expire|(?:is|are) due to expire|ends|will end|runs out|will run out)"
    # no object after it: "made 12 arrests in May" is another act
    r"(?=\s+(?:in|on|during|by|last|this|that|for|from|at|until|yesterday|earlier|later|again)\b|,)",
    re.IGNORECASE,
)
# "renewed in October 2020, during the pandemic, and again last October": the same step once more
_AGAIN = re.compile(
    r"\band\s+(again)(?=\s+(?:in|on|during|last|this|earlier|later)\b)", re.IGNORECASE
)
_TIMED = re.compile(r"\s+(?:in|on|during|last|this|earlier|later)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:expires|will|due|ends|runs out)\b", re.IGNORECASE)
# "The managed approach was introduced ...": a policy named as the subject, with no order noun
_POLICY_SUBJECT = re.compile(
    r"[\"“‘']?(?:the|its|their|this|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:managed|tolerance)\s+(?:approach|area|zone)|polic(?:y|ies)|strateg(?:y|ies)|approach)\b",
    re.IGNORECASE,
)
_AND_BEFORE = re.compile(r"[\s,]+((?:and|but|before being|then)\s+)$", re.IGNORECASE)
_STEP_WEIGHT = 3.0


def order_steps(
    paragraph: Paragraph,
    sentence: Span,
    clauses: tuple[Span, ...],
    mentions: list[Mention],
) -> list[Mention]:
    """The sentence's mentions with one order mention for every dated step of a rule it tells."""
    text = paragraph.text
    orders = [m for m in mentions if m.type == ORDER]
    if not orders and not _POLICY_SUBJECT.match(text, sentence[0]):
        return mentions
    steps = _dated_steps(text, sentence)
    if len(steps) < 2:
        return mentions
    cuts = [sentence[0]] + [_and_before(text, s) for s in steps[1:]] + [sentence[1]]
    regions = list(zip(cuts, cuts[1:], strict=False))
    out = []
    covered = set()
    for m in mentions:
        step = next(
            (
                i
                for i, s in enumerate(steps)
                if m.type == ORDER and m.start < s[1] and s[0] < m.end
            ),
            None,
        )
        if step is None:
            out.append(m)
            continue
        covered.add(step)
        out.append(
            replace(
                m, clause=_cut(m.clause, regions[step]), closing=False, distinct=True
            )
        )
    for i, (start, end) in enumerate(steps):
        if i in covered:
            continue
        clause = next((c for c in clauses if c[0] <= start < c[1]), sentence)
        out.append(
            Mention(
                paragraph=paragraph,
                type=ORDER,
                form="act",
                weight=_STEP_WEIGHT,
                start=start,
                end=end,
                sentence=sentence,
                clause=_cut(clause, regions[i]),
                clauses=clauses,
                mood=FUTURE if _AHEAD.search(text, start, end) else REALIS,
                distinct=True,
            )
        )
    return sorted(out, key=lambda m: m.start)


def _dated_steps(text: str, sentence: Span) -> list[Span]:
    """Step verbs of the sentence, each with its own time, every one after the first joined by "and"."""
    again = {m.span(1) for m in _AGAIN.finditer(text, *sentence)}
    found = sorted({m.span() for m in _STEP.finditer(text, *sentence)} | again)
    steps: list[Span] = []
    for here, after in zip(found, found[1:], strict=False):
        if (
            dated_apart(text, here[1], after[0], after[1])
            or (after in again and _TIMED.match(text, here[1]))
            or aside_apart(text, *here, *after)
        ):
            if not steps or steps[-1] != here:
                if steps:
                    return []  # two runs of steps: too tangled to part
                steps.append(here)
            steps.append(after)
        elif steps and steps[-1] == here:
            break
    return steps


def _and_before(text: str, step: Span) -> int:
    """Where the "and" that joins the step to the one before it starts."""
    found = _AND_BEFORE.search(text, max(0, step[0] - 20), step[0])
    return found.start(1) if found else step[0]


def _cut(clause: Span, region: Span) -> Span:
    start, end = max(clause[0], region[0]), min(clause[1], region[1])
    return (start, end) if start < end else clause
