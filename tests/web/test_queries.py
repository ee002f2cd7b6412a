"""The query functions the pages (and the JSON API) share, on SQLite and on PostgreSQL."""

from datetime import date

import pytest
from sqlmodel import Session

from app.db.filters import OLDEST, TimelineFilters
from app.db.queries import (
    agency_summary,
    borough_summary,
    facet_counts,
    get_event,
    get_source,
    list_sources,
    month_histogram,
    timeline_events,
)
from app.db.rows import FacetCount, SpanCount


@pytest.fixture
def session(sample_engine):
    with Session(sample_engine) as s:
        yield s


def ids(page):
    return [e.id for e in page.events]


def test_timeline_lists_dated_events_newest_first_and_undated_apart(session):
    page = timeline_events(session, filters=TimelineFilters())
    assert ids(page) == [
        "ev-consultation-2020",
        "ev-meeting",
        "ev-blades",
        "ev-arches",
        "ev-dispersal",
        "ev-survey",
        "ev-corrected",
        "ev-dispersal-2016",
    ]
    assert ([e.id for e in page.undated], page.total, page.undated_total, page.next_cursor) == (["ev-pspo"], 8, 1, None)


def test_oldest_first_reverses_the_order(session):
    page = timeline_events(session, filters=TimelineFilters(order=OLDEST))
    assert ids(page)[:3] == ["ev-dispersal-2016", "ev-corrected", "ev-survey"]


@pytest.mark.parametrize(
    "filters,expected",
    [
        (TimelineFilters(agencies=("british-transport-police",)), ["ev-blades", "ev-arches"]),
        (TimelineFilters(agencies=("croydon-council", "leeds-city-council")), ["ev-meeting", "ev-survey"]),
        (TimelineFilters(boroughs=("leeds",), types=("order",)), ["ev-dispersal", "ev-dispersal-2016"]),
        # overlap: the 2017 summer order and the May 2017 survey touch 2017-05..2017-06
        (TimelineFilters(date_from=date(2017, 5, 15), date_to=date(2017, 6, 15)), ["ev-dispersal", "ev-survey"]),
        (TimelineFilters(date_from=date(2019, 1, 1), date_to=date(2019, 12, 31)), ["ev-meeting", "ev-blades", "ev-arches"]),
        (TimelineFilters(precisions=("week", "season")), ["ev-arches", "ev-dispersal"]),
        (TimelineFilters(planned=True), ["ev-meeting"]),
        (TimelineFilters(q="blades"), ["ev-blades", "ev-arches"]),
        (TimelineFilters(q="street drink"), ["ev-corrected", "ev-dispersal-2016"]),
        (TimelineFilters(q="!!!"), ["ev-consultation-2020", "ev-meeting", "ev-blades", "ev-arches", "ev-dispersal", "ev-survey", "ev-corrected", "ev-dispersal-2016"]),
        (TimelineFilters(agencies=("no-such-agency",)), []),
    ],
)
def test_filters_combine_any_within_a_facet_and_all_across(session, filters, expected):
    assert ids(timeline_events(session, filters=filters)) == expected


def test_a_date_range_leaves_undated_events_out(session):
    page = timeline_events(session, filters=TimelineFilters(date_from=date(2000, 1, 1)))
    assert (page.undated, page.undated_total) == ([], 0)


def test_keyset_pages_return_every_event_once(session):
    seen, cursor = [], None
    while True:
        page = timeline_events(session, filters=TimelineFilters(), limit=3, cursor=cursor)
        seen += ids(page)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == ids(timeline_events(session, filters=TimelineFilters()))


def test_entries_carry_links_and_versioned_citations(session):
    row = next(e for e in timeline_events(session, filters=TimelineFilters()).events if e.id == "ev-arches")
    assert (
        [a.name for a in row.agencies],
        [b.slug for b in row.boroughs],
        row.places,
        [(c.slug, c.version, c.number) for c in row.citations],
    ) == (
        ["British Transport Police", "Metropolitan Police Service"],
        ["croydon"],
        ("West Croydon station",),
        [("croydon-knife-arches", 1, 1), ("croydon-knife-arches", 1, 2)],
    )


