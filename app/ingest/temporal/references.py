"""Back-references and bare pointers: "that morning", "the following week", "two days later",
"on the day", "a week after", a weekday alone ("on Tuesday night") and "on the 3rd".

Back-references resolve against the last day the text gave (finder.py carries it); weekdays and
"the 3rd" against the publication date.
"""

from __future__ import annotations

import re

from app.ingest.temporal.expressions import Expression, GatedRule, Point
from app.ingest.temporal.lexicon import (
    MONTH,
    WEEKDAY_FULL,
    month_number,
    weekday_number,
)
from app.ingest.temporal.phrases import (
    OFFSETS,
    counted_span,
    expr,
    rule,
    unit_of,
    words_before,
)
from app.ingest.temporal.tense import sentence_bounds, tense_at

_EXCLUDED_BEFORE_WEEKDAY = {
    "good", "black", "ash", "maundy", "easter", "palm", "holy", "shrove", "bloody", "cyber", "super",
    "blue", "mad", "fat", "remembrance", "every", "each", "mothering", "giving", "manic",
    # "joined officers on a Saturday night patrol last month": an indefinite weekday is no one day
    "a", "an", "any",
}  # fmt: skip
_EXCLUDED_AFTER_WEEKDAY = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Post|People|Sport|Mail|Mercury|Independent|League|School|Trading|Roast|Club)\b"
)


_SCHEDULE_JOIN = r"\s+(?:to|through|till|until)\s+|\s*[-–]\s*"
_SCHEDULE_AFTER = re.compile(
    rf"(?:\s+(?i:morning|afternoon|evening|night)s?)?(?:{_SCHEDULE_JOIN}){WEEKDAY_FULL}"
)
_SCHEDULE_BEFORE = re.compile(rf"{WEEKDAY_FULL}(?:{_SCHEDULE_JOIN})$")
_DATED_BEFORE = re.compile(r"(?i)\b(?:from|between|on|last|this|next|until|till)\s+$")
_WEEKDAY_QUALIFIER_BEFORE = re.compile(
    r"(?i)\b(?P<q>last|this\s+past|this\s+coming|this|next|the\s+following|the\s+previous|the\s+next)\s+$"
)


def _anaphor(match: re.Match[str], text: str) -> Expression:
    rel = (match.groupdict().get("q") or "that").lower()
    unit = match.group("u").lower()
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    return expr("anaphor", match, unit=unit, offset=OFFSETS.get(rel, 0))


def _named_month(match: re.Match[str], text: str) -> Expression:
    """ "the following March": the first March after the date given before (before it: "previous")."""
    rel = match.group("q").lower()
    point = Point("month", month=month_number(match.group("m")))
    return expr(
        "anaphor", match, unit="named_month", offset=OFFSETS.get(rel, 1), point=point
    )


def _later(match: re.Match[str], text: str) -> Expression | None:
    found = counted_span(
        match, text, "anaphor", unit=unit_of(match.group("u")), qualifier="count"
    )
    if found is not None and match.group("q").lower() == "earlier":
        found = Expression(**{**found.__dict__, "offset": -found.offset})
    return found


def _in_the(match: re.Match[str], text: str) -> Expression:
    """ "later in the year": still ahead, the rest of the publication's year ("later this year");
    told in the past, the rest of the year the text last gave ("later that year")."""
    unit = match.group("u").lower()
    qualifier = match.group("q").lower()
    if tense_at(text, match.start(), match.end()) == "future":
        return expr("relative", match, unit=unit, offset=0, qualifier=qualifier)
    return expr("anaphor", match, unit=unit, offset=0)


def _is_schedule(match: re.Match[str], text: str) -> bool:
    """'open Monday to Friday', 'will work Thursday to Saturday nights': a weekly pattern, not a date
    (unless dated by 'from', 'between', 'on', 'last', 'this' or 'next' before the first weekday)."""
    first = match.start()
    if (found := _SCHEDULE_BEFORE.search(text, max(0, first - 40), first)) is not None:
        first = found.start()
    elif not _SCHEDULE_AFTER.match(text, match.end()):
        return False
    return not _DATED_BEFORE.search(text, max(0, first - 12), first)


# "door staff on Friday and Saturday nights": a plural part of the day repeats every week
_JOINED_BEFORE = re.compile(rf"{WEEKDAY_FULL}(?:,|\s+and|\s+or)\s+$")
_HABITUAL_AFTER = re.compile(
    rf"(?:(?:,|\s+and|\s+or)\s+{WEEKDAY_FULL})*\s+(?i:mornings|afternoons|evenings|nights|lunchtimes)\b"
)


_PERIOD_WORDS = re.compile(
    r"(?i)\b(?:until|till|throughout|every|each|from|since|during|over|weekly|regularly|will|would|can)\b"
    # a span longer than a week named in the sentence ("last Christmas", "in June", "that summer"):
    # the plural nights recur across it
    r"|\b(?:Christmas|festive|summer|winter|spring|autumn|year|months?|January|February|March|April"
    r"|June|July|August|September|October|November|December)\b"
)


def _habitual(match: re.Match[str], text: str) -> bool:
    """A weekday with a plural part of the day ("Saturday nights"), or joined to one: a weekly
    pattern, unless a past sentence with no period in it tells the days of one week ("officers ran
    the arches on Thursday and Friday evenings")."""
    plural = match.group("part") and text[match.end() : match.end() + 1] == "s"
    joined = _HABITUAL_AFTER.match(text, match.end()) is not None
    if not (plural or joined):
        return False
    alone = not _JOINED_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if plural and alone:
        return True  # "on Saturday nights" alone
    left, right = sentence_bounds(text, match.start(), match.end())
    return bool(
        tense_at(text, match.start(), match.end()) == "future"
        or _PERIOD_WORDS.search(text, left, right)
    )


