"""Past or future: the reading of the sentence around a temporal expression.

Local news is mostly written in the past tense, so past is the default. A future or modal marker
("will", "would", "is due to", "plans to") in the same clause before the expression wins unless a
past marker comes after it; with no marker before the expression, the first one after it in the same comma-clause decides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.ingest.temporal.case_fold import plain_lower

_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n")
_CLAUSE_BREAK = re.compile(r"[;:]\s|\s[–—-]\s")
_FUTURE = (
    # "residents can give their views at a drop-in on Saturday 19 August": a present modal offers
    # something still to come, never a past day
    # ("will have the power to": the future's "have", not a perfect looking back)
    r"(?:will|shall)\s+have|will|shall|won'?t|wo\s+n'?t|would|could|might|can|going\s+to|is\s+to|are\s+to|due\s+to|set\s+to"
    r"|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|expected\s+to|scheduled"
    # "a decision is expected at the committee in September": expected, due or planned, still ahead
    r"|(?:is|are)\s+(?:expected|due|planned)\b"
    r"|to\s+be\s+held|to\s+be\s+in\s+(?:force|place|effect|operation)|upcoming|forthcoming|coming"
    # "was charged the next day": counted on from a day already told, past or not
    r"|(?<!\bthe\s)next|next(?!\s(?:day|morning|afternoon|evening|night)\b)|ahead\s+of|tomorrow"
    # "the proposed rise", "a planned closure": an adjective after a determiner says nothing of tense;
    # "the operation was planned after a spate of burglaries": a past passive, the planning done
    r"|(?<!the\s)(?<!\ba\s)(?<!an\s)(?<!its\s)(?<!their\s)(?<!was\s)(?<!were\s)(?:planned|proposed)"
    # the present simple of scheduling verbs: "the consultation closes on 30 June"
    r"|closes|opens|starts|begins|ends|expires|takes?\s+place|kicks?\s+off|goes\s+live|comes?\s+into\s+force"
)
# "having been held back until after the election on June 8": a perfect participle looks back
_STRONG_PAST = r"was|were|had|did|has|have|ago|last|yesterday|previously|having\s+(?:been|[a-z]{2,}ed)"
_PAST = (
    r"earlier|said|told|went|came|met|took|gave|found|saw|began|held|made|left|got|brought|caught|sent"
    r"|spent|became|ran|won|lost|fell|rose|paid|led|spoke|wrote|broke|stole|struck|fought|stood|knew"
    r"|drove|fled|chose|heard|[a-z]{2,}(?<!e)ed"
)
# "has promised to keep funding it until at least 2018": what is promised is still ahead, though
# the promise itself is past ("In 2019 the mayor promised to act")
_PLEDGE = (
    r"(?:promise[sd]?|pledge[sd]?|vow(?:s|ed)?)\s+to"
    # "police had agreed to come back for a second meeting in September": what was agreed is ahead
    r"|agree[sd]?\s+to\s+(?:come|return|meet|hold|attend|report|review|look|consider)\b"
)
_MARKER = re.compile(
    rf"(?i)\b(?:(?P<future>{_FUTURE})|(?P<pledge>{_PLEDGE})|(?P<strong>{_STRONG_PAST})|(?P<past>{_PAST}))\b|(?P<contraction>'ll|’ll)\b"
)
# the same markers (all written in lower case) for text lower-cased where case folding agrees
_LOWER_MARKER = re.compile(_MARKER.pattern.removeprefix("(?i)"))
# how far a marker's look-behinds reach back ("their " and the boundary before it), and then some
_BEHIND = 8
# "runs until May 26", "is in force until", "can comment until": the period is still going on at publication.
_ONGOING = re.compile(
    r"(?i)\b(?:(?:runs|run|lasts|continues|remains?|is|are|will\s+\w+|stays?|operates?|applies|open|closed)"
    # "can comment on the proposed alcohol ban until": a modal reaches further
    r"\s+(?:\w+\s+){0,5}|(?:can|must)\s+(?:[\w'’-]+\s+){0,9})$"
)

# "had been due to stand trial but pleaded guilty in January", "will be led by the new team,
# which began work in September": a contrasting or non-defining relative clause has its own verb
_SUBORDINATOR = re.compile(
    r"(?i)\b(?:after|when|because|since|once|but)\s+|,\s+(?:which|who)\s+"
)
_SUBORDINATE = re.compile(r"(?i)\b(?:that|which|who|whether)\b")


# the same expression's sentence is asked for by the tense, the same-day and the action-span
# readers: each scan from the paragraph's start is done once (cleared with the other per-text caches)
@lru_cache(maxsize=2048)
def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) containing text[start:end]."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    found = _SENTENCE_END.search(text, end)
    return left, found.start() if found else len(text)


def _clause_start(text: str, left: int, start: int) -> int:
    cut = left
    for match in _CLAUSE_BREAK.finditer(text, left, start):
        cut = match.end()
    return cut


def tense_at(text: str, start: int, end: int) -> str:
    """'future' or 'past' for the expression at text[start:end]."""
    left, right = sentence_bounds(text, start, end)
    before = text[_clause_start(text, left, start) : start]
    # "is to spend £1m after councillors backed the plans on Tuesday": the subordinate clause's own
    # verb decides, when it has one
    # one scan serves both: the tail opens on a word after spaces, so no marker straddles it
    asides = _closed_asides(before)
    markers = [
        (m.start(), "future" if m.group("pledge") else _kind(m))
        for m in _markers(before, 0, len(before))
        if not any(a <= m.start() < b for a, b in asides)
    ]
    tail = _subordinate_start(before, asides)
    last = None
    if tail is not None:
        last = _last_kind(kind for at, kind in markers if at >= tail)
    last = last or _last_kind(kind for _, kind in markers)
    if last is not None:
        return "future" if last == "future" else "past"
    comma = text.find(",", end, right)
    if comma >= 0 and not text[end:comma].strip():
        # "On Wednesday 12 May, the council will ...": the main clause after the opening phrase
        comma = text.find(",", comma + 1, right)
    stop = comma if comma >= 0 else right
    # "its announcement in January that it would ...": a that-clause has its own tense
    if (subordinate := _SUBORDINATE.search(text, end, stop)) is not None:
        stop = subordinate.start()
    for match in _markers(text, end, stop):
        return "future" if _kind(match) == "future" else "past"
    return "past"


def _last_kind(kinds) -> str | None:
    last = None
    for kind in kinds:
        # "will be reviewed": a participle after a future modal does not make it past
        if not (kind == "weak" and last == "future"):
            last = kind
    return last


def _markers(text: str, pos: int, endpos: int):
    """The matches of _MARKER in text[pos:endpos] (look-behinds seeing before pos); their
    positions count from pos - _BEHIND when the text is plain enough to lower-case."""
    origin = max(0, pos - _BEHIND)
    lowered = plain_lower(text[origin:endpos])
    if lowered is None:
        return _MARKER.finditer(text, pos, endpos)
    return _LOWER_MARKER.finditer(lowered, pos - origin)


def _subordinate_start(before: str, asides: list[tuple[int, int]] = ()) -> int | None:
    """Where the words after the last "after", "when", "because", "since" or "once" start (None without one)."""
    ends = [
        m.end()
        for m in _SUBORDINATOR.finditer(before)
        if not any(a <= m.start() < b for a, b in asides)
    ]
    return ends[-1] if ends else None


# "the panel heard the case against Velvet, which can hold 900 people, at Hove Town Hall on
# Thursday": a relative clause closed by its comma before the day says nothing of the day's tense
_ASIDE = re.compile(r"(?i),\s+(?:which|who)\s+[^,]*,")


def _closed_asides(before: str) -> list[tuple[int, int]]:
    if "," not in before:
        return []
    return [m.span() for m in _ASIDE.finditer(before)]


def _kind(match: re.Match[str]) -> str:
    if match.group("future") or match.group("contraction"):
        return "future"
    return "strong" if match.group("strong") else "weak"


def ongoing_until(text: str, start: int) -> bool:
    """True when 'until X' follows a present-tense verb ("runs until", "is in force until")."""
    return bool(_ONGOING.search(text[max(0, start - 60) : start]))
