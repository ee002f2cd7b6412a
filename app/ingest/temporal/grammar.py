"""Finding temporal expressions in a paragraph: the rules of anchors, calendar and day forms, phrases and references, in order.

Rules run longest forms first; a later rule never takes text an earlier one matched. Each expression
then gets its role (until / since / by, from the word before it) and the tense of its clause.
Nothing here knows the publication date: resolve.py does the dating.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.temporal.anchors import ANCHOR_RULES
from app.ingest.temporal.annual_events import annual_rules, annual_words
from app.ingest.temporal.bare_bank_holidays import BARE_BANK_HOLIDAY_RULES
from app.ingest.temporal.calendar_forms import CALENDAR_RULES, LATE_RULES
from app.ingest.temporal.cues import cues_in, word_trie
from app.ingest.temporal.early_hours import EARLY_HOURS_RULES
from app.ingest.temporal.expressions import Expression, GatedRule
from app.ingest.temporal.festive_years import FESTIVE_RULES
from app.ingest.temporal.holidays import HOLIDAY_RULES
from app.ingest.temporal.lead_ups import LEAD_UP_RULES
from app.ingest.temporal.occasion_lead_ups import counted_lead_up_rules
from app.ingest.temporal.occasions import occasion_rules
from app.ingest.temporal.phrases import EARLY_PHRASE_RULES, PHRASE_RULES
from app.ingest.temporal.range_ends import joined_ranges, set_spans_ahead
from app.ingest.temporal.references import REFERENCE_RULES
from app.ingest.temporal.scheduled import scheduled_ahead
from app.ingest.temporal.school_holidays import SCHOOL_RULES
from app.ingest.temporal.school_terms import TERM_RULES
from app.ingest.temporal.shared_years import shared_years
from app.ingest.temporal.tense import ongoing_until, tense_at
from app.ingest.temporal.told_refs import TOLD_RULES
from app.ingest.temporal.year_context import is_comparison
from app.ingest.temporal.year_words import with_year_words

_ROLE_RE = re.compile(
    r"(?i)\b(?P<role>until|till|up\s+to|through\s+to|ending\s+on|ends\s+on|ending|since|by|from)\s+"
    r"(?:(?:midnight|midday|noon|\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm))\s+)?(?:on\s+)?$"
)

RULES: list[GatedRule] = (
    counted_lead_up_rules()
    + LEAD_UP_RULES
    + FESTIVE_RULES
    + ANCHOR_RULES
    + EARLY_PHRASE_RULES
    + occasion_rules()
    + annual_rules()
    + SCHOOL_RULES
    + TERM_RULES
    + EARLY_HOURS_RULES
    + HOLIDAY_RULES
    + BARE_BANK_HOLIDAY_RULES
    + TOLD_RULES
    + CALENDAR_RULES
    + PHRASE_RULES
    + REFERENCE_RULES
    + LATE_RULES
)
# Literal alternations (no \b, no IGNORECASE; the word list is matched on the lower-cased text):
# far faster than the full month/weekday patterns, and only used to skip rules that cannot match.
_MONTH_STEMS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_WEEKDAY_STEMS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WORDS = (
    "yesterday", "today", "tonight", "tomorrow", "week", "month", "year", "spring", "summer", "autumn",
    "fall", "winter", "morning", "afternoon", "evening", "night", "ago", "later", "earlier", "recent",
    "day", "past", "coming", "christmas", "easter", "festive", "hallowe", "coronation", "jubilee", "funeral", "holiday",
    "hogmanay", "half-term", "half term", "term", "early hours", *annual_words(),
)  # fmt: skip
_GATES = {
    "digit": re.compile(r"\d"),
    "month": re.compile(
        "|".join(_MONTH_STEMS + tuple(s.upper() for s in _MONTH_STEMS))
    ),
    "weekday": re.compile(
        "|".join(_WEEKDAY_STEMS + tuple(s.upper() for s in _WEEKDAY_STEMS))
    ),
}
# one trie-shaped pattern: a position tries one branch per character, not every word
_WORD_GATE = re.compile(word_trie(_WORDS))


def _flags(text: str, lower: str) -> frozenset[str]:
    flags = {name for name, pattern in _GATES.items() if pattern.search(text)}
    if _WORD_GATE.search(lower):
        flags.add("word")
    return frozenset(flags)


def _gated(rules: list[GatedRule]) -> list[tuple]:
    """Each rule with its feature needs and its literal needs: a need "~a|b" asks for the
    lower-cased paragraph to contain "a" or "b" (a substring test, much cheaper than the pattern)."""
    out = []
    for pattern, build, needs in rules:
        features = frozenset(n for n in needs if not n.startswith("~"))
        literals = tuple(
            frozenset(n[1:].split("|")) for n in needs if n.startswith("~")
        )
        out.append((pattern, build, features, literals))
    return out


_RULES = _gated(RULES)
_LITERALS = tuple(
    sorted({w for *_, literals in _RULES for words in literals for w in words})
)
_APPLICABLE_CACHE = 20_000  # (flags, literals found) pairs remembered by _applicable
_applicable_rules: dict[tuple[frozenset[str], frozenset[str]], tuple] = {}


def _applicable(flags: frozenset[str], lower: str) -> tuple:
    """The rules whose features and literal needs the text meets, in order (few paragraphs differ
    in what they offer, so each combination is worked out once)."""
    # one trie scan for the ninety-odd literals, not a substring test each
    present = cues_in(_LITERALS, lower)
    key = (flags, present)
    rules = _applicable_rules.get(key)
    if rules is None:
        rules = tuple(
            (pattern, build)
            for pattern, build, features, literals in _RULES
            if flags.issuperset(features)
            and all(not present.isdisjoint(words) for words in literals)
        )
        if len(_applicable_rules) < _APPLICABLE_CACHE:
            _applicable_rules[key] = rules
    return rules


# "in the year to June", "the 12 months ending March 2019": the month ends a twelve-month period.
_YEAR_TO = re.compile(
    r"(?i)\b(?:year|12\s+months|twelve\s+months)\s+(?:to|up\s+to|ending(?:\s+in)?|until)\s+(?:the\s+end\s+of\s+)?$"
)


def _role(text: str, start: int) -> tuple[str, int]:
    """The role a preceding word gives ("until May 26", "since 2018", "by March") and where it starts."""
    match = _ROLE_RE.search(text, max(0, start - 40), start)
    if not match:
        return "point", start
    word = match.group("role").lower().split()[0]
    if word in ("since", "from"):
        return "since", match.start()
    return ("by" if word == "by" else "until"), match.start()


def _looks_ahead(expression: Expression) -> bool:
    """'next week', 'tomorrow', 'in the coming weeks' are future whatever the verb says."""
    if expression.kind != "relative":
        return False
    return expression.unit == "coming" or (
        expression.unit not in ("ago", "recent") and (expression.offset or 0) > 0
    )


_FOR_THE = re.compile(r"(?i)\bfor\s+$")
_FROM_THIS = re.compile(
    r"(?i)from\s+this\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)\b"
)


def _season_for(expression: Expression, text: str) -> bool:
    """ "A further operation is planned for the summer": the season still to come (or under way)."""
    return (
        expression.kind == "relative"
        and expression.unit == "season"
        and _FOR_THE.search(text, max(0, expression.start - 6), expression.start)
        is not None
    )


def _looks_back(expression: Expression) -> bool:
    if expression.kind != "relative":
        return False
    return expression.unit in ("ago", "recent") or (expression.offset or 0) < 0


def find_expressions(text: str) -> list[Expression]:
    """Every temporal expression in the text, in order, with its tense and role (until/since/by)."""
    lower = text.lower()
    flags = _flags(text, lower)
    if not flags:
        return []
    taken: list[tuple[int, int]] = []
    found: list[Expression] = []
    for pattern, build in _applicable(flags, lower):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            expression = build(match, text)
            if expression is None:
                continue
            taken.append((expression.start, expression.end))
            found.append(expression)
    found.sort(key=lambda x: x.start)
    found = joined_ranges(
        shared_years([_with_context(x, text) for x in found], text), text
    )
    found = with_year_words(found, text)
    return scheduled_ahead(set_spans_ahead(found, text), text)


def in_context(expression: Expression, text: str) -> Expression:
    """An expression found outside the grammar, with the role and tense its words give it."""
    return _with_context(expression, text)


def _with_context(expression: Expression, text: str) -> Expression:
    role, role_start = "point", expression.start
    if (
        expression.kind == "calendar"
        and expression.point.grain == "month"
        and _YEAR_TO.search(text, max(0, expression.start - 40), expression.start)
    ):
        role = "year_to"
    elif expression.kind in ("calendar", "weekday", "relative"):
        role, role_start = _role(text, expression.start)
    if (
        role == "point"
        and expression.kind in ("calendar", "range")
        and expression.point.year is not None
        and is_comparison(text, expression.start)
    ):
        role = "comparison"
    if role == "until" and ongoing_until(text, role_start):
        tense = "future"
    elif role == "since" and _FROM_THIS.match(text, role_start):
        # "from this Friday": a start still ahead, whatever the verb
        tense = "future"
    elif _looks_ahead(expression) or _season_for(expression, text):
        tense = "future"
    elif _looks_back(expression):
        tense = "past"
    else:
        tense = tense_at(text, expression.start, expression.end)
    if expression.role == role and expression.tense == tense:
        return expression
    return replace(expression, role=role, tense=tense)
