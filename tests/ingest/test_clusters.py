"""Cross-article clustering: one occurrence reported by several articles is one timeline entry."""

from app.ingest.clusters import cluster_events, cluster_id, pair_score
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
        "same type (operation); overlapping dates (2017-06-14..2017-06-30); shared boroughs (Redbridge); "
        "shared agencies (Metropolitan Police Service)"
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
