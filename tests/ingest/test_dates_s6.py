"""Session 6 date mechanisms, on invented sentences: the tense of a clause with its own verb, a
year-less name read across an uncertain publication date, named days of the year and what a
sentence's "both days" or "the same day" points back to."""

from __future__ import annotations

import pytest

from app.ingest.temporal import find_dates
from tests.ingest.temporal_helpers import pub

D, W, M, S, Y = "day", "week", "month", "season", "year"


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a contrasting clause after "but" has its own verb
        (
            "The three men had been due to stand trial but admitted the offences at a hearing in February.",
            "2023-05-10",
            [("February", "2023-02", M, False)],
        ),
        (
            "He was meant to appear before magistrates but failed to turn up in April.",
            "2023-05-10",
            [("April", "2023-04", M, False)],
        ),
        # a non-defining relative clause has its own verb
        (
            "Checks will be carried out by the new rural crime team, which started work in October.",
            "2023-12-04",
            [("October", "2023-10", M, False)],
        ),
        (
            "The money will pay for Pc Amy Shah, who joined the team in March, to patrol the park.",
            "2023-05-10",
            [("March", "2023-03", M, False)],
        ),
        (
            "Wardens will support the new unit, which will be launched in June.",
            "2023-05-10",
            [("June", "2023-06", M, True)],
        ),
        # what was agreed is still ahead
        (
            "Officers agreed to return for another public meeting in July.",
            "2023-05-10",
            [("July", "2023-07", M, True)],
        ),
        (
            "The council had agreed to review the order in November.",
            "2023-05-10",
            [("November", "2023-11", M, True)],
        ),
        # a listed hearing ends at "but"
        (
            "He is due to stand trial in September.",
            "2023-05-10",
            [("September", "2023-09", M, True)],
        ),
    ],
    ids=[
        "due to stand trial but admitted in February is past",
        "meant to appear but failed to turn up in April is past",
        "which started work in October is past in a future sentence",
        "who joined in March is past in a future sentence",
        "which will be launched in June stays ahead",
        "agreed to return in July is ahead",
        "had agreed to review in November is ahead",
        "due to stand trial in September is ahead",
    ],
)
def test_a_clause_with_its_own_verb_has_its_own_tense(sentence, published, expected):
    got = [
        (m.text, m.value.edtf, m.value.precision, m.value.planned)
        for m in find_dates(sentence, pub(published))
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a 2023 article: a bare past March is March 2023 on ten months of the year in twelve
        (
            "A survey published in March found most women felt unsafe.",
            "2023-01-01/2023-12-31",
            [("March", "2023-03", M, False)],
        ),
        # ... but a bare past December is December 2022 on eleven months in twelve
        (
            "Burglaries rose in December.",
            "2023-01-01/2023-12-31",
            [("December", "2022-12", M, False)],
        ),
        # no reading holds on two thirds of the days: both, joined
        (
            "Burglaries rose in July.",
            "2023-01-01/2023-12-31",
            [("July", "2022-07/2023-07", M, False)],
        ),
        # a season still ahead, and a day with no year
        (
            "The cabinet will look at the scheme again in the autumn.",
            "2023-01-01/2023-12-31",
            [("in the autumn", "2023-09/2023-11", S, True)],
        ),
        (
            "The man was arrested on February 12.",
            "2023-01-01/2023-12-31",
            [("February 12", "2023-02-12", D, False)],
        ),
        # readings that change twice: the interval is too wide to choose
        (
            "Burglaries rose in March.",
            "2021-06-01/2023-06-30",
            [("March", "2021-03/2023-03", M, False)],
        ),
    ],
    ids=[
        "march in a year-long interval is that year's",
        "december in a year-long interval is the year before's",
        "july in a year-long interval stays joined",
        "the autumn ahead is the year's",
        "a day with no year is the year's",
        "a two-year interval stays joined",
    ],
)
def test_a_year_less_name_takes_the_reading_of_most_publication_days(
    sentence, published, expected
):
    got = [
        (m.text, m.value.edtf, m.value.precision, m.value.planned)
        for m in find_dates(sentence, pub(published))
    ]
    assert got == expected
