"""Words of dates (months, weekdays, seasons, counts) and the regex fragments built from them.

Month and weekday names are matched case-sensitively ("May", "MAY", never "may"), so that modal
verbs and the verb "march" are never months.
"""

from __future__ import annotations

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for name in names
}
FULL_MONTHS = [
    name for name in MONTHS if len(name) > 4 or name in ("May", "June", "July")
]
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("Monday", "Mon"),
            ("Tuesday", "Tues", "Tue"),
            ("Wednesday", "Weds", "Wed"),
            ("Thursday", "Thurs", "Thur", "Thu"),
            ("Friday", "Fri"),
            ("Saturday", "Sat"),
            ("Sunday", "Sun"),
        ]
    )
    for name in names
}
FULL_WEEKDAYS = [name for name in WEEKDAYS if name.endswith("day")]
SEASONS = {
    "spring": "spring",
    "summer": "summer",
    "autumn": "autumn",
    "fall": "autumn",
    "winter": "winter",
}
COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20,
    "couple of": 2, "few": 3, "several": 3, "a few": 3, "a couple of": 2,
    # years_ago.py's counts ("Fifteen years ago"): a missing one raised KeyError
    "fifteen": 15, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip


def month_number(word: str) -> int:
    return MONTHS[word.rstrip(".").capitalize()]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.rstrip(".").capitalize()]


def count_value(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else COUNTS[word]


def _cased(words: list[str]) -> str:
    """An alternation of Capitalised and UPPER forms, longest first so that 'Sept' beats 'Sep'."""
    forms = {form for word in words for form in (word, word.upper())}
    return "|".join(sorted(forms, key=lambda w: (-len(w), w)))


_ABBREVIATED_MONTHS = [name for name in MONTHS if name not in FULL_MONTHS]
MONTH = rf"(?:(?:{_cased(FULL_MONTHS)})\b|(?:{_cased(_ABBREVIATED_MONTHS)})(?:\.(?=[\s,])|\b))"
MONTH_FULL = rf"(?:{_cased(FULL_MONTHS)})\b"
WEEKDAY = rf"(?:(?:{_cased(FULL_WEEKDAYS)})\b|(?:{_cased([w for w in WEEKDAYS if w not in FULL_WEEKDAYS])})(?:\.(?=[\s,])|\b))"
WEEKDAY_FULL = rf"(?:{_cased(FULL_WEEKDAYS)})\b"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
COUNT = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|(?:a\s+)?couple\s+of|(?:a\s+)?few|several)"
SEASON = r"(?:spring|summer|autumn|fall|winter)"
# "early March", "the end of September": kept in the explanation, the interval stays the whole month
# (ANNOTATION.md: "end of September" -> that September, precision month).
MODIFIER = r"(?:early|mid|late|the\s+(?:start|beginning|middle|end)\s+of)"
