import csv
import io
from datetime import date

from app.exports.csv import COLUMNS, render_csv
from tests.exports.rows import CONTEXT, event, passage


def parse(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_has_one_row_per_event_with_dates_actors_sources_and_paragraph_numbers():
    events = [
        event(
            "ev-arches",
            'Knife arches at "West Croydon", station',
            earliest=date(2019, 3, 11),
            latest=date(2019, 3, 17),
            precision="week",
            agencies=("Metropolitan Police Service", "British Transport Police"),
            places=("West Croydon station",),
            passages=(
                passage(number=1),
                passage(number=2, quote="searched 40 people"),
                passage(
                    "courier-follow-up",
                    4,
                    "arches return",
                    url=None,
                    version=2,
                    current=2,
                ),
            ),
        ),
        event(
            "ev-undated",
            "Seafront order considered",
            type="order",
            precision="unknown",
            boroughs=("Southend-on-Sea",),
            agencies=(),
        ),
    ]
    rows = parse(render_csv(events, CONTEXT))
    assert rows == [
        {
            "id": "ev-arches",
            "url": "https://timeline.example/events/ev-arches",
            "type": "operation",
            "title": 'Knife arches at "West Croydon", station',
            "date_label": "week of 11 March 2019",
            "edtf": "2019-03-11/2019-03-17",
            "earliest": "2019-03-11",
            "latest": "2019-03-17",
            "precision": "week",
            "planned": "false",
            "agencies": "Metropolitan Police Service; British Transport Police",
            "boroughs": "Croydon",
            "places": "West Croydon station",
            "source_count": "2",
            "sources": "croydon-arches; courier-follow-up",
            "source_urls": "https://news.example/croydon/arches; https://timeline.example/sources/courier-follow-up/v/2",
            "paragraphs": "croydon-arches:1,2; courier-follow-up:4",
        },
        {
            "id": "ev-undated",
            "url": "https://timeline.example/events/ev-undated",
            "type": "order",
            "title": "Seafront order considered",
            "date_label": "date unknown",
            "edtf": "",
            "earliest": "",
            "latest": "",
            "precision": "unknown",
            "planned": "false",
            "agencies": "",
            "boroughs": "Southend-on-Sea",
            "places": "",
            "source_count": "1",
            "sources": "",
            "source_urls": "",
            "paragraphs": "",
        },
    ]


def test_an_empty_view_is_a_header_row_only():
    text = render_csv([], CONTEXT)
    assert list(csv.reader(io.StringIO(text, newline=""))) == [list(COLUMNS)]
