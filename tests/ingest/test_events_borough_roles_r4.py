"""Where an event happened, not every place its sentence names: a court act is where its court sits,
a person's home and a yardstick place nothing, a unit's patch is not the event's, "Greater Manchester"
is no city, a building many towns have is the local one, and a London name needs London context.
"""

from __future__ import annotations

import pytest

from app.ingest.events.lookup import GazetteerLookup, Hit
from app.ingest.events.places import event_places, unit_patch
from app.ingest.gazetteer import Gazetteer
from app.ingest.gazetteer.place_roles import compared_place
from tests.ingest.event_fakes import actors


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def lookup(gaz) -> GazetteerLookup:
    return GazetteerLookup(gaz)


def kept(lookup: GazetteerLookup, text: str) -> list[str]:
    return [h.name for h in event_places(text, lookup.places(text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Darren Holt, 31, of Hessle Road, Hull, was fined at the hearing.",
            [],
        ),
        (
            "Two of the men, both from Bradford, were charged on Friday.",
            [],
        ),
        (
            "Those arrested, all of Hackney, were bailed after raids in Leyton.",
            ["Leyton"],
        ),
        (
            "Amir Khan (19) of Moss Side was arrested in Stockport.",
            ["Stockport"],
        ),
        (
            "Officers seized 40 wraps, 12 phones and cash in Walsall.",
            ["Walsall"],
        ),
        (
            "A woman who lives in Dagenham was robbed in Ilford on Friday.",
            ["Ilford"],
        ),
    ],
    ids=[
        "a defendant's age then his address: the street and the town are his home",
        "both from a town: where they live",
        "all of a borough: their home, the raid's place stays",
        "an age in brackets then an address",
        "a count before a comma is no age",
        "who lives in a town: her home, the robbery's place stays",
    ],
)
def test_a_persons_home_is_not_where_the_act_happened(lookup, text, expected):
    assert kept(lookup, text) == expected


@pytest.mark.parametrize(
    "text,place,expected",
    [
        ("Lambeth recorded fewer knife offences than Southwark and Croydon.", "Croydon", True),
        ("Burglary fell by 9 per cent in Leeds, compared with 3 per cent in Bradford.", "Bradford", True),
        ("Burglary fell by 9 per cent in Leeds, compared with 3 per cent in Bradford.", "Leeds", False),
        ("Arrests were higher than in Salford, Bolton or Wigan.", "Bolton", True),
        ("Unlike Oldham, Rochdale has not renewed its order.", "Oldham", True),
        ("Unlike Oldham, Rochdale has not renewed its order.", "Rochdale", False),
        ("Officers made more arrests in Derby than last year.", "Derby", False),
        ("Knife arrests fell to fewer than ten in Luton.", "Luton", False),
        ("More than 300 Romford residents signed the petition.", "Romford", False),
        ("Response times were slower than those in Salford.", "Salford", True),
    ],
    ids=[
        "the second of two boroughs after than",
        "a figure compared with another town's",
        "the town the figure is about stays",
        "a list after than in, the middle name too",
        "unlike names a yardstick",
        "the subject after the unlike clause stays",
        "than after the place compares times, not places",
        "a figure after than is a threshold: the place is the figure's own",
        "a count of a town's residents after more than",
        "than those in a town",
    ],
)
def test_a_place_named_only_as_a_comparison_is_told_apart(text, place, expected):
    start = text.index(place)
    assert compared_place(text, start, start + len(place)) is expected


