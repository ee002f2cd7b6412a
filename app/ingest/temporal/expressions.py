"""What the grammar hands to the resolver: an expression as written, parsed but not yet dated."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Expression kinds:
#   calendar  a point on the calendar, possibly without its year ("Tuesday, May 22", "in June", "2014")
#   range     two calendar points ("between Friday, February 1 and Sunday, February 3")
#   relative  counted from the publication date ("last week", "yesterday", "in June last year")
#   weekday   a weekday alone ("on Tuesday night"), the nearest one before or after publication
#   anaphor   counted from a date mentioned earlier in the text ("that morning", "the following week")
#   nth       a day of an unnamed month ("on the 3rd")


@dataclass(frozen=True)
class Point:
    """A calendar point as written; grain says how much of it the text gives."""

    grain: str  # day | month | season | year | decade | finyear
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 is Monday
    season: str | None = None
    modifier: str | None = (
        None  # early | mid | late | start | end (kept for the explanation)
    )


@dataclass(frozen=True)
class Expression:
    kind: str
    text: str
    start: int
    end: int
    point: Point | None = None
    end_point: Point | None = None  # the right side of a range
    unit: str | None = (
        None  # relative/anaphor unit: day | week | weekend | month | year | season | recent
    )
    offset: int | None = (
        None  # -1 last, 0 this, +1 next; counts for "ago"/"later"; None = by tense
    )
    qualifier: str | None = (
        None  # earlier | later | start | end | part of day | a season name | recent unit
    )
    role: str = "point"  # point | until | since | by | comparison | year_to
    tense: str = "past"  # past | future, from the sentence around the expression
    # How the text ties this day to the publication day, when it does: "yesterday (Tuesday,
    # November 13)" -> "yesterday" (published the day after), "this morning (Wednesday)" -> "today",
    # "last Wednesday (October 14)" -> "last-week" (published in the week after).
    dct_link: str | None = None


# A grammar rule: its pattern, the builder that turns a match into an Expression (None for a
# look-alike), and the paragraph features ("digit", "month", "weekday", "word") it needs to run.
GatedRule = tuple[
    re.Pattern[str], Callable[[re.Match[str], str], Expression | None], tuple[str, ...]
]
