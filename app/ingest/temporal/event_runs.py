"""Known events that run for several days: the day a relative word names them by.

"The Cop26 summit last month", said of a summit that ran from 31 October to 13 November, names
November: a reader counts a multi-day event in the period that holds most of it, so a word linked
to it is read from the middle of its run, not its first day.
"""

from __future__ import annotations

from datetime import date, timedelta


def middle_day(first: date, days: int) -> date:
    """The middle day of a run of `days` days from `first` (the first day itself for one day)."""
    return first + timedelta(days=max(days - 1, 0) // 2)
