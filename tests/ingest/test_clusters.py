"""Cross-article clustering: one occurrence reported by several articles is one timeline entry."""

import pytest

from app.ingest.clusters import cluster_events, cluster_id, date_fit, pair_score
from app.ingest.records import AgencyRef, Citation, ClusterMember, DateValue, EventDraft
from tests.ingest.event_fakes import MET, day, interval

ROMANIAN = AgencyRef("Romanian Police", "foreign_police")
COUNCIL = AgencyRef("Redbridge Council", "council")


def event(
    eid: str,
    type_: str,
    date: DateValue,
    agencies=(MET,),
    boroughs=("Redbridge",),
    places=(),
) -> EventDraft:
    citation = Citation(1, "quote", 0, 5, "", "", "hash")
    return EventDraft(
        eid,
        type_,
        "title",
        date,
        (citation,),
        tuple(agencies),
        tuple(boroughs),
        tuple(places),
    )


LAUNCHED = event(
    "a1",
    "operation",
    interval("2017-06-14", "2017-07-20", "month", "dct"),
    (MET, COUNCIL),
    places=("Ilford Lane",),
)
RECALLED = event(
    "b3", "operation", interval("2017-06-01", "2017-06-30", "month"), (MET, ROMANIAN)
)
LATER = event(
    "b2", "operation", day("2018-05-22"), (MET, ROMANIAN), places=("Ilford Lane",)
)
MEETING = event("a2", "meeting", interval("2017-06-14", "2017-07-20", "month", "dct"))
ELSEWHERE = event(
    "c1",
    "operation",
    interval("2017-06-01", "2017-06-30", "month"),
    boroughs=("Leeds",),
)


def test_an_operation_recalled_a_year_later_joins_its_launch_report():
    clusters = cluster_events(
        [("seed-000", LAUNCHED), ("seed-001", RECALLED), ("seed-001", LATER)]
    )
    assert [[m.event_id for m in c.members] for c in clusters] == [["a1", "b3"], ["b2"]]
    joined = clusters[0]
    assert joined.id == cluster_id(
        (ClusterMember("seed-000", "a1"), ClusterMember("seed-001", "b3"))
    )
    assert joined.score == pair_score(LAUNCHED, RECALLED).score
    assert joined.reason == (
        "same type (operation); overlapping dates (2017-06-14..2017-06-30, fit 1.00); shared boroughs "
        "(Redbridge); shared agencies (Metropolitan Police Service)"
    )


def test_every_event_is_in_exactly_one_cluster_and_singletons_say_so():
    items = [("seed-000", LAUNCHED), ("seed-000", MEETING), ("leeds", ELSEWHERE)]
    clusters = cluster_events(items)
    assert sorted(m.event_id for c in clusters for m in c.members) == ["a1", "a2", "c1"]
    assert [(c.score, c.reason) for c in clusters] == [(1.0, "single report")] * 3


def test_two_events_of_one_article_never_share_a_cluster():
    twin = event("a9", "operation", interval("2017-06-01", "2017-06-30", "month"))
    clusters = cluster_events([("seed-000", LAUNCHED), ("seed-000", twin)])
    assert len(clusters) == 2


def test_clustering_is_deterministic_whatever_the_input_order():
    items = [
        ("seed-000", LAUNCHED),
        ("seed-001", RECALLED),
        ("seed-001", LATER),
        ("leeds", ELSEWHERE),
    ]
    assert cluster_events(items) == cluster_events(list(reversed(items)))


def test_different_types_dates_or_boroughs_do_not_join():
    assert pair_score(LAUNCHED, MEETING) is None
    assert pair_score(LAUNCHED, LATER) is None
    assert pair_score(RECALLED, ELSEWHERE) is None


CHARITY = AgencyRef("Safe Streets Trust", "charity")
STATEMENT = event("s1", "announcement", day("2018-05-22"), (MET,))
CRITICISM_BY_TENSE = event(
    "n1",
    "announcement",
    interval("2018-01-01", "2018-12-31", "unknown", "dct"),
    (CHARITY,),
)


@pytest.mark.parametrize(
    "a,b,joins",
    [
        # a police statement on one day and a charity's criticism dated by tense to "2018": one
        # borough, one year, nothing else in common
        (STATEMENT, CRITICISM_BY_TENSE, False),
        # the same criticism reported twice in one week: the charity itself is the evidence
        (
            event("n2", "announcement", day("2018-10-03"), (CHARITY,)),
            event(
                "n3",
                "announcement",
                interval("2018-10-01", "2018-10-07", "week"),
                (CHARITY,),
            ),
            True,
        ),
        # ... but a day inside the year the tense gave says little about which day
        (
            event("n4", "announcement", day("2018-10-03"), (CHARITY,)),
            CRITICISM_BY_TENSE,
            False,
        ),
        # a year of enforcement and a month's seizures by the same force: two occurrences
        (
            event("y1", "enforcement", interval("2018-01-01", "2018-12-31", "year")),
            event("m1", "enforcement", interval("2018-12-01", "2018-12-31", "month")),
            False,
        ),
        # arrests told "last week" and on their day, at the same street
        (
            event(
                "w1",
                "enforcement",
                interval("2019-03-04", "2019-03-10", "week"),
                places=("Hoe Street",),
            ),
            event("d1", "enforcement", day("2019-03-06"), places=("Hoe Street",)),
            True,
        ),
        # the same kind of event on the same day in the same borough, with no agency in common
        (
            event("p1", "operation", day("2019-03-06"), (MET,)),
            event("p2", "operation", day("2019-03-06"), (COUNCIL,)),
            False,
        ),
    ],
)
def test_merging_needs_a_shared_specific_agency_a_place_or_the_same_short_period(
    a, b, joins
):
    found = pair_score(a, b)
    assert (found is not None and found.score >= 0.6) == joins


@pytest.mark.parametrize(
    "a,b,fit",
    [
        (day("2018-05-22"), day("2018-05-22"), 1.0),
        (
            day("2018-05-22"),
            interval("2018-01-01", "2018-12-31", "year"),
            round(1 / 365 / 0.3, 3),
        ),
        (
            interval("2017-06-14", "2017-07-20", "month", "dct"),
            interval("2017-06-01", "2017-06-30", "month"),
            1.0,
        ),
        (day("2018-05-22"), day("2018-05-23"), 0.0),
    ],
)
def test_date_fit_is_the_overlap_over_the_union_scaled_to_a_same_period(a, b, fit):
    assert round(date_fit(a, b), 3) == fit