def _weekday(match: re.Match[str], text: str) -> Expression | None:
    before = text[max(0, match.start() - 12) : match.start()].split()
    if before and before[-1].lower().strip(",") in _EXCLUDED_BEFORE_WEEKDAY:
        return None
    if _EXCLUDED_AFTER_WEEKDAY.match(text, match.end()):
        return None
    if _is_schedule(match, text) or _habitual(match, text):
        return None
    qualifier = words_before(_WEEKDAY_QUALIFIER_BEFORE, text, match.start())
    q = " ".join(qualifier.group("q").lower().split()) if qualifier else ""
    point = Point("day", weekday=weekday_number(match.group("wd")))
    part = match.group("part").lower() if match.group("part") else None
    start = qualifier.start() if qualifier else match.start()
    span = (text[start : match.end()], start, match.end())
    if q.startswith("the"):
        return Expression(
            "anaphor",
            *span,
            unit="weekday",
            offset=OFFSETS[q.split()[-1]],
            point=point,
            qualifier=part,
        )
    offset = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(q)
    return Expression("weekday", *span, point=point, offset=offset, qualifier=part)


def _on_the_day(match: re.Match[str], text: str) -> Expression:
    """'on the day', 'on the first day': the day last mentioned."""
    return expr("anaphor", match, unit="day", offset=0)


# Occasions a later "on the day of the match" refers back to by name (finder.py keeps their days);
# words for the same occasion share a key: "the derby ... on Sunday" is "the day of the match".
OCCASIONS = {
    "match": "match", "game": "match", "derby": "match", "fixture": "match", "final": "match", "tie": "match",
    "festival": "festival", "carnival": "festival", "concert": "festival", "event": "festival",
    # not "march": the month would be taken for one
    "parade": "protest", "protest": "protest", "rally": "protest", "vigil": "protest",
    "race": "race", "display": "display",
}  # fmt: skip


def _day_of(match: re.Match[str], text: str) -> Expression:
    """'on the day of the match': the day given for the match, else the day last mentioned."""
    key = OCCASIONS[match.group("n").lower()]
    return expr("anaphor", match, unit="day", offset=0, qualifier="of:" + key)


# "The meeting came a week after the chairman resigned": the subject is the day last mentioned,
# so the event after "after" is that long before it.
_CAME_BEFORE = re.compile(
    r"(?i)\b(?:came|comes|was|happened|took\s+place|followed)\s+$"
)


def _came_after(match: re.Match[str], text: str) -> Expression | None:
    found = counted_span(
        match, text, "anaphor", unit=unit_of(match.group("u")), qualifier="count"
    )
    if found is None or words_before(_CAME_BEFORE, text, found.start) is None:
        return None
    return Expression(**{**found.__dict__, "offset": -found.offset})


def _nth(match: re.Match[str], text: str) -> Expression:
    return expr("nth", match, point=Point("day", day=int(match.group("d"))))


_I = re.IGNORECASE
REFERENCE_RULES: list[GatedRule] = [
    rule(
        r"\b(?:(?P<q>later|earlier)\s+)?that\s+(?:same\s+)?(?P<u>morning|afternoon|evening|night|day|week|weekend|month|year)\b",
        _anaphor,
        _I,
        ("~that",),
    ),
    rule(
        r"\b(?P<q>later|earlier)\s+in\s+the\s+(?P<u>week|month|year)\b",
        _in_the,
        _I,
        ("~later|earlier",),
    ),
    rule(
        r"\bthe\s+(?P<q>same)\s+(?P<u>day|morning|evening|night|week|month|year)\b",
        _anaphor,
        _I,
        ("~same",),
    ),
    rule(
        r"\bthe\s+(?P<q>next|following|previous|preceding)\s+(?P<u>day|morning|afternoon|evening|night|week|weekend|month|year)\b",
        _anaphor,
        _I,
        ("~next|following|previous|preceding",),
    ),
    rule(
        rf"\b(?i:the)\s+(?P<q>(?i:next|following|previous|preceding))\s+(?P<m>{MONTH})(?!\s+\d)",
        _named_month,
        0,
        ("~next|following|previous|preceding",),
    ),
    rule(
        r"\bthe\s+(?P<u>day|night|week|weekend|month|year)\s+(?P<q>before|after)\b(?!\s+(?:the|a|an|his|her|their)\b)",
        _anaphor,
        _I,
        ("~before|after",),
    ),
    rule(
        r"\b(?P<u>days?|weeks?|months?|years?)\s+(?P<q>later|earlier)\b",
        _later,
        _I,
        ("~later|earlier",),
    ),
    rule(r"\b(?P<u>days?|weeks?|months?)\s+after\b", _came_after, _I, ("~after",)),
    rule(
        r"\bon\s+(?:the|its|their)\s+(?:(?:first|opening)\s+)?day\b(?!\s+(?:of|before|after|that|when|it|in|which|they|he|she|we|itself)\b)",
        _on_the_day,
        _I,
        ("~day",),
    ),
    rule(
        rf"\bon\s+the\s+day\s+of\s+the\s+(?P<n>{'|'.join(OCCASIONS)})\b",
        _day_of,
        _I,
        ("~day of the",),
    ),
    rule(
        rf"(?P<wd>{WEEKDAY_FULL})(?:\s+(?P<part>(?i:morning|afternoon|evening|night|lunchtime)))?",
        _weekday,
        needs=("weekday",),
    ),
    rule(
        r"\b(?i:on)\s+the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])",
        _nth,
        needs=("digit", "~on the"),
    ),
]
