"""A date opening a cause phrase after the trigger ("following Monday's attack") or inside an
"including ... who" clause is that phrase's, not the trigger's."""

from __future__ import annotations

import pytest

from app.ingest.events.build import extract_with
from app.ingest.temporal import dct_value, find_article_dates
from tests.ingest.event_fakes import FakeLookup, make_article
from tests.ingest.temporal_helpers import pub


def dates_of(text: str, published: str) -> list[tuple[str, str, str]]:
    article = make_article(text)
    dct = pub(published)
    events = extract_with(
        article,
        dct,
        FakeLookup(),
        dates=find_article_dates(article, dct),
        dct_date=dct_value(dct),
    )
    return [(e.type, str(e.date.earliest), str(e.date.latest)) for e in events]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the patrols are not of Monday: they take the publication date
        ("Police have stepped up patrols in Leyton following Monday's attack on a shopkeeper.",
         "2022-05-12",
         [("operation", "2022-05-12", "2022-05-12")]),
        # a date after the trigger with no cause word is still the trigger's
        ("Police stepped up patrols in Leyton on Monday.", "2022-05-12",
         [("operation", "2022-05-09", "2022-05-09")]),
    ],
)  # fmt: skip
def test_a_cause_phrase_keeps_its_own_date(text, published, expected):
    assert dates_of(text, published) == expected
