"""Session 8 event-date mechanisms: "last Christmas" as that December, plural weekday nights that
recur across a longer span, a period's year-less end read on from its start, "from this Friday"
as a start still ahead, a counted stretch before a holiday or annual event ("the four weeks before
carnival"), a bank holiday of no name."""

from __future__ import annotations

import pytest

from app.ingest.events.fallback import act_type
from app.ingest.temporal.finder import find_article_dates, find_dates
from tests.ingest.event_fakes import dated_events, make_article
from tests.ingest.temporal_helpers import pub


def dates(text: str, published: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.edtf) for m in find_dates(text, pub(published))]


def planned(text: str, published: str) -> list[tuple[str, bool]]:
    return [(m.text, m.value.planned) for m in find_dates(text, pub(published))]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Last Christmas the force ran a shoplifting crackdown in the Arndale Centre.",
            "2023-11-20",
            [("Last Christmas", "2022-12")],
        ),
        # in January the Christmas just gone is the year before the publication year
        (
            "Door staff were trained in spotting spiking before last Christmas, the council said.",
            "2024-01-09",
            [("last Christmas", "2023-12")],
        ),
        (
            "Extra patrols will run in the town centre this Christmas.",
            "2023-11-20",
            [("this Christmas", "2023-12")],
        ),
        # a named day of Christmas is a day of its own
        (
            "A man was stabbed outside a pub in Walsall last Christmas Eve.",
            "2023-11-20",
            [("Christmas Eve", "2022-12-24")],
        ),
    ],
)
def test_last_christmas_is_the_december_of_the_year_before(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the season the sentence names spans many Friday and Saturday nights
        (
            "Last Christmas the force ran a night-time economy operation in Chelmsford, with extra "
            "officers in Moulsham Street on Friday and Saturday nights.",
            "2023-11-20",
            [("Last Christmas", "2022-12")],
        ),
        (
            "In June, wardens patrolled the seafront on Thursday and Friday evenings.",
            "2023-11-20",
            [("June", "2023-06")],
        ),
        # with no longer span named, a past sentence tells the days of one week
        (
            "Officers ran knife arches at the station on Thursday and Friday evenings.",
            "2023-11-20",
            [("Thursday", "2023-11-16"), ("Friday evening", "2023-11-17")],
        ),
    ],
)
def test_plural_weekday_nights_recur_across_a_longer_span(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the publication date alone would put New Year's Eve in the year before the Friday
        (
            "A business group is funding a safe space in Church Street on weekend nights from this "
            "Friday until New Year's Eve.",
            "2022-12-06",
            [
                ("this Friday", "2022-12-09"),
                ("New Year's Eve", "2022-12-09/2022-12-31"),
            ],
        ),
        (
            "Street marshals are on duty from Monday until Christmas Eve.",
            "2021-12-14",
            [("Monday", "2021-12-13"), ("Christmas Eve", "2021-12-13/2021-12-24")],
        ),
        # an end after its start stays as the publication date places it
        (
            "The dispersal zone ran from December 9 until New Year's Eve.",
            "2023-01-16",
            [("December 9 until New Year's Eve", "2022-12-09/2022-12-31")],
        ),
    ],
)
def test_a_year_less_period_end_is_read_on_from_its_start(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "The council is closing the underpass to cyclists from this Saturday.",
            "2023-03-07",
            [("this Saturday", True)],
        ),
        (
            "A safe space is open in Donegall Place on weekend nights from this Friday until New "
            "Year's Eve.",
            "2022-12-06",
            [("this Friday", True), ("New Year's Eve", True)],
        ),
    ],
)
def test_from_this_weekday_is_a_start_still_ahead(text, published, expected):
    assert planned(text, published) == expected


