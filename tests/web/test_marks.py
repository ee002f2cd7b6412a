from datetime import date

from app.ingest.records import DateMention, DateValue
from app.web.marks import mark_up


def mention(text, start, value):
    return DateMention(text, start, start + len(text), value)


def test_mark_up_wraps_each_expression_with_its_resolution():
    text = "On Tuesday, May 22 police said they would meet <again> in June."
    day = DateValue("2018-05-22", date(2018, 5, 22), date(2018, 5, 22), "day", "weekday", "May 22 fell on a Tuesday in 2018")
    month = DateValue("2018-06", date(2018, 6, 1), date(2018, 6, 30), "month", "relative", "the next June", planned=True)
    html = mark_up(text, [mention("Tuesday, May 22", 3, day), mention("June", 58, month)])
    assert str(html) == (
        'On <time class="tx" datetime="2018-05-22" tabindex="0" '
        'title="22 May 2018 (2018-05-22): May 22 fell on a Tuesday in 2018" '
        'data-tip="22 May 2018 (2018-05-22): May 22 fell on a Tuesday in 2018">Tuesday, May 22</time>'
        " police said they would meet &lt;again&gt; in "
        '<time class="tx" datetime="2018-06" tabindex="0" '
        'title="June 2018 (2018-06-01 to 2018-06-30), in the future when published: the next June" '
        'data-tip="June 2018 (2018-06-01 to 2018-06-30), in the future when published: the next June">June</time>.'
    )


def test_intervals_html_cannot_state_are_marks_and_overlaps_are_skipped():
    text = "last week and the week before"
    week = DateValue("", date(2019, 3, 4), date(2019, 3, 10), "week", "relative", "the week before the DCT's week")
    html = mark_up(text, [mention("last week", 0, week), mention("week", 5, week)])
    assert str(html) == (
        '<mark class="tx" tabindex="0" title="week of 4 March 2019 (2019-03-04 to 2019-03-10): the week before the DCT&#39;s week" '
        'data-tip="week of 4 March 2019 (2019-03-04 to 2019-03-10): the week before the DCT&#39;s week">last week</mark>'
        " and the week before"
    )
