from datetime import date

import pytest
from icalendar import Calendar

from app.exports.ics import left_out_note, render_ics
from tests.exports.rows import CONTEXT, event, passage


def vevents(text: str) -> list[dict]:
    cal = Calendar.from_ical(text)
    return [
        {
            "uid": str(v["uid"]),
            "start": v["dtstart"].dt,
            "end": v["dtend"].dt,
            "summary": str(v["summary"]),
            "status": str(v["status"]),
            "url": str(v["url"]),
            "location": str(v.get("location", "")),
        }
        for v in cal.walk("VEVENT")
    ]


def test_day_precision_events_become_all_day_vevents_with_an_exclusive_end():
    events = [
        event(
            "ev-op",
            "Joint operation in Ilford Lane",
            earliest=date(2019, 2, 1),
            latest=date(2019, 2, 3),
            places=("Ilford Lane",),
            boroughs=("Redbridge",),
        ),
        event(
            "ev-meet",
            "Public meeting at the town hall",
            type="meeting",
            earliest=date(2019, 4, 9),
            latest=date(2019, 4, 9),
            planned=True,
            boroughs=("Croydon",),
        ),
    ]
    assert vevents(render_ics(events, CONTEXT)) == [
        {
            "uid": "ev-op@timeline.example",
            "start": date(2019, 2, 1),
            "end": date(2019, 2, 4),
            "summary": "Joint operation in Ilford Lane",
            "status": "CONFIRMED",
            "url": "https://timeline.example/events/ev-op",
            "location": "Ilford Lane, Redbridge",
        },
        {
            "uid": "ev-meet@timeline.example",
            "start": date(2019, 4, 9),
            "end": date(2019, 4, 10),
            "summary": "Public meeting at the town hall",
            "status": "TENTATIVE",
            "url": "https://timeline.example/events/ev-meet",
            "location": "Croydon",
        },
    ]


def test_events_not_known_to_the_day_are_left_out_and_the_calendar_says_so():
    events = [
        event("ev-day", earliest=date(2019, 3, 12), latest=date(2019, 3, 12)),
        event(
            "ev-week",
            earliest=date(2019, 3, 11),
            latest=date(2019, 3, 17),
            precision="week",
        ),
        event(
            "ev-month",
            earliest=date(2019, 4, 1),
            latest=date(2019, 4, 30),
            precision="month",
            planned=True,
        ),
        event(
            "ev-month-2",
            earliest=date(2018, 1, 1),
            latest=date(2018, 1, 31),
            precision="month",
        ),
        event(
            "ev-year",
            earliest=date(2016, 1, 1),
            latest=date(2016, 12, 31),
            precision="year",
        ),
        event("ev-undated", precision="unknown"),
    ]
    cal = Calendar.from_ical(render_ics(events, CONTEXT))
    note = (
        "Left out: 1 event known only to the week, 2 events known only to the month, 1 event known only to the year, "
        "1 undated event. A calendar can only show an event on the days it happened, so events not known to the day "
        "are not in this file; the timeline page and the CSV or JSON exports list them."
    )
    expected = f"1 event from https://timeline.example/?borough=croydon, each citing the news paragraphs it comes from. {note}"
    assert [str(v["uid"]) for v in cal.walk("VEVENT")] == ["ev-day@timeline.example"]
    assert (
        str(cal["x-wr-caldesc"]),
        str(cal["description"]),
        str(cal["x-wr-calname"]),
    ) == (
        expected,
        expected,
        "Policing Timeline (borough=croydon)",
    )


@pytest.mark.parametrize(
    "precisions,note",
    [
        ([], ""),
        (["day"], ""),
        (["season"], "Left out: 1 event known only to the season."),
        (["unknown", "unknown"], "Left out: 2 events with no exact date."),
    ],
)
def test_left_out_note_counts_by_precision(precisions, note):
    events = [
        event(
            f"ev-{i}",
            earliest=date(2020, 1, 1),
            latest=date(2020, 1, 1) if p == "day" else date(2020, 3, 31),
            precision=p,
        )
        for i, p in enumerate(precisions)
    ]
    assert left_out_note(events).split(" A calendar")[0] == note


def test_each_vevent_describes_its_date_and_cites_its_paragraphs():
    e = event(
        "ev-op",
        "Joint operation",
        earliest=date(2019, 2, 1),
        latest=date(2019, 2, 3),
        explanation="weekday: Friday, February 1 fits 2019",
        passages=(passage(number=4, quote="ran a joint operation"),),
    )
    (vevent,) = Calendar.from_ical(render_ics([e], CONTEXT)).walk("VEVENT")
    assert str(vevent["description"]).split("\n") == [
        "1\u20133 February 2019.",
        "Date: weekday: Friday, February 1 fits 2019",
        "Agencies: Metropolitan Police Service",
        "Source: Croydon Courier, para. 4: https://timeline.example/sources/croydon-arches/v/1#p4",
        "Event page: https://timeline.example/events/ev-op",
    ]
    assert [str(c) for c in vevent["categories"].cats] == ["operation"]
