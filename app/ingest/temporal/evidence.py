"""Dating evidence from outside the calendar: known national events and things that exist from a date.

Both tables live beside this module as TOML (known_events.toml, availability.toml) and load once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from app.ingest.temporal.cues import cues_in, literal_cues
from app.ingest.temporal.spans import DaySet, Span
from app.ingest.temporal.tense import sentence_bounds, tense_at

HERE = Path(__file__).parent
FAR_PAST, FAR_FUTURE = date(1900, 1, 1), date(2100, 12, 31)
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
class KnownEvent:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    dates: tuple[date, ...]
    recent_days: int | None
    unless: re.Pattern[str] | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Term:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    periods: tuple[Span, ...]
    requires: re.Pattern[str] | None
    unless: re.Pattern[str] | None
    source: str
    new_days: int | None = (
        None  # an office holder called "new" took office at most this long ago
    )


@dataclass(frozen=True)
class EventMention:
    """A known event named in the text, with the sentence around it."""

    event: KnownEvent
    text: str  # the words that named it
    sentence: tuple[int, int]
    tense: str
    looks_back: bool  # named with a year, "anniversary", "inquiry"...: says nothing about recency


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


def _compile(patterns: list[str], flags: int = 0) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in patterns)


@lru_cache(maxsize=1)
def known_events() -> tuple[KnownEvent, ...]:
    """The curated national events of known_events.toml."""
    data = tomllib.loads((HERE / "known_events.toml").read_text(encoding="utf-8"))
    return tuple(
        KnownEvent(
            name=item["name"],
            patterns=_compile(item["patterns"], re.I),
            dates=tuple(sorted(item["dates"])),
            recent_days=item.get("recent_days"),
            unless=re.compile(item["unless"], re.I) if item.get("unless") else None,
            sources=tuple(item.get("sources", ())),
        )
        for item in data["event"]
    )


@lru_cache(maxsize=1)
def _availability() -> dict:
    return tomllib.loads((HERE / "availability.toml").read_text(encoding="utf-8"))


def year_window() -> tuple[int, int]:
    """The years a weekday+day+month may be placed in when nothing else dates an article."""
    window = _availability()["window"]
    return window["first_year"], window["last_year"]


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    """The dated terms of availability.toml."""
    out = []
    for item in _availability()["term"]:
        raw_periods = item.get("periods") or [
            {"from": item.get("from"), "until": item.get("until")}
        ]
        periods = tuple(
            (p.get("from") or FAR_PAST, p.get("until") or FAR_FUTURE)
            for p in raw_periods
        )
        out.append(
            Term(
                name=item["name"],
                patterns=_compile(item["patterns"]),
                periods=periods,
                requires=re.compile(item["requires"]) if item.get("requires") else None,
                unless=re.compile(item["unless"]) if item.get("unless") else None,
                source=item["source"],
                new_days=item.get("new_days"),
            )
        )
    return tuple(out)


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
def _cued() -> tuple[_Table, _Table, tuple[str, ...]]:
    """Both tables with their cues, and every cue of both: which cues a text holds is one pass of
    substring tests, and only the entries those cues point to are tried."""
    events, dated = _table(known_events()), _table(terms())
    return events, dated, tuple(sorted(set(events.by_cue) | set(dated.by_cue)))


@lru_cache(maxsize=8)
def _present(text: str) -> frozenset[str]:
    return cues_in(_cued()[2], text.lower())


def _candidates(table: _Table, present: frozenset[str]) -> list[tuple]:
    """The entries (in table order) some pattern of which may match a text holding `present`."""
    chosen = set(table.always)
    for word in present:
        chosen |= table.by_cue.get(word, frozenset())
    return [table.items[i] for i in sorted(chosen)]


def find_terms(text: str) -> list[TermMention]:
    """Dated terms named in the text (one mention per term)."""
    found = []
    present = _present(text)
    for term, cued in _candidates(_cued()[1], present):
        patterns = [
            p for p, cues in cued if cues is None or not cues.isdisjoint(present)
        ]
        if not patterns:
            continue
        if term.requires is not None and not term.requires.search(text):
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
                    EventMention(event, match.group(), (left, right), tense, looks_back)
                )
    return found


def recent_window(mention: EventMention) -> DaySet | None:
    """Days the article may date from if the event is a recent one (None when that cannot be said)."""
    days = mention.event.recent_days
    if days is None or mention.looks_back:
        return None
    if mention.tense == "future":
        return DaySet((d - timedelta(days=days), d) for d in mention.event.dates)
    return DaySet((d, d + timedelta(days=days)) for d in mention.event.dates)


def after_event(mention: EventMention) -> DaySet | None:
    """Past tense: the article is on or after the first time such an event happened."""
    if mention.tense == "future":
        return None
    return DaySet([(mention.event.dates[0], FAR_FUTURE)])
