"""An act counted "since" a month or year runs from then until publication."""

from __future__ import annotations

import pytest

from app.ingest.events.intervals import until_now
from app.ingest.records import DateMention
from tests.ingest.event_fakes import interval
from tests.ingest.temporal_helpers import pub


def _since(text: str, words: str, value, dct):
    start = text.index(words)
    found = DateMention(words, start, start + len(words), value, 1)
    return until_now(found, dct, text).value


@pytest.mark.parametrize(
    "text,words,value,dct,expected",
    [
        ("Since January the council has prosecuted 41 fly-tippers.", "January",
         interval("2018-01-01", "2018-01-31", "month", "relative"), ("2018-10-08", "2018-10-12"),
         ("2018-01-01", "2018-10-12")),
        ("The force has recruited 95 officers since April.", "April",
         interval("2022-04-01", "2022-04-30", "month", "relative"), ("2023-01-09", "2023-01-15"),
         ("2022-04-01", "2023-01-15")),
        ("Wardens have issued 300 fines since 2017.", "2017",
         interval("2017-01-01", "2017-12-31", "year", "explicit"), ("2020-06-01", "2020-06-05"),
         ("2017-01-01", "2020-06-05")),
        # "since the start of the year" is cut back to publication, as before
        ("Burglaries have fallen since the start of the year.", "the start of the year",
         interval("2021-01-01", "2021-12-31", "year", "relative"), ("2021-05-03", "2021-05-07"),
         ("2021-01-01", "2021-05-07")),
        # without "since" the month stays a month
        ("In January the council prosecuted 41 fly-tippers.", "January",
         interval("2018-01-01", "2018-01-31", "month", "relative"), ("2018-10-08", "2018-10-12"),
         ("2018-01-01", "2018-01-31")),
    ],
)  # fmt: skip
def test_a_since_date_runs_until_publication(text, words, value, dct, expected):
    got = _since(text, words, value, pub("/".join(dct), "inferred"))
    assert (got.earliest.isoformat(), got.latest.isoformat()) == expected
