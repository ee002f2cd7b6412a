"""Office holders named in every word order, and terms too generic to overrule a calendar fact.

availability.toml (and any table feeding evidence.terms) writes an office holder as "TITLE NAME"
("Home Secretary Priti Patel"). Articles also write "Priti Patel, the Home Secretary," (in office:
the holder's term) and "since Priti Patel became Home Secretary" / "was appointed as" / "took over
as" (a start of office: the article is after it, and almost always within the term or a year after).
The phrasings are built here from each holder's own "TITLE NAME" pattern, so every row is read alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from app.ingest.temporal.constraints import HARD, SOFT, TENSE, Constraint
from app.ingest.temporal.cues import cues_in
from app.ingest.temporal.dated_tables import FAR_FUTURE, Term, availability_table, terms
from app.ingest.temporal.spans import DaySet, Span

# Appointments are announced before the start of office (a commissioner weeks ahead, a PCC elected
# days before taking the oath): a start-of-office phrase bounds the article from this long before it.
APPOINTED_AHEAD_DAYS = 120
# "since X became Home Secretary" is written while X holds office or soon after leaving it.
AFTER_TERM_DAYS = 365
_NOT_HOLDER = r"(?:former|ex-|then|previous|shadow|outgoing|deputy|assistant|acting|interim|candidates?|prospective|would-be)"
_START_VERB = (
    r"(?:(?:has|had|have)\s+)?(?:became|become|becomes|was\s+(?:appointed|named|elected|made|"
    r"sworn\s+in|confirmed)(?:\s+as)?|(?:took|takes|has\s+taken)\s+(?:over|office|up\s+(?:the\s+)?"
    r"(?:post|role))\s+as|succeeded\s+(?:[A-Z][\w'’-]*\s+){1,3}as)"
)
_SHAPE = re.compile(r"^\\b(?P<title>.+?),\?\\s\+(?P<rest>.+?)(?:\\b)?$")


@dataclass(frozen=True)
class Holder:
    """One office holder: the term's periods, with the title and name as regex source."""

    term: Term
    title: str
    honorific: str
    name: str
    literal: str  # the name as plain text: a substring test rules the holder out cheaply
    apposition: re.Pattern[str]
    start: re.Pattern[str]


def _split_honorific(rest: str) -> tuple[str, str]:
    """'(?:Sir\\s+)?Mark Rowley' -> ('(?:Sir\\s+)?', 'Mark Rowley'), matching nested brackets."""
    if not rest.startswith("(?:"):
        return "", rest
    depth = 0
    for i, char in enumerate(rest):
        if char == "(" and (i == 0 or rest[i - 1] != "\\"):
            depth += 1
        elif char == ")" and rest[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                # the group's quantifier too: "?" or "{0,2}" (office_holders.py's honorifics)
                quantifier = re.match(r"\?|\{\d*,?\d*\}", rest[i + 1 :])
                end = i + 1 + (quantifier.end() if quantifier else 0)
                return rest[:end], rest[end:]
    return "", rest


def _holder(term: Term) -> Holder | None:
    if not term.patterns:
        return None
    shape = _SHAPE.match(term.patterns[0].pattern)
    if shape is None:
        return None
    honorific, name = _split_honorific(shape.group("rest"))
    literal = name.replace("\\", "")
    if not re.fullmatch(r"[A-Z][\w'’.-]*(?: [\w'’.-]+)+", literal):
        return None
    title = shape.group("title")
    who = rf"\b{honorific}{name}\b"
    # none of the few words before the title says "not the holder": "X, Sussex's former PCC"
    apposition = re.compile(
        rf"{who},\s+(?:the\s+)?(?:(?!(?i:{_NOT_HOLDER})\b)[\w'’-]+\s+){{0,3}}?(?:{title})\b"
    )
    start = re.compile(
        rf"{who}\s+{_START_VERB}\s+(?:the\s+)?(?:(?i:new)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{title})\b"
    )
    return Holder(term, title, honorific, name, literal, apposition, start)


@lru_cache(maxsize=1)
def holders() -> tuple[Holder, ...]:
    """Every office holder of the dated terms whose pattern reads 'TITLE NAME'."""
    return tuple(h for t in terms() if (h := _holder(t)) is not None)


@lru_cache(maxsize=1)
def _literals() -> tuple[str, ...]:
    return tuple(h.literal for h in holders())


def _floor(periods: tuple[Span, ...]) -> date:
    return min(start for start, _ in periods) - timedelta(days=APPOINTED_AHEAD_DAYS)


def _near_term(periods: tuple[Span, ...]) -> DaySet:
    reach = timedelta(days=AFTER_TERM_DAYS)
    ahead = timedelta(days=APPOINTED_AHEAD_DAYS)
    return DaySet(
        (start - ahead, end if end >= FAR_FUTURE else end + reach)
        for start, end in periods
    )


def office_phrasing_constraints(text: str) -> list[Constraint]:
    """'NAME, the TITLE' dates the article within the term; 'NAME became TITLE' after its start
    (hard) and, softly, within the term or the year after it."""
    out: list[Constraint] = []
    named = cues_in(_literals(), text)  # one scan, not a substring test per holder
    if not named:
        return out
    for holder in holders():
        if holder.literal not in named:
            continue
        term = holder.term
        if term.requires is not None and not term.requires.search(text):
            continue
        if match := holder.apposition.search(text):
            why = f"'{match.group()}': {term.name} ({term.source})"
            out.append(Constraint(DaySet(term.periods), HARD, why))
        if match := holder.start.search(text):
            floor = _floor(term.periods)
            why = f"'{match.group()}': a start of office, so the article is from {floor.isoformat()} on ({term.source})"
            out.append(Constraint(DaySet([(floor, FAR_FUTURE)]), HARD, why))
            why = f"'{match.group()}': told while in office or within {AFTER_TERM_DAYS} days after it"
            out.append(Constraint(_near_term(term.periods), SOFT, why))
    return out


@lru_cache(maxsize=1)
def _generic_names() -> frozenset[str]:
    return frozenset(
        item["name"] for item in availability_table()["term"] if item.get("generic")
    )


def is_generic(term: Term) -> bool:
    """A term written in everyday words, in use before its official date ('town centre teams')."""
    return term.name in _generic_names()


def term_strength(term: Term) -> int:
    """A term written in everyday words ('town centre teams') ranks below weekday fits: its date
    is when the name became official, and the words were in use before it."""
    return TENSE if term.name in _generic_names() else HARD
