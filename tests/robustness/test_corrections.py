"""Curator corrections: the TOML file, its in-place edits, and corrections that survive re-ingest."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session, select

from app.db.corrections import correct, reapply_corrections
from app.db.models import Agency, Borough, Event, EventAgency, EventBorough, Mention
from app.ingest.corrections import CorrectionError, parse_corrections, split_event_id
from app.ingest.corrections_toml import upsert_correction, upsert_merge, upsert_split
from tests.robustness.builders import make_article, make_draft, store

ROMFORD = [
    "Havering Council and police launched a crackdown on street drinking in Romford Market on Friday.",
    "Officers issued six fines in the first weekend, the council said.",
]
BARKING = ["Barking and Dagenham Council held a ward panel meeting about knife crime at Barking Learning Centre."]


@pytest.mark.parametrize(
    "text,problem",
    [
        ("[[correction]]\ntype = 'operation'\n", "c.toml: correction 1 names no event or mention id"),
        ("[[correction]]\nevent = 'ev-1'\ncolour = 'red'\n", "c.toml: correction 1 has unknown field(s) ['colour']"),
        ("[[correction]]\nevent = 'ev-1'\ntype = 'party'\n", "c.toml: correction 1: type must be one of operation, enforcement, team_launch, consultation, order, meeting, announcement, incident"),
        ("[[correction]]\nevent = 'ev-1'\ndate = 'June 2017'\n", "c.toml: correction 1: 'June 2017' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("[[correction]]\nevent = 'ev-1'\ndate = '2017-06-01/2017-05-01'\n", "c.toml: correction 1: '2017-06-01/2017-05-01' ends before it starts"),
        ("[[correction]]\nevent = 'ev-1'\nagencies = 'Met'\n", "c.toml: correction 1: agencies must be a list of names"),
        ("[[correction]]\nevent = 'ev-1'\nhidden = 'yes'\n", "c.toml: correction 1: hidden must be true or false"),
        ("[[merge]]\nevents = ['ev-1']\n", "c.toml: merge 1 needs events = [at least two event ids]"),
        ("[[split]]\nevent = 'ev-1'\n", 'c.toml: split 1 needs mention = "<mention id>"'),
        ("[fix]\nevent = 'ev-1'\n", "c.toml: unknown table(s) ['fix']: use [[correction]], [[merge]] or [[split]]"),
        ("[[correction]\nevent = 1", "c.toml: Expected ']]' at the end of an array declaration (at line 1, column 13)"),
    ],
)
def test_a_bad_corrections_file_names_the_entry_at_fault(text, problem):
    with pytest.raises(CorrectionError) as info:
        parse_corrections(text, "c.toml")
    assert str(info.value) == problem


def test_editing_the_file_keeps_every_comment_and_every_other_entry():
    text = (
        "# Corrections for the Ilford archive\n"
        "\n"
        "[[correction]]\n"
        'event = "ev-a"  # the launch\n'
        'type = "meeting"  # the extractor said meeting\n'
        'note = "see issue #12"  # keep me\n'
        "\n"
        "# the next entry hides a duplicate\n"
        "[[correction]]\n"
        'event = "ev-b"\n'
        "hidden = true\n"
    )
    text = upsert_correction(text, "ev-a", {"type": "operation", "date": "2017-06"}, note='launched in "June"')
    text = upsert_correction(text, "ev-c", {"boroughs": ["Redbridge"]})
    text = upsert_merge(text, ["ev-a", "ev-d"], note="same operation")
    text = upsert_split(text, "ev-m")
    assert text == (
        "# Corrections for the Ilford archive\n"
        "\n"
        "[[correction]]\n"
        'event = "ev-a"  # the launch\n'
        'type = "operation"  # the extractor said meeting\n'
        'note = "launched in \\"June\\""  # keep me\n'
        'date = "2017-06"\n'
        "\n"
        "# the next entry hides a duplicate\n"
        "[[correction]]\n"
        'event = "ev-b"\n'
        "hidden = true\n"
        "\n"
        "[[correction]]\n"
        'event = "ev-c"\n'
        'boroughs = ["Redbridge"]\n'
        "\n"
        "[[merge]]\n"
        'events = ["ev-a", "ev-d"]\n'
        'note = "same operation"\n'
        "\n"
        "[[split]]\n"
        'mention = "ev-m"\n'
    )
    parsed = parse_corrections(text)
    assert (sorted(parsed.fields), parsed.merges[0].events, list(parsed.splits)) == (["ev-a", "ev-b", "ev-c"], ("ev-a", "ev-d"), ["ev-m"])


def _event(engine, event_id: str) -> tuple:
    with Session(engine) as session:
        e = session.get(Event, event_id)
        agencies = sorted(session.exec(select(Agency.name).join(EventAgency).where(EventAgency.event_id == event_id)).all())
        boroughs = sorted(session.exec(select(Borough.name).join(EventBorough).where(EventBorough.event_id == event_id)).all())
        return (e.type, e.edtf, e.earliest, e.latest, e.precision, e.hidden, agencies, boroughs, e.corrected)


def test_a_correction_is_applied_at_once_and_survives_a_new_version_of_the_article(engine, corrections_file):
    v1 = make_article("romford-drinking", ROMFORD)
    crackdown = make_draft(v1, 1, "launched a crackdown on street drinking in Romford Market on Friday", date="2019-03-01", boroughs=["Havering"])
    store(engine, v1, [crackdown, make_draft(v1, 2, "issued six fines in the first weekend", type="enforcement", date="2019-03")])

    event, stale = correct(
        engine, crackdown.id, changes={"date": "2019-02", "type": "enforcement", "agencies": ["Havering Council"], "boroughs": ["Havering"]}, note="the council's own report dates it to February"
    )
    assert (event.id, stale) == (crackdown.id, [])
    corrected = [
        "enforcement", "2019-02", date(2019, 2, 1), date(2019, 2, 28), "month", False, ["Havering Council"], ["Havering"],
        {
            "extracted": {"type": "operation", "title": crackdown.title, "date": "2019-03-01", "precision": "day", "hidden": False, "agencies": [], "boroughs": ["Havering"]},
            "notes": ["the council's own report dates it to February"],
            "by": [crackdown.id],
        },
    ]
    assert list(_event(engine, crackdown.id)) == corrected
    assert f'event = "{crackdown.id}"' in corrections_file.read_text()

    # the same article again, then a new version that rewrites the cited paragraph
    store(engine, v1, [crackdown])
    assert list(_event(engine, crackdown.id)) == corrected
    v2 = make_article("romford-drinking", ["Havering Council and police launched a crackdown on street drinking in Romford Market on Friday night.", ROMFORD[1]])
    renamed = make_draft(v2, 1, "launched a crackdown on street drinking in Romford Market on Friday night", date="2019-03-01", boroughs=["Havering"])
    assert renamed.id != crackdown.id
    store(engine, v2, [renamed])
    with Session(engine) as session:
        assert session.get(Mention, renamed.id).event_id == crackdown.id
    corrected[8]["extracted"]["title"] = renamed.title  # what the extractor says now
    assert list(_event(engine, crackdown.id)) == corrected


def test_a_correction_whose_event_has_gone_is_listed_as_no_longer_applying(engine):
    v1 = make_article("barking-panel", BARKING)
    meeting = make_draft(v1, 1, "held a ward panel meeting about knife crime", type="meeting", date="2019-05")
    store(engine, v1, [meeting])
    correct(engine, meeting.id, changes={"hidden": True}, note="duplicate of the council's own listing")
    assert _event(engine, meeting.id)[5] is True
    store(engine, make_article("barking-panel", ["The ward panel was cancelled."]), [])
    with Session(engine) as session:
        stale = reapply_corrections(session)
        session.commit()
    assert stale == [f"correction of {meeting.id}: no event or mention has this id any more"]


def test_merge_makes_two_events_one_entry_and_split_takes_a_mention_back_out(engine, corrections_file):
    a = make_article("romford-drinking", ROMFORD)
    b = make_article("barking-panel", BARKING)
    crackdown = make_draft(a, 1, "launched a crackdown on street drinking in Romford Market on Friday", date="2019-03-01")
    fines = make_draft(a, 2, "issued six fines in the first weekend", type="enforcement", date="2019-03")
    panel = make_draft(b, 1, "held a ward panel meeting about knife crime", type="meeting", date="2019-05")
    store(engine, a, [crackdown, fines])
    store(engine, b, [panel])

    event, _ = correct(engine, crackdown.id, changes={}, merge_with=(panel.id,), note="one story")
    with Session(engine) as session:
        assert {m.id: m.event_id for m in session.exec(select(Mention)).all()} == {crackdown.id: crackdown.id, fines.id: fines.id, panel.id: crackdown.id}
        assert session.get(Event, panel.id) is None
        merged = session.get(Event, crackdown.id)
        assert (merged.source_count, merged.corrected["by"], merged.corrected["notes"]) == (2, [f"merge:{crackdown.id}+{panel.id}"], ["one story"])

    # a clean re-ingest (new database rows in another order) gives the same grouping
    store(engine, b, [panel])
    with Session(engine) as session:
        assert session.get(Mention, panel.id).event_id == crackdown.id

    event, _ = correct(engine, panel.id, changes={}, split=True)
    assert event.id == split_event_id(panel.id)
    with Session(engine) as session:
        assert session.get(Mention, panel.id).event_id == split_event_id(panel.id)
        assert session.get(Event, crackdown.id).source_count == 1
    assert corrections_file.read_text().endswith(f'[[split]]\nmention = "{panel.id}"\n')


def test_removing_an_entry_from_the_file_returns_the_event_to_what_the_extractor_said(engine, corrections_file):
    a = make_article("romford-drinking", ROMFORD)
    crackdown = make_draft(a, 1, "launched a crackdown on street drinking in Romford Market on Friday", date="2019-03-01")
    store(engine, a, [crackdown])
    correct(engine, crackdown.id, changes={"type": "order", "hidden": True})
    corrections_file.write_text("# nothing here any more\n")
    with Session(engine) as session:
        reapply_corrections(session)
        session.commit()
    assert _event(engine, crackdown.id)[:6] == ("operation", "2019-03-01", date(2019, 3, 1), date(2019, 3, 1), "day", False)
    assert _event(engine, crackdown.id)[8] is None


@pytest.mark.parametrize(
    "target,kwargs,problem",
    [
        ("ev-nope", {"changes": {"type": "order"}}, "no event or mention has the id 'ev-nope' (ids are shown on each event page)"),
        ("EVENT", {"changes": {}, "split": True}, "--split takes a mention id, and 'EVENT' is an event: split one of its mentions"),
        ("EVENT", {"changes": {}}, "nothing to correct: give --date, --type, --title, --agency, --borough, --hide, --merge-with or --split"),
    ],
)
def test_a_correction_that_cannot_apply_is_refused_and_the_file_is_untouched(engine, corrections_file, target, kwargs, problem):
    a = make_article("romford-drinking", ROMFORD)
    draft = make_draft(a, 1, "launched a crackdown on street drinking in Romford Market on Friday")
    store(engine, a, [draft])
    corrections_file.write_text("# curated by hand\n")
    with pytest.raises(CorrectionError) as info:
        correct(engine, draft.id if target == "EVENT" else target, **kwargs)
    assert str(info.value) == problem.replace("EVENT", draft.id)
    assert corrections_file.read_text() == "# curated by hand\n"
