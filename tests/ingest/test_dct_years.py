"""Written years as dating evidence: comparison baselines, deadlines, "since", the clause's own
present perfect, and the choice among weekday-fit candidate years by the latest past year."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from app.ingest.temporal.year_context import (
    is_comparison,
    is_current_period,
    is_deadline,
    own_perfect_year,
)
from tests.ingest.temporal_helpers import article


def _at(sentence: str, word: str) -> tuple[str, int, int]:
    start = sentence.index(word)
    return sentence, start, start + len(word)


@pytest.mark.parametrize(
    "sentence,year,expected",
    [
        ("Burglaries rose by a quarter compared with 2016.", "2016", True),
        ("Officers seized 90 knives, up from 41 in 2015.", "2015", True),
        ("Offences fell to 800, down from 1,200 offences in 2014.", "2014", True),
        ("Calls doubled in the first quarter compared with the same period in 2020.", "2020", True),
        ("Arrests were higher than in 2012.", "2012", True),
        ("The unit has made more than 600 arrests in 2019.", "2019", False),
        ("The order ran from 2015 to 2018.", "2015", False),
        ("In 2016 crime rose, compared with the national picture.", "2016", False),
    ],
)  # fmt: skip
def test_a_year_after_a_comparison_word_is_a_baseline(sentence, year, expected):
    assert is_comparison(sentence, sentence.index(year)) is expected


@pytest.mark.parametrize(
    "sentence,year,expected",
    [
        ("The order must be renewed before October 2023 if it is to continue.", "October 2023", True),
        ("The mayor has pledged to end street homelessness by 2025.", "2025", True),
        ("The force plans to recruit 200 more officers by 2026.", "2026", True),
        ("Residents were shown the council's plans for 2030.", "2030", True),
        ("The gang had been selling drugs in the estate before March 2019.", "March 2019", False),
        ("The dispersal zone ran until 2018.", "2018", False),
    ],
)  # fmt: skip
def test_deadlines_and_targets_are_recognised(sentence, year, expected):
    assert is_deadline(*_at(sentence, year)) is expected


@pytest.mark.parametrize(
    "sentence,year,expected",
    [
        ("In 2021, Luton Council has issued 300 fines under the order.", "2021", True),
        ("The council has spent £2m on CCTV in 2017.", "2017", True),
        ("“But in 2019, under pressure from traders, the force has again taken a hard line.", "2019", True),
        ("Derby's county lines unit, set up in 2019, has made more than 400 arrests.", "2019", False),
        ("Relations have been tense since the riots in the city in 2011.", "2011", False),
        ("The scheme, which has run from 2015, was praised by inspectors.", "2015", False),
        ("In 2018 the council was told the cameras have helped.", "2018", False),
    ],
)  # fmt: skip
def test_only_the_clauses_own_present_perfect_places_the_article_in_the_year(
    sentence, year, expected
):
    assert own_perfect_year(*_at(sentence, year)) is expected


@pytest.mark.parametrize(
    "sentence,year,expected",
    [
        ("Street lighting is a priority in the council's community safety plan for 2017/18.", "2017/18", True),
        ("The force's budget for 2019/20 is £42m, the commissioner said.", "2019/20", True),
        ("The force's budget for 2019/20 was £42m.", "2019/20", False),
        ("The precept rise is the largest since 2015/16.", "2015/16", False),
        ("Officers will have a bigger budget in 2021/22.", "2021/22", False),
    ],
)  # fmt: skip
def test_a_financial_year_named_in_the_present_tense_is_the_current_one(sentence, year, expected):
    assert is_current_period(*_at(sentence, year)) is expected


COMPARED = """Police in Swindon said on Tuesday, October 8, that 210 complaints about noise had been made this year, up from 150 in 2017."""

FAR_FLOOR = """Police in Blackpool launched a summer patrol scheme on Friday, May 10.

The scheme was first tried on the promenade in 2009."""

NO_YEARS = (
    """Officers handed out crime prevention leaflets in Hastings on Saturday, June 8."""
)

DEADLINE = """Cabinet members agreed to keep the alcohol ban in Gloucester at a meeting on Wednesday, November 6.

The order, first made in October 2018, must be renewed before March 2021 if it is to stay in force."""

PLEDGE = """The mayor has pledged to halve knife crime in the city by 2021, councillors heard on Wednesday, November 6."""

SET_UP = """Derby's county lines unit, set up in 2019, has made more than 400 arrests, the force said on Thursday, March 12."""

SINCE = """Stokes Lane traders met police on Thursday, January 16.

Shoplifting has been a problem there since the store closures in 2014, and rose by a third last year compared with 2018."""

CURRENT_PLAN = """Cameras in the park are a priority in the partnership's crime plan for 2018/19, and officers will hold a drop-in at the library on Saturday, September 15."""

BASELINE_ONLY = """Shoplifting in Norwich fell by a fifth between January and March compared with the same period in 2022, police said on Friday, April 12."""


@pytest.mark.parametrize(
    "text,expected,chosen",
    [
        # the baseline 2017 puts the article in 2018 or later; of 2019 and 2024, 2019 is taken, with doubt
        (COMPARED, "2019-10-08?/2019-10-16?", True),
        # 2009 is the latest year, but the first candidate after it (2013) is too far from it to choose
        (FAR_FLOOR, "", False),
        (NO_YEARS, "", False),
        # 'before March 2021' is a deadline, not a past event: 2019 stays possible and is chosen from 2018
        (DEADLINE, "2019-11-06?/2019-11-14?", True),
        # 'by 2021' is a target: it neither excludes years nor bounds the choice
        (PLEDGE, "", False),
        # 'set up in 2019, has made' does not place the article in 2019; it is after 2019
        (SET_UP, "2020-03-12?/2020-03-20?", True),
        # 'since 2014' means on or after 2014, not "in 2014"; the baseline 2018 then chooses 2020
        (SINCE, "2020-01-16?/2020-01-24?", True),
        # the baseline alone leaves one candidate: no choice needed, no doubt
        (BASELINE_ONLY, "2024-04-12/2024-04-20", False),
        # the plan's financial year is the current one: of 2001, 2007, 2012 and 2018 only 2018 fits
        (CURRENT_PLAN, "2018-08-04/2018-09-14", False),
    ],
    ids=["comparison", "floor-too-far", "no-years", "deadline", "pledge", "set-up-in", "since", "baseline-only",
         "current-financial-year"],
)  # fmt: skip
def test_written_years_bound_the_article_and_may_choose_among_candidate_years(
    text, expected, chosen
):
    dct = infer_publication_date(article(text))
    notes = [e for e in dct.evidence if e.startswith("year choice:")]
    assert (dct.edtf, bool(notes)) == (expected, chosen)


def test_the_year_choice_states_the_candidates_the_bound_and_the_gap():
    dct = infer_publication_date(article(COMPARED))
    assert dct.evidence[-1] == (
        "year choice: the text allows 2019-10-08/2019-10-16, 2024-10-08/2024-10-16; the latest year it gives "
        "is 2018 ('2017' is a comparison baseline); the first candidate from then, 2019-10-08/2019-10-16, "
        "is 5 years before the next, so it is taken, marked uncertain"
    )


def test_a_period_still_running_bounds_the_article_from_above_even_with_until():
    text = "The dispersal zone in Grimsby will stay in force until October 2021, the council said."
    assert (
        "'October 2021' is still ahead (future tense)"
        in infer_publication_date(article(text)).evidence
    )
