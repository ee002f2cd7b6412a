"""Session 6 date mechanisms, on invented sentences: the tense of a clause with its own verb, a
year-less name read across an uncertain publication date, named days of the year and what a
sentence's "both days" or "the same day" points back to."""

from __future__ import annotations

import pytest

from app.ingest.temporal import find_article_dates, find_dates
from tests.ingest.event_fakes import cited_dates
from tests.ingest.temporal_helpers import article, pub

D, W, M, S, Y = "day", "week", "month", "season", "year"


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a contrasting clause after "but" has its own verb
        (
            "The three men had been due to stand trial but admitted the offences at a hearing in February.",
            "2023-05-10",
            [("February", "2023-02", M, False)],
        ),
        (
            "He was meant to appear before magistrates but failed to turn up in April.",
            "2023-05-10",
            [("April", "2023-04", M, False)],
        ),
        # a non-defining relative clause has its own verb
        (
            "Checks will be carried out by the new rural crime team, which started work in October.",
            "2023-12-04",
            [("October", "2023-10", M, False)],
        ),
        (
            "The money will pay for Pc Amy Shah, who joined the team in March, to patrol the park.",
            "2023-05-10",
            [("March", "2023-03", M, False)],
        ),
        (
            "Wardens will support the new unit, which will be launched in June.",
            "2023-05-10",
            [("June", "2023-06", M, True)],
        ),
        # what was agreed is still ahead
        (
            "Officers agreed to return for another public meeting in July.",
            "2023-05-10",
            [("July", "2023-07", M, True)],
        ),
        (
            "The council had agreed to review the order in November.",
            "2023-05-10",
            [("November", "2023-11", M, True)],
        ),
        # a listed hearing ends at "but"
        (
            "He is due to stand trial in September.",
            "2023-05-10",
            [("September", "2023-09", M, True)],
        ),
    ],
    ids=[
        "due to stand trial but admitted in February is past",
        "meant to appear but failed to turn up in April is past",
        "which started work in October is past in a future sentence",
        "who joined in March is past in a future sentence",
        "which will be launched in June stays ahead",
        "agreed to return in July is ahead",
        "had agreed to review in November is ahead",
        "due to stand trial in September is ahead",
    ],
)
def test_a_clause_with_its_own_verb_has_its_own_tense(sentence, published, expected):
    got = [
        (m.text, m.value.edtf, m.value.precision, m.value.planned)
        for m in find_dates(sentence, pub(published))
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a 2023 article: a bare past March is March 2023 on ten months of the year in twelve
        (
            "A survey published in March found most women felt unsafe.",
            "2023-01-01/2023-12-31",
            [("March", "2023-03", M, False)],
        ),
        # ... but a bare past December is December 2022 on eleven months in twelve
        (
            "Burglaries rose in December.",
            "2023-01-01/2023-12-31",
            [("December", "2022-12", M, False)],
        ),
        # no reading holds on two thirds of the days: both, joined
        (
            "Burglaries rose in July.",
            "2023-01-01/2023-12-31",
            [("July", "2022-07/2023-07", M, False)],
        ),
        # a season still ahead, and a day with no year
        (
            "The cabinet will look at the scheme again in the autumn.",
            "2023-01-01/2023-12-31",
            [("in the autumn", "2023-09/2023-11", S, True)],
        ),
        (
            "The man was arrested on February 12.",
            "2023-01-01/2023-12-31",
            [("February 12", "2023-02-12", D, False)],
        ),
        # readings that change twice: the interval is too wide to choose
        (
            "Burglaries rose in March.",
            "2021-06-01/2023-06-30",
            [("March", "2021-03/2023-03", M, False)],
        ),
    ],
    ids=[
        "march in a year-long interval is that year's",
        "december in a year-long interval is the year before's",
        "july in a year-long interval stays joined",
        "the autumn ahead is the year's",
        "a day with no year is the year's",
        "a two-year interval stays joined",
    ],
)
def test_a_year_less_name_takes_the_reading_of_most_publication_days(
    sentence, published, expected
):
    got = [
        (m.text, m.value.edtf, m.value.precision, m.value.planned)
        for m in find_dates(sentence, pub(published))
    ]
    assert got == expected


