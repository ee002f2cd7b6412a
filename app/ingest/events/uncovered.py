"""Acts of a paragraph that detection read only in part: a dated sentence no found act covers.

On articles nobody had read, most missed events sat in paragraphs that already gave an event: the
paragraph told two or three occurrences ("Officers raided a flat in May. In June the council
closed it.") and detection found the one its triggers knew. A sentence that no found mention
touches, with its own date outside quotes, a finite verb and words of an event type, gives its own
act at the fallback's weakest weight. A sentence that only says more of an act already found (a
pronoun subject, or the same type on the same date) gives none: it is the same occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.ingest.events.also_plans import also_plans
from app.ingest.events.fallback import (
    fallback_mentions,
    own_dates,
    quoted_spans,
    readable,
    sentence_act,
)
from app.ingest.events.mention import Mention
from app.ingest.events.sentences import Span, split_clauses, split_sentences
from app.ingest.records import DateMention, Paragraph

# "It ran until Sunday", "Those arrested ...": the sentence goes on about what was just told
_SAYS_MORE = re.compile(
    r"\W*(?:it|its|this|that|these|those|they|their|which|where|the (?:operation|crackdown|"
    r"campaign|week of action|scheme|order|meeting|results?))\b",
    re.IGNORECASE,
)

# "... and will return next month", "but was called off on Friday": a second verb of the same subject
# in its own tense (a "which"/"where" clause only details the act)
_SHIFT = re.compile(
    r"\W*(?:and|but)\s+(?:then\s+|also\s+)?(?:will|would|is|are|was|were|has|have|had)\b",
    re.IGNORECASE,
)

_SHIFT_IN = re.compile(
    r" (?:and|but) (?:then |also )?(?:will|would|is|are|was|were|has|have|had)\b"
)
# "began at the weekend and will run until March": the same act going on, not a second one
_GOES_ON = re.compile(
    r"\b(?:until|till|to the end of|for the (?:next|rest of)|continu\w+|runs?|lasts?|stay|"
    r"remains?)\b",
    re.IGNORECASE,
)


def paragraph_mentions(
    paragraph: Paragraph, found: Sequence[Mention], dates: Sequence[DateMention]
) -> list[Mention]:
    """The paragraph's found mentions with the acts of its uncovered dated sentences, or the
    fallback act where nothing was found; and the acts it announces with "will also"."""
    if found:
        found = [*found, *uncovered_acts(paragraph, found, dates)]
    else:
        found = fallback_mentions(paragraph, dates)
    return [*found, *also_plans(paragraph, found)]


def uncovered_acts(
    paragraph: Paragraph, found: Sequence[Mention], dates: Sequence[DateMention]
) -> list[Mention]:
    """One act for each dated sentence that no found mention touches and that is no further
    telling of a found act (same type and date, or a pronoun subject)."""
    if not dates:
        return []
    text = paragraph.text
    shift = _SHIFT_IN.search(text) is not None
    if not shift and all(
        any(m.sentence[0] <= d.start < m.sentence[1] for m in found) for d in dates
    ):
        return []  # every date told with a found act, and no second verb: nothing more to read
    if not readable(paragraph):
        return []
    quoted = quoted_spans(text)
    told = _told(found, dates)
    acts: list[Mention] = []
    for sentence in split_sentences(text):
        if not any(sentence[0] <= d.start < sentence[1] for d in dates):
            continue
        mine = [m for m in found if sentence[0] <= m.start < sentence[1]]
        if mine:
            if shift and _SHIFT_IN.search(text, *sentence):
                acts += _shifted_clauses(paragraph, sentence, mine, dates, quoted, told)
            continue
        if _SAYS_MORE.match(text, sentence[0]):
            continue
        own = own_dates(sentence, dates, quoted)
        if not own:
            continue
        act = sentence_act(paragraph, sentence, own, quoted)
        if act is None or _retold(act.type, own, told):
            continue
        acts.append(act)
        told |= {(act.type, _when(d)) for d in own}
    return acts


def _shifted_clauses(
    paragraph: Paragraph,
    sentence: Span,
    mine: Sequence[Mention],
    dates: Sequence[DateMention],
    quoted: Sequence[Span],
    told: set[tuple[str, tuple]],
) -> list[Mention]:
    """ "The team patrolled the park on Saturday and will return next month": a clause of a found
    act's sentence with its own date and its own verb tells one more occurrence, of the clause's
    type or else of the act's."""
    text = paragraph.text
    acts = [m for m in mine if m.form == "act"]
    if not acts:
        return []
    clauses = next((m.clauses for m in acts if m.clauses), None) or tuple(
        split_clauses(text, sentence)
    )
    out: list[Mention] = []
    for clause in clauses:
        if any(clause[0] <= m.start < clause[1] for m in mine) or not _SHIFT.match(
            text, clause[0]
        ):
            continue
        own = own_dates(clause, dates, quoted)
        if not own or _GOES_ON.search(text, clause[0], clause[1]):
            continue
        act = sentence_act(paragraph, clause, own, quoted, kind=acts[0].type)
        if act is None or _retold(act.type, own, told):
            continue
        out.append(replace(act, sentence=sentence, clauses=clauses))
        told |= {(act.type, _when(d)) for d in own}
    return out


def _retold(
    kind: str, own: Sequence[DateMention], told: set[tuple[str, tuple]]
) -> bool:
    """ "By 2019 the council paid for a team. It began patrolling in April of that year": the same
    type at a time within (or around) a time already told is the same occurrence told again."""
    return any(
        kind == other and _nested(_when(d), when) for d in own for other, when in told
    )


def _nested(a: tuple, b: tuple) -> bool:
    if None in a or None in b:
        return a == b
    return (b[0] <= a[0] and a[1] <= b[1]) or (a[0] <= b[0] and b[1] <= a[1])


def _told(
    found: Sequence[Mention], dates: Sequence[DateMention]
) -> set[tuple[str, tuple]]:
    """(type, interval) of each found mention's clause dates."""
    return {
        (m.type, _when(d))
        for m in found
        for d in dates
        if m.clause[0] <= d.start < m.clause[1]
    }


def _when(mention: DateMention) -> tuple:
    return (mention.value.earliest, mention.value.latest)
