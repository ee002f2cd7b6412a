"""The grammar alone: which spans are temporal expressions, of what kind, role and tense."""

from __future__ import annotations

import pytest

from app.ingest.temporal.grammar import find_expressions
from app.ingest.temporal.tense import tense_at


def _summary(text):
    return [(x.text, x.kind, x.role, x.tense) for x in find_expressions(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The operation launched on Tuesday night and runs until May 26.",
         [("Tuesday night", "weekday", "point", "past"), ("May 26", "calendar", "until", "future")]),
        ("The order has been in force since October 2019.", [("October 2019", "calendar", "since", "past")]),
        ("Officers must finish the review by March.", [("March", "calendar", "by", "past")]),
        ("The closure order will last until 9 January 2024.", [("9 January 2024", "calendar", "until", "future")]),
        ("The ban ran until midnight on Sunday, 4 August 2019.", [("Sunday, 4 August 2019", "calendar", "until", "past")]),
        ("Police will patrol from Friday, February 1 to Sunday, February 3.",
         [("from Friday, February 1 to Sunday, February 3", "range", "point", "future")]),
        ("Insp Shah said: “We will be back in the area next week.”", [("next week", "relative", "point", "future")]),
        ("In March, Croydon Council agreed a new PSPO, which comes into force in April.",
         [("March", "calendar", "point", "past"), ("April", "calendar", "point", "future")]),
        ("The murder in 2014 led to changes, and a review will report in 2025.",
         [("2014", "calendar", "point", "past"), ("2025", "calendar", "point", "future")]),
        ("After a spike in complaints during the general election, officers are launching a campaign which they hope will work.", []),
        ("Sgt Cole, who joined the team in 2019, will lead the patrols next month.",
         [("2019", "calendar", "point", "past"), ("next month", "relative", "point", "future")]),
        ("Two weeks ago a 16-year-old was stabbed near the station.", [("Two weeks ago", "relative", "point", "past")]),
        ("Robberies rose by a fifth compared with 2016.", [("2016", "calendar", "comparison", "past")]),
        ("Complaints reached 300, up from 120 in 2014.", [("2014", "calendar", "comparison", "past")]),
        ("Shopkeepers can send views to the council until June 14.",
         [("June 14", "calendar", "until", "future")]),
        ("Tenants must return the forms until 30 September.", [("30 September", "calendar", "until", "future")]),
        # a modal reaches further to its deadline
        ("People can have their say on the new parking rules online until 14 August.",
         [("14 August", "calendar", "until", "future")]),
        # a one-off national occasion is a time with its year
        ("Nine people were arrested over the coronation bank holiday weekend.",
         [("the coronation bank holiday weekend", "range", "point", "past")]),
        ("Extra officers were on duty on the day of the Queen's funeral.",
         [("on the day of the Queen's funeral", "calendar", "point", "past")]),
        ("Shops on the high street were boarded up for the Platinum Jubilee weekend.",
         [("Platinum Jubilee weekend", "range", "point", "past")]),
        # a moving bank holiday is one expression, not its month
        ("Officers were out in force over the August bank holiday weekend.",
         [("the August bank holiday weekend", "relative", "point", "past")]),
        ("The May Day bank holiday parade went ahead.", []),
        ("A fortnight ago a shop was raided.", [("A fortnight ago", "relative", "point", "past")]),
    ],
)  # fmt: skip
def test_expressions_carry_their_role_and_the_tense_of_their_clause(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("between Friday, February 1 and Sunday, February 3", ["between Friday, February 1 and Sunday, February 3"]),
        ("22 May and 26 May", ["22 May", "26 May"]),
        ("between 5 and 10 officers", []),
        ("from 10 to 12 May 2021", ["from 10 to 12 May 2021"]),
        ("May 22-26", ["May 22-26"]),
        ("2014-2016", ["2014-2016"]),
        ("the 2019-20 season", ["2019-20"]),
        ("Sat 3 Feb 2018", ["Sat 3 Feb 2018"]),
        ("in Sept. 2017", ["Sept. 2017"]),
        ("on 3 June last year", ["3 June last year"]),
        ("in June of last year", ["June of last year"]),
        ("MARCH 2020", ["MARCH 2020"]),
        ("the March 2020 lockdown", ["March 2020"]),
        ("mid-2018", ["mid-2018"]),
        ("towards the end of 2016", ["the end of 2016"]),
        ("the end of the month", ["the end of the month"]),
        ("this past weekend", ["this past weekend"]),
        ("over the weekend", ["over the weekend"]),
        ("in the past fortnight", ["in the past fortnight"]),
        ("later that day", ["later that day"]),
        ("the previous evening", ["the previous evening"]),
        ("the week before", ["the week before"]),
        ("Black Friday", []),
        ("Good Friday", ["Good Friday"]),
        ("on Monday (May 21)", ["Monday (May 21)"]),
        ("Tuesday's meeting", ["Tuesday"]),
        ("Tuesdays and Thursdays", []),
        ("the 1990s", ["the 1990s"]),
        ("2012's Olympics", []),
        ("arrested yesterday (Tuesday, 4 June)", ["yesterday (Tuesday, 4 June)"]),
        ("at the hearing last Thursday (March 7)", ["last Thursday (March 7)"]),
        ("spoke to officers this morning (Friday)", ["this morning (Friday)"]),
        ("on Monday evening (September 9)", ["Monday evening (September 9)"]),
        ("from 9am on Friday, 3 May until 6pm on Sunday, 5 May", ["from 9am on Friday, 3 May until 6pm on Sunday, 5 May"]),
        ("on 7 and 8 June", ["7 and 8 June"]),
        ("on 3 and 17 May", ["17 May"]),
        ("on Tuesday, April 30, from 4pm to 7pm", ["Tuesday, April 30"]),
        ("in the first half of 2018", ["first half of 2018"]),
        ("in the last three months of the year", ["last three months of the year"]),
        # found here; dated only when the text gave the match's day (finder.py)
        ("arrested on the day of the match", ["on the day of the match"]),
        ("officers will work Thursday to Saturday nights", []),
        ("the front counter is open Monday to Friday, 9am to 5pm", []),
        ("the operation runs from Monday to Friday", ["Monday", "Friday"]),
    ],
)  # fmt: skip
def test_spans_cover_the_whole_expression_and_nothing_else(text, expected):
    assert [x.text for x in find_expressions(text)] == expected


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        ("The scheme will be reviewed in June.", "June", "future"),
        ("The scheme was reviewed in June.", "June", "past"),
        ("Officers have made 40 arrests since June.", "June", "past"),
        ("The consultation closes on 30 June.", "30 June", "future"),
        ("They said it would reopen in June.", "June", "future"),
        ("In June, the council launched a consultation.", "June", "past"),
        ("The council, which met in June, will decide in July.", "July", "future"),
        ("Residents were told the cameras could go up in June.", "June", "future"),
        ("A man was arrested in June and will appear in court.", "June", "past"),
        ("The board endorsed the proposed fare cap at its meeting on Tuesday, March 5.", "Tuesday, March 5", "past"),
        ("Councillors rejected a planned closure of the library in June.", "June", "past"),
        ("The closure of the library is planned for June.", "June", "future"),
        # a that-clause after the expression has its own tense: the announcement was made in March
        ("It comes after the mayor's pledge in March that she would fund 50 officers.", "March", "past"),
        ("The trust's decision in October, which will cost jobs, was criticised.", "October", "past"),
        # "the next day" counts on from a day already told; "next Tuesday" and "the next meeting" are ahead
        ("He was charged the next day and appeared in court on Monday, May 13.", "Monday, May 13", "past"),
        ("The group meets again next Tuesday, June 4.", "Tuesday, June 4", "future"),
        ("The next meeting of the panel is on Tuesday, June 4.", "Tuesday, June 4", "future"),
        # what is promised is ahead; the promise itself is past
        ("The commissioner has promised to keep funding it until at least 2018.", "2018", "future"),
        ("In 2019 the mayor promised to act.", "2019", "past"),
    ],
)
def test_tense_is_read_from_the_clause_around_the_expression(sentence, word, expected):
    start = sentence.index(word)
    assert tense_at(sentence, start, start + len(word)) == expected
