"""Dating evidence from days tied to the publication day: bracketed anchors, a relative word and a
written day in one sentence or in the first two paragraphs, and full dates reported as news."""

from __future__ import annotations

import pytest

from app.ingest.temporal import find_article_dates, infer_publication_date
from tests.ingest.temporal_helpers import article

YESTERDAY_DATED = """A man was charged with robbery after a shop in Kettering was raided yesterday (Friday, 1 March 2019)."""

LAST_NIGHT = """Home Secretary Priti Patel visited the estate, where two men were shot last night (Sunday, 3 May)."""

THIS_AFTERNOON = """Police launched Operation Lantern on Monday, 11 March 2019.

Officers returned to the estate this afternoon (Thursday) to speak to residents."""

WEEKDAY_EVENING = """Councillors backed the plan at Coventry Council House on Tuesday evening (May 14), after two hours of debate.

The scheme was first tried in 2017."""

LAST_FRIDAY = """The licensing committee refused the bar's application at a hearing last Friday (June 7).

Home Secretary Sajid Javid has promised more powers for councils."""

SAME_SENTENCE = """Last week, a man was robbed at knifepoint in Gloucester Road on Thursday, October 10.

Home Secretary Priti Patel has promised more officers."""

BLOCKED = """Last week police charged a man who attacked a bus driver on Thursday, October 10.

Home Secretary Priti Patel has promised more officers."""

LEAD_PAIR = """A new neighbourhood team began patrols in Cheltenham town centre this week.

The six officers started work on Monday, 4 November 2019, covering the Promenade and the High Street."""

OPERATION = """Eleven people were arrested during a two-day crackdown on drug dealing in Hull this week.

Humberside Police officers searched 20 addresses on 12 and 13 March 2024."""

DATED_NEWS = (
    """Officers searched woodland near the river for weapons on 2 April 2018."""
)

LOOKING_BACK = (
    """The order, which came into force on 1 April 2018, bans drinking in the street."""
)

RANGE_AND_DEADLINE = """Volunteers cleared 40 bags of litter from the canal on 15 May 2019.

The clean-up was part of a week of action that ran from May 13 to May 19. The council's consultation on a PSPO closes on June 2."""

WEEKEND_LATER = """Kent Police used a dispersal order in Margate town centre from 6pm on Saturday 14 October until 2am on Sunday 15 October.

The order covered the seafront and the high street.

Insp Jo Hale said the order had been needed after fights last year.

Officers said nine people were arrested at the weekend and 30 were told to leave the area.

In October 2022, the force used a similar order on Halloween."""

DAY_AFTER = """Four people have been arrested after police raided homes in Grimsby.

Officers from Humberside Police executed warrants at three addresses on Wednesday, March 6.

Two men appeared at Grimsby Magistrates' Court yesterday, the day after the raids, and were remanded in custody.

The force said drug arrests in the town had doubled since 2020."""

RUNNING = """Bins for unwanted knives have been placed at police stations across Derby.

The amnesty began on Monday and runs until Sunday 17 November.

Knife offences in the county have risen every year since 2021."""

FIRST_WEEKS = """Police have issued 60 warnings in the first two weeks of a crackdown on cycling in Bedford town centre.

Officers launched Operation Pedal on Monday, March 4, after complaints from shoppers.

Complaints about cycling on pavements have doubled since 2021."""


