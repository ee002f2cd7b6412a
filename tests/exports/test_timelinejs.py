import json
from datetime import date

import pytest

from app.exports.timelinejs import render_timelinejs, tl_date
from tests.exports.rows import CONTEXT, event, passage
from tests.exports.timelinejs_schema import date_tuple, timelinejs_errors

DATED = [
    event("ev-day", earliest=date(2018, 5, 22), latest=date(2018, 5, 22)),
    event("ev-days", earliest=date(2018, 5, 22), latest=date(2018, 5, 26)),
    event(
        "ev-week",
        earliest=date(2017, 6, 12),
        latest=date(2017, 6, 18),
        precision="week",
    ),
    event(
        "ev-month",
        earliest=date(2017, 6, 1),
        latest=date(2017, 6, 30),
        precision="month",
        planned=True,
    ),
    event(
        "ev-months",
        earliest=date(2017, 6, 1),
        latest=date(2017, 7, 31),
        precision="month",
    ),
    event(
        "ev-season",
        earliest=date(2017, 6, 1),
        latest=date(2017, 8, 31),
        precision="season",
    ),
    event(
        "ev-year",
        earliest=date(2014, 1, 1),
        latest=date(2014, 12, 31),
        precision="year",
    ),
    event(
        "ev-rough",
        earliest=date(2017, 6, 20),
        latest=date(2017, 7, 15),
        precision="unknown",
    ),
]


@pytest.mark.parametrize(
    "event_id,start,end,display",
    [
        ("ev-day", {"year": "2018", "month": "5", "day": "22"}, None, "22 May 2018"),
        (
            "ev-days",
            {"year": "2018", "month": "5", "day": "22"},
            {"year": "2018", "month": "5", "day": "26"},
            "22\u201326 May 2018",
        ),
        (
            "ev-week",
            {"year": "2017", "month": "6", "day": "12"},
            {"year": "2017", "month": "6", "day": "18"},
            "week of 12 June 2017",
        ),
        ("ev-month", {"year": "2017", "month": "6"}, None, "June 2017 (planned)"),
        (
            "ev-months",
            {"year": "2017", "month": "6"},
            {"year": "2017", "month": "7"},
            "June\u2013July 2017",
        ),
        (
            "ev-season",
            {"year": "2017", "month": "6"},
            {"year": "2017", "month": "8"},
            "summer 2017",
        ),
        ("ev-year", {"year": "2014"}, None, "2014"),
        (
            "ev-rough",
            {"year": "2017", "month": "6", "day": "20"},
            {"year": "2017", "month": "7", "day": "15"},
            "c. mid-2017",
        ),
    ],
)
def test_slides_give_only_the_date_parts_the_precision_supports(
    event_id, start, end, display
):
    slides = {
        s["unique_id"]: s
        for s in json.loads(render_timelinejs(DATED, CONTEXT))["events"]
    }
    slide = slides[event_id]
    assert (slide["start_date"], slide.get("end_date"), slide["display_date"]) == (
        start,
        end,
        display,
    )


def test_export_is_valid_timelinejs3_data_with_undated_events_left_out_and_said_so():
    events = [
        *DATED,
        event("ev-undated", "Volunteer constables deployed", precision="unknown"),
    ]
    document = json.loads(render_timelinejs(events, CONTEXT))
    assert timelinejs_errors(document) == []
    assert [s["unique_id"] for s in document["events"]] == [e.row.id for e in DATED]
    assert all(
        date_tuple(s["start_date"]) <= date_tuple(s.get("end_date", s["start_date"]))
        for s in document["events"]
    )
    assert document["title"]["text"]["text"] == (
        '<p>8 events from <a href="https://timeline.example/?borough=croydon">https://timeline.example/?borough=croydon</a>, '
        "each citing the news paragraphs it comes from. 1 undated event is left out: a timeline cannot place it.</p>"
    )


def test_slide_text_is_escaped_html_citing_each_paragraph_and_the_original():
    e = event(
        "ev-x",
        "Arrests <b>made</b> & fines",
        type="enforcement",
        earliest=date(2019, 3, 12),
        latest=date(2019, 3, 12),
        places=("Croydon",),
        passages=(passage(number=2, quote="seized two blades"),),
    )
    slide = json.loads(render_timelinejs([e], CONTEXT))["events"][0]
    assert slide["text"] == {
        "headline": "Arrests &lt;b&gt;made&lt;/b&gt; &amp; fines",
        "text": (
            "<p>enforcement · Metropolitan Police Service · Croydon</p>"
            '<p>Sources: <a href="https://timeline.example/sources/croydon-arches/v/1#p2">Croydon Courier, para. 2</a> '
            '(<a href="https://news.example/croydon/arches#:~:text=seized%20two%20blades">original</a>)</p>'
            '<p><a href="https://timeline.example/events/ev-x">Event page</a></p>'
        ),
    }
    assert slide["group"] == "enforcement"


def test_the_schema_rejects_what_timelinejs_cannot_read():
    bad = {
        "events": [
            {"start_date": {"month": "5"}},
            {"text": {"headline": "no date"}},
            {"start_date": {"year": "2018", "month": "13"}},
        ]
    }
    assert len(timelinejs_errors(bad)) == 3


@pytest.mark.parametrize(
    "unit,expected",
    [
        ("year", {"year": "2020"}),
        ("month", {"year": "2020", "month": "2"}),
        ("day", {"year": "2020", "month": "2", "day": "9"}),
    ],
)
def test_tl_date_stops_at_the_unit(unit, expected):
    assert tl_date(date(2020, 2, 9), unit) == expected