def _article_dates(text: str, published: str) -> list[tuple[int, str, str]]:
    art = article(text)
    return [
        (m.paragraph, m.text, m.value.edtf)
        for m in find_article_dates(art, pub(published))
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a named event's days, from the rule that fixes them each year
        (
            "About 7,000 officers a day will be on duty at Notting Hill Carnival.",
            "2024-08-01",
            [(1, "Notting Hill Carnival", "2024-08-25/2024-08-26")],
        ),
        (
            "Two men were arrested at the Leeds West Indian Carnival.",
            "2023-09-02",
            [(1, "Leeds West Indian Carnival", "2023-08-28")],
        ),
        (
            "Officers made 40 arrests over Reading Festival.",
            "2022-09-01",
            [(1, "Reading Festival", "2022-08-26/2022-08-28")],
        ),
        (
            "Roads around the cenotaph will be closed on Remembrance Sunday.",
            "2023-10-30",
            [(1, "Remembrance Sunday", "2023-11-12")],
        ),
        (
            "Shoplifting teams patrolled the Bullring on Black Friday.",
            "2023-12-01",
            [(1, "Black Friday", "2023-11-24")],
        ),
        (
            "A man was assaulted outside a restaurant on Mother's Day.",
            "2024-04-02",
            [(1, "Mother's Day", "2024-03-10")],
        ),
        # a year written with it, or counted with "last year's"
        (
            "Officers were deployed at Notting Hill Carnival.\n\nAt the 2019 carnival, 397 people were arrested.\n\n"
            "Last year's carnival saw two stabbings.",
            "2023-08-14",
            [
                (1, "Notting Hill Carnival", "2022-08-28/2022-08-29"),
                (2, "the 2019 carnival", "2019-08-25/2019-08-26"),
                (3, "Last year's carnival", "2022-08-28/2022-08-29"),
            ],
        ),
        # the name of the event, not a time; a time before it; a month and year as written
        ("Policing Notting Hill Carnival has changed.", "2023-08-14", []),
        (
            "Ahead of Notting Hill Carnival, officers searched 12 homes.",
            "2023-08-14",
            [],
        ),
        (
            "Cameras were trialled on the Notting Hill Carnival route.",
            "2023-08-14",
            [],
        ),
        (
            "The force trialled cameras at Notting Hill Carnival.\n\nAt the August 2019 carnival, 397 people were arrested.",
            "2023-08-14",
            [
                (1, "Notting Hill Carnival", "2022-08-28/2022-08-29"),
                (2, "August 2019", "2019-08"),
            ],
        ),
        # a short name with no full name in the article is some other town's carnival
        (
            "Three people were arrested at the carnival.\n\nThis year's carnival was quieter than the 2019 carnival.",
            "2023-08-14",
            [(2, "This year", "2023"), (2, "2019", "2019")],
        ),
    ],
    ids=[
        "notting hill carnival is the sunday and monday of the august bank holiday",
        "leeds carnival is the bank holiday monday",
        "reading festival is the friday to sunday",
        "remembrance sunday is the second sunday of november",
        "black friday follows the fourth thursday of november",
        "mother's day is three weeks before easter",
        "a year written or counted with the event",
        "a name used as a subject is no time",
        "ahead of the event is no time of it",
        "a name used as a modifier is no time",
        "the month and year written stay the grammar's",
        "a short name alone names no known event",
    ],
)
def test_annual_events_are_dated_by_their_rule(text, published, expected):
    assert _article_dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Officers were on duty at the Notting Hill Carnival in 2022.\n\n"
            "Police made 209 arrests across the two days.",
            "2023-08-14",
            ("across the two days", "2022-08-28/2022-08-29"),
        ),
        # two days joined by "and" are a run of two
        (
            "The market ran on Saturday, May 4 and Sunday, May 5.\n\nWardens patrolled on both days.",
            "2024-05-10",
            ("on both days", "2024-05-04/2024-05-05"),
        ),
        # "this year" picks the run of this year
        (
            "This year's Notting Hill Carnival will be policed by 7,000 officers a day.\n\n"
            "The 2022 carnival was marred by violence, and a dispersal order was in force on both days.\n\n"
            "This year, youth workers will join officers on both days.",
            "2023-08-14",
            ("on both days", "2023-08-27/2023-08-28"),
        ),
    ],
    ids=[
        "the two days are the event's",
        "two days joined by and",
        "this year picks this year's days",
    ],
)
def test_both_days_are_the_run_of_days_told_last(text, published, expected):
    assert _article_dates(text, published)[-1][1:] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a year in the sentence with no run of days in it: "the two days" are not dated
        (
            "The Notting Hill Carnival takes place on Sunday, August 27 and Monday, August 28.\n\n"
            "In 2016, officers made 454 arrests over the two days.",
            "2023-08-14",
            [
                (1, "Sunday, August 27", "2023-08-27"),
                (1, "Monday, August 28", "2023-08-28"),
                (2, "2016", "2016"),
            ],
        ),
        (
            "Officers were on duty for two days.\n\nThey made 12 arrests on both days.",
            "2023-08-14",
            [],
        ),
    ],
    ids=["another year's two days are not dated", "no run of days told, no date"],
)
def test_both_days_with_no_run_told_are_left_undated(text, published, expected):
    assert _article_dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "In 2016, officers made 454 arrests.\n\nThat same year the force trialled facial recognition cameras.",
            "2023-08-14",
            (2, "That same year", "2016"),
        ),
        (
            "In the summer of 2015 police ran a blitz on begging.\n\nThe following year, a new unit was formed.",
            "2023-10-10",
            (2, "The following year", "2016"),
        ),
    ],
    ids=["that same year is the year told last", "the following year counts from it"],
)
def test_a_year_anaphor_counts_from_the_last_date_told(text, published, expected):
    assert _article_dates(text, published)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second act on the same day is on the first one's day
        (
            "Officers executed a warrant in Mill Road on Tuesday, 9 May. A man was remanded to appear at "
            "crown court on 6 June.\n\nOn the same day, officers executed a second warrant in Hill Street.",
            (2, "the same day", "2023-05-09"),
        ),
        # told in the past, a back-reference skips a day still ahead
        (
            "A man was arrested on Monday, 8 May and is due in court on 30 May.\n\n"
            "His brother was arrested the following day.",
            (2, "the following day", "2023-05-09"),
        ),
        # ... and keeps it when told ahead
        (
            "A man will appear in court on 30 May.\n\nHe will be sentenced the same day.",
            (2, "the same day", "2023-05-30"),
        ),
        # the last day told, as ever
        (
            "Police raided a house on Tuesday, 9 May, and searched a car on Wednesday, 10 May.\n\n"
            "The same day, a man was charged.",
            (2, "The same day", "2023-05-10"),
        ),
    ],
    ids=[
        "a second warrant on the same day is the first warrant's day",
        "a past back-reference skips a hearing ahead",
        "a future back-reference keeps the day ahead",
        "otherwise the last day told",
    ],
)
def test_the_same_day_points_back_to_the_day_of_its_act(text, expected):
    assert _article_dates(text, "2023-05-12")[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Detectives executed 14 warrants across Walsall on Thursday, March 2.\n\n"
            "Five more people were arrested in the weeks after the raids.",
            (2, "in the weeks after the raids", "2023-03-02/2023-03-30"),
        ),
        (
            "A man was stabbed outside a takeaway in Lever Street on the evening of March 4.\n\n"
            "A dispersal order was in force for 48 hours after the attack.",
            (2, "for 48 hours after the attack", "2023-03-04/2023-03-06"),
        ),
        (
            "A pensioner was robbed at a cash machine on Friday, March 3.\n\n"
            "Officers patrolled the parade in the three days following the robbery.",
            (2, "in the three days following the robbery", "2023-03-03/2023-03-06"),
        ),
    ],
    ids=[
        "the weeks after the raids are four weeks from the raids",
        "hours after the attack run from the stabbing",
        "days following the robbery are counted",
    ],
)
def test_a_stretch_after_an_act_runs_from_its_day(text, expected):
    assert _article_dates(text, "2023-04-12")[-1] == expected


