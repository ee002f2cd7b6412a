"""AgencyFinder.ref reads a slug from an index: the body a pass over every body would find."""

from __future__ import annotations

from app.ingest.gazetteer import Gazetteer
from app.ingest.gazetteer.text import key


def _ref_by_scan(finder, name):
    """AgencyFinder.ref as it was: an alias, else a pass over every body for the slug."""
    hit = finder.alias_of.get(key(name))
    if hit:
        return finder.refs[hit[0]]
    return next((r for r in finder.refs.values() if r.slug == name and r.unit is None), None)


def test_a_slug_or_name_finds_the_body_a_pass_over_them_all_finds():
    finder = Gazetteer.load().agencies
    names = [*{r.slug for r in finder.refs.values()}, *finder.refs, "Nowhere Police", ""]
    assert {n: finder.ref(n) for n in names} == {n: _ref_by_scan(finder, n) for n in names}