@pytest.mark.parametrize(
    "text,expected",
    [
        # the bracket gives the day with its year: published the day after
        (YESTERDAY_DATED, '2019-03-02'),
        # 'last night (Sunday, 3 May)' fits 2009, 2015, 2020, 2026; Priti Patel's term leaves 2020
        (LAST_NIGHT, '2020-05-04'),
        # a Thursday within four weeks of the dated launch
        (THIS_AFTERNOON, '2019-03-14'),
        # 'Tuesday evening (May 14)' is parsed; 2019 is chosen over 2024 from the 2017 floor
        (WEEKDAY_EVENING, '2019-05-14?/2019-05-22?'),
        # 'last Friday (June 7)': the week after that Friday; Sajid Javid's term leaves 2019
        (LAST_FRIDAY, '2019-06-10/2019-06-15'),
        # 'Last week ... on Thursday, October 10' in one sentence: the week after
        (SAME_SENTENCE, '2019-10-14/2019-10-18'),
        # 'who' brings in another event: no link, only the weekday windows
        (BLOCKED, '2019-10-10/2019-10-18'),
        # 'this week' in the first paragraph, its day in the second
        (LEAD_PAIR, '2019-11-04/2019-11-10'),
        # a two-day operation 'this week' on 12 and 13 March 2024
        (OPERATION, '2024-03-13/2024-03-17'),
        # a full date reported as news bounds the article from both sides
        (DATED_NEWS, '2018-04-02/2018-04-10'),
        # an aside looking back ('which came into force on') gives no upper bound
        (LOOKING_BACK, ''),
        # a past range and a future deadline bound the article once its year is known
        (RANGE_AND_DEADLINE, '2019-05-19/2019-05-23'),
        # 'at the weekend' far from the lead, and only one weekend written out: that weekend, so the week after
        (WEEKEND_LATER, '2023-10-15/2023-10-21'),
        # 'yesterday, the day after the raids': the raids are the lead's one day, so two days after it
        (DAY_AFTER, '2024-03-08'),
        # begun on Monday and running until Sunday 17 November: within that week, from the Monday
        (RUNNING, '2024-11-11/2024-11-16'),
        # 'the first two weeks of a crackdown' launched on Monday, March 4: about two weeks after it (a day before to four after)
        (FIRST_WEEKS, '2024-03-17/2024-03-22'),
    ],
    ids=["yesterday-dated", "last-night", "this-afternoon", "weekday-evening", "last-friday", "same-sentence", "blocked", "lead-pair", "operation", "dated-news", "looking-back", "range-and-deadline",
         "weekend-later-in-the-article", "yesterday-the-day-after", "began-on-monday-runs-until",
         "first-two-weeks-of-the-crackdown"],
)  # fmt: skip
def test_days_tied_to_the_publication_day_date_the_article(text, expected):
    assert infer_publication_date(article(text)).edtf == expected


@pytest.mark.parametrize(
    "text,evidence",
    [
        (YESTERDAY_DATED, "'yesterday (Friday, 1 March 2019)': the bracket names the day, so the article is from the day after: 2019-03-02"),
        (THIS_AFTERNOON, "'this afternoon (Thursday)': the article is from a Thursday"),
        (LEAD_PAIR, "'this week' ... 'Monday, 4 November 2019' (the news and its day in the first two paragraphs): "
                    "the article dates from 2019-11-04/2019-11-10"),
        (DATED_NEWS, "'2 April 2018': a day reported in the past tense as news is taken as written within 28 days after it"),
    ],
)  # fmt: skip
def test_each_tie_says_how_it_dates_the_article(text, evidence):
    assert evidence in infer_publication_date(article(text)).evidence


def test_bracketed_days_resolve_to_the_day_in_the_bracket():
    item = article(LAST_FRIDAY)
    dct = infer_publication_date(item)
    assert [
        (m.text, m.value.edtf, m.value.anchor) for m in find_article_dates(item, dct)
    ] == [("last Friday (June 7)", "2019-06-07", "weekday")]


COURT_REPORT = """A man who stabbed a shopkeeper in Rochdale has been jailed for eight years.

The court heard that on 3 March 2018 he attacked the victim with a kitchen knife."""

FOLLOWS = """Police have launched a crackdown on drug dealing in Wigan this week.

The move follows a stabbing in the town centre on Saturday, 2 March 2019."""

LATE_DATE = """Officers searched the park.

Residents welcomed the operation.

Several people were spoken to.

The search was carried out after a resident complained on 4 February 2019."""


ARREST_AFTER = """A man was arrested yesterday after a stabbing in Luton town centre.

The victim was attacked in George Street on Saturday, 1 June 2019."""


@pytest.mark.parametrize(
    "text,expected",
    [
        # "arrested yesterday after a stabbing": the written day may be the stabbing's, not yesterday
        (ARREST_AFTER, "2019-06-01/2019-06-09"),
        # what the court heard is background: no upper bound from it
        (COURT_REPORT, ""),
        # "the move follows a stabbing on ...": the day is not the news of "this week"
        (FOLLOWS, "2019-03-02/2019-03-10"),
        # a full date beyond the first paragraphs is not taken as the news
        (LATE_DATE, ""),
    ],
    ids=["arrested-after", "court-heard", "follows", "late-paragraph"],
)
def test_background_days_do_not_tie_the_article_to_them(text, expected):
    assert infer_publication_date(article(text)).edtf == expected
