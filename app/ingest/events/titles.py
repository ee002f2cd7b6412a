"""Short event titles made of the source's own words."""

from __future__ import annotations

import re

from app.ingest.events.lexicon import load_headline_words
from app.ingest.events.remembered import paragraph_triggers
from app.ingest.records import Paragraph

MAX_TITLE_WORDS = 18
WORDS_AFTER_TRIGGER = 6
WHOLE_CLAUSE_WORDS = 20
HEAD_WORDS = 4

_WORD = re.compile(r"\S+")
# framing that is about the telling, not the event: "He also revealed (that) ...", "she said ..."
_REPORTING = re.compile(
    r"^(?:[\w’'.-]+\s+){0,5}?(?:said|says|revealed|reveals|added|explained|confirmed|"
    r"told(?:\s+(?:the|a|an|his|her|their))?\s+[\w’'-]+|announced|claimed|stated|insisted|warned)"
    r"(?:\s+(?:on|in|last|this|earlier|yesterday|at the)\b[\w\s]{0,30}?\s+that|\s+that)?\s+",
    re.IGNORECASE,
)
_LEADING_JUNK = re.compile(
    r"^(?:[\"“‘'(]|and\s|but\s|which\s|who\s|that\s|while\s|whilst\s|however,?\s|meanwhile,?\s|also\s|so\s|"
    r"this comes (?:following|after)\s|resulting in\s|leading to\s|after\s|following\s|according to\s)+",
    re.IGNORECASE,
)
# "In January, ..." / "After ..., ..." / "However in 2018, under pressure ..., ..."
_LEADING_PHRASE = re.compile(
    r"^(?:(?:in|on|at|after|following|however|last|this|earlier|during|since|before|speaking|commenting|"
    r"addressing|joined by|based|under|over|meanwhile|now|today|yesterday|with)\b[^,]{0,80},\s+){1,2}"
    r"(?:[^,\s]+(?:\s+[^,\s]+){0,2},\s+)?",
    re.IGNORECASE,
)
_DANGLING = frozenset(
    """a an the to of on in for and or until with by at from that which as who its their his her
    would will could should can may might has have had is are was were be been being""".split()
)
_TRAILING = re.compile(r"[\s,;:.–—-]+$|[\"”’')]+$")


def make_title(
    text: str, clause: tuple[int, int], trigger: tuple[int, int], *, noun: bool = False
) -> str:
    """A title from the clause that holds the trigger: its words, trimmed, never rephrased.

    ``noun`` titles start at the trigger ("a fiery public meeting with angry residents").
    """
    start, end = (trigger[0], clause[1]) if noun else clause
    head = text[start : trigger[0]]
    for pattern in (_REPORTING, _LEADING_JUNK):
        if m := pattern.match(head):
            start += m.end()
            head = head[m.end() :]
    if (m := _LEADING_PHRASE.match(head)) and len(_WORD.findall(head[m.end() :])) >= 1:
        start += m.end()
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    if not words:
        return text[trigger[0] : trigger[1]]
    last_trigger_word = next(
        (i for i, w in enumerate(words) if w[1] >= trigger[1]), len(words) - 1
    )
    hi = min(len(words) - 1, last_trigger_word + WORDS_AFTER_TRIGGER)
    if len(words) <= WHOLE_CLAUSE_WORDS or len(words) - 1 - hi <= 2:
        hi = max(hi, min(len(words), WHOLE_CLAUSE_WORDS) - 1)
    lo = 0
    head = ""
    if len(words) <= WHOLE_CLAUSE_WORDS:
        hi = len(words) - 1
    elif hi - lo + 1 > MAX_TITLE_WORDS:
        first_trigger_word = next(
            (i for i, w in enumerate(words) if w[1] > trigger[0]), 0
        )
        lo = (
            max(0, first_trigger_word - 3) if first_trigger_word > HEAD_WORDS + 3 else 0
        )
        hi = max(
            min(hi, lo + MAX_TITLE_WORDS - 1),
            min(last_trigger_word, lo + WHOLE_CLAUSE_WORDS - 1),
        )
        if lo > HEAD_WORDS + 1:
            # keep the subject's first words: "The policy of fining punters … has been slammed"
            head = text[words[0][0] : words[HEAD_WORDS - 1][1]].rstrip(",;:") + " … "
    while (
        hi > max(lo, last_trigger_word)
        and text[words[hi][0] : words[hi][1]].lower().strip(",;:") in _DANGLING
    ):
        hi -= 1
    title = head + text[words[lo][0] : words[hi][1]]
    if "”" in title and "“" not in title:
        title = title[
            : title.index("”")
        ]  # the end of a quote: what follows is "he explained"
    title = _TRAILING.sub("", title).strip()
    title = _LEADING_JUNK.sub("", title)
    title = _TRAILING.sub("", title).strip()
    return title[:1].upper() + title[1:] if title else text[trigger[0] : trigger[1]]


def headline_types(title: str | None) -> set[str]:
    """The event types a headline speaks of: its triggers, else its keywords."""
    if not title:
        return set()
    found = {m.type for m in paragraph_triggers(Paragraph(0, title))}
    if found:
        return found
    return {
        event_type
        for event_type, pattern in load_headline_words()
        if pattern.search(title)
    }