def test_a_stretch_after_an_act_with_no_day_told_is_not_dated():
    text = "Police have stepped up patrols in the weeks after the riots in the town centre."
    assert _article_dates(text, "2023-04-12") == []


HARBOUR = """Operation Harbour, a crackdown on street drinking in Leeds city centre, began in June.

A PCSO was assaulted in Briggate on July 2.

Traders said the town felt safer.

Wardens will join officers on patrol next month.

Since Operation {name} began, officers have arrested 22 people in the city centre."""


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Harbour", [([5], "2023-06-01/2023-08-10")]),
        # another operation than the one dated: no span from its start
        ("Kestrel", [([5], "2023-08-10")]),
    ],
    ids=["since the named operation began", "since another operation began"],
)
def test_a_count_since_a_named_operation_began_runs_from_its_start(name, expected):
    assert (
        cited_dates(HARBOUR.format(name=name), "2023-08-10", "enforcement") == expected
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The force's summer drink-driving campaign ran from Friday, June 2 to Sunday, July 2.\n\n"
            "Officers arrested 64 drivers, compared with 70 during the same campaign the year before.",
            "2023-07-12",
            [
                (1, "from Friday, June 2 to Sunday, July 2", "2023-06-02/2023-07-02"),
                (2, "the year before", "2022-06-02/2022-07-02"),
            ],
        ),
        # a baseline set against a figure is the time of no event
        (
            "Shop thefts fell by a fifth between April and June compared with the same period last year.",
            "2023-07-12",
            [(1, "between April and June", "2023-04/2023-06"), (1, "last year", "")],
        ),
        # with no run told before, it is not dated
        (
            "Officers arrested 64 drivers, compared with 70 during the same campaign last year.",
            "2023-07-12",
            [],
        ),
    ],
    ids=[
        "the same campaign the year before is the campaign a year earlier",
        "the same period last year as a baseline is no event date",
        "no campaign told, no date",
    ],
)
def test_the_same_run_a_year_earlier(text, published, expected):
    assert _article_dates(text, published) == expected


