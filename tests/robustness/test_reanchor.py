"""Re-anchoring citations of an article's previous version in its new text, and storing the result."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from app.db.models import Citation, Event, Mention, Paragraph, Source, SourceVersion
from app.db.reanchor import Anchor, OldCitation, locate
from app.ingest.paragraphs import split_paragraphs
from tests.robustness.builders import make_article, make_draft, store

OLD = [
    "Police in Hornchurch launched Operation Lantern on Monday to tackle burglary on the Harrow Lodge estate.",
    "Officers made four arrests in the first week, Havering police said.",
    "A public meeting will be held at the library on Thursday evening.",
]


def cited(number: int, quote: str, text: str) -> OldCitation:
    start = text.index(quote)
    return OldCitation("ev-old", "ev-event", number, quote, start, start + len(quote), text[max(0, start - 32) : start], text[start + len(quote) : start + len(quote) + 32])


@pytest.mark.parametrize(
    "new,quote_para,quote,expected",
    [
        # unchanged text: the same place, exactly
        (OLD, 2, "made four arrests in the first week", ("exact", (2, 9, 44))),
        # a paragraph inserted above: the quote moved to paragraph 3
        ([OLD[0], "The operation follows a rise in break-ins since the summer.", *OLD[1:]], 2, "made four arrests in the first week", ("moved", (3, 9, 44))),
        # a word changed inside the quote: found approximately in its own paragraph
        ([OLD[0], "Officers made five arrests in the first week, Havering police said.", OLD[2]], 2, "made four arrests in the first week", ("fuzzy", (2, 9, 44))),
        # the paragraph removed: nothing like it is left
        ([OLD[0], OLD[2]], 2, "made four arrests in the first week", ("lost", None)),
        # rewritten beyond recognition: lost, not pinned on a different sentence
        ([OLD[0], "Havering police declined to say how many people had been detained.", OLD[2]], 2, "made four arrests in the first week", ("lost", None)),
    ],
)
def test_an_old_citation_is_found_by_quote_then_anywhere_then_approximately(new, quote_para, quote, expected):
    anchor = locate(cited(quote_para, quote, OLD[quote_para - 1]), split_paragraphs("\n\n".join(new)))
    assert (anchor.method, anchor.new) == expected


def test_a_quote_that_occurs_twice_goes_where_its_context_matches():
    old = "Patrols ran on Friday in Romford. On Saturday, patrols ran on Friday in Hornchurch too."
    quote = "patrols ran on Friday"
    start = old.rindex(quote)
    cite = OldCitation("m", "e", 1, quote, start, start + len(quote), old[max(0, start - 32) : start], old[start + len(quote) : start + 53])
    new = split_paragraphs("Update. Patrols ran on Friday in Romford. On Saturday, patrols ran on Friday in Hornchurch too.")
    anchor = locate(cite, new)
    assert (anchor.method, anchor.new, anchor.score) == ("exact", (1, 55, 76), 1.0)


def test_an_empty_quote_is_lost_rather_than_matched_everywhere():
    anchor = locate(OldCitation("m", "e", 1, "  ", 0, 2), split_paragraphs("Some text."))
    assert anchor == Anchor("m", "e", "  ", (1, 0, 2), None, "lost", 0.0)


def test_a_new_version_keeps_the_old_paragraphs_and_records_where_each_citation_went(engine):
    v1 = make_article("hornchurch-burglary", OLD)
    arrests, meeting = make_draft(v1, 2, "made four arrests in the first week", type="enforcement"), make_draft(v1, 3, "A public meeting will be held", type="meeting", date="2019-03-07")
    launch = make_draft(v1, 1, "launched Operation Lantern on Monday")
    assert store(engine, v1, [launch, arrests, meeting]).status == "new"

    # the reporter fixes the number of arrests, and the meeting paragraph is cut
    v2 = make_article("hornchurch-burglary", [OLD[0], "Officers made five arrests in the first week, Havering police said."])
    arrests2 = make_draft(v2, 2, "made five arrests in the first week", type="enforcement")
    outcome = store(engine, v2, [make_draft(v2, 1, "launched Operation Lantern on Monday"), arrests2])

    assert (outcome.status, outcome.version) == ("updated", 2)
    assert outcome.lost_citations == (
        f"citation of paragraph 3 could not be re-anchored in the new version (event {meeting.id}): \u201cA public meeting will be held\u201d",
    )
    with Session(engine) as session:
        versions = session.exec(select(SourceVersion).join(Source).where(Source.slug == "hornchurch-burglary").order_by(SourceVersion.version)).all()
        paragraphs = {v.version: session.exec(select(Paragraph.number).where(Paragraph.version_id == v.id).order_by(Paragraph.number)).all() for v in versions}
        assert paragraphs == {1: [1, 2, 3], 2: [1, 2]}
        assert versions[0].reanchor is None
        record = versions[1].reanchor
        assert (record["from_version"], record["lost"]) == (1, 1)
        assert [(c["mention_id"], c["method"], c["old"], c["new"]) for c in record["citations"]] == [
            (launch.id, "exact", [1, 21, 57], [1, 21, 57]),
            (arrests.id, "fuzzy", [2, 9, 44], [2, 9, 44]),
            (meeting.id, "lost", [3, 0, 29], None),
        ]
        # the edited paragraph renamed its mention, but the event (and any correction of it) stays
        assert session.get(Mention, arrests2.id).event_id == arrests.id
        assert sorted(session.exec(select(Event.id)).all()) == sorted([launch.id, arrests.id])
        # citations point at the new version's paragraphs only
        cited_versions = session.exec(select(Paragraph.version_id).join(Citation, Citation.paragraph_id == Paragraph.id).distinct()).all()
        assert cited_versions == [versions[1].id]
