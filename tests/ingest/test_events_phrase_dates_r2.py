"""A date opening a cause phrase after the trigger ("following Monday's attack") or inside an
"including ... who" clause is that phrase's, not the trigger's; a present-perfect count since a time
spans it to publication."""

from __future__ import annotations

import pytest

from tests.ingest.event_fakes import dated_events


def dates_of(text: str, published: str) -> list[tuple[str, str, str]]:
    events = dated_events(text, published)
    return [(e.type, str(e.date.earliest), str(e.date.latest)) for e in events]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the patrols are not of Monday: they take the publication date
        ("Police have stepped up patrols in Leyton following Monday's attack on a shopkeeper.",
         "2022-05-12",
         [("operation", "2022-05-12", "2022-05-12"), ("incident", "2022-05-09", "2022-05-09")]),
        # the meeting is Thursday's (the possessive names it); the spring is the assaults', reported at it
        ("Sgt Dan Ellis told Thursday's meeting that officers had been called to the bar nine times, including two assaults in the spring.",
         "2019-09-09",
         [("meeting", "2019-09-05", "2019-09-05"), ("incident", "2019-03-01", "2019-05-31")]),
        # the possessive day is the meeting's: a call-out count reported at it takes no day from it
        ("PC Ann Tull told Monday's meeting that officers had been called to the bar nine times.",
         "2019-09-11",
         [("meeting", "2019-09-09", "2019-09-09")]),
        # a date after the trigger with no cause word is still the trigger's
        ("Police stepped up patrols in Leyton on Monday.", "2022-05-12",
         [("operation", "2022-05-09", "2022-05-09")]),
    ],
)  # fmt: skip
def test_a_cause_phrase_keeps_its_own_date(text, published, expected):
    assert dates_of(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a count in the present perfect since a time spans that time to publication
        ("Since the order came into force in March 2020, wardens have issued 140 fixed penalty notices.",
         "2022-06-15",
         [("order", "2020-03-01", "2020-03-31"), ("enforcement", "2020-03-01", "2022-06-15")]),
        # a past count keeps its own time
        ("In March 2020, wardens issued 140 fixed penalty notices.", "2022-06-15",
         [("enforcement", "2020-03-01", "2020-03-31")]),
    ],
)  # fmt: skip
def test_a_present_perfect_count_since_a_time_spans_it_to_publication(
    text, published, expected
):
    assert dates_of(text, published) == expected
