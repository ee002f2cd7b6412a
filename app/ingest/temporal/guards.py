"""Checks that keep look-alikes out: names ("Theresa May"), counts ("2000 officers"), phone numbers."""

from __future__ import annotations

import re

# Capitalised words that may stand right before a month without making it a name.
_DATE_WORDS = {
    "in", "on", "by", "since", "until", "till", "from", "during", "before", "after", "between", "early",
    "mid", "late", "last", "this", "next", "of", "and", "or", "to", "the", "end", "start", "beginning",
    "middle", "throughout", "around", "through", "that", "each", "every", "over", "across",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "a", "an", "for",
}  # fmt: skip
_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "pm",
    "sir",
    "dame",
    "lady",
    "lord",
    "cllr",
}
_PREV_WORD = re.compile(r"([A-Za-z][\w'’.-]*)([^\w]*)$")
# After a year, these nouns make it a count: "2000 officers", "1500 people".
_COUNT_NOUNS = re.compile(
    r"\s+(?:more\s+|extra\s+|new\s+|additional\s+)?(?:people|persons|officers|police|men|women|children|pupils|"
    r"students|residents|homes|houses|properties|households|calls|crimes|incidents|offences|arrests|cases|"
    r"fines|reports|complaints|jobs|staff|members|signatures|votes|businesses|vehicles|cars|miles|metres|"
    r"feet|tonnes|kg|hours|days|weeks|pounds|visitors|attendees|responses|patrols|stops|victims|deaths|"
    r"items|words|times|times|beds|places|spaces|units|cameras)\b",
    re.I,
)
_BEFORE_NUMBER = re.compile(
    r"(?i)(?:section|sections|s\.|no\.?|number|tel\.?|telephone|phone|call|route|bus|flight|page|article|"
    r"room|unit|case|ref\.?|reference|clause|rule|chapter|paragraph|junction|platform|£|\$|€|#"
    # a tournament named by the year it was meant for: Euro 2020 was played in 2021
    r"|euros?"
    # a statute's year is part of its name: "the Anti-social Behaviour, Crime and Policing Act 2014"
    r"|(?-i:Act|Acts|Regulations|Bill)(?:\s+of)?)\s*$"
)
_PHONE_BEFORE = re.compile(r"\d[\d ]*\s$")
_PHONE_AFTER = re.compile(r"^\s\d{3}")


def previous_word(text: str, start: int) -> tuple[str, str]:
    """The word just before `start` and the characters between it and `start`."""
    match = _PREV_WORD.search(text, max(0, start - 40), start)
    if not match:
        return "", text[max(0, start - 3) : start]
    return match.group(1), match.group(2)


def is_name_before(text: str, start: int) -> bool:
    """True when a capitalised non-date word joins the month: 'Theresa May', 'Mrs May', 'April' after a name."""
    word, gap = previous_word(text, start)
    if not word or gap.strip():
        return False
    if word.lower().rstrip(".") in _TITLES:
        return True
    if word[0].isupper() and word.lower() not in _DATE_WORDS:
        before = text[
            max(0, start - len(word) - len(gap) - 3) : start - len(word) - len(gap)
        ]
        at_sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?\"“'‘(:"
        return not at_sentence_start
    return False


def is_name_after(text: str, end: int) -> bool:
    """True when a capitalised word follows directly ('June Brown', 'May Day')."""
    match = re.match(r" ([A-Z][a-z]+)", text[end : end + 30])
    return bool(match) and match.group(1).lower() not in _DATE_WORDS


def is_count(text: str, end: int) -> bool:
    return bool(_COUNT_NOUNS.match(text, end))


def is_numbered_thing(text: str, start: int) -> bool:
    """A number that is a section, route, amount or part of a phone number."""
    before = text[max(0, start - 14) : start]
    return bool(_BEFORE_NUMBER.search(before) or _PHONE_BEFORE.search(before))


def is_phone_tail(text: str, end: int) -> bool:
    return bool(_PHONE_AFTER.match(text[end : end + 4]))
