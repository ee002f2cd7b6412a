"""Session 8 event-date mechanisms: "last Christmas" as that December, plural weekday nights that
recur across a longer span, a period's year-less end read on from its start, "from this Friday"
as a start still ahead."""

from __future__ import annotations

import pytest

from app.ingest.temporal.finder import find_dates
from tests.ingest.temporal_helpers import pub


def dates(text: str, published: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.edtf) for m in find_dates(text, pub(published))]


def planned(text: str, published: str) -> list[tuple[str, bool]]:
    return [(m.text, m.value.planned) for m in find_dates(text, pub(published))]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Last Christmas the force ran a shoplifting crackdown in the Arndale Centre.",
            "2023-11-20",
            [("Last Christmas", "2022-12")],
        ),
        # in January the Christmas just gone is the year before the publication year
        (
            "Door staff were trained in spotting spiking before last Christmas, the council said.",
            "2024-01-09",
            [("last Christmas", "2023-12")],
        ),
        (
            "Extra patrols will run in the town centre this Christmas.",
            "2023-11-20",
            [("this Christmas", "2023-12")],
        ),
        # a named day of Christmas is a day of its own
        (
            "A man was stabbed outside a pub in Walsall last Christmas Eve.",
            "2023-11-20",
            [("Christmas Eve", "2022-12-24")],
        ),
    ],
)
def test_last_christmas_is_the_december_of_the_year_before(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the season the sentence names spans many Friday and Saturday nights
        (
            "Last Christmas the force ran a night-time economy operation in Chelmsford, with extra "
            "officers in Moulsham Street on Friday and Saturday nights.",
            "2023-11-20",
            [("Last Christmas", "2022-12")],
        ),
        (
            "In June, wardens patrolled the seafront on Thursday and Friday evenings.",
            "2023-11-20",
            [("June", "2023-06")],
        ),
        # with no longer span named, a past sentence tells the days of one week
        (
            "Officers ran knife arches at the station on Thursday and Friday evenings.",
            "2023-11-20",
            [("Thursday", "2023-11-16"), ("Friday evening", "2023-11-17")],
        ),
    ],
)
def test_plural_weekday_nights_recur_across_a_longer_span(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the publication date alone would put New Year's Eve in the year before the Friday
        (
            "A business group is funding a safe space in Church Street on weekend nights from this "
            "Friday until New Year's Eve.",
            "2022-12-06",
            [
                ("this Friday", "2022-12-09"),
                ("New Year's Eve", "2022-12-09/2022-12-31"),
            ],
        ),
        (
            "Street marshals are on duty from Monday until Christmas Eve.",
            "2021-12-14",
            [("Monday", "2021-12-13"), ("Christmas Eve", "2021-12-13/2021-12-24")],
        ),
        # an end after its start stays as the publication date places it
        (
            "The dispersal zone ran from December 9 until New Year's Eve.",
            "2023-01-16",
            [("December 9 until New Year's Eve", "2022-12-09/2022-12-31")],
        ),
    ],
)
def test_a_year_less_period_end_is_read_on_from_its_start(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "The council is closing the underpass to cyclists from this Saturday.",
            "2023-03-07",
            [("this Saturday", True)],
        ),
        (
            "A safe space is open in Donegall Place on weekend nights from this Friday until New "
            "Year's Eve.",
            "2022-12-06",
            [("this Friday", True), ("New Year's Eve", True)],
        ),
    ],
)
def test_from_this_weekday_is_a_start_still_ahead(text, published, expected):
    assert planned(text, published) == expected