FIGURES = """The force's Christmas drink-driving campaign ran from Thursday, December 1 to Sunday, January 1.

Figures released by the force on Tuesday show 97 drivers were arrested during the campaign."""


def test_what_figures_show_happened_during_the_campaign_not_on_the_day_of_release():
    assert sorted(cited_dates(FIGURES, "2023-01-12", "enforcement")) == [
        ([2], "2022-12-01/2023-01-01")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Wardens and police will carry out joint visits to bars over the next two weekends.",
            [("over the next two weekends", "2023-05-13/2023-05-21", D, True)],
        ),
        (
            "Extra patrols will run in the coming weekends.",
            [("in the coming weekends", "2023-05-13/2023-05-21", D, True)],
        ),
    ],
    ids=["the next two weekends", "the coming weekends are two"],
)
def test_the_next_weekends_run_from_the_coming_saturday(sentence, expected):
    got = [
        (m.text, m.value.edtf, m.value.precision, m.value.planned)
        for m in find_dates(sentence, pub("2023-05-10"))
    ]
    assert got == expected


SWEEP = """Police in Ilford have recovered four knives and made two arrests during a week of action.

The week of action ran across the borough from Monday, May 1 to Sunday, May 7.

On Wednesday, officers swept the parks around Ilford Lane, recovering four knives hidden in hedges."""

SWEEP_ELSEWHERE = SWEEP.replace("recovering four knives", "recovering two knives")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SWEEP, [([1], "2023-05-10")]),
        # another count: not the lead's act told again
        (SWEEP_ELSEWHERE, [([1], "2023-05-12")]),
    ],
    ids=[
        "the same four knives are Wednesday's",
        "two other knives say nothing of the lead",
    ],
)
def test_a_lead_act_told_again_with_its_count_takes_that_day(text, expected):
    got = [
        (paras, edtf)
        for paras, edtf in cited_dates(text, "2023-05-12", "enforcement")
        if paras == [1]
    ]
    assert got == expected


LICENCE = """A Leeds nightclub has lost its licence after a man was glassed on the dance floor.

Leeds City Council's licensing sub-committee voted to revoke the premises licence at a hearing on Tuesday (March 7).

The club's licence was suspended at an interim hearing on Friday, February 10, after West Yorkshire Police asked for a review."""


def test_a_licence_lost_in_the_lead_is_the_hearing_s_revocation_not_the_suspension():
    assert cited_dates(LICENCE, "2023-03-09", "enforcement") == [
        ([1], "2023-03-07"),
        ([3], "2023-02-10"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trading standards officers carried out test purchases at shops in Ilford on April 12, April 19 and April 26.",
            [([1], "2023-04-12/2023-04-26")],
        ),
        # "or" names one of the days, not all of them
        (
            "Trading standards officers carried out test purchases at shops in Ilford on April 12, April 19 or April 26.",
            [([1], "2023-04-12")],
        ),
    ],
    ids=["a list of days is the span they cover", "days joined by or are no list"],
)
def test_an_act_told_with_a_list_of_days_spans_them(text, expected):
    assert cited_dates(text, "2023-05-12", "operation") == expected


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # a participle aside about another noun is that noun's time
        (
            "Insp Jo Hart confirmed the Ilford town centre team, launched last spring with six officers, "
            "had made 40 arrests.",
            "enforcement",
            [([1], "2023-05-12")],
        ),
        # what was said to be ahead is not the time of the act before the saying
        (
            "Insp Jo Hart apologised to residents and said officers would patrol Ilford Lane until 2am from next month.",
            "announcement",
            [([1], "2023-05-12")],
        ),
    ],
    ids=[
        "launched last spring is the team's",
        "from next month is the patrols', not the apology's",
    ],
)
def test_an_aside_or_a_saying_keeps_its_own_time(text, event_type, expected):
    assert cited_dates(text, "2023-05-12", event_type) == expected


def test_a_when_clause_on_a_since_time_happened_then():
    text = "The stabbing is the third in the area since March, when a 19-year-old man was knifed in Ilford Lane."
    assert cited_dates(text, "2023-05-12", "incident") == [([1], "2023-03")]


def test_a_membership_that_stands_began_in_the_year_after_since():
    text = "Leeds has been part of the Home Office's Safer Streets programme since 2021, which pays for extra patrols."
    assert cited_dates(text, "2023-05-12", "operation") == [([1], "2021")]