def article_dates(text: str, published: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.edtf)
        for m in find_article_dates(make_article(text), pub(published))
    ]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the short name stands for the event the article named in full
        (
            "Police made 280 arrests at Notting Hill Carnival.\n\n"
            "In the four weeks before carnival, officers served warning letters on 60 people.",
            "2019-08-29",
            [
                ("Notting Hill Carnival", "2019-08-25/2019-08-26"),
                ("the four weeks before carnival", "2019-07-28/2019-08-24"),
            ],
        ),
        # with no full name the short one is no known event
        (
            "In the four weeks before carnival, officers served warning letters on 60 people.",
            "2019-08-29",
            [],
        ),
        (
            "Extra officers will patrol the shopping centre in the two weeks before Christmas.",
            "2023-11-20",
            [("the two weeks before Christmas", "2023-12-11/2023-12-24")],
        ),
        (
            "In the 10 days leading up to Remembrance Sunday, officers visited every war memorial "
            "in the district.",
            "2023-11-20",
            [
                (
                    "the 10 days leading up to Remembrance Sunday",
                    "2023-11-02/2023-11-11",
                )
            ],
        ),
        (
            "Detectives made 40 arrests in the fortnight before last year's Notting Hill Carnival.",
            "2023-11-20",
            [
                (
                    "the fortnight before last year's Notting Hill Carnival",
                    "2022-08-14/2022-08-27",
                )
            ],
        ),
        # a count longer than eight weeks is no build-up
        (
            "In the twelve weeks before Notting Hill Carnival, knife crime in Kensington rose.",
            "2019-08-29",
            [],
        ),
    ],
)
def test_a_counted_stretch_before_a_day_of_the_year_ends_the_day_before_it(
    text, published, expected
):
    assert article_dates(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Around 9,000 officers were on duty across the bank holiday weekend.",
            "2019-08-28",
            [("bank holiday weekend", "2019-08-24/2019-08-26")],
        ),
        # ahead of the late May holiday
        (
            "Police will run extra patrols on the seafront over the bank holiday weekend.",
            "2023-05-24",
            [("bank holiday weekend", "2023-05-27/2023-05-29")],
        ),
        # Easter Monday is a bank holiday Monday too
        (
            "A teenager was stabbed in the park on bank holiday Monday.",
            "2022-04-20",
            [("bank holiday Monday", "2022-04-18")],
        ),
        # the spring holiday of 2022 moved to Thursday 2 June for the Jubilee
        (
            "Officers dealt with 40 incidents in the town centre over the bank holiday.",
            "2022-06-08",
            [("bank holiday", "2022-06-02/2022-06-05")],
        ),
        # after a day told in the paragraph, the holiday of that day, not of the publication date
        (
            "The 2022 event was marred by violence: a man was stabbed on the evening of Monday, "
            "August 29, and there were eight other stabbings over the bank holiday weekend.",
            "2023-08-10",
            [
                ("2022", "2022"),
                ("Monday, August 29", "2022-08-29"),
                ("bank holiday weekend", "2022-08-27/2022-08-29"),
            ],
        ),
        # a name, not a time
        (
            "Organisers said the bank holiday weekend traffic plan had worked.",
            "2019-08-28",
            [],
        ),
    ],
)
def test_a_bank_holiday_of_no_name_is_the_nearest_in_the_tense(
    text, published, expected
):
    assert article_dates(text, published) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Some 9,000 officers were on duty across the weekend, the largest public order "
            "operation of the year for the force.",
            "operation",
        ),
        ("The council renewed the order covering the town centre.", "order"),
    ],
)
def test_a_public_order_operation_is_no_order(text, expected):
    assert act_type(text) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Detectives raided six flats in Rotherham on the morning of the 2017 general election.",
            "2019-03-04",
            [("the morning of the 2017 general election", "2017-06-08")],
        ),
        (
            "On the night of the 2019 general election, a man was stabbed outside a bar in Leeds.",
            "2022-11-30",
            [("the night of the 2019 general election", "2019-12-12")],
        ),
        # the eve is the day before
        (
            "Police dispersed a crowd in Hull on the eve of the 2016 EU referendum.",
            "2018-05-02",
            [("the eve of the 2016 EU referendum", "2016-06-22")],
        ),
        # one date in its family: no year needed
        (
            "Leaflets were posted through doors in Boston during the EU referendum.",
            "2018-05-02",
            [("the EU referendum", "2016-06-23")],
        ),
        # the edition of a final is its name, not always its year
        (
            "The town centre saw disorder after last year's Euro 2020 final, when police made 11 "
            "arrests.",
            "2022-11-15",
            [("last year's Euro 2020 final", "2021-07-11")],
        ),
        (
            "Officers were pelted with bottles in Newcastle after the 2018 World Cup final.",
            "2019-06-20",
            [("the 2018 World Cup final", "2018-07-15")],
        ),
        # some time after an election is not its day
        (
            "After the 2019 general election, control of the council changed hands.",
            "2022-11-30",
            [("2019", "2019")],
        ),
        # another competition; a year with no final in the family
        (
            "Fans were arrested in Sheffield after the Women's Euro 2022 final.",
            "2022-11-30",
            [],
        ),
        (
            "Police in Cardiff made arrests after the 2019 World Cup final.",
            "2022-11-30",
            [("2019", "2019")],
        ),
    ],
)
def test_a_dated_national_occasion_named_with_its_year_is_its_day(
    text, published, expected
):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Things were very different in the summer of 2011, when Croydon town centre was hit "
            "by rioting in August.",
            "2018-11-15",
            [("the summer of 2011", "2011-06/2011-08"), ("August", "2011-08")],
        ),
        (
            "Back in 2014, when the scheme began on March 3, there were two wardens.",
            "2018-11-15",
            [("2014", "2014"), ("March 3", "2014-03-03")],
        ),
        # no "when" clause: the month is placed from the publication date
        (
            "The 2017 figures were published in March.",
            "2018-11-15",
            [("2017", "2017"), ("March", "2018-03")],
        ),
        # another sentence
        (
            "The order was made in 2016. Officers issued 40 fines in June.",
            "2018-11-15",
            [("2016", "2016"), ("June", "2018-06")],
        ),
    ],
)
def test_a_month_in_the_when_clause_of_a_dated_phrase_is_in_its_year(
    text, published, expected
):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "The council and police are running a county lines awareness campaign in the town's "
            "secondary schools this term.",
            "2021-09-20",
            [("this term", "2021-09/2021-12")],
        ),
        (
            "Officers visited every primary school in Gorton last term.",
            "2022-01-20",
            [("last term", "2021-09/2021-12")],
        ),
        # in the summer holiday the next term is the autumn one
        (
            "PCSOs will give talks on knife crime to pupils next term.",
            "2022-08-10",
            [("next term", "2022-09/2022-12")],
        ),
        # the spring term runs to Easter, the summer term from Easter Monday to July
        (
            "Officers will visit sixth-form colleges during the summer term.",
            "2023-02-10",
            [("the summer term", "2023-04-10/2023-07-31")],
        ),
        (
            "Officers visited schools across Bolton during the autumn term.",
            "2023-02-10",
            [("the autumn term", "2022-09/2022-12")],
        ),
        # not about schools: a term of office, or none
        ("The commissioner wants to cut knife crime this term.", "2021-09-20", []),
        ("The long-term plan is working, the council said.", "2023-02-10", []),
    ],
)
def test_a_school_term_is_its_honest_span(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a state dates from its start
        (
            "The area has been covered by a public spaces protection order banning street drinking "
            "since 2017.",
            "2019-05-01",
            [("enforcement", "2017-01-01", "2017-12-31")],
        ),
        (
            "The business group has also funded a team of uniformed street ambassadors since April.",
            "2019-05-20",
            [("team_launch", "2019-04-01", "2019-04-30")],
        ),
        # a tally or a change covers the span to publication
        (
            "Officers have made 46 arrests in the town centre since January.",
            "2019-05-20",
            [("enforcement", "2019-01-01", "2019-05-20")],
        ),
        (
            "Cleveland Police has obtained a string of closure orders in Middlesbrough since 2019.",
            "2022-03-01",
            [("order", "2019-01-01", "2022-03-01")],
        ),
    ],
)
def test_a_tally_since_a_time_spans_to_publication_and_a_state_dates_from_its_start(
    text, published, expected
):
    assert [
        (e.type, str(e.date.earliest), str(e.date.latest))
        for e in dated_events(text, published)
    ] == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the night the story has just told
        (
            "On Saturday, March 4, hundreds of fans gathered outside the stadium in Cardiff.\n\n"
            "By the early hours, police had made 14 arrests in the city centre.",
            "2023-03-07",
            [
                ("Saturday, March 4", "2023-03-04"),
                ("the early hours", "2023-03-04"),
            ],
        ),
        # no day told: nothing to refer to
        (
            "By the early hours, police had made 14 arrests in the city centre.",
            "2023-03-07",
            [("the early hours", "")],
        ),
        # the early hours of a named day are that day's
        (
            "A man was stabbed in the early hours of Sunday in Splott.",
            "2023-03-07",
            [("Sunday", "2023-03-05")],
        ),
    ],
)
def test_the_early_hours_with_no_day_are_the_night_told_before(
    text, published, expected
):
    assert article_dates(text, published) == expected
