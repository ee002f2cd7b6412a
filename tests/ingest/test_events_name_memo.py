"""Names remembered per gazetteer and area: shared by the articles of one area, apart otherwise."""

from __future__ import annotations

import pytest

from app.ingest.events import name_memo
from app.ingest.events.lookup import GazetteerLookup
from app.ingest.gazetteer import Gazetteer
from app.ingest.gazetteer.mentions import AreaContext


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load()


def test_lookups_of_one_area_share_a_memo_and_other_areas_do_not(gazetteer):
    name_memo.clear()
    first = name_memo.memo_for(gazetteer, AreaContext("Walsall"), "places")
    again = name_memo.memo_for(gazetteer, AreaContext("Walsall"), "places")
    other = name_memo.memo_for(gazetteer, AreaContext("Dudley"), "places")
    kind = name_memo.memo_for(gazetteer, AreaContext("Walsall"), "agencies")
    assert (first is again, first is other, first is kind) == (True, False, False)


def test_an_unhashable_area_gets_a_memo_of_its_own(gazetteer):
    assert name_memo.memo_for(gazetteer, ["Walsall"], "people") == {}


def test_a_full_memo_forgets_its_oldest_text(monkeypatch):
    monkeypatch.setattr(name_memo, "_TEXTS", 2)
    memo = name_memo.TextMemo()
    for text in ("first", "second", "third"):
        memo[text] = [text]
    assert list(memo) == ["second", "third"]


def test_the_area_used_least_lately_is_forgotten_first(gazetteer, monkeypatch):
    monkeypatch.setattr(name_memo, "_AREAS", 2)
    name_memo.clear()
    walsall = name_memo.memo_for(gazetteer, AreaContext("Walsall"), "places")
    name_memo.memo_for(gazetteer, AreaContext("Dudley"), "places")
    name_memo.memo_for(gazetteer, AreaContext("Walsall"), "places")  # used again
    name_memo.memo_for(gazetteer, AreaContext("Sandwell"), "places")  # Dudley goes
    kept = name_memo.memo_for(gazetteer, AreaContext("Walsall"), "places")
    assert kept is walsall


@pytest.mark.parametrize(
    "text",
    [
        "Inspector Dan Reed of West Midlands Police said officers patrolled Walsall town centre.",
        "Walsall Council closed the flat on Bloxwich Road after complaints from neighbours.",
    ],
)
def test_a_lookup_finds_the_same_names_from_memory_as_afresh(gazetteer, text):
    area = gazetteer.infer_context(text)
    name_memo.clear()
    fresh = GazetteerLookup(gazetteer, area)
    found = (fresh.agencies(text), fresh.places(text), fresh.people(text))
    remembered = GazetteerLookup(gazetteer, area)
    again = (remembered.agencies(text), remembered.places(text), remembered.people(text))
    assert again == found and any(found)
