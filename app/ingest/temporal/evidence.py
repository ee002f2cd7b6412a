"""Dating evidence from outside the calendar: known national events and things that exist from a date.

The tables (known_events.toml, availability.toml, office_holders.toml) load once in dated_tables.py;
this module finds their entries in a text, trying only those whose literal cues it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import NamedTuple

from app.ingest.temporal.cues import cues_in, literal_cues
from app.ingest.temporal.dated_tables import (
    FAR_FUTURE,
    FAR_PAST,
    KnownEvent,
    Term,
    known_events,
    terms,
    year_window,
)
from app.ingest.temporal.spans import DaySet, Span
from app.ingest.temporal.tense import sentence_bounds, tense_at

__all__ = [
    "FAR_FUTURE",
    "FAR_PAST",
    "EventMention",
    "KnownEvent",
    "Term",
    "TermMention",
    "after_event",
    "find_known_events",
    "find_terms",
    "known_events",
    "recent_window",
    "terms",
    "year_window",
]

_NEW_BEFORE = re.compile(
    r"(?i)\b(?:new|newly[\s-]appointed|incoming)\s+(?:[\w'’-]+\s+){0,3}$"
)
# "Commissioner Sir Mark Rowley, who took over in September, ...": as fresh as "the new commissioner"
_TOOK_OFFICE_AFTER = re.compile(
    r"(?i),?\s+(?:who|which)\s+(?:only\s+|recently\s+)?(?:took\s+over|took\s+office|was\s+appointed|was\s+sworn\s+in|became)\b"
)
_LOOKING_BACK = re.compile(
    r"(?i)\b(?:anniversary|inquiry|inquest|memorial|since|years? (?:on|after|ago)|(?:19|20)\d\d)\b"
)


@dataclass(frozen=True)
class EventMention:
    """A known event named in the text, with the sentence around it."""

    event: KnownEvent
    text: str  # the words that named it
    sentence: tuple[int, int]
    tense: str
    looks_back: bool  # named with a year, "anniversary", "inquiry"...: says nothing about recency
    at: int = 0  # where the name starts in the text


@dataclass(frozen=True)
class TermMention:
    term: Term
    text: str
    fresh: bool = False  # called "new", "newly appointed", "incoming"

    @property
    def allowed(self) -> DaySet:
        return DaySet(self.term.periods)

    def fresh_window(self) -> DaySet | None:
        """For a "new" office holder: the days within new_days of each start of office."""
        if not self.fresh or self.term.new_days is None:
            return None
        reach = timedelta(days=self.term.new_days)
        return DaySet(
            (start, min(end, start + reach)) for start, end in self.term.periods
        )

    def describe(self) -> str:
        bounds = "; ".join(_period_text(p) for p in self.term.periods)
        return f"'{self.text}': {self.term.name} exists {bounds} ({self.term.source})"


def _period_text(period: Span) -> str:
    start, end = period
    if end >= FAR_FUTURE:
        return f"from {start.isoformat()}"
    return f"from {start.isoformat()} to {end.isoformat()}"


@lru_cache(maxsize=512)
def _cues(pattern: re.Pattern[str]) -> frozenset[str] | None:
    found = literal_cues(pattern)
    return frozenset(found) if found else None


class _Table(NamedTuple):
    """A table's entries with their patterns' cues, and which entries each cue points to."""

    items: tuple  # (entry, ((pattern, cues or None), ...)) in table order
    always: frozenset[int]  # entries with a pattern that has no cue: always tried
    by_cue: dict[str, frozenset[int]]


def _table(entries) -> _Table:
    items = tuple((e, tuple((p, _cues(p)) for p in e.patterns)) for e in entries)
    always = frozenset(
        i for i, (_, cued) in enumerate(items) if any(c is None for _, c in cued)
    )
    by_cue: dict[str, set[int]] = {}
    for i, (_, cued) in enumerate(items):
        for _, cues in cued:
            for word in cues or ():
                by_cue.setdefault(word, set()).add(i)
    return _Table(items, always, {w: frozenset(s) for w, s in by_cue.items()})


@lru_cache(maxsize=1)
def _cued() -> tuple[_Table, _Table, tuple[str, ...], dict[str, tuple[str, ...]]]:
    """Both tables with their cues, the cues of ungated entries, and the cues behind each gate word:
    which cues a text holds is one pass of substring tests (the office holders' names only when
    their title word is there), and only the entries those cues point to are tried."""
    events, dated = _table(known_events()), _table(terms())
    gated: dict[str, set[str]] = {}
    # a cue of an ungated entry too ("stephen house": the acting Met commissioner and a chief
    # constable) is always looked for
    ungated = set(events.by_cue)
    for term, cued in dated.items:
        words = {w for _, cues in cued for w in cues or ()}
        if term.gate:
            gated.setdefault(term.gate, set()).update(words)
        else:
            ungated |= words
    behind = set().union(*gated.values()) - ungated if gated else set()
    gated = {gate: words - ungated for gate, words in gated.items()}
    plain = (set(events.by_cue) | set(dated.by_cue)) - behind
    return (
        events,
        dated,
        tuple(sorted(plain)),
        {gate: tuple(sorted(words)) for gate, words in gated.items()},
    )


@lru_cache(maxsize=8)
def _present(text: str) -> frozenset[str]:
    lower = text.lower()
    _, _, plain, gated = _cued()
    found = cues_in(plain, lower)
    for gate, words in gated.items():
        if gate in lower:
            found |= cues_in(words, lower)
    return found


def _candidates(table: _Table, present: frozenset[str]) -> list[tuple]:
    """The entries (in table order) some pattern of which may match a text holding `present`."""
    chosen = set(table.always)
    for word in present:
        chosen |= table.by_cue.get(word, frozenset())
    return [table.items[i] for i in sorted(chosen)]


def find_terms(text: str, context: str | None = None) -> list[TermMention]:
    """Dated terms named in the text (one mention per term); `requires` is looked for in the
    context (the whole article) when given: a force named two paragraphs above still counts."""
    found = []
    present = _present(text)
    for term, cued in _candidates(_cued()[1], present):
        patterns = [
            p for p, cues in cued if cues is None or not cues.isdisjoint(present)
        ]
        if not patterns:
            continue
        if term.requires is not None and not term.requires.search(context or text):
            continue
        for pattern in patterns:
            match = next(
                (
                    m
                    for m in pattern.finditer(text)
                    if not _excluded(term, text, m.start())
                ),
                None,
            )
            if match:
                fresh = bool(
                    _NEW_BEFORE.search(text, max(0, match.start() - 40), match.start())
                    or _TOOK_OFFICE_AFTER.match(text, match.end())
                )
                found.append(TermMention(term, match.group(), fresh))
                break
    return found


def _excluded(term: Term, text: str, start: int) -> bool:
    return term.unless is not None and bool(
        term.unless.search(text[max(0, start - 40) : start])
    )


def find_known_events(text: str) -> list[EventMention]:
    """Known national events named in the text, each with its sentence and tense."""
    found = []
    present = _present(text)
    for event, cued in _candidates(_cued()[0], present):
        for pattern, cues in cued:
            if cues is not None and cues.isdisjoint(present):
                continue
            for match in pattern.finditer(text):
                left, right = sentence_bounds(text, match.start(), match.end())
                sentence = text[left:right]
                if event.unless is not None and event.unless.search(sentence):
                    continue
                tense = tense_at(text, match.start(), match.end())
                # the year inside a name ("Euro 2020", "London 2012") is not a year looked back to
                looks_back = bool(
                    _LOOKING_BACK.search(sentence.replace(match.group(), " "))
                )
                found.append(
                    EventMention(
                        event, match.group(), (left, right), tense, looks_back, match.start()
                    )
                )
    return found


def recent_window(mention: EventMention) -> DaySet | None:
    """Days the article may date from if the event is a recent one (None when that cannot be said)."""
    days = mention.event.recent_days
    if days is None or mention.looks_back:
        return None
    # an event that runs for days (a tournament) is still ahead, or recent, until its last day
    last = timedelta(days=mention.event.days - 1)
    if mention.tense == "future":
        return DaySet((d - timedelta(days=days), d + last) for d in mention.event.dates)
    return DaySet((d, d + last + timedelta(days=days)) for d in mention.event.dates)


def after_event(mention: EventMention) -> DaySet | None:
    """Past tense: the article is on or after the first time such an event happened."""
    if mention.tense == "future":
        return None
    return DaySet([(mention.event.dates[0], FAR_FUTURE)])
