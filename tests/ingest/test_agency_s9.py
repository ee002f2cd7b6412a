"""Session 9 agency mechanisms: the fire service of a district whose force's area holds several,
a fire service telling of an attack on its own crews, and a body's own staff dealing with incidents."""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


FIRES = """Bonfire trouble in {town}

{force} have put a dispersal order in place around the {estate} estate this weekend.

{sentence}"""


@pytest.mark.parametrize(
    ("town", "force", "estate", "sentence", "expected"),
    [
        # Northumbria's area holds two fire services: a Sunderland story's is Tyne and Wear's
        (
            "Sunderland", "Northumbria Police", "Pennywell",
            "The fire service dealt with more than 200 bonfire-related calls across the city last year.",
            ["Tyne and Wear Fire and Rescue Service"],
        ),
        # Devon and Cornwall's area holds two: Exeter's is Devon and Somerset's
        (
            "Exeter", "Devon and Cornwall Police", "Wonford",
            "Devon and Somerset Fire and Rescue Service said crews had been called to nine deliberate fires this month.",
            ["Devon and Somerset Fire and Rescue Service"],
        ),
        # Sussex's holds two: Crawley's is West Sussex's
        (
            "Crawley", "Sussex Police", "Broadfield",
            "Firefighters were called to 14 deliberate fires on the estate in October.",
            ["West Sussex Fire and Rescue Service"],
        ),
        # a fire service telling of an attack on its own crew is in the incident
        (
            "Middlesbrough", "Cleveland Police", "Hemlington",
            "Cleveland Fire Brigade said a crew was pelted with fireworks in Hemlington on Thursday evening.",
            ["Cleveland Fire Brigade"],
        ),
        # a force that tells of an attack on its officers stays its source
        (
            "Middlesbrough", "Cleveland Police", "Hemlington",
            "Cleveland Police said two officers were pelted with fireworks in Hemlington on Thursday evening.",
            [],
        ),
    ],
)
def test_a_fire_service_that_answered_or_whose_crews_were_attacked_is_in_the_incident(
    gaz, town, force, estate, sentence, expected
):
    text = FIRES.format(town=town, force=force, estate=estate, sentence=sentence)
    assert actors(gaz, text, "2022-11-08")[(3, "incident")][0] == expected


STAFF = """Street drinking worries in Exeter city centre

Exeter City Council is consulting on a new public spaces protection order for the city centre.

{}"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a trader body whose own staff dealt with the incidents it counts
        (
            "Exeter BID, which employs city rangers to patrol the streets, said its staff had dealt with 300"
            " incidents involving street drinkers over the summer.",
            ["Exeter BID"],
        ),
        ("The charity Safe Haven said its volunteers handled 85 reports of harassment last year.", ["Safe Haven"]),
    ],
)
def test_a_body_whose_own_staff_dealt_with_the_incidents_it_counts_is_their_agency(gaz, sentence, expected):
    assert actors(gaz, STAFF.format(sentence), "2022-10-10")[(3, "incident")][0] == expected


ASKED = """Fireworks powers and CCTV bid in Gateshead

{}"""


@pytest.mark.parametrize(
    ("sentence", "key", "expected"),
    [
        # the body a consultation may ask for powers is not consulting
        (
            "Gateshead Council says it will consult residents early next year on whether to ask the Government"
            " for powers to restrict the sale of fireworks.",
            (2, "consultation"),
            ["Gateshead Council"],
        ),
        # a fund named for its giver is what the meeting weighs a bid for
        (
            "Gateshead Council's cabinet will meet in January, when it will also consider a bid for Home Office"
            " Safer Streets money.",
            (2, "meeting"),
            ["Gateshead Council"],
        ),
        # officers recruited under a national programme are the force's
        (
            "Northumbria Police said 150 extra officers had been recruited in the area since April under the"
            " Government's uplift programme.",
            (2, "team_launch"),
            ["Northumbria Police"],
        ),
        # a giver announcing its own grant still announces it
        ("The Home Office announced £2m for the scheme last week.", (2, "announcement"), ["Home Office"]),
    ],
)
def test_a_body_asked_for_something_or_whose_programme_an_act_runs_under_is_not_its_doer(
    gaz, sentence, key, expected
):
    assert actors(gaz, ASKED.format(sentence), "2021-11-10")[key][0] == expected


def names(gaz: Gazetteer, text: str) -> list[str]:
    return [a.ref.name for a in gaz.find_agencies(text, gaz.infer_context(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a students' union is its own body, not its university
        (
            "A survey by Bournemouth University Students' Union found that half of students felt unsafe.",
            ["Bournemouth University Students' Union"],
        ),
        ("Kingston University said it would fund two extra night buses.", ["Kingston University"]),
        # a London college's comma belongs to its name
        (
            "Research by Birkbeck, University of London, found that fear of crime had fallen.",
            ["Birkbeck, University of London"],
        ),
        ("A study by Goldsmiths found traders felt safer.", ["Goldsmiths, University of London"]),
        # a branch named for a town whose name holds "and" or "upon"
        (
            "Officers will patrol with volunteers from Brighton and Hove Street Pastors on Saturday.",
            ["Brighton and Hove Street Pastors"],
        ),
        (
            "Newcastle upon Tyne Street Pastors will be out on Friday night.",
            ["Newcastle upon Tyne Street Pastors"],
        ),
        # a council listed before its town's branch is a body of its own
        (
            "The BID is working with Swansea Council and Swansea Street Pastors over the festive period.",
            ["Swansea Council", "Swansea Street Pastors"],
        ),
    ],
)
def test_unions_colleges_and_town_branches_are_read_by_their_whole_names(gaz, sentence, expected):
    assert names(gaz, sentence) == expected