def test_facet_counts_reflect_the_other_filters_only(session):
    facets = facet_counts(session, filters=TimelineFilters(agencies=("british-transport-police",), boroughs=("croydon",)))
    assert facets["agency"] == [
        FacetCount("british-transport-police", "British Transport Police", 2, True),
        FacetCount("croydon-council", "Croydon Council", 1, False),
        FacetCount("metropolitan-police-service", "Metropolitan Police Service", 1, False),
    ]
    assert facets["borough"] == [FacetCount("croydon", "Croydon", 2, True)]
    assert facets["type"] == [FacetCount("enforcement", "enforcement", 1), FacetCount("operation", "operation", 1)]
    assert facets["planned"] == [FacetCount("false", "past (when reported)", 2)]


def test_a_selected_value_outside_the_top_counts_is_still_listed(session):
    facets = facet_counts(session, filters=TimelineFilters(agencies=("leeds-city-council",)), size=1)
    assert [(f.value, f.selected) for f in facets["agency"]] == [("british-transport-police", False), ("leeds-city-council", True)]


def test_month_histogram_counts_points_and_spans(session):
    rows = month_histogram(session, filters=TimelineFilters(boroughs=("leeds",)))
    assert rows == [
        SpanCount("2016-01", "2016-12", "order", 1),
        SpanCount("2016-05", "2016-05", "incident", 1),
        SpanCount("2017-05", "2017-05", "consultation", 1),
        SpanCount("2017-06", "2017-08", "order", 1),
    ]


def test_get_event_gathers_sources_quotes_and_related_events(session):
    detail = get_event(session, event_id="ev-arches")
    report = detail.reports[0]
    assert (detail.people, report.slug, report.version, report.current_version, [(q.number, q.quote, q.start) for q in report.quotes]) == (
        ("Insp Amy Lowe",),
        "croydon-knife-arches",
        1,
        2,
        [(1, "Police set up knife arches at West Croydon station", 0), (2, "searched 40 people", 81)],
    )
    assert [r.id for r in detail.related] == ["ev-meeting", "ev-blades"]


def test_hidden_and_unknown_events_are_not_found(session):
    assert (get_event(session, event_id="ev-hidden"), get_event(session, event_id="nope")) == (None, None)


def test_sources_are_listed_newest_first_with_counts(session):
    assert [(s.slug, s.version, s.paragraphs, s.events) for s in list_sources(session)] == [
        ("croydon-knife-arches", 2, 2, 3),
        ("harehills-dispersal-order", 1, 3, 4),
        ("southend-seafront-pspo", 1, 2, 2),
    ]


def test_get_source_gives_any_version_with_citing_events(session):
    old = get_source(session, slug="croydon-knife-arches", version=1)
    assert (old.version, old.current_version, old.versions, old.is_current) == (1, 2, (1, 2), False)
    assert [(p.number, p.kind, [e.slug for e in p.cited_by]) for p in old.paragraphs] == [
        (1, "body", ["ev-arches"]),
        (2, "body", ["ev-arches", "ev-blades"]),
        (3, "caption", []),
        (4, "body", ["ev-meeting"]),
        (5, "body", []),
        (6, "boilerplate", []),
    ]
    assert get_source(session, slug="croydon-knife-arches").version == 2
    assert (get_source(session, slug="croydon-knife-arches", version=3), get_source(session, slug="nope")) == (None, None)


def test_agency_and_borough_summaries(session):
    agency = agency_summary(session, slug="west-yorkshire-police")
    assert (agency.events, agency.first, agency.last, [(t.value, t.count) for t in agency.by_type], [p.value for p in agency.partners]) == (
        2,
        date(2016, 1, 1),
        date(2017, 8, 31),
        [("order", 2)],
        ["leeds"],
    )
    borough = borough_summary(session, slug="croydon")
    assert (borough.events, borough.people, [p.label for p in borough.partners]) == (
        3,
        ("Insp Amy Lowe",),
        ["British Transport Police", "Croydon Council", "Metropolitan Police Service"],
    )
    assert agency_summary(session, slug="nope") is None
