"""A sentence passed at the hearing a court report dates, told later in the past tense with no date
words of its own, is dated to that hearing, not to the publication day; an act that is not the
court's keeps its own date."""

import pytest

from app.ingest.events.build import extract_with
from tests.ingest.event_fakes import (
    FakeLookup,
    day,
    dct_date,
    fake_dates,
    make_article,
    published,
)

HEARING = (
    "Dale Hurst, 31, of Mill Lane, was jailed for four years at Preston Crown Court on "
    "Thursday, March 7, after admitting robbery."
)


def dates_of(later: str) -> list[tuple[int, str, str]]:
    article = make_article(f"{HEARING}\n\n{later}")
    table = {"Thursday, March 7": day("2024-03-07", "weekday")}
    events = extract_with(
        article,
        published("2024-03-09"),
        FakeLookup(),
        dates=fake_dates(article, table),
        dct_date=dct_date("2024-03-09"),
    )
    return [
        (e.citations[0].paragraph, e.type, e.date.edtf)
        for e in events
        if e.citations[0].paragraph == 2
    ]


@pytest.mark.parametrize(
    "later,expected",
    [
        (
            "His co-defendant, Amy Rudd, 24, was given a two-year sentence suspended for 18 months.",
            [(2, "enforcement", "2024-03-07")],
        ),
        (
            "The judge also made Hurst the subject of a criminal behaviour order for five years.",
            [(2, "order", "2024-03-07")],
        ),
        # not an act of the court: the publication day stands
        (
            "Officers arrested a second man in Mill Lane.",
            [(2, "enforcement", "2024-03-09")],
        ),
    ],
)
def test_a_sentence_told_after_the_hearing_is_dated_to_it(later, expected):
    assert dates_of(later) == expected
