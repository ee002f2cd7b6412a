"""The gazetteer's data: a user's extra file (TOML or YAML) merges into the package data."""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from app.ingest.gazetteer.text import key, slugify

EXTRA_TOML = """
[[agency]]
name = "Terrence Higgins Trust"
kind = "charity"
aliases = ["Terrence Higgins"]

[[agency]]
name = "Loxford Residents Forum"
kind = "community"
aliases = ["LRF"]

[[borough]]
name = "Redbridge"
towns = ["Little Ilford Estate"]
streets = ["Loxford Hall Close"]

[[area]]
force = "Essex Police"
region = "East of England"
districts = ["Canvey Island District"]
towns = { "Canvey Village" = "Canvey Island District" }
"""

EXTRA_YAML = """
agency:
  - name: Ilford Street Angels
    kind: community
    aliases: [Street Angels]
borough:
  - name: Newham
    towns: [Royal Wharf]
"""


@pytest.mark.parametrize(
    "suffix,content", [(".toml", EXTRA_TOML), (".yaml", EXTRA_YAML)]
)
def test_an_extra_file_adds_to_the_package_data(tmp_path, suffix, content):
    extra = tmp_path / f"extra{suffix}"
    extra.write_text(content, encoding="utf-8")
    gaz = Gazetteer.load(extra=extra)
    base = Gazetteer.load()
    assert gaz.agency("Terrence Higgins Trust") == base.agency("Terrence Higgins Trust")
    assert len(gaz.data.areas) >= len(base.data.areas)
    if suffix == ".toml":
        text = "Terrence Higgins and the LRF met in Loxford Hall Close near Canvey Village."
        assert [a.ref.name for a in gaz.find_agencies(text)] == [
            "Terrence Higgins Trust",
            "Loxford Residents Forum",
        ]
        assert [(p.name, p.borough) for p in gaz.find_places(text)] == [
            ("Loxford Hall Close", "Redbridge"),
            ("Canvey Village", "Canvey Island District"),
        ]
        assert gaz.force_for("Canvey Island District").name == "Essex Police"
        assert gaz.borough_of("Little Ilford Estate") == "Redbridge"
        assert gaz.borough_of("Ilford") == "Redbridge"  # the package towns are kept
    else:
        text = "Street Angels patrolled Royal Wharf."
        assert [a.ref.name for a in gaz.find_agencies(text)] == ["Ilford Street Angels"]
        assert [(p.name, p.borough) for p in gaz.find_places(text)] == [
            ("Royal Wharf", "Newham")
        ]


@pytest.mark.parametrize(
    "name,slug",
    [
        ("Barking and Dagenham", "barking-and-dagenham"),
        ("Barking & Dagenham", "barking-and-dagenham"),
        ("King's Lynn and West Norfolk", "kings-lynn-and-west-norfolk"),
        ("An Garda Síochána", "an-garda-siochana"),
        ("Bournemouth, Christchurch and Poole", "bournemouth-christchurch-and-poole"),
    ],
)
def test_slugs_are_ascii_words_joined_by_hyphens(name, slug):
    assert slugify(name) == slug
    assert Gazetteer.slugify(name) == slug


@pytest.mark.parametrize(
    "a,b",
    [
        ("Barking & Dagenham Council", "barking and dagenham council"),
        ("Women’s Aid", "Women's Aid"),
        ("Southend-on-Sea", "Southend on Sea"),
        ("St. Albans", "St Albans"),
    ],
)
def test_lookup_keys_ignore_case_ampersands_apostrophes_and_dashes(a, b):
    assert key(a) == key(b)
