"""The EDTF subset the timeline uses, and parsing of user-typed dates into calendar intervals."""

from __future__ import annotations

import calendar
import re
from datetime import date

from app.ingest.records import DateValue

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_SEASONS = {"21": (3, 5), "22": (6, 8), "23": (9, 11), "24": (12, 2)}  # EDTF seasons, northern hemisphere


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _point(text: str) -> tuple[date, date, str]:
    text = text.strip().rstrip("?~%")
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d, "day"
    if m := re.fullmatch(r"(\d{4})-(2[1-4])", text):
        year, (start, end) = int(m[1]), _SEASONS[m[2]]
        last_year = year + 1 if start > end else year
        return date(year, start, 1), month_end(last_year, end), "season"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise ValueError(f"month {month} is not 01-12")
        return date(year, month, 1), month_end(year, month), "month"
    if m := re.fullmatch(r"(\d{4})", text):
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31), "year"
    raise ValueError(f"{text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")


def parse_edtf(value: str) -> DateValue:
    """A DateValue for an EDTF date or interval ('2017', '2017-06', '2018-05-22/2018-05-26')."""
    value = str(value).strip()
    try:
        if "/" in value:
            left, right = value.split("/", 1)
            start, _, p1 = _point(left)
            _, end, p2 = _point(right)
            if end < start:
                raise ValueError(f"{value!r} ends before it starts")
            precision = p1 if p1 == p2 else "unknown"
        else:
            start, end, precision = _point(value)
    except ValueError as exc:
        raise ValueError(str(exc)) from None
    return DateValue(value, start, end, precision, "explicit", value)


def parse_user_date(text: str, *, end: bool = False) -> date:
    """A filter bound from '2017', '2017-06', 'June 2017', '22 June 2017' or '2017-06-22'.

    ``end`` gives the last day of a month or year, so that to=2017 includes December.
    """
    raw = " ".join(text.replace(",", " ").split()).lower()
    try:
        start, stop, _ = _point(raw)
        return stop if end else start
    except ValueError:
        pass
    parts = raw.split()
    if len(parts) == 2 and parts[0] in _MONTHS and parts[1].isdigit() and len(parts[1]) == 4:
        year, month = int(parts[1]), _MONTHS[parts[0]]
        return month_end(year, month) if end else date(year, month, 1)
    if len(parts) == 3:
        day, month, year = parts if parts[0].isdigit() else (parts[1], parts[0], parts[2])
        day = day.rstrip("stndrh") if not day.isdigit() else day
        if day.isdigit() and month in _MONTHS and year.isdigit() and len(year) == 4:
            return date(int(year), _MONTHS[month], int(day))
    raise ValueError(f"{text!r} is not a date: use 2017, 2017-06, June 2017 or 2017-06-22")