@pytest.mark.parametrize(
    "text,place,expected",
    [
        (
            "Supt Ann Byrne, who leads the Met's South Area command covering Bromley, Croydon and Sutton, said 20 people were held.",
            "Sutton",
            True,
        ),
        (
            "A Lancashire Constabulary division covering Burnley and Pendle ran the operation.",
            "Pendle",
            True,
        ),
        (
            "The order, covering Bridge Street and the Market Place, came into force in May.",
            "Bridge Street",
            False,
        ),
    ],
    ids=[
        "a command covering three boroughs",
        "a division covering two districts",
        "an order covering streets is where the order applies",
    ],
)
def test_a_units_patch_told_with_a_participle(text, place, expected):
    start = text.index(place)
    assert unit_patch(text, Hit(start, start + len(place), place)) is expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Greater Manchester Mayor Andy Burnham wrote to the meeting.", []),
        ("Funding from the Greater London Authority paid for patrols in Sutton.", [("Sutton", "Sutton")]),
        ("Officers in Manchester city centre made six arrests.", [("Manchester city centre", "Manchester")]),
    ],
    ids=[
        "Greater Manchester is the county, not the city",
        "the Greater London Authority names no place, Sutton does",
        "the city itself is still found",
    ],
)
def test_greater_names_the_metropolitan_county(gaz, text, expected):
    assert [(p.name, p.borough) for p in gaz.find_places(text)] == expected


STORY_DAY = "2024-03-15"

COURT = """Police raided a flat in Becontree on Tuesday, March 5, and seized cocaine worth £20,000.

A 24-year-old man was charged and was sentenced at Snaresbrook Crown Court on Thursday, March 14."""

DONCASTER = """South Yorkshire Police arrested five people in Doncaster town centre on Saturday, March 9.

Three of those arrested, all from Sheffield, were charged and remanded to appear at Sheffield Crown Court on Monday, April 8."""

HOME = """Officers from Greater Manchester Police raided a house in Farnworth, Bolton, on Friday, March 8.

Kelly Ward, 29, of Pemberton Road, Wigan, was given a suspended sentence on Thursday, March 14."""

GUILDHALL = """Officers from Humberside Police will patrol Hull city centre from April.

The plans were announced at a meeting at the Guildhall on Tuesday, March 12."""

PORTSMOUTH = """Hampshire Constabulary officers forced entry to a flat in Somers Town on Wednesday, March 13, and arrested two men.

Portsmouth City Council said it would board up the flat."""

ABROAD = """Thames Valley Police stepped up patrols at stations in Oxford on Tuesday, March 12.

It came after a stabbing at Euston station in north London on Monday, March 11."""


@pytest.mark.parametrize(
    "text,key,expected",
    [
        (COURT, (2, "enforcement"), ["Redbridge"]),
        (DONCASTER, (2, "enforcement"), ["Sheffield"]),
        (HOME, (2, "enforcement"), ["Bolton"]),
        (GUILDHALL, (2, "meeting"), ["Kingston upon Hull"]),
        (PORTSMOUTH, (1, "enforcement"), ["Portsmouth"]),
        (ABROAD, (2, "incident"), ["Camden"]),
    ],
    ids=[
        "a sentence happens where its court sits, in another borough than the raid",
        "suspects remanded to appear at a court in their home city: the court's city, not their homes",
        "a co-defendant's home address is not where the sentence happened",
        "the Guildhall in a Hull story is Hull's, not the City of London's",
        "a London neighbourhood name in a story that never names London is not London's",
        "a station the text puts in north London is London's, not the article's town",
    ],
)
def test_an_event_is_placed_where_it_happened(gaz, text, key, expected):
    assert actors(gaz, text, STORY_DAY)[key][1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Police arrested 12 people in Reading on Saturday.", ("Reading", [("Reading", "Reading")])),
        ("Officers carried out knife sweeps around Rugby town centre.", ("Rugby", [("Rugby", "Rugby")])),
        ("Extra patrols will run in Boston over the bank holiday.", ("Boston", [("Boston", "Boston")])),
        ("Reading the report, councillors called for more patrols.", (None, [])),
    ],
    ids=[
        "arrests in Reading are in Reading",
        "sweeps around a town's centre are in the town",
        "patrols in Boston are in Boston",
        "a capitalised verb at the start of a sentence is no town",
    ],
)
def test_a_council_area_named_like_a_common_word_counts_once_something_happens_in_it(gaz, text, expected):
    context = gaz.infer_context(text)
    assert (context.borough, [(p.name, p.borough) for p in gaz.find_places(text, context)]) == expected
